/** Release: the person leaves custody and the case passes to the community; everything pending about them ends. */
import { isIndeterminate } from '../case-rules.ts';
import type { ModelContext } from '../context.ts';
import { dropTask } from '../tasks.ts';
import { at, cancelTimers } from '../timers.ts';
import type { Prisoner } from '../types.ts';
import { allocateWaiting, deallocate } from './allocation.ts';
import { abandonTracked, isTracked } from './deadlines.ts';
import { countPreReleaseAtRelease } from './com.ts';
import { noteHdcNeverDecided } from './hdc.ts';
import { fillFreePlaces } from './reception.ts';
import { stopContacts } from './supervision.ts';

/** Why a person left custody: `prisoners.released.<reason>` counts each. */
export const releaseReasons = ['sentenceEnd', 'hdc', 'parole', 'remandEnd', 'recallEnd'] as const;
export type ReleaseReason = (typeof releaseReasons)[number];

/** Schedules release at the person's release date, if it is known. */
export function scheduleRelease(ctx: ModelContext, p: Prisoner): void {
  if (!Number.isFinite(p.releaseAt)) return;
  const reason: ReleaseReason = p.sentence === 'remand' ? 'remandEnd' : p.sentence === 'recall' ? 'recallEnd' : 'sentenceEnd';
  at(ctx, p, p.releaseAt, () => release(ctx, p, reason));
}

/** Releases `p` now. */
export function release(ctx: ModelContext, p: Prisoner, reason: ReleaseReason): void {
  if (!p.inCustody) return;
  if (reason === 'sentenceEnd') noteHdcNeverDecided(ctx, p);
  if (p.preReleaseDone !== null) countPreReleaseAtRelease(ctx, p);
  stopContacts(p);
  cancelTimers(p);
  // A copy: dropping a task takes it off the person's list.
  for (const task of p.tasks.slice()) {
    if (isTracked(task)) abandonTracked(ctx, task);
    else dropTask(task, 'cancelled');
  }
  leaveEstablishment(ctx, p);
  p.inCustody = false;
  p.releaseAt = ctx.sim.now;
  const prisoners = ctx.counters.prisoners;
  prisoners.released.add();
  prisoners.releasedFor[reason].add();
}

/** Puts `p` on their establishment's books (reception, the population at the start, a transfer in). */
export function joinEstablishment(ctx: ModelContext, p: Prisoner): void {
  p.establishment.population++;
  const prisoners = ctx.counters.prisoners;
  prisoners.population.change(1);
  prisoners.heldBy[p.sentence].change(1);
  if (p.pastTariff && isIndeterminate(p)) prisoners.heldPastTariff[p.sentence].change(1);
}

/** Takes `p` off the establishment's books (release or transfer out), lets a waiting case have the freed supervisor's place, and in a prison kept full fills the freed place. */
export function leaveEstablishment(ctx: ModelContext, p: Prisoner): void {
  const hadSupervisor = p.supervisor !== null;
  const establishment = p.establishment;
  deallocate(ctx, p);
  establishment.population--;
  const prisoners = ctx.counters.prisoners;
  prisoners.population.change(-1);
  prisoners.heldBy[p.sentence].change(-1);
  if (p.pastTariff && isIndeterminate(p)) prisoners.heldPastTariff[p.sentence].change(-1);
  if (p.inScope) {
    prisoners.inScope.change(-1);
    prisoners.inScopeByTier[p.tier].change(-1);
  }
  if (hadSupervisor) allocateWaiting(ctx, establishment);
  fillFreePlaces(establishment);
}
