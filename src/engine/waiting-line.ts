/**
 * The requests waiting for a resource: served by priority (lower first),
 * then first come first served.
 *
 * A resource's waiting requests nearly always share one or two priorities,
 * so each priority gets a plain first-in-first-out queue, and taking the
 * next request looks only at the few priorities ever used; a general
 * priority queue would order them all by comparing keys for nothing.
 */

/** A first-in-first-out queue in an array that is reused from the front each time it empties, never shrunk. */
class Fifo<T> {
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
    return item;
  }
}

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
