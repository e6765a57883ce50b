/**
 * The requests waiting for a resource: served by priority (lower first),
 * then first come first served.
 *
 * A resource's waiting requests nearly always share one or two priorities,
 * so each priority gets a plain first-in-first-out queue, and taking the
 * next request looks only at the few priorities ever used; a general
 * priority queue would order them all by comparing keys for nothing.
 */

/** Holes at the front tolerated before compacting, so a short queue never pays for it. */
const COMPACT_AFTER = 32;

/**
 * A first-in-first-out queue in an array. Taken items leave holes at the
 * front; the live items move back to the start when the queue empties or
 * when holes fill half the array, so the array stays in proportion to the
 * most items ever waiting at once, however many pass through.
 */
export class Fifo<T> {
  items: (T | undefined)[] = [];
  head = 0;
  tail = 0;

  push(item: T): void {
    if (this.tail === this.items.length) this.items.push(item);
    else this.items[this.tail] = item;
    this.tail++;
  }

  /** The oldest item, removed; undefined when empty. */
  shift(): T | undefined {
    if (this.head === this.tail) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.tail) this.head = this.tail = 0;
    else if (this.head >= COMPACT_AFTER && 2 * this.head >= this.tail) this.compact();
    return item;
  }

  private compact(): void {
    const { items, head, tail } = this;
    items.copyWithin(0, head, tail);
    // Clear the moved items' old places, so nothing taken is kept alive by the array.
    items.fill(undefined, tail - head, tail);
    this.tail = tail - head;
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
