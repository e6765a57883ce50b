/**
 * The life of a piece of work: created on someone's list, worked on in
 * slices, then done, missed, cancelled or moved to someone else.
 */
import type { ModelContext } from './context.ts';
import { timeIndex, type Prisoner, type StaffMember, type Task, type TaskKind, type TaskListener, type TimeIndex } from './types.ts';

export interface NewTask {
  kind: TaskKind;
  prisoner: Prisoner | null;
  hours: number;
  directHours?: number;
  due: number;
  onDone?: TaskListener;
  handOn?: ((task: Task) => boolean) | null;
}

/** Makes a task and puts it on `owner`'s list (or leaves it ownerless when nobody can take it). */
export function createTask(ctx: ModelContext, spec: NewTask, owner: StaffMember | null): Task {
  // The fields read whenever a list's front is looked at or work is done
  // come first, so they share the record's first cache line or two: a task
  // is usually long out of cache when its owner reaches it.
  const task: Task = {
    status: 'open',
    owner: null,
    remaining: spec.hours,
    hours: spec.hours,
    directHours: spec.directHours ?? 0,
    kind: spec.kind,
    prisoner: spec.prisoner,
    signOff: false,
    handOn: spec.handOn ?? null,
    onDone: spec.onDone ?? null,
    due: spec.due,
    createdAt: ctx.sim.now,
    overdue: false,
    escalated: false,
    takenOver: false,
  };
  if (isListed(task)) task.prisoner.tasks.push(task);
  if (owner !== null) giveTask(task, owner);
  return task;
}

/** Puts an open task on `owner`'s list, taking it off its previous owner's. */
export function giveTask(task: Task, owner: StaffMember): void {
  if (task.owner !== null) task.owner.work.subtractOpenHours(task.remaining);
  task.owner = owner;
  owner.work.add(task);
}

/** How much of `hours` of work on `task`, done from `progress` hours in, is face-to-face contact. */
export function directPart(task: Task, progress: number, hours: number): number {
  return Math.max(0, Math.min(progress + hours, task.directHours) - progress);
}

/** What kind of time written and oversight work is. */
export function categoryOf(kind: TaskKind): TimeIndex {
  if (kind === 'contact') return timeIndex.admin;
  if (kind === 'oversight') return timeIndex.oversight;
  return timeIndex.reports;
}

/**
 * Records `hours` of work on `task` by `worker` (its owner unless given);
 * finishes the task when nothing is left. The time is the worker's even if
 * the task was moved to someone else's list, or dropped, while they were at it.
 */
export function workOn(ctx: ModelContext, task: Task, hours: number, worker = task.owner as StaffMember): void {
  const direct = directPart(task, task.hours - task.remaining, hours);
  const rest = hours - direct;
  if (direct > 0) spend(worker, timeIndex.contact, direct);
  if (rest > 0) spend(worker, task.signOff ? timeIndex.oversight : categoryOf(task.kind), rest);
  task.remaining -= hours;
  // A dropped or finished task's remaining hours have already left its owner's list.
  if (task.status === 'open' && task.owner !== null) task.owner.work.subtractOpenHours(hours);
  if (task.remaining <= 1e-9) finishTask(ctx, task);
}

/** Marks a task done now and tells whoever is waiting for it. */
export function finishTask(ctx: ModelContext, task: Task): void {
  if (task.status !== 'open') return;
  if (task.handOn !== null && task.handOn(task)) return;
  if (task.owner !== null) task.owner.work.subtractOpenHours(task.remaining);
  task.remaining = 0;
  task.status = 'done';
  if (isListed(task)) removeFrom(task.prisoner.tasks, task);
  task.onDone?.done(task);
}

/** Ends a task without it being done ('missed' for contacts that passed their deadline, else 'cancelled'). */
export function dropTask(task: Task, status: 'missed' | 'cancelled'): void {
  if (task.status !== 'open') return;
  if (task.owner !== null) task.owner.work.subtractOpenHours(task.remaining);
  task.status = status;
  if (isListed(task)) removeFrom(task.prisoner.tasks, task);
}

/**
 * Replaces what is left of an open task with a shorter piece of work of
 * `hours` (`directHours` of them face to face), started afresh and
 * escalated: overdue assessment or plan work cut down to a short risk
 * review, which its owner's list then ranks as the policy ranks escalated work.
 */
export function cutDownAndEscalate(task: Task, hours: number, directHours: number): void {
  if (task.status !== 'open') return;
  const owner = task.owner;
  if (owner !== null) owner.work.subtractOpenHours(task.remaining);
  task.hours = Math.min(hours, task.remaining);
  task.directHours = Math.min(directHours, task.hours);
  task.remaining = task.hours;
  task.escalated = true;
  // Back on the list at its new rank (the old place is passed over once the task is done or moved).
  if (owner !== null) owner.work.add(task);
}

/**
 * Hands an open task whose work has run out to `owner` with `hours` more to
 * do, none of it face to face: the sign-off of finished work, or rework
 * after one. It stays open, so it is not yet done.
 */
export function handOnTo(task: Task, owner: StaffMember, hours: number, signOff: boolean): void {
  if (task.owner !== null) task.owner.work.subtractOpenHours(task.remaining);
  task.owner = null;
  task.hours = hours;
  task.directHours = 0;
  task.remaining = hours;
  task.signOff = signOff;
  giveTask(task, owner);
}

/** Throws away the progress made on a task (a restart or an abandoned piece of written work). */
export function loseProgress(task: Task): void {
  if (task.owner !== null) task.owner.work.addOpenHours(task.hours - task.remaining);
  task.remaining = task.hours;
}

/**
 * All open work about `p`, oldest first: the other tasks, with the open
 * contact, if any, in its place among them by when it was made (after any
 * made at the same time). The order decides how work handed to a new
 * supervisor lines up on their list.
 */
export function openWorkAbout(p: Prisoner): readonly Task[] {
  const contact = p.contact;
  if (contact === null || contact.status !== 'open') return p.tasks;
  const tasks = p.tasks;
  let i = 0;
  while (i < tasks.length && tasks[i].createdAt <= contact.createdAt) i++;
  return [...tasks.slice(0, i), contact, ...tasks.slice(i)];
}

/**
 * Whether a task sits in its prisoner's `tasks`. A contact does not: the
 * case's one open contact is its `contact`, and keeping contacts, by far the
 * most numerous work, out of the list spares every contact two list updates.
 */
function isListed(task: Task): task is Task & { readonly prisoner: Prisoner } {
  return task.prisoner !== null && task.kind !== 'contact';
}

/** Adds `hours` to a person's time in `category` (a `timeIndex`), and to their group's. */
export function spend(member: StaffMember, category: TimeIndex, hours: number): void {
  member.hours[category] += hours;
  member.hourCounters[category].add(hours);
}

/** Removes `item` from `list`, keeping the others in order (a person's open tasks are few). */
function removeFrom<T>(list: T[], item: T): void {
  const i = list.indexOf(item);
  if (i < 0) return;
  for (let j = i + 1; j < list.length; j++) list[j - 1] = list[j];
  list.pop();
}
