/** Seeds in the CSVs (src/experiment/seeds.ts seedCell): text no spreadsheet reads as a number, from which the seed is read back whole. */
import { describe, expect, it } from 'vitest';
import { replicationSeed, seedCell } from '../../src/experiment/seeds.ts';
import type { ReplicationRecord } from '../../src/experiment/study.ts';
import { replicationHeader, replicationRows } from '../../src/experiment/tables.ts';

/** What a spreadsheet or pandas would make of a cell: a number when the whole cell parses as one. */
const readsAsNumber = (cell: string) => cell.trim() !== '' && Number.isFinite(Number(cell));

describe('the seed column of replications.csv', () => {
  const records = [1, 10].map((k) => ({ replication: k, seed: replicationSeed(1, k), metrics: { 'hdc.daysLost': 0 }, weekly: [], events: 1 }) as ReplicationRecord);
  const rows = [...replicationRows('small', records)];
  const column = (name: (typeof replicationHeader)[number]) => rows.map((row) => row[replicationHeader.indexOf(name)]);

  it('keeps replications 1 and 10 apart as text no spreadsheet reads as a number ("1.1" and "1.10" would both read 1.1)', () => {
    expect(column('seed')).toEqual(['s1.1', 's1.10']);
    for (const cell of column('seed')) expect(readsAsNumber(String(cell))).toBe(false);
  });

  it('gives the replication as a whole number', () => {
    expect(column('replication')).toEqual([1, 10]);
  });

  it('holds the seed itself after its first letter', () => {
    expect(seedCell('7.3').slice(1)).toBe(replicationSeed(7, 3));
  });
});
