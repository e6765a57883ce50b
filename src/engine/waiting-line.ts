/**
 * The requests waiting for a resource: served by priority (lower first),
 * then first come first served.
 *
 * A resource's waiting requests nearly always share one or two priorities,
 * so each priority gets a plain first-in-first-out queue, and taking the
 * next request looks only at the few priorities ever used; a general
 * priority queue would order them all by comparing keys for nothing.
 */

/** Slots a new queue starts with (a power of two, as every capacity is). */
const INITIAL_CAPACITY = 16;

/**
 * A first-in-first-out queue in a ring: the items run from `head` round the
 * end of the array and back to its start. Nothing is ever moved except when
 * the ring is full and doubles, so the array stays in proportion to the most
 * items ever waiting at once, however many pass through.
 */
export class Fifo<T> {
  /** The ring; its length is always a power of two, and empty slots hold undefined. */
  items: (T | undefined)[] = new Array<T | undefined>(INITIAL_CAPACITY).fill(undefined);
  private head = 0;
  private count = 0;

  push(item: T): void {
    if (this.count === this.items.length) this.grow();
    const items = this.items;
    items[(this.head + this.count) & (items.length - 1)] = item;
    this.count++;
  }

  /** The oldest item, removed; undefined when empty. */
  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const items = this.items;
    const head = this.head;
    const item = items[head];
    // Cleared, so nothing taken is kept alive by the ring.
    items[head] = undefined;
    this.head = (head + 1) & (items.length - 1);
    this.count--;
    return item;
  }

  /** Doubles the ring, unrolling its items to the start of the new array. */
  private grow(): void {
    const old = this.items;
    const mask = old.length - 1;
    const items = new Array<T | undefined>(old.length * 2).fill(undefined);
    for (let i = 0; i < this.count; i++) items[i] = old[(this.head + i) & mask];
    this.items = items;
    this.head = 0;
  }
}

/** Requests (or anything) waiting in order of priority, then of arrival. */
export class WaitingLine<T> {
  /** The queue of each priority ever used, in order of priority. */
  private readonly levels: Fifo<T>[] = [];
  private readonly priorities: number[] = [];

  /** Adds `item` behind every item of the same or a better priority. */
  push(priority: number, item: T): void {
    this.levelOf(priority).push(item);
  }

  /** The next item (best priority, then oldest), removed; undefined when none wait. */
  shift(): T | undefined {
    const levels = this.levels;
    for (let i = 0; i < levels.length; i++) {
      const item = levels[i].shift();
      if (item !== undefined) return item;
    }
    return undefined;
  }

  private levelOf(priority: number): Fifo<T> {
    const priorities = this.priorities;
    let i = 0;
    while (i < priorities.length && priorities[i] < priority) i++;
    if (i < priorities.length && priorities[i] === priority) return this.levels[i];
    const level = new Fifo<T>();
    priorities.splice(i, 0, priority);
    this.levels.splice(i, 0, level);
    return level;
  }
}
