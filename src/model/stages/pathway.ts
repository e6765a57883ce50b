/**
 * A person's pathway through custody, stage by stage: reception, then
 * assessment and tiering for those who need them, allocation, sentence
 * planning, supervision, reports, and release. Each stage lives in its own file;
 * this one only puts them in order.
 */
import { isIndeterminate, servesSentenceHere } from '../case-rules.ts';
import type { ModelContext } from '../context.ts';
import { at } from '../timers.ts';
import { DAY } from '../time.ts';
import type { Prisoner } from '../types.ts';
import { allocate, reallocateIfIneligible } from './allocation.ts';
import { beginAssessment } from './assessment.ts';
import { scheduleComWork } from './com.ts';
import { scheduleHandover } from './handover.ts';
import { scheduleHdc } from './hdc.ts';
import { scheduleFirstHearing, scheduleTariffEnd } from './parole.ts';
import { beginSentencePlan, planComesWithAssessment, scheduleFirstReview } from './planning.ts';
import { joinEstablishment, scheduleRelease } from './release.ts';
import { firstContactAfterAllocation, startContacts } from './supervision.ts';
import { matchesScope, tierCase, toBeAssessed } from './tiering.ts';
import { scheduleTransfer } from './transfer.ts';

/** Reception: the person is on the establishment's books; release (or the end of remand), HDC and parole are scheduled; assessment and allocation begin. */
export function receive(ctx: ModelContext, p: Prisoner): void {
  joinEstablishment(ctx, p);
  ctx.counters.prisoners.received.add();
  if (p.sentence === 'recall') ctx.counters.prisoners.receivedOnRecall.add();
  scheduleCustodyEnd(ctx, p);
  if (servesSentenceHere(p)) beginSentence(ctx, p);
}

/** The end of the time in custody now known: release, or, for a remand that ends in a sentence, the sentencing. */
export function scheduleCustodyEnd(ctx: ModelContext, p: Prisoner): void {
  if (p.sentenceAfterRemand === null) scheduleRelease(ctx, p);
  else at(ctx, p, p.releaseAt, () => sentenceAfterRemand(ctx, p));
}

/**
 * The end of a remand that ends in a sentence still to serve: the person
 * stays, now serving a determinate sentence that began at reception, and
 * starts the pathway of a sentenced person from here. They are not received
 * again: a first reception counts a person once for a spell in custody.
 */
function sentenceAfterRemand(ctx: ModelContext, p: Prisoner): void {
  const sentence = p.sentenceAfterRemand!;
  p.sentenceAfterRemand = null;
  const heldBy = ctx.counters.prisoners.heldBy;
  heldBy.remand.change(-1);
  heldBy.determinate.change(1);
  p.sentence = 'determinate';
  p.sentenceMonths = sentence.sentenceMonths;
  // A remand began at reception (sentencedAt), and the sentence counts from there.
  p.releaseAt = p.sentencedAt + sentence.custodyHours;
  // The OASys and the plan are due a set time after sentence, not after a reception weeks or months before it.
  p.timetableFrom = ctx.sim.now;
  ctx.counters.prisoners.sentencedAfterRemand.add();
  scheduleRelease(ctx, p);
  beginSentence(ctx, p);
  scheduleTransfer(ctx, p);
}

/** A sentence begins: HDC and parole are scheduled; assessment and allocation begin. */
function beginSentence(ctx: ModelContext, p: Prisoner): void {
  scheduleHdc(ctx, p);
  if (isIndeterminate(p)) {
    scheduleTariffEnd(ctx, p);
    scheduleFirstHearing(ctx, p);
  }
  if (!toBeAssessed(ctx, p)) return;
  const inScopeAtReception = matchesScope(ctx, p, false);
  p.planWithAssessment = planComesWithAssessment(ctx, p, inScopeAtReception);
  beginAssessment(ctx, p, () => afterAssessment(ctx, p));
  const allocateAfterDays = ctx.params.allocation.daysAfterReception;
  // A case whose scope does not wait on its tier has a supervisor within days of reception, OASys or not.
  if (allocateAfterDays !== null && inScopeAtReception) {
    at(ctx, p, ctx.sim.now + allocateAfterDays * DAY, () => {
      if (!p.inScope) enterModel(ctx, p, true);
    });
  }
}

/** Once assessed: tiered, and if within the model, allocated and planned for (a case allocated at reception is moved if its tier needs another grade). */
function afterAssessment(ctx: ModelContext, p: Prisoner): void {
  const alreadyIn = p.inScope;
  tierCase(ctx, p);
  if (alreadyIn) {
    reallocateIfIneligible(ctx, p);
    planAfterAssessment(ctx, p);
  } else if (p.inScope) {
    enterModel(ctx, p, true);
  }
}

/**
 * Brings a case within the model: counted, allocated, supervised, and (once
 * assessed) planned for and reviewed. `newlyReceived` is false for a case
 * already part-way through its pathway (the initial population, a transfer).
 */
export function enterModel(ctx: ModelContext, p: Prisoner, newlyReceived: boolean): void {
  p.inScope = true;
  const prisoners = ctx.counters.prisoners;
  prisoners.inScope.change(1);
  prisoners.inScopeByTier[p.tier].change(1);
  const allocated = allocate(ctx, p);
  if (newlyReceived) {
    if (allocated) firstContactAfterAllocation(ctx, p);
    else startContacts(ctx, p);
    if (p.assessed) planAfterAssessment(ctx, p);
  }
  // Under OMiC the handover date is the COM's, and pre-release work follows it; before, a fixed time before release.
  const com = ctx.params.omic?.com;
  if (com !== undefined) scheduleComWork(ctx, p, com);
  else scheduleHandover(ctx, p);
}

/** The sentence plan and the review cycle, which start once the OASys is done. */
function planAfterAssessment(ctx: ModelContext, p: Prisoner): void {
  beginSentencePlan(ctx, p);
  scheduleFirstReview(ctx, p);
}
