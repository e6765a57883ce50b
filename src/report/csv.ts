/** Tidy tables as CSV text: a header row, then one row per record, quoted only where needed. */

export type Cell = string | number;

/**
 * A text cell that a spreadsheet would run as a formula (it begins with =,
 * +, -, @, a tab or a carriage return: a scenario named "=HYPERLINK(…)") is
 * written with an apostrophe before it, which spreadsheets show as text.
 */
function defused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function formatCell(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = defused(cell);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [header.map(formatCell).join(',')];
  for (const row of rows) lines.push(row.map(formatCell).join(','));
  return `${lines.join('\n')}\n`;
}
