/**
 * Saves bytes the shell made (base64) as a file the reader keeps. An `<a download>` on a blob
 * URL works in both shells: the browser downloads it, Electron asks where to save it.
 */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64;
  if (typeof native === 'function') return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function saveFile(fileName: string, mime: string, base64: string): void {
  const blob = new Blob([base64ToBytes(base64)], { type: mime || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL is kept a while for slow save dialogs.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
