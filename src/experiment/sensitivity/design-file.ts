/**
 * A design made elsewhere (SALib, R's sensitivity package, a spreadsheet):
 * a CSV file with one column per parameter path and one row per point. It is
 * read whole and checked before anything runs: every column must name a
 * parameter, once; every cell must be a number, or empty for the scenario's
 * own value. A first column `point` (as the design.csv omsim writes has)
 * must number the rows from 0. Each problem names the file, the line and the
 * column.
 */
import { unreadableReason } from '../../scenario/messages.ts';
import { readTextFile } from '../../scenario/regular-file.ts';
import { checkPath, splitPath } from '../../scenario/schema-paths.ts';
import type { SweepPoint } from '../design.ts';
import { ExperimentError } from '../errors.ts';

/** A design file's largest size: a million points of a hundred factors is far beyond what one study runs. */
export const maxDesignFileBytes = 100_000_000;

/** Most problems listed at once (a file with one fault in every row would otherwise list them all). */
const maxProblemsListed = 20;

export interface DesignFile {
  /** The column names: dotted parameter paths. */
  paths: string[];
  /** Each row's values by path, numbered from 0 in the file's order. */
  points: SweepPoint[];
  /** The file's line of each point (for messages about its values). */
  lines: number[];
}

/** Reads and checks a design file, or throws an ExperimentError naming every problem found (file:line). */
export function readDesignFile(file: string, maxBytes = maxDesignFileBytes): DesignFile {
  const read = readTextFile(file, maxBytes);
  if ('error' in read) throw new ExperimentError(`cannot read the design file ${file}: ${unreadableReason(read, maxBytes)}`);
  return parseDesign(read.text, file);
}

/** Parses a design file's text (see readDesignFile). */
export function parseDesign(text: string, file: string): DesignFile {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((line, i) => ({ line: i + 1, cells: line.split(',').map((c) => c.trim()) })).filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length === 0) throw new ExperimentError(`${file} is empty: a design file has a header of parameter paths, then one row of values per point`);
  const [header, ...body] = rows;
  // design.csv numbers its points first: read back, the numbers are checked and the column dropped.
  const numbered = header.cells[0] === 'point';
  const paths = numbered ? header.cells.slice(1) : header.cells;
  const problems = [...headerProblems(paths, header.line, file, numbered ? 1 : 0)];
  if (body.length === 0) problems.push(`${file}:${header.line}: the header is followed by no rows; a design needs at least one point`);
  const points: SweepPoint[] = [];
  for (const row of body) {
    if (row.cells.length !== header.cells.length) {
      problems.push(`${file}:${row.line}: expected ${header.cells.length} values, one per column of the header; found ${row.cells.length}`);
      continue;
    }
    if (numbered && row.cells[0] !== String(points.length)) problems.push(`${file}:${row.line}, column 1 (point): expected ${points.length}, the row's place from 0; found ${JSON.stringify(row.cells[0])}`);
    const values: Record<string, number> = {};
    (numbered ? row.cells.slice(1) : row.cells).forEach((cell, i) => {
      const column = i + (numbered ? 2 : 1);
      if (/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(cell)) values[paths[i]] = Number(cell);
      else if (cell !== '') problems.push(`${file}:${row.line}, column ${column} (${paths[i]}): expected a number, or nothing for the scenario's value; found ${JSON.stringify(cell)}`);
    });
    points.push({ point: points.length, values });
  }
  for (const [i, path] of paths.entries()) {
    if (body.length > 0 && points.every((p) => !(path in p.values))) problems.push(`${file}:${header.line}, column ${i + 1 + (numbered ? 1 : 0)}: ${path} is given no value in any row`);
  }
  if (problems.length > 0) throw new ExperimentError(designProblems(file, problems));
  return { paths, points, lines: body.map((r) => r.line) };
}

/** Every column of the header must name a parameter, once. */
function* headerProblems(cells: readonly string[], line: number, file: string, before: number): Generator<string> {
  const seen = new Set<string>();
  for (const [i, cell] of cells.entries()) {
    const where = `${file}:${line}, column ${i + 1 + before}`;
    const path = splitPath(cell, { brackets: false });
    const check = path ? checkPath(path, undefined) : undefined;
    if (cell === '') yield `${where}: the header names no parameter; each column is a dotted parameter path such as contacts.recordingMinutes`;
    else if (!check?.ok) yield `${where}: ${cell} names no parameter${check?.suggestion ? `; did you mean ${check.suggestion}?` : ''}`;
    else if (seen.has(cell)) yield `${where}: ${cell} is a column twice`;
    seen.add(cell);
  }
}

/** The problems of a design file as one message, the first few listed. */
export function designProblems(file: string, problems: readonly string[]): string {
  const shown = problems.slice(0, maxProblemsListed).map((p) => `  - ${p}`);
  const more = problems.length > maxProblemsListed ? [`  … and ${problems.length - maxProblemsListed} more`] : [];
  return [`the design file ${file} cannot be run (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...shown, ...more].join('\n');
}
