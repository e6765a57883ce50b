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
  // A number that could not be computed (a share of nothing) is NA, as R and pandas read it: no cell is left blank.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : 'NA';
  const text = defused(cell);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The table's lines, each ending in a line break, one at a time: a large
 * table (weekly.csv of a long study) is written as it is made, so that no
 * one string must hold it whole (V8 cannot make a string of more than about
 * 512 million characters).
 */
export function* csvLines(header: readonly string[], rows: Iterable<readonly Cell[]>): Generator<string> {
  yield `${header.map(formatCell).join(',')}\n`;
  for (const row of rows) yield `${row.map(formatCell).join(',')}\n`;
}

/** A small table as one text (summary.csv, and tests); large ones are written line by line (csvLines). */
export function toCsv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  return [...csvLines(header, rows)].join('');
}
