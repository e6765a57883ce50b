/**
 * A member of staff's working life: shift after shift they are absent, or
 * at work; at work, part of the shift goes to other duties, part to
 * overheads, and the rest to the work on their list in priority order —
 * unless they are redeployed to other prison duties, which stops whatever
 * they are doing.
 */
import { URGENT, type CalendarEntry, type RandomStream } from '../engine/index.ts';
import type { ModelContext } from './context.ts';
import { redeploymentChance } from './redeployment.ts';
import { missContact } from './stages/supervision.ts';
import { workToTakeOver } from './stages/workers.ts';
import { giveTask, loseProgress, spend, workOn } from './tasks.ts';
import { DAY } from './time.ts';
import { noteShiftHours } from './workload.ts';
import { timeIndex, type StaffMember, type Task } from './types.ts';

/** Shifts begin at 08:00. */
const SHIFT_START = 8;

/** Where a working life stands between two of its calendar entries. */
const NOT_STARTED = 0;
const WAITING_FOR_SHIFT = 1;
const HOLDING = 2;

/**
 * A member of staff's working life, as one calendar entry that puts itself
 * back on the calendar for each hold: until the next shift starts, then for
 * each stretch of overheads or work in it. It is what a process whose body
 * loops over days and holds would be, and puts the same entries on the
 * calendar at the same times and priorities, but it is not a generator:
 * staff holds are three in five of the model's events, and resuming a
 * generator, with the objects that allocates (its result, the number it
 * yields), cost more than the rest of a hold.
 */
export class StaffLife implements CalendarEntry {
  cancelled = false;
  private state = NOT_STARTED;
  /** The day whose shift is waited for or under way (starts as a number that is not a small integer: see Shift). */
  private day = NaN;
  private readonly shift = new Shift();
  /** The task of the hold under way, if any (none while only overheads are done). */
  private task: Task | undefined = undefined;
  /** Whether the hold under way ends with the person pulled away to other duties. */
  private pulledAway = false;

  constructor(
    private readonly ctx: ModelContext,
    private readonly member: StaffMember,
    private readonly rng: RandomStream,
  ) {
    // As a process starts: at the current instant, ahead of ordinary events.
    ctx.sim.schedule(this, 0, URGENT);
  }

  fire(): void {
    if (this.state === HOLDING) {
      if (this.endHold()) return;
    } else if (this.state === WAITING_FOR_SHIFT) {
      if (!this.member.active) return;
      if (this.startShift()) return;
    } else {
      this.day = Math.ceil((this.ctx.sim.now - SHIFT_START) / DAY) - 1;
    }
    this.nextDays();
  }

  /**
   * Goes on to the next working day: waits for its shift to start, or starts
   * it now if it has; a shift with no hold in it (absent, redeployed from
   * the start, or nothing to do) moves on to the day after. The life ends
   * at the horizon, or once the person has left their post.
   */
  private nextDays(): void {
    const { ctx, member } = this;
    const sim = ctx.sim;
    for (;;) {
      this.day++;
      if (this.day % 7 >= ctx.params.workingPattern.shiftsPerWeek) continue;
      const start = this.day * DAY + SHIFT_START;
      if (start >= ctx.horizon) return;
      if (start > sim.now) {
        this.state = WAITING_FOR_SHIFT;
        sim.schedule(this, start - sim.now);
        return;
      }
      if (!member.active) return;
      if (this.startShift()) return;
    }
  }

  /** Starts the day's shift; returns whether it holds (false: no work on this shift). */
  private startShift(): boolean {
    if (!beginShift(this.ctx, this.member, this.rng, this.shift)) return false;
    // Overheads first (meetings, travel, waiting for prisoners to be unlocked),
    // then the work on the list in order. The first task is chosen as the
    // shift begins and held together with the overheads: one event fewer on
    // every shift, the model's most frequent.
    this.task = nextTask(this.ctx, this.member);
    return this.hold();
  }

  /** Holds for the overheads left and the task, if any; with neither, idles to the shift's end. Returns whether it holds. */
  private hold(): boolean {
    const { ctx, member, shift, task } = this;
    const sim = ctx.sim;
    if (task === undefined && !(shift.overheadLeft > 0)) {
      idleToShiftEnd(ctx, member, shift.end, shift.pulledAwayAt);
      return false;
    }
    shift.startedAt = sim.now;
    const hold = shift.overheadLeft + (task === undefined ? 0 : Math.min(task.remaining, shift.end - sim.now - shift.overheadLeft));
    // On a tie the pull-away comes first, as it was arranged before the hold.
    this.pulledAway = shift.pulledAwayAt <= sim.now + hold;
    member.inHand = task ?? null;
    this.state = HOLDING;
    sim.schedule(this, this.pulledAway ? shift.pulledAwayAt - sim.now : hold);
    return true;
  }

  /** Credits the hold just ended, then holds for what is next in the shift; returns whether it holds (false: the shift is over). */
  private endHold(): boolean {
    const { ctx, member, shift, task } = this;
    const sim = ctx.sim;
    member.inHand = null;
    const worked = sim.now - shift.startedAt;
    const onOverheads = Math.min(worked, shift.overheadLeft);
    if (onOverheads > 0) spend(member, timeIndex.admin, onOverheads);
    shift.overheadLeft = 0;
    const onTask = worked - onOverheads;
    if (this.pulledAway) {
      // A task not yet begun (pulled away during the overheads) is not interrupted.
      if (task !== undefined && onTask > 0) creditPulledAway(ctx, member, task, onTask);
      spend(member, timeIndex.redeployed, shift.end - sim.now);
      return false;
    }
    if (task !== undefined && onTask > 0) workOn(ctx, task, onTask, member);
    if (!(shift.end - sim.now > 1e-9)) return false;
    this.task = nextTask(ctx, member);
    return this.hold();
  }
}

/**
 * The task to work on next: the front of the list, or a colleague's to take
 * over. Work with nothing left to do (a task of no hours, or of too few to
 * move the clock) is done the moment it is reached, without a hold: a hold
 * of no time would bring the same task back to the front at the same
 * instant, for ever. Finishing it may hand it on (to sign-off or rework),
 * but never to the same person, so the loop ends.
 */
function nextTask(ctx: ModelContext, member: StaffMember): Task | undefined {
  for (;;) {
    const task = member.work.front(member) ?? takeOver(ctx, member);
    if (task === undefined || task.remaining > 1e-9) return task;
    workOn(ctx, task, 0, member);
  }
}

/** Takes over an overloaded colleague's most urgent task that `member` may do, if any (see `workToTakeOver`). */
function takeOver(ctx: ModelContext, member: StaffMember): Task | undefined {
  const task = workToTakeOver(ctx, member);
  if (task === undefined) return undefined;
  ctx.metrics.count('tasks.takenOver');
  task.takenOver = true;
  giveTask(task, member);
  return task;
}

/**
 * A shift on which the person works on their list, as settled at its start,
 * and how far into it they are. One per person, filled anew each shift.
 * (Every field starts as a number that is not a small integer, NaN, so V8
 * stores each as a double, updated in place, from the start.)
 */
class Shift {
  end = NaN;
  /** When the person is pulled away to other duties (Infinity if not redeployed this shift). */
  pulledAwayAt = NaN;
  /** Overheads not yet done: they come first. */
  overheadLeft = NaN;
  /** When the current hold began. */
  startedAt = NaN;
}

/**
 * Starts a shift: whether the person is absent, how much of it goes to other
 * duties, and whether (and when) they are redeployed; fills in `shift`.
 * Returns false when no offender-management work is done on it.
 */
function beginShift(ctx: ModelContext, member: StaffMember, rng: RandomStream, shift: Shift): boolean {
  const group = ctx.params.staff[member.group];
  const shiftHours = group.contractedHoursPerWeek / ctx.params.workingPattern.shiftsPerWeek;
  if (rng.bernoulli(group.leaveShare + group.sicknessShare + group.trainingShare)) {
    spend(member, timeIndex.absent, shiftHours);
    return false;
  }
  const omHours = shiftHours * group.omShare;
  if (shiftHours > omHours) spend(member, timeIndex.otherDuties, shiftHours - omHours);
  const overheadHours = omHours * ctx.params.workingPattern.overheadShare;
  const caseworkHours = omHours - overheadHours;
  const redeployed = rng.bernoulli(redeploymentChance(ctx, member));
  // When in the shift a redeployed person is pulled away, drawn for every
  // shift at work, redeployed or not and whenever redeployment happens, so
  // that a shift takes the same draws whatever the chance of redeployment:
  // two scenarios that differ only in that chance, compared on common random
  // numbers, then keep their staff's days in step.
  const pullAt = rng.random();
  if (redeployed) ctx.metrics.count('staff.shiftsRedeployed');
  if (redeployed && ctx.params.redeployment.whenInShift === 'start') {
    noteShiftHours(ctx, member, caseworkHours, caseworkHours);
    spend(member, timeIndex.redeployed, omHours);
    return false;
  }
  const now = ctx.sim.now;
  // Whatever a redeployed person is doing when pulled away stops there.
  const pulledAwayAt = redeployed ? now + pullAt * omHours : Infinity;
  // Overheads come first in a shift, so the hours lost at its end are casework hours first.
  noteShiftHours(ctx, member, caseworkHours, redeployed ? Math.min(now + omHours - pulledAwayAt, caseworkHours) : 0);
  shift.end = now + omHours;
  shift.pulledAwayAt = pulledAwayAt;
  shift.overheadLeft = overheadHours;
  return true;
}

/**
 * With nothing left on the list, the person is idle for the rest of the
 * shift, or until pulled away and then redeployed: work arriving meanwhile
 * waits for the next shift, so nothing can change that, and the time is
 * credited now rather than at the end of a hold (one event fewer for every
 * shift that runs out of work). As a hold would, it counts only if it ends
 * within the run; the sums are those the hold's clock would give.
 */
function idleToShiftEnd(ctx: ModelContext, member: StaffMember, shiftEnd: number, pulledAwayAt: number): void {
  const now = ctx.sim.now;
  const idleEnd = now + (shiftEnd - now);
  if (pulledAwayAt <= idleEnd) {
    const pulledAt = now + (pulledAwayAt - now);
    if (pulledAt > ctx.horizon) return;
    if (pulledAt - now > 0) spend(member, timeIndex.idle, pulledAt - now);
    spend(member, timeIndex.redeployed, shiftEnd - pulledAt);
  } else if (idleEnd <= ctx.horizon) {
    spend(member, timeIndex.idle, idleEnd - now);
  }
}

/**
 * Credits the `worked` hours done on the task in hand when the person was
 * pulled away, and applies the scenario's policy to it if unfinished.
 */
function creditPulledAway(ctx: ModelContext, member: StaffMember, task: Task, worked: number): void {
  workOn(ctx, task, worked, member);
  if (task.status !== 'open') return;
  ctx.metrics.count('tasks.interrupted');
  const policy = ctx.params.redeployment.interruptedTask;
  if (policy === 'resume') return;
  if (policy === 'abandon' && task.kind === 'contact') {
    missContact(ctx, task);
    return;
  }
  // Restarted work, or abandoned written work (still owed), starts again from nothing.
  loseProgress(task);
}
