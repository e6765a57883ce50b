/** Every kind of results folder carries data-dictionary.csv, naming each metric its tables hold (src/report/write-study.ts, write-plan.ts). */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { omsim } from '../cli/support.ts';

const folder = mkdtempSync(join(tmpdir(), 'omsim-dictionary-'));
const short = ['--reps', '2', '--set', 'horizon.years=0.1', '--set', 'warmup.weeks=0', '--set', 'population.size=300', '--quiet'];

/** The metric column of a folder's data-dictionary.csv. */
function dictionaryMetrics(out: string): string[] {
  const [header, ...rows] = readFileSync(join(out, 'data-dictionary.csv'), 'utf8').trim().split('\n');
  expect(header).toBe('metric,label,unit,kind,range,better,definition,in weekly.csv');
  return rows.map((row) => row.slice(0, row.indexOf(',')));
}

/** The distinct values of `column` in a CSV file (no quoted commas in these columns). */
function columnValues(file: string, column: string): string[] {
  const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const at = header.split(',').indexOf(column);
  return [...new Set(rows.map((row) => row.split(',')[at]))];
}

describe('data-dictionary.csv', () => {
  it('is in a comparison’s folder, naming every metric of comparison.csv', () => {
    const out = join(folder, 'compare');
    expect(omsim(['compare', 'scenarios/baseline.yaml', 'scenarios/cuts-10pct.yaml', ...short, '--out', out]).status).toBe(0);
    expect(dictionaryMetrics(out)).toEqual(expect.arrayContaining(columnValues(join(out, 'comparison.csv'), 'metric')));
  });

  it('is in a sweep’s folder, naming every metric of sweep.csv', () => {
    const out = join(folder, 'sweep');
    expect(omsim(['sweep', 'scenarios/baseline.yaml', '--vary', 'staff.offenderSupervisors.count=4,6', ...short, '--out', out]).status).toBe(0);
    expect(dictionaryMetrics(out).sort()).toEqual(columnValues(join(out, 'sweep.csv'), 'metric').sort());
  });

  it('is in a plan’s folder, naming its target’s metric', () => {
    const out = join(folder, 'plan');
    const plan = ['--vary', 'staff.offenderSupervisors.count', '--min', '2', '--max', '6', '--initial-reps', '2', '--batch', '2', '--max-reps', '4', '--target', 'contacts.deliveredShare>=50%'];
    const result = omsim(['plan', 'scenarios/baseline.yaml', ...plan, '--set', 'horizon.years=0.1', '--set', 'warmup.weeks=0', '--set', 'population.size=300', '--quiet', '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expect(dictionaryMetrics(out)).toEqual(['contacts.deliveredShare']);
  });
});
