/** A markdown-style table, padded so it also reads aligned in a terminal (ASCII cells only). */
export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export const ms = (value: number | undefined): string =>
  value === undefined || Number.isNaN(value) ? '-' : value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;

export const range = (min: number, max: number): string => `${ms(min)} - ${ms(max)}`;
