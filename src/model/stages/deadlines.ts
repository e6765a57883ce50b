/**
 * Work with a deadline — assessments, sentence plans and reports — and how
 * it turned out: on time, late, or never finished. Outcomes are counted when
 * the deadline comes, so everything counted as due has an outcome.
 */
import type { ModelContext } from '../context.ts';
import type { DeadlineOutcome } from '../counters.ts';
import { createTask, dropTask } from '../tasks.ts';
import { at } from '../timers.ts';
import type { Prisoner, Task, TaskKind } from '../types.ts';
import { workerFor } from './workers.ts';

export type TrackedKind = Extract<TaskKind, 'assessment' | 'sentencePlan' | 'oasysReview' | 'parole' | 'hdc' | 'handover'>;

/** The report types counted together under `reports.*`. */
export const reportKinds = ['parole', 'hdc', 'handover', 'oasysReview'] as const;

const trackedKinds: ReadonlySet<TaskKind> = new Set(['assessment', 'sentencePlan', ...reportKinds]);

export function isTracked(task: Task): boolean {
  return trackedKinds.has(task.kind);
}

function isReport(kind: TaskKind): boolean {
  return (reportKinds as readonly TaskKind[]).includes(kind);
}

function countOutcome(ctx: ModelContext, task: Task, outcome: DeadlineOutcome): void {
  const measured = ctx.metrics.inMeasuredPeriod(task.due);
  for (const counter of ctx.counters.deadlines[task.kind as TrackedKind][outcome]) counter.addIf(measured);
}

/** Starts work of `hours` about `p`, due at `due`, on the list of whoever should do it; `then` runs when it is done. */
export function startTracked(
  ctx: ModelContext,
  p: Prisoner,
  kind: TrackedKind,
  hours: number,
  due: number,
  then?: (task: Task) => void,
): Task {
  const task = createTask(ctx, { kind, prisoner: p, hours, due, onDone: whenDone(ctx, then) }, workerFor(ctx, p, kind));
  at(ctx, p, due, () => {
    countOutcome(ctx, task, 'due');
    if (task.status === 'done') {
      countOutcome(ctx, task, 'onTime');
      return;
    }
    task.overdue = true;
    countOutcome(ctx, task, 'unfinished');
    if (isReport(kind)) ctx.metrics.changeLevel('reports.backlog', 1);
  });
  return task;
}

/**
 * What finishing tracked work does: note a parole report's date, count work
 * done after its deadline, then run `then`. Made by a function rather than
 * written where the task is made: a loader that keeps function names (tsx,
 * the launcher's fallback) gives a function written as a property its name
 * at run time, at a cost for every task.
 */
function whenDone(ctx: ModelContext, then: ((task: Task) => void) | undefined): (task: Task) => void {
  return (done) => {
    if (done.kind === 'parole') done.owner?.paroleReportsDone.push(ctx.sim.now);
    if (done.overdue) {
      countOutcome(ctx, done, 'late');
      if (isReport(done.kind)) ctx.metrics.changeLevel('reports.backlog', -1);
    }
    then?.(done);
  };
}

/** Gives up on work no longer needed; if its deadline had passed unmet, it counts as never finished. */
export function abandonTracked(ctx: ModelContext, task: Task): void {
  if (task.status !== 'open') return;
  dropTask(task, 'cancelled');
  if (task.overdue) {
    countOutcome(ctx, task, 'neverFinished');
    if (isReport(task.kind)) ctx.metrics.changeLevel('reports.backlog', -1);
  }
}
