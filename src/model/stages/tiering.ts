/** Tiering and scope: the tier a case gets from its risks, and whether it comes within the model. */
import type { Scenario, Tier } from '../../scenario/schema/index.ts';
import { reoffendingLevels } from '../../scenario/schema/index.ts';
import { meets, servesSentenceHere } from '../case-rules.ts';
import type { ModelContext } from '../context.ts';
import type { Prisoner } from '../types.ts';

/** The tier from the scenario's Risk-of-Harm × likelihood-of-reoffending matrix. */
export function tierOf(params: Scenario, p: Prisoner): Tier {
  return params.tiering.matrix[p.rosh][reoffendingLevels.indexOf(p.reoffending)] as Tier;
}

/** Whether a sentenced case matches the scope rules (a tier rule counts as met for a case not yet tiered when asked). */
export function matchesScope(ctx: ModelContext, p: Prisoner, tierUnknownMatches: boolean): boolean {
  if (!servesSentenceHere(p)) return false;
  return ctx.params.scope.rules.some((rule) => meets(rule, p, tierUnknownMatches));
}

/** Whether a newly received person gets an OASys assessment. */
export function toBeAssessed(ctx: ModelContext, p: Prisoner): boolean {
  if (!servesSentenceHere(p)) return false;
  return ctx.params.scope.assessEveryone || matchesScope(ctx, p, true);
}

/** Gives the case its tier and decides whether it is within the model (a case already in it stays). */
export function tierCase(ctx: ModelContext, p: Prisoner): void {
  const tier = tierOf(ctx.params, p);
  p.supervisor?.caseload.retier(p, tier);
  if (p.inScope) {
    // Allocated before its OASys: the case moves from the untiered count to its tier's.
    const byTier = ctx.counters.prisoners.inScopeByTier;
    byTier[p.tier].change(-1);
    byTier[tier].change(1);
  }
  p.tier = tier;
  // A case already within the model stays in it: its tier only sets its contacts and grade.
  p.inScope = p.inScope || matchesScope(ctx, p, false);
}
