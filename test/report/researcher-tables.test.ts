/**
 * The CSV tables of every kind of results folder, as a researcher loads them:
 * no blank cell (NA where a value is undefined), a unit column in each long
 * table of metrics, and values within each metric's range.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replicationRows } from '../../src/experiment/tables.ts';
import { toCsv } from '../../src/report/csv.ts';
import { omsim } from '../experiment/support/cli.ts';
import { removeTemporaryFolders, smallPrison, temporaryFolder, writeScenario } from '../experiment/support/files.ts';

afterAll(removeTemporaryFolders);

let folder: string;
beforeAll(async () => {
  folder = temporaryFolder();
  const small = writeScenario(folder, 'small.yaml', smallPrison);
  const quick = ['--reps', '2', '--workers', '1', '--quiet'];
  await omsim(['run', small, ...quick, '--out', join(folder, 'run')]);
  await omsim(['compare', small, '--vary', 'staff.offenderSupervisors.count=3,2', ...quick, '--out', join(folder, 'compare')]);
  await omsim(['sweep', small, '--vary', 'staff.offenderSupervisors.count=2:3:1', ...quick, '--out', join(folder, 'sweep')]);
}, 120_000);

/** Every CSV file under a folder, by its path inside it. */
function csvFiles(root: string, inside = ''): string[] {
  return readdirSync(join(root, inside), { withFileTypes: true }).flatMap((entry) => {
    const path = join(inside, entry.name);
    if (entry.isDirectory()) return csvFiles(root, path);
    return entry.name.endsWith('.csv') ? [path] : [];
  });
}

/** The cells of a CSV text, quoted cells taken whole. */
function cells(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[1]);
}

describe('the tables of a run, a comparison and a sweep', () => {
  it('leave no cell blank', () => {
    for (const kind of ['run', 'compare', 'sweep']) {
      const files = csvFiles(join(folder, kind));
      expect(files.length, kind).toBeGreaterThan(2);
      for (const file of files) {
        const lines = readFileSync(join(folder, kind, file), 'utf8').trimEnd().split('\n');
        const blank = lines.findIndex((line) => cells(line).some((cell) => cell === ''));
        expect(blank, `${kind}/${file} line ${blank + 1}: ${lines[blank]}`).toBe(-1);
      }
    }
  });

  it('give a unit beside every metric of a long table', () => {
    for (const file of ['run/replications.csv', 'run/summary.csv', 'compare/comparison.csv', 'sweep/sweep.csv', 'sweep/sweep-replications.csv']) {
      const [header, first] = readFileSync(join(folder, file), 'utf8').split('\n').map(cells);
      expect(header, file).toContain('unit');
      expect(first[header.indexOf('unit')], file).toMatch(/\w/);
    }
    const comparison = readFileSync(join(folder, 'compare/comparison.csv'), 'utf8');
    expect(comparison).toMatch(/\ncontacts\.deliveredShare,"a share, 0 to 1",/);
    expect(comparison).toMatch(/\nworkload\.capacityPercent,per cent,/);
  });
});

describe('a value in a table', () => {
  it('lies within its metric’s range: a sum’s rounding below zero is written 0, an undefined share NA', () => {
    const record = { replication: 0, seed: '1.0', weekly: [], events: 0, metrics: { 'hdc.daysLost': -4.7e-15, 'oversight.deliveredShare': NaN, 'contacts.deliveredShare': 1.0000000000000002 } };
    expect(toCsv(['scenario', 'replication', 'seed', 'metric', 'unit', 'value'], replicationRows('s', [record]))).toBe(
      'scenario,replication,seed,metric,unit,value\ns,0,s1.0,contacts.deliveredShare,"a share, 0 to 1",1\ns,0,s1.0,hdc.daysLost,days,0\ns,0,s1.0,oversight.deliveredShare,"a share, 0 to 1",NA\n',
    );
  });
});
