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
 *
 * With a bucket width w, an entry at time t belongs to bucket floor(t / w).
 * Entries of buckets after the one in hand wait unsorted and join the heap,
 * a bucket at a time, when the heap runs empty. A model where thousands of
 * entities each hold a timer months ahead then keeps a small heap (that fits
 * the processor's cache) for the entries that are actually close. Bucket
 * numbers never decrease with time, so every entry in the heap is due before
 * every entry waiting outside it; and each entry keeps the ordering key it
 * was given when pushed, so the order is exactly that of one heap.
 */

/** Lowest and highest priority an entry may carry; lower runs first. */
export const MIN_PRIORITY = -128;
export const MAX_PRIORITY = 127;

// The ordering key packs priority above a 44-bit insertion counter; both fit
// exactly in a double, so one comparison settles priority and FIFO order.
const SEQUENCE_SPAN = 2 ** 44;
const URGENT_BASE = (-1 - MIN_PRIORITY) * SEQUENCE_SPAN;
const NORMAL_BASE = (0 - MIN_PRIORITY) * SEQUENCE_SPAN;

/** A first-in-first-out queue of entries for the current instant at one priority. */
class InstantQueue<T> {
  // Fixed-capacity arrays, reused rather than shrunk and grown only when
  // full: appending to a JavaScript array, or resizing it on every drain,
  // costs more than all the rest of a push and a shift together.
  keys = new Float64Array(64);
  items: (T | undefined)[] = new Array<T | undefined>(64).fill(undefined);
  head = 0;
  tail = 0;

  get size(): number {
    return this.tail - this.head;
  }

  push(key: number, item: T): void {
    if (this.tail === this.keys.length) this.grow();
    this.keys[this.tail] = key;
    this.items[this.tail++] = item;
  }

  shift(): T {
    const item = this.items[this.head] as T;
    this.items[this.head++] = undefined;
    if (this.head === this.tail) this.head = this.tail = 0;
    return item;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const items = new Array<T | undefined>(keys.length).fill(undefined);
    for (let i = this.head; i < this.tail; i++) items[i] = this.items[i];
    this.items = items;
  }
}

/**
 * Entries waiting in one far bucket of time, unsorted, with their ordering
 * keys. An emptied bucket keeps its arrays to take a later one's entries:
 * plain arrays grown entry by entry to the tens of thousands a week of a
 * large model holds, and thrown away every week, were most of what the
 * calendar allocated. The times and keys are typed arrays, doubled when
 * full (plain arrays grown by appending left a large model a sixth more
 * memory at its peak). The entries are a plain array grown by appending,
 * which V8 does natively: copying them at each doubling took about a tenth
 * of a small model's first simulated years, since most buckets are made as
 * a run starts, for times far ahead, and each grows to a bucket's worth of
 * entries only as its time draws near.
 */
class FarBucket<T> {
  times = new Float64Array(64);
  keys = new Float64Array(64);
  items: (T | undefined)[] = [];
  /** Entries in the bucket: the arrays may be longer, kept from an earlier use. */
  length = 0;

  push(time: number, key: number, item: T): void {
    const i = this.length++;
    if (i === this.times.length) this.grow();
    this.times[i] = time;
    this.keys[i] = key;
    if (i === this.items.length) this.items.push(item);
    else this.items[i] = item;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const times = new Float64Array(capacity);
    const keys = new Float64Array(capacity);
    times.set(this.times);
    keys.set(this.keys);
    this.times = times;
    this.keys = keys;
  }
}

/** Whether `priority` is one an entry may carry. */
export function isPriority(priority: number): boolean {
  return Number.isInteger(priority) && priority >= MIN_PRIORITY && priority <= MAX_PRIORITY;
}

/** The error for a bad priority, built apart from `push` to keep that small enough to inline. */
function priorityError(priority: number): RangeError {
  return new RangeError(`priority must be an integer in [${MIN_PRIORITY}, ${MAX_PRIORITY}]; found ${priority}`);
}

export interface CalendarOptions {
  /**
   * Width of the far buckets of time (in the clock's unit). Entries due in a
   * later bucket than the current one wait outside the heap. Infinity (the
   * default) keeps every entry in the heap.
   */
  bucketWidth?: number;
}

export class EventCalendar<T> {
  // The heap orders (time, key, slot) triples held in typed arrays; the
  // entries themselves sit still in `items`, indexed by slot. Sifting thus
  // moves only numbers: moving object references around an array that has
  // outlived the young generation costs a write barrier for every move.
  private times = new Float64Array(64);
  private keys = new Float64Array(64);
  private slots = new Int32Array(64);
  private items: (T | undefined)[] = new Array<T | undefined>(64).fill(undefined);
  /** Slots not in use, as a stack: `freeSlots[0 .. capacity - length)`. */
  private freeSlots = Int32Array.from({ length: 64 }, (_, i) => 63 - i);
  private capacity = 64;
  private length = 0;
  private sequence = 0;
  /** Time of the entry popped last: entries pushed for this time may use the instant queues. */
  private current = -Infinity;
  private readonly urgentNow = new InstantQueue<T>();
  private readonly normalNow = new InstantQueue<T>();
  private readonly bucketWidth: number;
  /** False when the width is Infinity: no entry then waits in a far bucket. */
  private readonly bucketed: boolean;
  /** The bucket in hand: entries of this bucket or earlier go to the heap. */
  private heapBucket = 0;
  private readonly farBuckets = new Map<number, FarBucket<T>>();
  /** Emptied far buckets, for reuse. */
  private readonly spareBuckets: FarBucket<T>[] = [];
  /** Numbers of the far buckets in use, as a binary min-heap. */
  private readonly farIndices: number[] = [];
  private farCount = 0;

  constructor(options: CalendarOptions = {}) {
    const width = options.bucketWidth ?? Infinity;
    if (!(width > 0)) throw new RangeError(`calendar bucket width must be a number > 0; found ${width}`);
    this.bucketWidth = width;
    this.bucketed = width !== Infinity;
  }

  /** Number of pending entries. */
  get size(): number {
    return this.length + this.urgentNow.size + this.normalNow.size + this.farCount;
  }

  /** Time of the earliest entry, or Infinity when empty. */
  peekTime(): number {
    if (this.urgentNow.size > 0 || this.normalNow.size > 0) return this.current;
    if (this.length === 0 && this.farCount !== 0) this.loadNextBucket();
    return this.length > 0 ? this.times[0] : Infinity;
  }

  // push and popUntil run for nearly every event, so they are kept short
  // (in bytecode: errors are built elsewhere), which lets V8 inline them
  // into their callers.

  /** Adds an entry; ties in time and priority leave in insertion order. */
  push(time: number, priority: number, item: T): void {
    if (time === this.current) {
      if (priority === 0) return this.normalNow.push(NORMAL_BASE + this.sequence++, item);
      if (priority === -1) return this.urgentNow.push(URGENT_BASE + this.sequence++, item);
    }
    if (!isPriority(priority)) throw priorityError(priority);
    const key = (priority - MIN_PRIORITY) * SEQUENCE_SPAN + this.sequence++;
    if (this.bucketed) {
      const bucket = Math.floor(time / this.bucketWidth);
      if (bucket > this.heapBucket) return this.pushFar(bucket, time, key, item);
    }
    this.pushHeap(time, key, item);
  }

  private pushHeap(time: number, key: number, item: T): void {
    const index = this.length;
    if (index === this.capacity) this.grow();
    const slot = this.freeSlots[this.capacity - 1 - index];
    this.items[slot] = item;
    this.times[index] = time;
    this.keys[index] = key;
    this.slots[index] = slot;
    this.length = index + 1;
    this.siftUp(index);
  }

  private pushFar(index: number, time: number, key: number, item: T): void {
    let bucket = this.farBuckets.get(index);
    if (bucket === undefined) {
      bucket = this.spareBuckets.pop() ?? new FarBucket<T>();
      this.farBuckets.set(index, bucket);
      pushIndex(this.farIndices, index);
    }
    bucket.push(time, key, item);
    this.farCount++;
  }

  /** Moves the earliest far bucket into the (empty) heap and makes it the bucket in hand. */
  private loadNextBucket(): void {
    const index = popIndex(this.farIndices);
    const bucket = this.farBuckets.get(index) as FarBucket<T>;
    this.farBuckets.delete(index);
    this.farCount -= bucket.length;
    this.heapBucket = index;
    const { times, keys, items } = bucket;
    for (let i = 0; i < bucket.length; i++) {
      this.pushHeap(times[i], keys[i], items[i] as T);
      items[i] = undefined;
    }
    bucket.length = 0;
    this.spareBuckets.push(bucket);
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
    if (this.urgentNow.tail !== 0 || this.normalNow.tail !== 0) {
      const source = this.earliestInstantQueue();
      if (source !== null) return until >= this.current ? source.shift() : undefined;
    }
    if (this.length === 0 && this.farCount !== 0) this.loadNextBucket();
    const last = this.length - 1;
    if (last < 0 || this.times[0] > until) return undefined;
    this.current = this.times[0];
    const slot = this.slots[0];
    const top = this.items[slot];
    this.items[slot] = undefined;
    this.freeSlots[this.capacity - 1 - last] = slot;
    this.length = last;
    if (last > 0) this.siftDown(last);
    return top;
  }

  /** The instant queue whose head comes before the heap's top, if any (one of them is not empty). */
  private earliestInstantQueue(): InstantQueue<T> | null {
    const urgent = this.urgentNow;
    const normal = this.normalNow;
    let best = normal;
    if (urgent.tail !== 0 && (normal.tail === 0 || urgent.keys[urgent.head] < normal.keys[normal.head])) best = urgent;
    // The heap holds nothing earlier than the current instant, so only an
    // entry at this very instant with a smaller key can come first.
    if (this.length > 0 && this.times[0] === this.current && this.keys[0] < best.keys[best.head]) return null;
    return best;
  }

  // The sift helpers take and pass only positions (small integers): a double
  // passed to a function V8 has not inlined is boxed in a new heap object.

  /** Raises the entry at `index` to its place. */
  private siftUp(index: number): void {
    const { times, keys, slots } = this;
    const time = times[index];
    const key = keys[index];
    const slot = slots[index];
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < time || (pt === time && keys[parent] < key)) break;
      times[i] = pt;
      keys[i] = keys[parent];
      slots[i] = slots[parent];
      i = parent;
    }
    times[i] = time;
    keys[i] = key;
    slots[i] = slot;
  }

  /**
   * Moves the entry at `from` (just past the end of the heap) into the
   * root's hole and sinks it level by level into place. (Floyd's variant,
   * which sinks the hole to a leaf first and saves comparisons in deep
   * heaps, gained nothing measurable here, where heaps are small or
   * bucketed, and takes two passes.)
   */
  private siftDown(from: number): void {
    const { times, keys, slots } = this;
    const n = this.length;
    const time = times[from];
    const key = keys[from];
    const slot = slots[from];
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
      slots[i] = slots[child];
      i = child;
    }
    times[i] = time;
    keys[i] = key;
    slots[i] = slot;
  }

  /** Doubles the capacity; the new slots become the free ones. */
  private grow(): void {
    const old = this.capacity;
    const capacity = old * 2;
    this.capacity = capacity;
    const times = new Float64Array(capacity);
    const keys = new Float64Array(capacity);
    const slots = new Int32Array(capacity);
    times.set(this.times);
    keys.set(this.keys);
    slots.set(this.slots);
    this.times = times;
    this.keys = keys;
    this.slots = slots;
    // Only called when full, so every old slot is in use.
    this.freeSlots = Int32Array.from({ length: capacity }, (_, i) => capacity - 1 - i);
    const items = new Array<T | undefined>(capacity).fill(undefined);
    for (let i = 0; i < old; i++) items[i] = this.items[i];
    this.items = items;
  }
}

// The far buckets' indices form a small binary min-heap of plain numbers.

function pushIndex(heap: number[], index: number): void {
  let i = heap.push(index) - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent] <= index) break;
    heap[i] = heap[parent];
    i = parent;
  }
  heap[i] = index;
}

function popIndex(heap: number[]): number {
  const top = heap[0];
  const last = heap.pop() as number;
  const n = heap.length;
  if (n > 0) {
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && heap[child + 1] < heap[child]) child++;
      if (heap[child] >= last) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = last;
  }
  return top;
}
