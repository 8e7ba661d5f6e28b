/** Writes a command's result to stdout: JSON when asked for, else its plain text. */
export const print = (value: unknown, json: boolean, text: () => string) =>
  process.stdout.write(`${json ? JSON.stringify(value, null, 2) : text()}\n`);

/** One field of a tab-separated line: no tabs or line breaks inside it. */
export const cell = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
