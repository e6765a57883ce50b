/**
 * The population at time zero, drawn so the run starts near steady state:
 * receptions are replayed over the years before the start, and whoever would
 * still be held at time zero is in custody, part-way through their sentence.
 */
import type { RandomStream } from '../engine/index.ts';
import { sentenceTypes } from '../scenario/schema/index.ts';
import type { SentenceType } from '../scenario/schema/index.ts';
import type { ModelContext } from './context.ts';
import type { Establishment } from './establishment.ts';
import { isIndeterminate, servesSentenceHere } from './case-rules.ts';
import { drawSentence, drawTraits, makePrisoner, servedBeforeReception, type SentenceDraw } from './person.ts';
import { checkReplay, type Replay } from './runaway.ts';
import { upperBound } from './sampling.ts';
import { enterModel, scheduleCustodyEnd } from './stages/pathway.ts';
import { hdcEarlyHours, scheduleHdc } from './stages/hdc.ts';
import { scheduleHearing, scheduleTariffEnd } from './stages/parole.ts';
import { scheduleReviews } from './stages/planning.ts';
import { joinEstablishment } from './stages/release.ts';
import { resumeContacts } from './stages/supervision.ts';
import { tierCase, toBeAssessed } from './stages/tiering.ts';
import { scheduleTransfer } from './stages/transfer.ts';
import { MONTH, WEEK, YEAR } from './time.ts';
import type { Prisoner } from './types.ts';

/** How far back receptions are replayed for indeterminate sentences, whose stays have no fixed end. */
const INDETERMINATE_LOOKBACK_YEARS = 40;

/** Fills every establishment with its initial population. */
export function placeInitialPopulation(ctx: ModelContext): void {
  checkReplay(replays(ctx), ctx.establishments.reduce((sum, e) => sum + e.config.population.size, 0));
  const people: HeldAtStart[] = [];
  for (const establishment of ctx.establishments) {
    // Appended one by one: spreading a list of hundreds of thousands into push() overflows the call stack.
    for (const kind of sentenceTypes) for (const person of pastReceptionsStillHeld(ctx, establishment, kind)) people.push(person);
  }
  // Oldest receptions first, so the longest-held cases are allocated first.
  people.sort((a, b) => a.prisoner.receivedAt - b.prisoner.receivedAt || a.prisoner.id - b.prisoner.id);
  for (const person of people) settleIn(ctx, person);
  ctx.metrics.count('prisoners.initial', people.length);
}

/** The receptions replayed for each establishment and kind of custody, to be checked before any is drawn. */
function replays(ctx: ModelContext): Replay[] {
  return ctx.establishments.flatMap((establishment) =>
    sentenceTypes.map((kind) => {
      const lookback = lookbackHours(ctx, establishment, kind);
      return { kind, draws: establishment.receptionRate * establishment.config.population.receptionMix[kind] * lookback, lookbackHours: lookback };
    }),
  );
}

function lookbackHours(ctx: ModelContext, establishment: Establishment, kind: SentenceType): number {
  const population = establishment.config.population;
  const longestSentence = upperBound(population.determinateSentenceMonths) * MONTH * population.releaseFraction;
  // A remand that ends in a sentence holds the person until the sentence's release point.
  if (kind === 'remand') return Math.max(upperBound(population.remandWeeks) * WEEK, population.remandCustodialShare > 0 ? longestSentence : 0);
  if (kind === 'determinate') return longestSentence;
  if (kind === 'recall') return upperBound(population.recallWeeks) * WEEK;
  return INDETERMINATE_LOOKBACK_YEARS * YEAR;
}

/** A person in custody at time zero, with their next parole hearing (NaN when none is pending). */
interface HeldAtStart {
  prisoner: Prisoner;
  nextHearing: number;
}

function pastReceptionsStillHeld(ctx: ModelContext, establishment: Establishment, kind: SentenceType): HeldAtStart[] {
  const population = establishment.config.population;
  const rate = establishment.receptionRate * population.receptionMix[kind];
  if (rate <= 0) return [];
  const rng = ctx.initialRng;
  const held: HeldAtStart[] = [];
  const lookback = lookbackHours(ctx, establishment, kind);
  for (let t = -rng.exponential(1 / rate); t > -lookback; t -= rng.exponential(1 / rate)) {
    const sentence = sentencedBeforeStart(drawSentence(rng, population, kind), t);
    const served = servedBeforeReception(population, kind);
    const length = Number.isFinite(sentence.custodyHours) ? sentence.custodyHours : sentence.sentenceMonths * MONTH;
    const sentencedAt = t - served * length;
    const nextHearing = isIndeterminate(sentence) ? nextHearingIfStillHeld(ctx, rng, sentence, sentencedAt) : NaN;
    if (Number.isFinite(sentence.custodyHours) ? leftBeforeStart(ctx, rng, sentence, sentencedAt, t) : Number.isNaN(nextHearing)) continue;
    const person = drawTraits(rng, population, sentence);
    held.push({ prisoner: makePrisoner(ctx.nextPrisonerId++, establishment, person, sentencedAt, t), nextHearing });
  }
  return held;
}

/** A remand received at `receivedAt` that ended before time zero in a sentence: that sentence, begun at reception; otherwise the draw as it is. */
function sentencedBeforeStart(draw: SentenceDraw, receivedAt: number): SentenceDraw {
  const after = draw.sentenceAfterRemand;
  if (after === null || receivedAt + draw.custodyHours > 0) return draw;
  return { sentence: 'determinate', sentenceMonths: after.sentenceMonths, custodyHours: after.custodyHours, sentenceAfterRemand: null };
}

/** Whether a determinate sentence (or remand) received at `receivedAt` ended before time zero, early on HDC if granted. */
function leftBeforeStart(ctx: ModelContext, rng: RandomStream, person: SentenceDraw, sentencedAt: number, receivedAt: number): boolean {
  const releaseAt = sentencedAt + person.custodyHours;
  if (releaseAt <= 0) return true;
  const early = hdcEarlyHours(ctx.params.hdc, person.sentence, person.sentenceMonths, releaseAt - receivedAt);
  return early > 0 && releaseAt - early <= 0 && rng.bernoulli(ctx.params.hdc.grantProbability);
}

/**
 * For an indeterminate sentence: replays the hearings before time zero (each
 * releasing with the Parole Board's chance) and returns the next hearing
 * after zero, or NaN when the person would already have been released.
 */
function nextHearingIfStillHeld(ctx: ModelContext, rng: RandomStream, person: SentenceDraw, sentencedAt: number): number {
  const parole = ctx.params.parole;
  let hearing = sentencedAt + person.sentenceMonths * MONTH;
  while (hearing <= 0) {
    if (rng.bernoulli(parole.releaseProbability)) return NaN;
    hearing += parole.reviewMonths * MONTH;
  }
  return hearing;
}

/** Puts a person already in custody at time zero on the books, part-way through their pathway. */
function settleIn(ctx: ModelContext, { prisoner: p, nextHearing }: HeldAtStart): void {
  joinEstablishment(ctx, p);
  scheduleCustodyEnd(ctx, p);
  if (!servesSentenceHere(p)) return;
  scheduleHdc(ctx, p);
  if (isIndeterminate(p)) scheduleTariffEnd(ctx, p);
  if (!Number.isNaN(nextHearing)) scheduleHearing(ctx, p, nextHearing);
  scheduleTransfer(ctx, p);
  if (!toBeAssessed(ctx, p)) return;
  p.assessed = true;
  tierCase(ctx, p);
  if (!p.inScope) return;
  enterModel(ctx, p, false);
  // Contacts and reviews are already under way: each cycle is at a random point.
  const rng = ctx.initialRng;
  resumeContacts(ctx, p, rng.random());
  scheduleReviews(ctx, p, rng.random() * ctx.params.assessment.reviewIntervalWeeks * WEEK);
}
