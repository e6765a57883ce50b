/** Tidy tables as CSV text: a header row, then one row per record, quoted only where needed. */

export type Cell = string | number;

function formatCell(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [header.map(formatCell).join(',')];
  for (const row of rows) lines.push(row.map(formatCell).join(','));
  return `${lines.join('\n')}\n`;
}
