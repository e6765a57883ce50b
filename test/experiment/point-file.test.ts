/**
 * src/experiment/point-file.ts: a sweep's finished point, kept so that a
 * stopped sweep resumes without running it again, is taken back only as
 * omsim wrote it: whole, of the right point, and matching its checksum.
 */
import { describe, expect, it } from 'vitest';
import type { SweepDesign } from '../../src/experiment/design.ts';
import { decodePointFile, encodePointFile } from '../../src/experiment/point-file.ts';
import type { ReplicationRecord } from '../../src/experiment/study.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';

const scenario = scenarioSchema.parse({ replications: 2 });
const design: SweepDesign = {
  kind: 'sweep',
  scenario,
  parameters: ['caseload.cap'],
  points: [0, 1].map((point) => ({ point, values: { 'caseload.cap': 40 + point } })),
  pointScenarios: [scenario, scenario],
};

function record(k: number): ReplicationRecord {
  return { replication: k, seed: `1.${k}`, metrics: { 'contacts.deliveredShare': 0.5 + k / 10, odd: NaN }, weekly: [], events: 100 + k };
}

/** Point 1's file after `edit`, its checksum left as written. */
function edited(edit: (data: any) => void): string {
  const data = JSON.parse(encodePointFile(1, [record(0), record(1)]));
  edit(data);
  return JSON.stringify(data);
}

describe('a sweep point file', () => {
  it('reads back as written, numbers JSON cannot hold included', () => {
    const read = decodePointFile(encodePointFile(1, [record(0), record(1)]), design, 1);
    if (!('records' in read)) throw new Error(read.problem);
    expect(read.records.map((r) => r.metrics['contacts.deliveredShare'])).toEqual([0.5, 0.6]);
    expect(read.records[1].metrics.odd).toBeNaN();
  });

  it.each<[string, (data: any) => void, string]>([
    ['a metric edited', (d) => (d.records[0].metrics['contacts.deliveredShare'] = 0.99), 'its contents no longer match the SHA-256 checksum it carries'],
    ['a count edited', (d) => (d.records[1].events = 5), 'its contents no longer match the SHA-256 checksum it carries'],
    ['its checksum removed', (d) => delete d.checksum, 'its contents no longer match the SHA-256 checksum it carries'],
    ['a replication dropped', (d) => d.records.pop(), 'it holds 1 replication rather than 2'],
    ['a record that is not one', (d) => (d.records[1] = { replication: 1 }), 'records[1] is damaged: seed: expected text, found nothing'],
    ['another point', (d) => (d.point = 0), 'it holds point 0 rather than point 1'],
  ])('is not taken with %s, saying why', (_case, edit, problem) => {
    expect(decodePointFile(edited(edit), design, 1)).toEqual({ problem: expect.stringContaining(problem) });
  });

  it('is not taken when it is not JSON', () => {
    expect(decodePointFile('{"point": 1, "rec', design, 1)).toEqual({ problem: 'it is not JSON' });
  });
});
