/** Drawing a person received into custody: kind of custody, sentence, risks and flags. */
import type { RandomStream } from '../engine/index.ts';
import type { Distribution, PopulationParams, SentenceType } from '../scenario/schema/index.ts';
import { reoffendingLevels, roshLevels, sentenceTypes } from '../scenario/schema/index.ts';
import { isIndeterminate, servesSentenceHere } from './case-rules.ts';
import type { Establishment } from './establishment.ts';
import { draw, drawKey } from './sampling.ts';
import { MONTH, WEEK } from './time.ts';
import type { CaseOwner, Prisoner, SentenceAfterRemand } from './types.ts';

/** The parts of a person fixed at reception. */
export type PersonDraw = Pick<
  Prisoner,
  'sentence' | 'sentenceMonths' | 'rosh' | 'reoffending' | 'prolific' | 'youngAdult' | 'sentenceAfterRemand'
> & { custodyHours: number };

/** The kind of custody and its length, drawn first: for people replayed before the start, most need nothing more. */
export interface SentenceDraw {
  sentence: SentenceType;
  /** Sentence (determinate), tariff (indeterminate), or time on remand or recall, in months. */
  sentenceMonths: number;
  /** Time in custody if nothing intervenes (Infinity for indeterminate); for remand or recall, the time on it. */
  custodyHours: number;
  /** For remand: the sentence it ends in, or null when the person leaves at its end. */
  sentenceAfterRemand: SentenceAfterRemand | null;
}

/** Draws the kind of custody (unless given) and its length. */
export function drawSentence(rng: RandomStream, population: PopulationParams, kind?: SentenceType): SentenceDraw {
  const sentence = kind ?? drawKey(rng, population.receptionMix, sentenceTypes);
  if (sentence === 'remand') {
    const custodyHours = draw(rng, population.remandWeeks) * WEEK;
    return { sentence, sentenceMonths: custodyHours / MONTH, custodyHours, sentenceAfterRemand: drawSentenceAfterRemand(rng, population, custodyHours) };
  }
  if (sentence === 'recall') {
    const custodyHours = draw(rng, population.recallWeeks) * WEEK;
    return { sentence, sentenceMonths: custodyHours / MONTH, custodyHours, sentenceAfterRemand: null };
  }
  if (sentence === 'determinate') {
    const sentenceMonths = draw(rng, population.determinateSentenceMonths);
    return { sentence, sentenceMonths, custodyHours: sentenceMonths * MONTH * population.releaseFraction, sentenceAfterRemand: null };
  }
  return { sentence, sentenceMonths: draw(rng, tariffOf(population, sentence)), custodyHours: Infinity, sentenceAfterRemand: null };
}

/** The distribution an indeterminate sentence's tariff is drawn from: a life sentence's own, unless the scenario leaves it null. */
function tariffOf(population: PopulationParams, sentence: 'ipp' | 'life'): Distribution {
  return sentence === 'life' ? (population.lifeTariffMonths ?? population.tariffMonths) : population.tariffMonths;
}

/**
 * Whether a remand of `remandHours` ends in a sentence still to serve: with
 * the chance of a custodial sentence, a determinate sentence drawn as any
 * other, whose time in custody counts from reception. A sentence no longer
 * than the time already on remand is served by then, and the person leaves
 * at the end of remand. With no chance of custody, nothing is drawn.
 */
function drawSentenceAfterRemand(rng: RandomStream, population: PopulationParams, remandHours: number): SentenceAfterRemand | null {
  if (population.remandCustodialShare <= 0 || !rng.bernoulli(population.remandCustodialShare)) return null;
  const sentenceMonths = draw(rng, population.determinateSentenceMonths);
  const custodyHours = sentenceMonths * MONTH * population.releaseFraction;
  return custodyHours > remandHours ? { sentenceMonths, custodyHours } : null;
}

/**
 * The share of a person's time in custody already served when received: a
 * sentence may be part-served elsewhere (on remand, or in another prison),
 * but a remand or a recall, which serves no sentence here, begins at reception.
 */
export function servedBeforeReception(population: PopulationParams, sentence: SentenceType): number {
  return servesSentenceHere({ sentence }) ? population.elapsedAtReception : 0;
}

/** Draws the risks and flags of a person with the given sentence. */
export function drawTraits(rng: RandomStream, population: PopulationParams, sentence: SentenceDraw): PersonDraw {
  return {
    sentence: sentence.sentence,
    sentenceMonths: sentence.sentenceMonths,
    custodyHours: sentence.custodyHours,
    sentenceAfterRemand: sentence.sentenceAfterRemand,
    rosh: drawKey(rng, population.rosh, roshLevels),
    reoffending: drawKey(rng, population.reoffending, reoffendingLevels),
    prolific: rng.bernoulli(population.prolificShare),
    youngAdult: rng.bernoulli(population.youngAdultShare),
  };
}

/** Draws who is received, and how long they will be held if nothing intervenes. */
export function drawPerson(rng: RandomStream, population: PopulationParams, kind?: SentenceType): PersonDraw {
  return drawTraits(rng, population, drawSentence(rng, population, kind));
}

/** Who owns the case in the community under the establishment's arrangements. */
export function ownerOf(establishment: Establishment, person: PersonDraw): CaseOwner {
  if (establishment.config.establishment.caseOwnership === 'probationTrust') return 'trust';
  const highRisk = person.rosh === 'high' || person.rosh === 'veryHigh';
  return highRisk || isIndeterminate(person) ? 'nps' : 'crc';
}

/** Makes the prisoner record. */
export function makePrisoner(
  id: number,
  establishment: Establishment,
  person: PersonDraw,
  sentencedAt: number,
  receivedAt: number,
): Prisoner {
  // The fields read whenever a contact falls due or a timer fires come
  // first, so they share the record's first cache line or two: with tens of
  // thousands of people, the record is rarely still in cache when reached.
  return {
    contact: null,
    contactCycle: null,
    tier: 0,
    supervisor: null,
    timers: [],
    tasks: [],
    rosh: person.rosh,
    reoffending: person.reoffending,
    id,
    establishment,
    sentence: person.sentence,
    sentenceMonths: person.sentenceMonths,
    sentencedAt,
    receivedAt,
    timetableFrom: receivedAt,
    releaseAt: sentencedAt + person.custodyHours,
    sentenceAfterRemand: person.sentenceAfterRemand,
    prolific: person.prolific,
    youngAdult: person.youngAdult,
    owner: ownerOf(establishment, person),
    inScope: false,
    assessed: false,
    planWithAssessment: false,
    assessor: null,
    unallocatedSince: NaN,
    hdcWaitingSince: NaN,
    inCustody: true,
    pastTariff: false,
    oasysWorkOverdue: 0,
    decisionsTaken: 0,
    comResponsibleFrom: NaN,
    preReleaseDone: null,
  };
}
