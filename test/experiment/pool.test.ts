/** src/experiment/pool.ts: what comes back from replications run in worker threads when one fails. */
import { describe, expect, it } from 'vitest';
import { RunawayError } from '../../src/model/errors.ts';
import { withChanges } from '../../src/model/timeline.ts';
import { ReplicationPool } from '../../src/experiment/pool.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';

describe('the replication pool', () => {
  it('raises a runaway replication in a worker thread again as a RunawayError, its parameters named, so the command line reports it as the user’s to fix', async () => {
    // Contacts every few minutes, far past the schema's bound: built past it, as only a runaway could be.
    const level = { perMonth: 20_000, minutes: 1 };
    const base = scenarioSchema.parse({ horizon: { years: 0.1 }, population: { size: 300 }, replications: 2 });
    const scenario = withChanges(base, { 'contacts.byTier': { tier1: level, tier2: level, tier3: level, tier4: level } });
    const pool = new ReplicationPool(2);
    try {
      const run = pool.run([0, 1].map((replication) => ({ scenario, replication })));
      await expect(run).rejects.toBeInstanceOf(RunawayError);
      await expect(run).rejects.toMatchObject({ parameters: ['contacts.byTier'], message: expect.stringMatching(/^the run was stopped in week 1: /) });
    } finally {
      await pool.close();
    }
  });
});
