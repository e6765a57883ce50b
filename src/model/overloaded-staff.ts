/**
 * The members of staff of one establishment whose open work is above the
 * scenario's overflow threshold, busiest first: where someone with nothing
 * left to do finds the colleague to take work over from (workToTakeOver)
 * without looking through every colleague, which made a prison's cost grow
 * with the square of its staff.
 *
 * The order is the one a look through every colleague gives: the most open
 * hours first and, among equals, the first in post order (group by group in
 * the schema's order, then by seat). It is kept in a binary heap. Open hours
 * fall on every slice of work done, far more often than anyone looks for
 * work, so a fall is not passed on: a member's key in the heap may be above
 * their open hours, never below, and is brought down to them when they reach
 * the top. A rise is passed on at once: a work list tells its watcher when
 * its open hours pass its watermark, which is the key for a member in the
 * heap and the threshold for one out of it.
 */
import { staffGroups } from '../scenario/schema/index.ts';
import type { StaffMember } from './types.ts';
import type { OpenHoursWatcher } from './worklist.ts';

/** Seats in one group are fewer than this (the schema allows 100,000 per group): group and seat make one number. */
const SEATS_PER_GROUP = 2 ** 32;

/** One member of staff as the index keeps them. */
class Watched implements OpenHoursWatcher {
  /** Open hours when last placed in the heap: never below their open hours now while in it. */
  key = 0;
  /** Where in the heap, or -1 when out of it. */
  slot = -1;

  constructor(
    readonly member: StaffMember,
    /** Post order: group, then seat. */
    readonly order: number,
    private readonly index: OverloadedStaff,
  ) {}

  openHoursRose(): void {
    this.index.rose(this);
  }
}

/** Whether `a` comes before `b` among the busiest: more open hours, or as many and earlier in post order. */
function before(a: Watched, b: Watched): boolean {
  return a.key > b.key || (a.key === b.key && a.order < b.order);
}

export class OverloadedStaff {
  /** Everyone ever watched, to place anew when the threshold changes. */
  private readonly everyone: Watched[] = [];
  private readonly heap: Watched[] = [];
  /** The threshold the heap holds members above; Infinity until first asked, so nobody is placed before anyone looks. */
  private threshold = Infinity;
  /** Members taken off the top during a search, to put back when it ends. */
  private readonly passedOver: Watched[] = [];

  /** Watches a new member of staff in post at `seat` of their group. */
  watch(member: StaffMember, seat: number): void {
    const watched = new Watched(member, staffGroups.indexOf(member.group) * SEATS_PER_GROUP + seat, this);
    this.everyone.push(watched);
    member.work.watchedBy(watched, this.threshold);
  }

  /**
   * The busiest active member with open hours above `threshold`, or null:
   * the first of a search, which `passOver` moves on from and `endSearch`
   * must close. Nothing may change anyone's open hours during a search.
   */
  busiest(threshold: number): StaffMember | null {
    if (threshold !== this.threshold) this.placeEveryone(threshold);
    return this.settledTop();
  }

  /** Passes over the member `busiest` (or this) last gave, and gives the next busiest, or null. */
  passOver(): StaffMember | null {
    this.passedOver.push(this.takeTop());
    return this.settledTop();
  }

  /** Ends a search: those passed over go back. */
  endSearch(): void {
    const passedOver = this.passedOver;
    // pop(), not a shorter length: setting an array's length reallocates its storage.
    while (passedOver.length > 0) this.insert(passedOver.pop() as Watched);
  }

  /** Told by a member's work list that their open hours passed its watermark. */
  rose(watched: Watched): void {
    const work = watched.member.work;
    if (!watched.member.active) {
      work.watermark = Infinity;
      return;
    }
    watched.key = work.openHours;
    work.watermark = watched.key;
    if (watched.slot < 0) this.insert(watched);
    else this.siftUp(watched.slot);
  }

  /** Brings the top's key down to its open hours, dropping those no longer above the threshold or in post, until the top is exact; returns its member. */
  private settledTop(): StaffMember | null {
    const heap = this.heap;
    while (heap.length > 0) {
      const top = heap[0];
      const work = top.member.work;
      const hours = work.openHours;
      if (!top.member.active || !(hours > this.threshold)) {
        this.takeTop();
        work.watermark = top.member.active ? this.threshold : Infinity;
      } else if (hours === top.key) {
        return top.member;
      } else {
        top.key = hours;
        work.watermark = hours;
        this.siftDown(0);
      }
    }
    return null;
  }

  /** Places every member in post afresh under a new threshold (those who have left are forgotten). */
  private placeEveryone(threshold: number): void {
    for (const watched of this.heap) watched.slot = -1;
    this.heap.length = 0;
    this.threshold = threshold;
    const everyone = this.everyone;
    let kept = 0;
    for (const watched of everyone) {
      const work = watched.member.work;
      if (!watched.member.active) {
        work.watermark = Infinity;
        continue;
      }
      everyone[kept++] = watched;
      work.watermark = threshold;
      if (work.openHours > threshold) this.rose(watched);
    }
    everyone.length = kept;
  }

  private insert(watched: Watched): void {
    watched.slot = this.heap.length;
    this.heap.push(watched);
    this.siftUp(watched.slot);
  }

  /** Takes the top off the heap (its key kept, for putting back). */
  private takeTop(): Watched {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop() as Watched;
    top.slot = -1;
    if (last !== top) {
      heap[0] = last;
      last.slot = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(start: number): void {
    const heap = this.heap;
    const watched = heap[start];
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(watched, heap[parent])) break;
      heap[i] = heap[parent];
      heap[i].slot = i;
      i = parent;
    }
    heap[i] = watched;
    watched.slot = i;
  }

  private siftDown(start: number): void {
    const heap = this.heap;
    const watched = heap[start];
    const n = heap.length;
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && before(heap[child + 1], heap[child])) child++;
      if (!before(heap[child], watched)) break;
      heap[i] = heap[child];
      heap[i].slot = i;
      i = child;
    }
    heap[i] = watched;
    watched.slot = i;
  }
}
