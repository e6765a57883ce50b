/**
 * The event calendar: pending entries ordered by time, then priority, then
 * insertion order.
 *
 * Entries for later times sit in a binary min-heap whose times and ordering
 * keys live in parallel typed arrays (a heap of small objects compared
 * through their fields is several times slower once thousands are pending).
 * Entries for the current instant at the two common priorities, which most
 * process starts and wake-ups are, go to first-in-first-out queues instead:
 * within one instant and priority, insertion order is the whole ordering.
 */

/** Lowest and highest priority an entry may carry; lower runs first. */
export const MIN_PRIORITY = -128;
export const MAX_PRIORITY = 127;

// The ordering key packs priority above a 44-bit insertion counter; both fit
// exactly in a double, so one comparison settles priority and FIFO order.
const SEQUENCE_SPAN = 2 ** 44;

/** A first-in-first-out queue of entries for the current instant at one priority. */
class InstantQueue<T> {
  // The arrays are reused rather than shrunk: resizing a JavaScript array on
  // every drain costs more than all the pushes and shifts together.
  keys: number[] = [];
  items: (T | undefined)[] = [];
  head = 0;
  tail = 0;

  get size(): number {
    return this.tail - this.head;
  }

  push(key: number, item: T): void {
    this.keys[this.tail] = key;
    this.items[this.tail++] = item;
  }

  shift(): T {
    const item = this.items[this.head] as T;
    this.items[this.head++] = undefined;
    if (this.head === this.tail) this.head = this.tail = 0;
    return item;
  }

  clear(): void {
    this.items.fill(undefined);
    this.head = this.tail = 0;
  }
}

export class EventCalendar<T> {
  private times = new Float64Array(64);
  private keys = new Float64Array(64);
  private items: (T | undefined)[] = new Array(64);
  private length = 0;
  private sequence = 0;
  /** Time of the entry popped last: entries pushed for this time may use the instant queues. */
  private current = -Infinity;
  private readonly urgentNow = new InstantQueue<T>();
  private readonly normalNow = new InstantQueue<T>();

  /** Number of pending entries. */
  get size(): number {
    return this.length + this.urgentNow.size + this.normalNow.size;
  }

  /** Time of the earliest entry, or Infinity when empty. */
  peekTime(): number {
    if (this.urgentNow.size > 0 || this.normalNow.size > 0) return this.current;
    return this.length > 0 ? this.times[0] : Infinity;
  }

  /** Adds an entry; ties in time and priority leave in insertion order. */
  push(time: number, priority: number, item: T): void {
    if (priority !== 0 && priority !== -1 && !(Number.isInteger(priority) && priority >= MIN_PRIORITY && priority <= MAX_PRIORITY)) {
      throw new RangeError(`priority must be an integer in [${MIN_PRIORITY}, ${MAX_PRIORITY}]; found ${priority}`);
    }
    const key = (priority - MIN_PRIORITY) * SEQUENCE_SPAN + this.sequence++;
    if (time === this.current && (priority === -1 || priority === 0)) {
      (priority === -1 ? this.urgentNow : this.normalNow).push(key, item);
      return;
    }
    if (this.length === this.times.length) this.grow();
    this.siftUp(this.length++, time, key, item);
  }

  /** Time of the entry removed last. */
  get currentTime(): number {
    return this.current;
  }

  /** Removes and returns the earliest entry. */
  pop(): T | undefined {
    return this.popUntil(Infinity);
  }

  /** Removes and returns the earliest entry if its time is at most `until`. */
  popUntil(until: number): T | undefined {
    const source = this.earliestInstantQueue();
    if (source !== null) return until >= this.current ? source.shift() : undefined;
    if (this.length === 0 || this.times[0] > until) return undefined;
    const top = this.items[0];
    this.current = this.times[0];
    const last = --this.length;
    if (last > 0) this.siftDown(this.times[last], this.keys[last], this.items[last] as T);
    this.items[last] = undefined;
    return top;
  }

  /** Removes every entry. */
  clear(): void {
    this.items.fill(undefined, 0, this.length);
    this.length = 0;
    this.urgentNow.clear();
    this.normalNow.clear();
  }

  /** The instant queue whose head comes before the heap's top, if any. */
  private earliestInstantQueue(): InstantQueue<T> | null {
    const urgent = this.urgentNow;
    const normal = this.normalNow;
    if (urgent.tail === 0 && normal.tail === 0) return null;
    let best: InstantQueue<T> | null = null;
    let bestKey = Infinity;
    if (urgent.size > 0) {
      best = urgent;
      bestKey = urgent.keys[urgent.head];
    }
    if (normal.size > 0 && normal.keys[normal.head] < bestKey) {
      best = normal;
      bestKey = normal.keys[normal.head];
    }
    // The heap holds nothing earlier than the current instant, so only an
    // entry at this very instant with a smaller key can come first.
    if (best !== null && this.length > 0 && this.times[0] === this.current && this.keys[0] < bestKey) return null;
    return best;
  }

  private siftUp(index: number, time: number, key: number, item: T): void {
    const { times, keys, items } = this;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < time || (pt === time && keys[parent] < key)) break;
      times[i] = pt;
      keys[i] = keys[parent];
      items[i] = items[parent];
      i = parent;
    }
    times[i] = time;
    keys[i] = key;
    items[i] = item;
  }

  /** Places (time, key, item) at the root's hole and sinks it into place. */
  private siftDown(time: number, key: number, item: T): void {
    const { times, keys, items } = this;
    const n = this.length;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (times[right] < times[child] || (times[right] === times[child] && keys[right] < keys[child]))) {
        child = right;
      }
      const ct = times[child];
      if (time < ct || (time === ct && key < keys[child])) break;
      times[i] = ct;
      keys[i] = keys[child];
      items[i] = items[child];
      i = child;
    }
    times[i] = time;
    keys[i] = key;
    items[i] = item;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const times = new Float64Array(capacity);
    const keys = new Float64Array(capacity);
    times.set(this.times);
    keys.set(this.keys);
    this.times = times;
    this.keys = keys;
    this.items.length = capacity;
  }
}
