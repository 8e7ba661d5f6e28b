/**
 * Reads a picked file as base64 for `import.file`. A data URL is the browser's native base64
 * encoder: it avoids building a binary string by hand, which is slow and memory-hungry for the
 * tens of megabytes a PDF can weigh.
 */
export function readFileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
