/**
 * Supervision contacts: an in-scope case needs contacts at the frequency its
 * tier sets. Each contact is work on the supervisor's list, due by the time
 * the next one falls due; one not done by then is recorded as missed, as is
 * every contact a case without a supervisor should have had.
 */
import type { CalendarEntry } from '../../engine/index.ts';
import type { ModelContext } from '../context.ts';
import type { TierContactCounters } from '../counters.ts';
import { createTask, dropTask, giveTask } from '../tasks.ts';
import { delayUntil } from '../timers.ts';
import { MONTH, WEEK } from '../time.ts';
import { noteDemand } from '../workload.ts';
import { tierOf } from './tiering.ts';
import type { Prisoner, Task, TaskListener } from '../types.ts';

/**
 * A case's contact cycle: the calendar entry of its next contact falling
 * due, and what its open contact tells when done. It goes back on the
 * calendar each time it fires, so a case costs one of these rather than a
 * timer and a callback for every contact.
 */
class ContactCycle implements CalendarEntry, TaskListener {
  cancelled = false;
  /** When the case was last seen: its last contact delivered, or the cycle's start. */
  lastSeen: number;
  /**
   * Length (minutes) and tier counters of the contact now on the list. A case
   * has at most one contact open: the next falling due closes it first.
   */
  private minutes = 0;
  private tier: TierContactCounters | null = null;

  constructor(
    private readonly ctx: ModelContext,
    readonly p: Prisoner,
  ) {
    this.lastSeen = ctx.sim.now;
  }

  fire(): void {
    contactFallsDue(this.ctx, this.p, this);
  }

  cancel(): void {
    this.cancelled = true;
  }

  /** Notes the contact just put on the list. */
  opened(minutes: number, tier: TierContactCounters): void {
    this.minutes = minutes;
    this.tier = tier;
  }

  /** The open contact was delivered. Outcomes are dated by when it fell due, as `contacts.required` is. */
  done(task: Task): void {
    const contacts = this.ctx.counters.contacts;
    const tier = this.tier as TierContactCounters;
    const measured = this.ctx.metrics.isMeasuredOutcome(task.createdAt);
    this.lastSeen = this.ctx.sim.now;
    contacts.delivered.addOutcome(measured);
    tier.delivered.addOutcome(measured);
    contacts.minutesDelivered.addOutcome(measured, this.minutes);
    tier.minutesDelivered.addOutcome(measured, this.minutes);
  }
}

/** The contact standard's key for each tier number. */
const tierKeys = ['tier1', 'tier1', 'tier2', 'tier3', 'tier4'] as const;

/**
 * The contact standard a case is held to: its tier's. Assumption: a case
 * allocated before its OASys is done is held to the standard of the tier its
 * risks give, which its supervisor knows from the reception screening and
 * the court's pre-sentence report, so slower assessment does not lower what
 * the case needs.
 */
function levelOf(ctx: ModelContext, p: Prisoner) {
  return ctx.params.contacts.byTier[tierKeys[p.tier === 0 ? tierOf(ctx.params, p) : p.tier]];
}

/** Starts the contact cycle; the first contact falls due after `firstFraction` of one interval. */
export function startContacts(ctx: ModelContext, p: Prisoner, firstFraction = 1): void {
  const level = levelOf(ctx, p);
  const interval = level.perMonth > 0 ? MONTH / level.perMonth : MONTH;
  scheduleNext(ctx, new ContactCycle(ctx, p), firstFraction * interval);
}

/**
 * For a case already under supervision when the run starts: its current
 * contact is open on the supervisor's list now, due `fraction` of an
 * interval from now, so a supervisor's open work reflects the caseload from
 * the start (and allocation of the cases placed after it sees that load).
 */
export function resumeContacts(ctx: ModelContext, p: Prisoner, fraction: number): void {
  const level = levelOf(ctx, p);
  const interval = level.perMonth > 0 ? MONTH / level.perMonth : MONTH;
  const supervisor = p.supervisor;
  if (supervisor !== null && level.perMonth > 0) {
    // Required before the run began, it is not counted: neither as required nor in its outcome (no onDone).
    const direct = level.minutes / 60;
    p.contact = createTask(
      ctx,
      { kind: 'contact', prisoner: p, hours: direct + ctx.params.contacts.recordingMinutes / 60, directHours: direct, due: ctx.sim.now + fraction * interval },
      supervisor,
    );
  }
  scheduleNext(ctx, new ContactCycle(ctx, p), fraction * interval);
}

/** On first allocation: the first contact is due within the standard's time. */
export function firstContactAfterAllocation(ctx: ModelContext, p: Prisoner): void {
  p.contactCycle?.cancel();
  contactFallsDue(ctx, p, new ContactCycle(ctx, p), ctx.params.contacts.firstContactWeeks * WEEK);
}

function scheduleNext(ctx: ModelContext, cycle: ContactCycle, after: number): void {
  cycle.p.contactCycle = cycle;
  ctx.sim.schedule(cycle, delayUntil(ctx, ctx.sim.now + after));
}

/** A contact falls due now: the last one, if still open, is missed; the next one goes on the list. */
function contactFallsDue(ctx: ModelContext, p: Prisoner, cycle: ContactCycle, window?: number): void {
  closeContact(ctx, p);
  const level = levelOf(ctx, p);
  if (level.perMonth <= 0) {
    // No contacts at this tier for now; look again in a month in case the scenario changes.
    scheduleNext(ctx, cycle, MONTH);
    return;
  }
  const interval = window ?? MONTH / level.perMonth;
  const contacts = ctx.counters.contacts;
  const tier = contacts.byTier[p.tier];
  contacts.required.add();
  tier.required.add();
  const supervisor = p.supervisor;
  noteDemand(ctx, supervisor !== null && supervisor.active ? supervisor : null, (level.minutes + ctx.params.contacts.recordingMinutes) / 60);
  if (supervisor === null || !supervisor.active) {
    contacts.missed.add();
    contacts.missedUnallocated.add();
  } else {
    const direct = level.minutes / 60;
    cycle.opened(level.minutes, tier);
    const contact = createTask(
      ctx,
      {
        kind: 'contact',
        prisoner: p,
        hours: direct + ctx.params.contacts.recordingMinutes / 60,
        directHours: direct,
        due: ctx.sim.now + interval,
        onDone: cycle,
      },
      null,
    );
    // Set before it goes on the list, whose order is fixed as a task joins it.
    contact.escalated = belowFloor(ctx, cycle);
    giveTask(contact, supervisor);
    p.contact = contact;
  }
  scheduleNext(ctx, cycle, interval);
}

/** Whether a case has gone unseen for as long as the scenario's floor allows (contacts.floorWeeks): its next contact then comes first. */
function belowFloor(ctx: ModelContext, cycle: ContactCycle): boolean {
  const floor = ctx.params.contacts.floorWeeks;
  return floor !== null && ctx.sim.now - cycle.lastSeen >= floor * WEEK;
}

/** Records the open contact, if any, as missed. */
function closeContact(ctx: ModelContext, p: Prisoner): void {
  const open = p.contact;
  if (open === null) return;
  p.contact = null;
  if (open.status === 'open') missContact(ctx, open);
}

/** Ends an open contact as missed, counted by when it fell due (unless it was under way before the run: see `resumeContacts`). */
export function missContact(ctx: ModelContext, contact: Task): void {
  dropTask(contact, 'missed');
  if (contact.onDone !== null) ctx.counters.contacts.missed.addDated(contact.createdAt);
}

/** Ends the cycle (release or transfer out of scope); an open contact not yet due is simply not needed. */
export function stopContacts(p: Prisoner): void {
  p.contactCycle?.cancel();
  p.contactCycle = null;
  if (p.contact !== null && p.contact.status === 'open') dropTask(p.contact, 'cancelled');
  p.contact = null;
}
