/** The progress bar's line (src/cli/progress.ts). */
import cliProgress from 'cli-progress';
import { describe, expect, it } from 'vitest';
import { progressFormat } from '../../src/cli/progress.ts';

const options = { barsize: 10, barCompleteString: '='.repeat(10), barIncompleteString: '-'.repeat(10), barGlue: '', autopadding: false, autopaddingChar: '' } as unknown as cliProgress.Options;
const line = (value: number, eta: number) =>
  progressFormat('run')(options, { value, total: 40, progress: value / 40, eta, startTime: 0, stopTime: null, maxWidth: 80 } as unknown as cliProgress.Params, {});

describe('the progress line', () => {
  it('shows no time left before the first replication is done, rather than "ETA NFs"', () => {
    expect(line(0, Infinity)).toBe('run [----------] 0/40 · 0%');
  });

  it('shows the time left once there is a rate to go by', () => {
    expect(line(10, 90)).toMatch(/^run \[=+-+\] 10\/40 · 25% · ETA 1m30s$/);
  });
});
