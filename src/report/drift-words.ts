/** What the drift of a study's population and backlog means, in words for the terminal's headline and the report (src/experiment/drift.ts). */
import type { StudySummary } from '../experiment/summary.ts';

/**
 * A unit still catching up or falling behind at the end of the run is not at
 * steady state, and its means describe the run rather than the unit: say so
 * in the headline (drift.ts).
 */
export function driftSentences(s: StudySummary['study']): string[] {
  const sentences: string[] = [];
  const backlog = s.drift?.backlog;
  if (backlog !== undefined && !backlog.settled) {
    const perWeek = Math.abs(backlog.perWeek).toPrecision(2);
    sentences.push(
      backlog.change.mean > 0
        ? `this unit never catches up: the backlog grows by about ${perWeek} a week at the end of the run (reports past their deadline and cases waiting for a supervisor)`
        : `the backlog (reports past their deadline and cases waiting for a supervisor) still falls by about ${perWeek} a week at the end of the run: a longer warm-up or horizon would show where it settles`,
    );
  }
  const population = s.drift?.population;
  if (population !== undefined && !population.settled) {
    const direction = population.change.mean > 0 ? 'rises' : 'falls';
    sentences.push(`the population still ${direction} by about ${Math.abs(population.perWeek).toPrecision(2)} people a week at the end of the run: it has not settled`);
  }
  return sentences;
}

