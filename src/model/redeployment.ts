/** When offender-management staff are pulled to other prison duties. */
import type { ModelContext } from './context.ts';
import type { Establishment } from './establishment.ts';
import type { StaffMember } from './types.ts';

/**
 * The chance that `member` is redeployed on a shift: none when their group is
 * never redeployed or is ring-fenced; otherwise the base chance, raised in
 * proportion to how short the prison is of operational officers.
 */
export function redeploymentChance(ctx: ModelContext, member: StaffMember): number {
  const { redeployment, staff } = ctx.params;
  if (staff[member.group].ringFenced || !redeployment.groups.includes(member.group)) return 0;
  return officerRedeploymentChance(ctx, member.establishment);
}

/** The chance an officer of `establishment` not ring-fenced is pulled to other duties on a shift: the base chance, raised by the shortfall of operational officers. */
export function officerRedeploymentChance(ctx: ModelContext, establishment: Establishment): number {
  const { redeployment } = ctx.params;
  const shortfall = establishment.config.establishment.operationalShortfall;
  return Math.min(1, redeployment.shiftProbability + redeployment.shortfallSensitivity * shortfall);
}
