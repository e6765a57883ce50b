/**
 * A metric added to the catalogue in one place, and nowhere else, is listed
 * by `omsim metrics --json` and reported in summary.json, summary.csv and
 * data-dictionary.csv: the catalogue is mocked with one more entry, a ratio
 * of two metrics the model already reports.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { omsim } from './support/cli.ts';

vi.mock('../../src/experiment/metric-catalogue.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/experiment/metric-catalogue.ts')>();
  const { indexCatalogue } = await import('../../src/experiment/metric-index.ts');
  const added = {
    family: 'contacts.missedPerDelivered',
    label: 'Contacts missed for each delivered',
    kind: 'rate',
    better: 'lower',
    unit: 'contacts per contact',
    definition: 'missed ÷ delivered',
    source: { ratio: ['contacts.missed', 'contacts.delivered'] },
  } as const;
  const entries = [...original.metricCatalogue, added];
  const index = indexCatalogue(entries, original.placeholderWords);
  return { ...original, ...index, metricCatalogue: entries, isMetricName: (name: string) => index.definitionOf(name) !== undefined };
});

const folder = mkdtempSync(join(tmpdir(), 'omsim-metric-added-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** What a command run in this process writes to stdout. */
async function stdoutOf(args: string[]): Promise<string> {
  let text = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((text += String(chunk)), true));
  try {
    await omsim(args);
  } finally {
    write.mockRestore();
  }
  return text;
}

describe('a metric added to the catalogue alone', () => {
  it('is listed by omsim metrics --json with the catalogue’s words', async () => {
    const entries = JSON.parse(await stdoutOf(['metrics', '--json'])) as { name: string; label: string; better: string }[];
    expect(entries.find((e) => e.name === 'contacts.missedPerDelivered')).toMatchObject({ label: 'Contacts missed for each delivered', better: 'lower', unit: 'contacts per contact' });
  });

  it('is in summary.json, summary.csv and data-dictionary.csv of a run, computed from its source', async () => {
    const out = join(folder, 'run');
    await omsim(['run', 'scenarios/baseline.yaml', '--reps', '2', '--set', 'horizon.years=0.25', '--set', 'warmup.weeks=0', '--workers', '1', '--out', out, '--quiet']);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { metrics: Record<string, { mean: number }> };
    const { metrics } = summary;
    expect(metrics['contacts.missedPerDelivered'].mean).toBeGreaterThan(0);
    // The mean of each replication's ratio: close to, not equal to, the ratio of the means.
    expect(metrics['contacts.missedPerDelivered'].mean).toBeCloseTo(metrics['contacts.missed'].mean / metrics['contacts.delivered'].mean, 2);
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toContain(',contacts.missedPerDelivered,Contacts missed for each delivered,contacts per contact,');
    expect(readFileSync(join(out, 'data-dictionary.csv'), 'utf8')).toContain('contacts.missedPerDelivered,Contacts missed for each delivered,contacts per contact,rate,0 or more,lower,missed ÷ delivered,');
  }, 60_000);
});
