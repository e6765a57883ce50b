/**
 * Supervision contacts: an in-scope case needs contacts at the frequency its
 * tier sets. Each contact is work on the supervisor's list, due by the time
 * the next one falls due; one not done by then is recorded as missed, as is
 * every contact a case without a supervisor should have had.
 */
import type { ModelContext } from '../context.ts';
import { createTask, dropTask } from '../tasks.ts';
import { at } from '../timers.ts';
import { MONTH, WEEK } from '../time.ts';
import type { Prisoner } from '../types.ts';

function levelOf(ctx: ModelContext, p: Prisoner) {
  return ctx.params.contacts.byTier[`tier${p.tier || 1}` as 'tier1'];
}

/** Starts the contact cycle; the first contact falls due after `firstFraction` of one interval. */
export function startContacts(ctx: ModelContext, p: Prisoner, firstFraction = 1): void {
  const level = levelOf(ctx, p);
  const interval = level.perMonth > 0 ? MONTH / level.perMonth : MONTH;
  scheduleNext(ctx, p, firstFraction * interval);
}

/** On first allocation: the first contact is due within the standard's time. */
export function firstContactAfterAllocation(ctx: ModelContext, p: Prisoner): void {
  p.contactCycle?.cancel();
  contactFallsDue(ctx, p, ctx.params.contacts.firstContactWeeks * WEEK);
}

function scheduleNext(ctx: ModelContext, p: Prisoner, after: number): void {
  p.contactCycle = at(ctx, p, ctx.sim.now + after, () => contactFallsDue(ctx, p));
}

/** A contact falls due now: the last one, if still open, is missed; the next one goes on the list. */
function contactFallsDue(ctx: ModelContext, p: Prisoner, window?: number): void {
  closeContact(ctx, p);
  const level = levelOf(ctx, p);
  if (level.perMonth <= 0) {
    // No contacts at this tier for now; look again in a month in case the scenario changes.
    scheduleNext(ctx, p, MONTH);
    return;
  }
  const interval = window ?? MONTH / level.perMonth;
  const tierKey = `tier${p.tier}`;
  ctx.metrics.count('contacts.required');
  ctx.metrics.count(`contacts.required.${tierKey}`);
  const supervisor = p.supervisor;
  if (supervisor === null || !supervisor.active) {
    ctx.metrics.count('contacts.missed');
    ctx.metrics.count('contacts.missedUnallocated');
  } else {
    const direct = level.minutes / 60;
    p.contact = createTask(
      ctx,
      {
        kind: 'contact',
        prisoner: p,
        hours: direct + ctx.params.contacts.recordingMinutes / 60,
        directHours: direct,
        due: ctx.sim.now + interval,
        // Outcomes are dated by when the contact fell due, as `contacts.required` is.
        onDone: (task) => {
          ctx.metrics.countDated(task.createdAt, 'contacts.delivered');
          ctx.metrics.countDated(task.createdAt, `contacts.delivered.${tierKey}`);
          ctx.metrics.countDated(task.createdAt, 'contacts.minutesDelivered', level.minutes);
          ctx.metrics.countDated(task.createdAt, `contacts.minutesDelivered.${tierKey}`, level.minutes);
        },
      },
      supervisor,
    );
  }
  scheduleNext(ctx, p, interval);
}

/** Records the open contact, if any, as missed. */
function closeContact(ctx: ModelContext, p: Prisoner): void {
  const open = p.contact;
  if (open === null) return;
  p.contact = null;
  if (open.status === 'open') {
    dropTask(open, 'missed');
    ctx.metrics.countDated(open.createdAt, 'contacts.missed');
  }
}

/** Ends the cycle (release or transfer out of scope); an open contact not yet due is simply not needed. */
export function stopContacts(p: Prisoner): void {
  p.contactCycle?.cancel();
  p.contactCycle = null;
  if (p.contact !== null && p.contact.status === 'open') dropTask(p.contact, 'cancelled');
  p.contact = null;
}
