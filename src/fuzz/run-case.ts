/**
 * One fuzzed file, loaded and run in this thread through the model's own
 * API: one replication to its (short) horizon under an event budget. What
 * happened is a verdict; `crashed` and `overran` are failures, as is a
 * user's error whose message carries a stack trace.
 */
import { replicationSeed } from '../experiment/seeds.ts';
import { buildModel } from '../model/model.ts';
import { summariseRun } from '../experiment/replication.ts';
import { loadScenarioText } from '../scenario/load.ts';

/**
 * - ran: loaded and ran to its horizon;
 * - refused: the loader refused it with a ScenarioError (a user's error);
 * - stopped: the model stopped it with a user's error (a RunawayError);
 * - crashed: anything else was thrown;
 * - overran: it took more events than its budget, or the clock stood still;
 * - hung: it took longer than its wall-time budget (decided by the runner);
 * - leaked: a user's error whose message carries a stack trace.
 */
export type Verdict = 'ran' | 'refused' | 'stopped' | 'crashed' | 'overran' | 'hung' | 'leaked';

export const failures: ReadonlySet<Verdict> = new Set(['crashed', 'overran', 'hung', 'leaked']);

export interface Outcome {
  verdict: Verdict;
  /** The error's message or stack, or what overran. */
  detail: string;
  /** Events processed by the run (0 when it never started). */
  events: number;
  /** Warnings the loader gave. */
  warnings: number;
  /** For a run the model stopped, the parameters it named. */
  parameters?: readonly string[];
}

export interface CaseBudget {
  /** Most events a run may take. */
  events: number;
  /** Most events in a row at one simulated instant: past this, the clock has stopped. */
  eventsAtOneInstant: number;
}

/** A stack frame in a message: "    at name (file:line:column)". */
const stackFrame = /\n\s+at .+:\d+:\d+\)?$/m;

/** Loads and runs the YAML `text` as if it were the file `file`. */
export function runCase(text: string, file: string, budget: CaseBudget): Outcome {
  let loaded: ReturnType<typeof loadScenarioText>;
  try {
    loaded = loadScenarioText(text, file);
  } catch (error) {
    return asOutcome(error, 'refused', 0);
  }
  const { scenario, warnings } = loaded;
  let events = 0;
  try {
    const run = buildModel(scenario, { seed: replicationSeed(scenario.seed, 0), warmupWeeks: scenario.warmup.weeks ?? 0 });
    const sim = run.ctx.sim;
    let instant = sim.now;
    let atInstant = 0;
    let stoodStill = false;
    sim.run({
      until: run.ctx.horizon,
      stopWhen: () => {
        if (sim.now !== instant) [instant, atInstant] = [sim.now, 0];
        stoodStill = ++atInstant > budget.eventsAtOneInstant;
        return stoodStill || sim.processedCount > budget.events;
      },
    });
    events = sim.processedCount;
    if (stoodStill) return { verdict: 'overran', detail: `the clock stood still at hour ${instant} for ${atInstant} events`, events, warnings: warnings.length };
    if (sim.now < run.ctx.horizon) return { verdict: 'overran', detail: `over ${budget.events} events by hour ${sim.now} of ${run.ctx.horizon}`, events, warnings: warnings.length };
    summariseRun(run);
    return { verdict: 'ran', detail: '', events, warnings: warnings.length };
  } catch (error) {
    return { ...asOutcome(error, 'stopped', events), warnings: warnings.length };
  }
}

/** A thrown error as an outcome: `userVerdict` for a user's error in plain words, else a crash (or a leaked stack trace). */
function asOutcome(error: unknown, userVerdict: Verdict, events: number): Outcome {
  const isUserError = error instanceof Error && (error as { isUserError?: boolean }).isUserError === true;
  if (!isUserError) return { verdict: 'crashed', detail: error instanceof Error ? (error.stack ?? error.message) : String(error), events, warnings: 0 };
  const message = (error as Error).message;
  const parameters = (error as { parameters?: readonly string[] }).parameters;
  return { verdict: stackFrame.test(message) ? 'leaked' : userVerdict, detail: message, events, warnings: 0, ...(parameters ? { parameters } : {}) };
}
