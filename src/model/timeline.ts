/** Parameter changes during a run: from a given week, new values are in force. */
import { NORMAL } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema/index.ts';
import { establishmentConfig } from './config.ts';
import type { ModelContext } from './context.ts';
import { receptionRate } from './calibration.ts';
import { matchHeadCounts } from './staffing.ts';
import { inScopeCases, scheduleComWork } from './stages/com.ts';
import { fillFreePlaces } from './stages/reception.ts';
import { WEEK } from './time.ts';

/** `params` with the value at each dotted path replaced (the scenario layer has checked paths and values). */
export function withChanges(params: Scenario, changes: Record<string, unknown>): Scenario {
  const next = structuredClone(params) as Record<string, unknown>;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    let node = next;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    // A copy: the scenario's values are frozen, and a later path of the same change may lead into this one.
    node[keys[keys.length - 1]] = structuredClone(value);
  }
  return next as Scenario;
}

/**
 * A change from week N takes effect after everything else at the instant
 * week N begins, so the weekly snapshot closing week N − 1 (taken at the
 * same instant) still shows the values in force during that week.
 */
const AFTER_WEEKLY_SNAPSHOT = NORMAL + 1;

/** A prison moved to OMiC during the run: every case in scope gets its handover date and pre-release work, as new cases do. */
function startOmic(ctx: ModelContext): void {
  const com = ctx.params.omic?.com;
  if (com === undefined) return;
  for (const establishment of ctx.establishments) {
    for (const p of [...inScopeCases(establishment)]) scheduleComWork(ctx, p, com);
  }
}

/** Schedules every timeline change of the scenario. */
export function scheduleTimeline(ctx: ModelContext): void {
  for (const change of ctx.params.timeline) {
    ctx.sim.call(change.week * WEEK, () => applyChange(ctx, change.set), AFTER_WEEKLY_SNAPSHOT);
  }
}

/** Puts the changed parameters in force and brings staff, receptions and work lists in line with them. */
export function applyChange(ctx: ModelContext, changes: Record<string, unknown>): void {
  const omicBefore = ctx.params.omic;
  ctx.params = withChanges(ctx.params, changes);
  if (omicBefore === undefined) startOmic(ctx);
  ctx.metrics.count('timeline.changes');
  for (const establishment of ctx.establishments) {
    establishment.config = establishmentConfig(ctx.params, establishment.group);
    establishment.receptionRate = receptionRate(establishment.config.population, ctx.params);
    for (const member of establishment.allStaff()) member.work.setOrder(ctx.params.workingPattern);
    matchHeadCounts(ctx, establishment); // which ends by allocating the cases waiting
    fillFreePlaces(establishment); // a prison kept full, made larger, fills its new places
  }
}
