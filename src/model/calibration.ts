/**
 * The reception rate that keeps a population near its target size: by
 * Little's law, receptions per hour = people held / mean time held.
 */
import { RandomStream } from '../engine/index.ts';
import type { PopulationParams, Scenario } from '../scenario/schema/index.ts';
import { drawPerson, servedBeforeReception } from './person.ts';
import { checkMeanStay } from './runaway.ts';
import { hdcEarlyHours } from './stages/hdc.ts';
import { MONTH } from './time.ts';

/**
 * Draws used to estimate the mean time held. Stays vary widely (coefficient
 * of variation about 2), so 100,000 draws give a standard error near 0.7%.
 */
const CALIBRATION_DRAWS = 100_000;

const meanStayCache = new Map<string, number>();

/** Mean hours a person received is held, assuming reports (and HDC assessments) are done on time. */
export function meanStayHours(population: PopulationParams, scenario: Scenario): number {
  const { parole, hdc } = scenario;
  // How the prison admits people does not set the stays.
  const { admission: _admission, ...stays } = population;
  const key = JSON.stringify([stays, parole.releaseProbability, parole.reviewMonths, hdc]);
  const cached = meanStayCache.get(key);
  if (cached !== undefined) return cached;
  // One fixed stream, whatever the parameters: the estimate is a property of the parameters, not
  // of a run's seed, and two sets of parameters are estimated on common draws. So a parameter
  // that does not touch the stays leaves the estimate as it was, and one that does moves it by
  // its own effect, not by a fresh 0.7% of sampling error (as when the stream was named by the
  // parameters, and adding any field to them changed every run).
  const rng = new RandomStream('calibration');
  const afterTariff = parole.releaseProbability > 0 ? (1 / parole.releaseProbability - 1) * parole.reviewMonths * MONTH : 0;
  let total = 0;
  for (let i = 0; i < CALIBRATION_DRAWS; i++) {
    const person = drawPerson(rng, population);
    const after = person.sentenceAfterRemand;
    if (after !== null) {
      // Sentenced at the end of remand: held to the sentence's release point, or to HDC if it is not yet past.
      const early = hdcEarlyHours(hdc, 'determinate', after.sentenceMonths, after.custodyHours);
      total += after.custodyHours - (after.custodyHours - early > person.custodyHours ? hdc.grantProbability * early : 0);
      continue;
    }
    const served = servedBeforeReception(population, person.sentence);
    const held = Number.isFinite(person.custodyHours)
      ? person.custodyHours * (1 - served) - hdc.grantProbability * hdcEarlyHours(hdc, person.sentence, person.sentenceMonths, person.custodyHours * (1 - served))
      : person.sentenceMonths * MONTH * (1 - served) + afterTariff;
    total += held;
  }
  const mean = total / CALIBRATION_DRAWS;
  meanStayCache.set(key, mean);
  return mean;
}

/** Receptions per hour for a population of the target size (a RunawayError when stays are too short for any to keep up). */
export function receptionRate(population: PopulationParams, scenario: Scenario): number {
  if (population.size === 0) return 0;
  const stay = meanStayHours(population, scenario);
  checkMeanStay(population, stay);
  return population.size / stay;
}
