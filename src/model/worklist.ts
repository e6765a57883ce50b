/**
 * A person's list of open work, ordered by the scenario's priority policy
 * and then by deadline. Finished, cancelled and moved tasks are dropped
 * lazily when they reach the front.
 */
import type { StaffMember, Task } from './types.ts';

export type PriorityPolicy = 'deadline' | 'contactsFirst' | 'reportsFirst';

function rank(task: Task, policy: PriorityPolicy): number {
  if (policy === 'deadline') return 0;
  const isContact = task.kind === 'contact';
  return policy === 'contactsFirst' ? (isContact ? 0 : 1) : isContact ? 1 : 0;
}

export class WorkList {
  private heap: Task[] = [];
  private keys: number[] = [];
  /** Hours of open work on the list. */
  openHours = 0;

  constructor(private policy: PriorityPolicy) {}

  get size(): number {
    return this.heap.length;
  }

  add(task: Task): void {
    this.openHours += task.remaining;
    this.insert(task, this.keyOf(task));
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

  /** Removes the front task (after front() returned it and it is finished or dropped). */
  removeFront(): void {
    // pop(), not a shorter length: setting an array's length reallocates its storage.
    const task = this.heap.pop() as Task;
    const key = this.keys.pop() as number;
    if (this.heap.length > 0) this.sink(0, task, key);
  }

  /** Re-sorts under a new priority policy. */
  setPolicy(policy: PriorityPolicy): void {
    if (policy === this.policy) return;
    this.policy = policy;
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
    // Rank dominates; deadlines are below 1e9 hours (about 100,000 years).
    return rank(task, this.policy) * 1e9 + task.due;
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
