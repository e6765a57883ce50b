/**
 * A person's list of open work, ordered by the scenario's priority policy
 * and then by deadline. Finished, cancelled and moved tasks are dropped
 * lazily when they reach the front.
 */
import type { PriorityPolicy } from '../scenario/schema/index.ts';
import type { StaffMember, Task, TaskKind } from './types.ts';

export type { PriorityPolicy };

/**
 * Triage's bands, first done first: work with release consequences, parole
 * reports before HDC assessments, handovers and pre-release work; overdue work cut down to a
 * short risk review, and a contact with a case unseen for longer than the
 * scenario's floor (contacts.floorWeeks); contacts, highest tier first (a case
 * not yet tiered between tiers 2 and 1, since its risk is not yet known),
 * with a new case's first OASys assessment before the contacts of the tier
 * the scenario names (workingPattern.assessmentBeforeTier); then plans,
 * reviews and oversight (and first assessments, if the scenario names no
 * tier). Within a band, the nearest deadline first.
 */
// Assumption: a parole report comes before the other release work. Its hearing is listed by
// the Parole Board, and a dossier short of it defers the hearing by months; an overdue HDC
// assessment or handover, kept by its deadline in the same band, would otherwise sit ahead of
// every parole report not yet due, for as long as the unit is behind with HDC.
const PAROLE_BAND = 0;
const RELEASE_BAND = 0.25;
const ESCALATED_BAND = 0.5;
const CONTACT_BAND_BY_TIER = [3.5, 4, 3, 2, 1];
const CASEWORK_BAND = 5;

/** How a person orders their work: the scenario's workingPattern.priority and, under triage, where a first assessment ranks. */
export interface WorkOrder {
  readonly priority: PriorityPolicy;
  /** Under triage, a new case's first assessment comes before the contacts of this tier and the tiers below it; null: after every contact. */
  readonly assessmentBeforeTier: number | null;
}

/** The triage band of a first assessment not yet cut down: just ahead of the named tier's contacts. */
function assessmentBand(beforeTier: number | null): number {
  return beforeTier === null ? CASEWORK_BAND : CONTACT_BAND_BY_TIER[beforeTier] - 0.25;
}

function triageBand(task: Task, firstAssessmentBand: number): number {
  const kind: TaskKind = task.kind;
  // A contact with a case unseen for longer than the floor (contacts.floorWeeks) comes with the overdue work: no tier starves.
  if (kind === 'contact') return task.escalated ? ESCALATED_BAND : CONTACT_BAND_BY_TIER[task.prisoner?.tier ?? 0];
  if (kind === 'parole') return PAROLE_BAND;
  if (kind === 'hdc' || kind === 'handover' || kind === 'preRelease') return RELEASE_BAND;
  if (task.escalated) return ESCALATED_BAND;
  return kind === 'assessment' ? firstAssessmentBand : CASEWORK_BAND;
}

/** Under a policy other than triage, a contact with a case unseen past the floor comes before all other work. */
const FLOOR_BAND = -1;

/** The band a task falls in under a policy (and, under triage, a first assessment's band); lower bands are done first. */
function rank(task: Task, policy: PriorityPolicy, firstAssessmentBand: number): number {
  if (policy === 'triage') return triageBand(task, firstAssessmentBand);
  // The floor holds under every policy: whatever a person does first, a case unseen too long is seen (contacts.floorWeeks).
  if (task.kind === 'contact' && task.escalated) return FLOOR_BAND;
  if (policy === 'deadline') return 0;
  const isContact = task.kind === 'contact';
  return policy === 'contactsFirst' ? (isContact ? 0 : 1) : isContact ? 1 : 0;
}

/** Told when a list's open hours rise above its watermark (see OverloadedStaff). */
export interface OpenHoursWatcher {
  openHoursRose(): void;
}

export class WorkList {
  private heap: Task[] = [];
  private keys: number[] = [];
  private hours = 0;
  /** Open hours above which the watcher is told (Infinity: it is not). Set by the watcher. */
  watermark = Infinity;
  private watcher: OpenHoursWatcher | null = null;
  private policy: PriorityPolicy;
  /** The triage band of a first assessment, settled with the order rather than for every task put on the list. */
  private firstAssessmentBand: number;

  constructor(order: WorkOrder) {
    this.policy = order.priority;
    this.firstAssessmentBand = assessmentBand(order.assessmentBeforeTier);
  }

  get size(): number {
    return this.heap.length;
  }

  /** Hours of open work on the list. */
  get openHours(): number {
    return this.hours;
  }

  /** Has `watcher` told whenever the open hours rise above `watermark`. */
  watchedBy(watcher: OpenHoursWatcher, watermark: number): void {
    this.watcher = watcher;
    this.watermark = watermark;
  }

  add(task: Task): void {
    this.addOpenHours(task.remaining);
    this.insert(task, this.keyOf(task));
  }

  /** Adds `hours` to the open work (progress lost on a task on the list). */
  addOpenHours(hours: number): void {
    this.hours += hours;
    if (this.hours > this.watermark) this.watcher?.openHoursRose();
  }

  /**
   * Takes `hours` off the open work (done, dropped, or moved to another
   * list). Said apart from adding, as the arithmetic is: a task's remaining
   * hours may end a hair below zero, and then this adds.
   */
  subtractOpenHours(hours: number): void {
    this.hours -= hours;
    if (this.hours > this.watermark) this.watcher?.openHoursRose();
  }

  /** The task `owner`, whose list this is, should work on now, dropping anything no longer their open work. */
  front(owner: StaffMember): Task | undefined {
    while (this.heap.length > 0) {
      const task = this.heap[0];
      if (task.status === 'open' && task.owner === owner) return task;
      this.removeFront();
    }
    return undefined;
  }

  /**
   * The most urgent open task of `owner`'s that `may` accepts (a colleague
   * looking for work they may take over): the front if `may` accepts it,
   * else a scan of the whole list, made only by someone with nothing left of
   * their own to do.
   */
  mostUrgentWhere(owner: StaffMember, may: (task: Task) => boolean): Task | undefined {
    // The front is the most urgent of all, and usually acceptable: then no scan is needed.
    const first = this.front(owner);
    if (first === undefined || may(first)) return first;
    let found: Task | undefined = undefined;
    let foundKey = Infinity;
    const heap = this.heap;
    const keys = this.keys;
    for (let i = 0; i < heap.length; i++) {
      const task = heap[i];
      if (keys[i] < foundKey && task.status === 'open' && task.owner === owner && may(task)) {
        found = task;
        foundKey = keys[i];
      }
    }
    return found;
  }

  /** Removes the front task (after front() returned it and it is finished or dropped). */
  removeFront(): void {
    // pop(), not a shorter length: setting an array's length reallocates its storage.
    const task = this.heap.pop() as Task;
    const key = this.keys.pop() as number;
    if (this.heap.length > 0) this.sink(0, task, key);
  }

  /** Re-sorts under a new order of work. */
  setOrder(order: WorkOrder): void {
    const band = assessmentBand(order.assessmentBeforeTier);
    if (order.priority === this.policy && band === this.firstAssessmentBand) return;
    this.policy = order.priority;
    this.firstAssessmentBand = band;
    const tasks = this.heap;
    this.heap = [];
    this.keys = [];
    for (const task of tasks) this.insert(task, this.keyOf(task));
  }

  /** Every task still on the list (open or not yet dropped). */
  *tasks(): IterableIterator<Task> {
    yield* this.heap;
  }

  private keyOf(task: Task): number {
    // Rank dominates (bands are at least a quarter apart, 2.5e8 in the key); deadlines are below 1e8 hours (about 10,000 years).
    return rank(task, this.policy, this.firstAssessmentBand) * 1e9 + task.due;
  }

  private insert(task: Task, key: number): void {
    const heap = this.heap;
    const keys = this.keys;
    let i = heap.length;
    heap.push(task);
    keys.push(key);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      heap[i] = heap[parent];
      keys[i] = keys[parent];
      i = parent;
    }
    heap[i] = task;
    keys[i] = key;
  }

  private sink(start: number, task: Task, key: number): void {
    const heap = this.heap;
    const keys = this.keys;
    const n = heap.length;
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && keys[child + 1] < keys[child]) child++;
      if (key <= keys[child]) break;
      heap[i] = heap[child];
      keys[i] = keys[child];
      i = child;
    }
    heap[i] = task;
    keys[i] = key;
  }
}
