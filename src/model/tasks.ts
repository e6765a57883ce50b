/**
 * The life of a piece of work: created on someone's list, worked on in
 * slices, then done, missed, cancelled or moved to someone else.
 */
import { staffGroups } from '../scenario/schema/index.ts';
import type { ModelContext } from './context.ts';
import { timeCategories, type Prisoner, type StaffMember, type Task, type TaskKind, type TimeCategory } from './types.ts';

export interface NewTask {
  kind: TaskKind;
  prisoner: Prisoner | null;
  hours: number;
  directHours?: number;
  due: number;
  onDone?: (task: Task) => void;
}

/** Makes a task and puts it on `owner`'s list (or leaves it ownerless when nobody can take it). */
export function createTask(ctx: ModelContext, spec: NewTask, owner: StaffMember | null): Task {
  const task: Task = {
    kind: spec.kind,
    prisoner: spec.prisoner,
    hours: spec.hours,
    directHours: spec.directHours ?? 0,
    remaining: spec.hours,
    createdAt: ctx.sim.now,
    due: spec.due,
    status: 'open',
    owner: null,
    completedAt: NaN,
    overdue: false,
    onDone: spec.onDone ?? null,
  };
  spec.prisoner?.tasks.add(task);
  if (owner !== null) giveTask(task, owner);
  return task;
}

/** Puts an open task on `owner`'s list, taking it off its previous owner's. */
export function giveTask(task: Task, owner: StaffMember): void {
  if (task.owner !== null) task.owner.work.openHours -= task.remaining;
  task.owner = owner;
  owner.work.add(task);
}

/** The time category of `hours` of work on `task` done from `progress` hours in. */
export function splitWork(task: Task, progress: number, hours: number): { direct: number; rest: number } {
  const direct = Math.max(0, Math.min(progress + hours, task.directHours) - progress);
  return { direct, rest: hours - direct };
}

/** What kind of time written and oversight work is. */
export function categoryOf(kind: TaskKind): TimeCategory {
  if (kind === 'contact') return 'admin';
  if (kind === 'oversight') return 'oversight';
  return 'reports';
}

/**
 * Records `hours` of work on `task` by `worker` (its owner unless given);
 * finishes the task when nothing is left. The time is the worker's even if
 * the task was moved to someone else's list, or dropped, while they were at it.
 */
export function workOn(ctx: ModelContext, task: Task, hours: number, worker = task.owner as StaffMember): void {
  const { direct, rest } = splitWork(task, task.hours - task.remaining, hours);
  if (direct > 0) spend(ctx, worker, 'contact', direct);
  if (rest > 0) spend(ctx, worker, categoryOf(task.kind), rest);
  task.remaining -= hours;
  // A dropped or finished task's remaining hours have already left its owner's list.
  if (task.status === 'open' && task.owner !== null) task.owner.work.openHours -= hours;
  if (task.remaining <= 1e-9) finishTask(ctx, task);
}

/** Marks a task done now and tells whoever is waiting for it. */
export function finishTask(ctx: ModelContext, task: Task): void {
  if (task.status !== 'open') return;
  if (task.owner !== null) task.owner.work.openHours -= task.remaining;
  task.remaining = 0;
  task.status = 'done';
  task.completedAt = ctx.sim.now;
  task.prisoner?.tasks.delete(task);
  task.onDone?.(task);
}

/** Ends a task without it being done ('missed' for contacts that passed their deadline, else 'cancelled'). */
export function dropTask(task: Task, status: 'missed' | 'cancelled'): void {
  if (task.status !== 'open') return;
  if (task.owner !== null) task.owner.work.openHours -= task.remaining;
  task.status = status;
  task.prisoner?.tasks.delete(task);
}

/** Throws away the progress made on a task (a restart or an abandoned piece of written work). */
export function loseProgress(task: Task): void {
  if (task.owner !== null) task.owner.work.openHours += task.hours - task.remaining;
  task.remaining = task.hours;
}

/** Adds `hours` to a person's time in `category`. */
export function spend(ctx: ModelContext, member: StaffMember, category: TimeCategory, hours: number): void {
  member.hours[category] += hours;
  ctx.metrics.count(hoursKeys[member.group][category], hours);
}

// Metric names built once: this runs for every slice of work.
const hoursKeys = Object.fromEntries(
  staffGroups.map((g) => [g, Object.fromEntries(timeCategories.map((c) => [c, `hours.${g}.${c}`]))]),
) as Record<StaffMember['group'], Record<TimeCategory, string>>;
