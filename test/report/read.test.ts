/** src/report/read and src/report/methods/reproduce.ts: result files read back as written, and the command that re-runs a study. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/report/csv.ts';
import { weeklyBands } from '../../src/report/chart-data.ts';
import { reproduceCommand, shellWord } from '../../src/report/methods/reproduce.ts';
import { parseCsv, readCsvFile } from '../../src/report/read/csv-read.ts';
import { readStudy, readWeekly } from '../../src/report/read/study-folder.ts';
import { makeComparisonFolder, makeRunFolder, makeSweepFolder } from './fixtures.ts';

describe('parseCsv', () => {
  it('reads back what toCsv writes, quotes, commas and line breaks included', () => {
    const rows = [['plain', 1.5], ['with, comma', -2], ['with "quotes"', 0], ['two\nlines', 3]];
    const parsed = parseCsv(toCsv(['name', 'value'], rows));
    expect(parsed).toEqual([['name', 'value'], ...rows.map((r) => r.map(String))]);
  });

  it('accepts CRLF line ends and a missing final line end', () => {
    expect(parseCsv('a,b\r\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('reads a file in pieces as it reads it whole, wherever a piece ends: in a character of several bytes, between doubled quotes, between CR and LF', () => {
    const text = 'name,value\r\n"say ""hé""",1\r\nplain,2\n"two\nlines",3\nAlençon,4';
    const file = join(mkdtempSync(join(tmpdir(), 'omsim-csv-')), 'table.csv');
    writeFileSync(file, text);
    for (const chunkBytes of [1, 2, 3, 5, 7, 64]) {
      const rows: string[][] = [];
      readCsvFile(file, (row) => rows.push(row), chunkBytes);
      expect(rows, `pieces of ${chunkBytes} bytes`).toEqual(parseCsv(text));
    }
    expect(parseCsv(text)).toEqual([['name', 'value'], ['say "hé"', '1'], ['plain', '2'], ['two\nlines', '3'], ['Alençon', '4']]);
  });
});

describe('reading a results folder', () => {
  it('keep only the charted series and average each week across replications', () => {
    const text = toCsv(['scenario', 'replication', 'week', 'metric', 'value'], [
      ['s', 0, 0, 'reports.backlog', 2],
      ['s', 1, 0, 'reports.backlog', 4],
      ['s', 0, 0, 'prisoners.population', 1200],
    ]);
    const values = readWeekly(text, new Set(['reports.backlog']));
    expect(values).toHaveLength(2);
    const [band] = weeklyBands(values);
    expect(band).toMatchObject({ scenario: 's', week: 0, metric: 'reports.backlog', mean: 3, n: 2 });
    expect(band.low!).toBeLessThan(3);
  });

  it('read null (a metric that could not be estimated) back as NaN inside metric summaries, and as null elsewhere', () => {
    const folder = makeRunFolder();
    const summary = JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8'));
    summary.metrics['reports.parole.onTimeShare'] = { mean: null, sd: null, ci95: [null, null], n: 0 };
    writeFileSync(join(folder, 'summary.json'), JSON.stringify(summary));
    const study = readStudy(folder);
    if (study.kind !== 'run') throw new Error('expected a run');
    expect(study.run.summary.metrics['reports.parole.onTimeShare']).toEqual({ mean: NaN, sd: NaN, ci95: [NaN, NaN], n: 0 });
    expect(study.run.summary.scenario.warmup.weeks).toBeNull();
    expect(study.run.summary.scenario.caseload.cap).toBeNull();
  });
});

describe('reproduceCommand', () => {
  it('re-runs a run from its saved scenario', () => {
    expect(reproduceCommand(readStudy(makeRunFolder()))).toBe('omsim run scenario.yaml --out rerun');
  });

  it('re-runs a comparison from each scenario’s saved file, in order', () => {
    expect(reproduceCommand(readStudy(makeComparisonFolder(['a', 'b'])))).toBe('omsim compare 1-scenario/scenario.yaml 2-scenario/scenario.yaml --out rerun');
  });

  it('re-runs a sweep over the same values with the same replications', () => {
    expect(reproduceCommand(readStudy(makeSweepFolder(true)))).toBe(
      'omsim sweep scenario.yaml --vary staff.offenderSupervisors.count=8,10,12,14,16 --vary redeployment.shiftProbability=0.05,0.3 --reps 5 --out rerun',
    );
  });

  it('quotes words a shell would read otherwise', () => {
    expect(shellWord('1-a/scenario.yaml')).toBe('1-a/scenario.yaml');
    expect(shellWord("it's here/x.yaml")).toBe(`'it'\\''s here/x.yaml'`);
  });
});
