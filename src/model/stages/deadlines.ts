/**
 * Work with a deadline — assessments, sentence plans and reports — and how
 * it turned out: on time, late, or never finished. Outcomes are counted when
 * the deadline comes, so everything counted as due has an outcome.
 */
import { isIndeterminate } from '../case-rules.ts';
import type { ModelContext } from '../context.ts';
import type { DeadlineOutcome } from '../counters.ts';
import { createTask, cutDownAndEscalate, dropTask } from '../tasks.ts';
import { at } from '../timers.ts';
import { WEEK } from '../time.ts';
import { noteDemand } from '../workload.ts';
import type { Prisoner, Task, TaskKind, TaskListener } from '../types.ts';
import { signOffFor } from './oversight.ts';
import { workerFor } from './workers.ts';

export type TrackedKind = Extract<TaskKind, 'assessment' | 'sentencePlan' | 'oasysReview' | 'parole' | 'hdc' | 'handover' | 'preRelease'>;

/** The report types counted together under `reports.*`. */
export const reportKinds = ['parole', 'hdc', 'handover', 'oasysReview'] as const;

/** The POM's pre-release work under OMiC, counted under `preRelease.*` of its own rather than with the reports. */
const trackedKinds: ReadonlySet<TaskKind> = new Set(['assessment', 'sentencePlan', ...reportKinds, 'preRelease']);

/**
 * The OASys work on a case: its assessment, sentence plan and reviews. Once
 * overdue long enough it is cut down to a short risk review (as the Interim
 * Custodial OASys Prioritisation did), and while overdue a parole dossier lacks it.
 */
export const oasysWorkKinds: ReadonlySet<TaskKind> = new Set(['assessment', 'sentencePlan', 'oasysReview']);

export function isTracked(task: Task): boolean {
  return trackedKinds.has(task.kind);
}

function isReport(kind: TaskKind): boolean {
  return (reportKinds as readonly TaskKind[]).includes(kind);
}

/** Counts `outcome` for `task`'s kind, and for the kind of work it also stands for, if any (a sentence plan drawn up within the OASys). */
function countOutcome(ctx: ModelContext, task: Task, outcome: DeadlineOutcome, alsoCountedAs: TrackedKind | null): void {
  const measured = ctx.metrics.inMeasuredPeriod(task.due);
  for (const counter of ctx.counters.deadlines[task.kind as TrackedKind][outcome]) counter.addIf(measured);
  if (alsoCountedAs !== null) for (const counter of ctx.counters.deadlines[alsoCountedAs][outcome]) counter.addIf(measured);
}

/**
 * Starts work of `hours` about `p`, due at `due`, on the list of whoever
 * should do it; `then` runs when it is done. `alsoCountedAs` names another
 * kind of work this one includes, whose outcome is this one's (the initial
 * sentence plan, when it is part of the OASys assessment).
 */
export function startTracked(
  ctx: ModelContext,
  p: Prisoner,
  kind: TrackedKind,
  hours: number,
  due: number,
  then?: (task: Task) => void,
  alsoCountedAs: TrackedKind | null = null,
): Task {
  const interview = interviewShareOf(ctx, kind);
  const task = createTask(
    ctx,
    { kind, prisoner: p, hours, directHours: hours * interview, due, onDone: new WhenDone(ctx, then, alsoCountedAs), handOn: signOffFor(ctx, p, kind) },
    workerFor(ctx, p, kind),
  );
  at(ctx, p, due, () => {
    countOutcome(ctx, task, 'due', alsoCountedAs);
    // Demand at the standard duration, counted when due as `due` is, of whoever holds the work then.
    noteDemand(ctx, task.owner, hours);
    if (task.status === 'done') {
      countOutcome(ctx, task, 'onTime', alsoCountedAs);
      return;
    }
    task.overdue = true;
    noteOasysOverdue(ctx, task, 1);
    countOutcome(ctx, task, 'unfinished', alsoCountedAs);
    if (isReport(kind)) ctx.counters.reportsBacklog.change(1);
    scheduleCutDown(ctx, p, task);
  });
  return task;
}

/** The share of work of `kind` spent face to face: the working pattern's, or for the pre-release work the OMiC section's. */
function interviewShareOf(ctx: ModelContext, kind: TrackedKind): number {
  if (kind === 'preRelease') return ctx.params.omic?.com.preRelease.interviewShare ?? 0;
  return ctx.params.workingPattern.interviewShare[kind];
}

/**
 * Cuts overdue assessment or plan work down to a short risk review once it
 * is late by the scenario's margin, and escalates it: under triage it then
 * comes before contacts, so overdue work is never left undone for ever.
 */
function scheduleCutDown(ctx: ModelContext, p: Prisoner, task: Task): void {
  const params = ctx.params.assessment;
  if (params.shortReviewAfterWeeksOverdue === null || !oasysWorkKinds.has(task.kind)) return;
  at(ctx, p, task.due + params.shortReviewAfterWeeksOverdue * WEEK, () => {
    // Work already written and waiting for its sign-off has nothing left to cut down.
    if (task.status !== 'open' || task.signOff) return;
    ctx.metrics.count('casework.cutDownToShortReview');
    const interview = interviewShareOf(ctx, task.kind as TrackedKind);
    cutDownAndEscalate(task, params.shortReviewHours, params.shortReviewHours * interview);
  });
}

/**
 * What finishing tracked work does: note a parole report's date, count work
 * done after its deadline, then run `then`. A class, not a closure: see
 * TaskListener.
 */
class WhenDone implements TaskListener {
  constructor(
    private readonly ctx: ModelContext,
    private readonly then: ((task: Task) => void) | undefined,
    readonly alsoCountedAs: TrackedKind | null,
  ) {}

  done(task: Task): void {
    const ctx = this.ctx;
    if (task.kind === 'parole') task.owner?.paroleReportsDone.push(ctx.sim.now);
    if (task.overdue) {
      noteOasysOverdue(ctx, task, -1);
      countOutcome(ctx, task, 'late', this.alsoCountedAs);
      if (isReport(task.kind)) ctx.counters.reportsBacklog.change(-1);
    }
    this.then?.(task);
  }
}

/**
 * Keeps count of the people serving an indeterminate sentence who have OASys
 * work overdue: a person counts once however many pieces are overdue, from the
 * first passing its deadline to the last being finished or given up.
 */
function noteOasysOverdue(ctx: ModelContext, task: Task, change: 1 | -1): void {
  const p = task.prisoner;
  if (p === null || !oasysWorkKinds.has(task.kind) || !isIndeterminate(p)) return;
  const before = p.oasysWorkOverdue;
  p.oasysWorkOverdue += change;
  if ((before === 0) !== (p.oasysWorkOverdue === 0)) ctx.counters.prisoners.heldWithOasysOverdue[p.sentence].change(change);
}

/** Gives up on work no longer needed; if its deadline had passed unmet, it counts as never finished. */
export function abandonTracked(ctx: ModelContext, task: Task): void {
  if (task.status !== 'open') return;
  dropTask(task, 'cancelled');
  if (task.kind === 'assessment') ctx.counters.assessments.awaiting.change(-1);
  if (task.overdue) {
    noteOasysOverdue(ctx, task, -1);
    countOutcome(ctx, task, 'neverFinished', task.onDone instanceof WhenDone ? task.onDone.alsoCountedAs : null);
    if (isReport(task.kind)) ctx.counters.reportsBacklog.change(-1);
  }
}
