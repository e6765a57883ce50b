/** Tidy tables as CSV (src/report/csv.ts). */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/report/csv.ts';

describe('toCsv', () => {
  it('quotes a cell only where it must, and leaves numbers bare', () => {
    expect(toCsv(['a', 'b'], [['plain', 1.5], ['with, comma', 'say "hi"']])).toBe('a,b\nplain,1.5\n"with, comma","say ""hi"""\n');
  });

  it('writes a text a spreadsheet would run as a formula with an apostrophe before it', () => {
    for (const start of ['=', '+', '-', '@', '\t']) expect(toCsv(['name'], [[`${start}HYPERLINK("x")`]]).split('\n')[1]).toMatch(/^"?'/);
    // A number is a number, sign and all.
    expect(toCsv(['v'], [[-3]])).toBe('v\n-3\n');
  });
});
