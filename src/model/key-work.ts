/**
 * Key work under OMiC: band 3 officers each hold a few prisoners and owe
 * each a session a week. Each week a key worker away (leave, sickness,
 * training) delivers none; otherwise each session is delivered unless the
 * officer is pulled to other duties, which takes key work first: it shares
 * the officers' redeployment, at a higher chance, unless ring-fenced.
 *
 * Key workers are not offender-management staff: their sessions take no
 * hours from the unit, and are counted once a week rather than simulated
 * shift by shift.
 */
import type { RandomStream } from '../engine/index.ts';
import type { KeyWorkParams } from '../scenario/schema/index.ts';
import type { ModelContext } from './context.ts';
import type { Establishment } from './establishment.ts';
import { officerRedeploymentChance } from './redeployment.ts';
import { WEEK } from './time.ts';

/** The key workers in post at `establishment`: the scenario's count, or enough for everyone held. */
export function keyWorkersOf(keyWork: KeyWorkParams, establishment: Establishment): number {
  return keyWork.workers ?? Math.ceil(establishment.population / keyWork.caseload);
}

/** The chance a key-work session is lost to officers' redeployment: none if ring-fenced, else the officers' chance raised by the cut-first factor. */
export function sessionLostChance(ctx: ModelContext, keyWork: KeyWorkParams, establishment: Establishment): number {
  if (keyWork.ringFenced) return 0;
  return Math.min(1, keyWork.cutFirstFactor * officerRedeploymentChance(ctx, establishment));
}

/** The stream of OMiC draws of an establishment, made when first needed. */
export function omicStream(ctx: ModelContext, establishment: Establishment): RandomStream {
  establishment.omicRng ??= ctx.streams.stream(`omic/${establishment.index}`);
  return establishment.omicRng;
}

/** Counts one week's key work at every establishment (under OMiC): sessions owed and delivered, and their hours. */
export function countKeyWorkWeek(ctx: ModelContext): void {
  const keyWork = ctx.params.omic?.keyWork;
  if (keyWork === undefined) return;
  for (const establishment of ctx.establishments) countEstablishmentWeek(ctx, keyWork, establishment);
}

function countEstablishmentWeek(ctx: ModelContext, keyWork: KeyWorkParams, establishment: Establishment): void {
  const rng = omicStream(ctx, establishment);
  const lost = sessionLostChance(ctx, keyWork, establishment);
  const metrics = ctx.metrics;
  let unassigned = establishment.population;
  let due = 0;
  let delivered = 0;
  const workers = keyWorkersOf(keyWork, establishment);
  for (let worker = 0; worker < workers && unassigned > 0; worker++) {
    const held = Math.min(keyWork.caseload, unassigned);
    unassigned -= held;
    const owed = sessionsOwed(held * keyWork.sessionsPerWeek, rng);
    due += owed;
    if (rng.bernoulli(keyWork.absenceShare)) continue;
    for (let session = 0; session < owed; session++) if (!rng.bernoulli(lost)) delivered++;
  }
  // Counted at the week's end, for the week now ending: measured if it began after the warm-up.
  const measured = metrics.isMeasuredOutcome(ctx.sim.now - WEEK);
  metrics.counter('keyWork.prisonerWeeks').addOutcome(measured, establishment.population);
  metrics.counter('keyWork.prisonerWeeksWithKeyWorker').addOutcome(measured, establishment.population - unassigned);
  metrics.counter('keyWork.sessionsDue').addOutcome(measured, due);
  metrics.counter('keyWork.sessionsDelivered').addOutcome(measured, delivered);
  metrics.counter('keyWork.hoursDelivered').addOutcome(measured, (delivered * keyWork.sessionMinutes) / 60);
}

/** Whole sessions owed this week: the whole part of `expected`, and one more with the chance of its fraction (fortnightly sessions owe half a session a week). */
function sessionsOwed(expected: number, rng: RandomStream): number {
  const whole = Math.floor(expected);
  return whole + (rng.bernoulli(expected - whole) ? 1 : 0);
}
