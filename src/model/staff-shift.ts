/**
 * A member of staff's working life as a process: shift after shift they are
 * absent, or at work; at work, part of the shift goes to other duties,
 * part to overheads, and the rest to the work on their list in priority
 * order — unless they are redeployed to other prison duties, which
 * interrupts whatever they are doing.
 */
import { Interrupt, type ProcessBody, type RandomStream } from '../engine/index.ts';
import type { StaffGroupParams } from '../scenario/schema/index.ts';
import type { ModelContext } from './context.ts';
import { redeploymentChance } from './redeployment.ts';
import { dropTask, loseProgress, spend, workOn } from './tasks.ts';
import { DAY } from './time.ts';
import type { StaffMember, Task, TimeCategory } from './types.ts';

/** Shifts begin at 08:00. */
const SHIFT_START = 8;

/** The interrupt cause when a person is pulled away mid-shift. */
export const REDEPLOYED = 'redeployed';

/** What the person is doing at this moment of the shift, so an interrupt can credit it. */
interface Activity {
  category: TimeCategory;
  task: Task | null;
  startedAt: number;
}

export function* staffLife(ctx: ModelContext, member: StaffMember, rng: RandomStream): ProcessBody<void> {
  const { sim } = ctx;
  for (let day = Math.ceil((sim.now - SHIFT_START) / DAY); ; day++) {
    const shiftsPerWeek = ctx.params.workingPattern.shiftsPerWeek;
    if (day % 7 >= shiftsPerWeek) continue;
    const start = day * DAY + SHIFT_START;
    if (start >= ctx.horizon) return;
    if (start > sim.now) yield start - sim.now;
    if (!member.active) return;
    yield* workShift(ctx, member, rng, ctx.params.staff[member.group]);
  }
}

function* workShift(ctx: ModelContext, member: StaffMember, rng: RandomStream, group: StaffGroupParams): ProcessBody<void> {
  const { sim } = ctx;
  const shiftHours = group.contractedHoursPerWeek / ctx.params.workingPattern.shiftsPerWeek;
  if (rng.bernoulli(group.leaveShare + group.sicknessShare + group.trainingShare)) {
    spend(ctx, member, 'absent', shiftHours);
    return;
  }
  const omHours = shiftHours * group.omShare;
  if (shiftHours > omHours) spend(ctx, member, 'otherDuties', shiftHours - omHours);
  const redeployed = rng.bernoulli(redeploymentChance(ctx, member));
  const redeployment = ctx.params.redeployment;
  if (redeployed) ctx.metrics.count('staff.shiftsRedeployed');
  if (redeployed && redeployment.whenInShift === 'start') {
    spend(ctx, member, 'redeployed', omHours);
    return;
  }
  const shiftEnd = sim.now + omHours;
  const pullAway = redeployed ? sim.call(rng.random() * omHours, () => member.process?.interrupt(REDEPLOYED)) : null;
  const activity: Activity = { category: 'admin', task: null, startedAt: sim.now };
  try {
    // Overheads first: meetings, travel, waiting for prisoners to be unlocked.
    yield omHours * ctx.params.workingPattern.overheadShare;
    spend(ctx, member, 'admin', sim.now - activity.startedAt);
    while (shiftEnd - sim.now > 1e-9) {
      const task = member.work.front();
      activity.startedAt = sim.now;
      activity.task = task ?? null;
      activity.category = task === undefined ? 'idle' : 'reports';
      if (task === undefined) {
        yield shiftEnd - sim.now;
        spend(ctx, member, 'idle', sim.now - activity.startedAt);
        break;
      }
      yield Math.min(task.remaining, shiftEnd - sim.now);
      workOn(ctx, task, sim.now - activity.startedAt, member);
    }
    pullAway?.cancel();
  } catch (error) {
    if (!(error instanceof Interrupt) || error.cause !== REDEPLOYED) throw error;
    creditInterrupted(ctx, member, activity);
    spend(ctx, member, 'redeployed', shiftEnd - sim.now);
    yield shiftEnd - sim.now;
  }
}

/** Credits the work done up to the interrupt and applies the scenario's policy to the task in hand. */
function creditInterrupted(ctx: ModelContext, member: StaffMember, activity: Activity): void {
  const worked = ctx.sim.now - activity.startedAt;
  const task = activity.task;
  if (task === null) {
    if (worked > 0) spend(ctx, member, activity.category, worked);
    return;
  }
  if (worked > 0) workOn(ctx, task, worked, member);
  if (task.status !== 'open') return;
  ctx.metrics.count('tasks.interrupted');
  const policy = ctx.params.redeployment.interruptedTask;
  if (policy === 'resume') return;
  if (policy === 'abandon' && task.kind === 'contact') {
    dropTask(task, 'missed');
    ctx.metrics.countDated(task.createdAt, 'contacts.missed');
    return;
  }
  // Restarted work, or abandoned written work (still owed), starts again from nothing.
  loseProgress(task);
}
