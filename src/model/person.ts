/** Drawing a person received into custody: kind of custody, sentence, risks and flags. */
import type { RandomStream } from '../engine/index.ts';
import type { PopulationParams, SentenceType } from '../scenario/schema/index.ts';
import { reoffendingLevels, roshLevels, sentenceTypes } from '../scenario/schema/index.ts';
import type { Establishment } from './establishment.ts';
import { draw, drawKey } from './sampling.ts';
import { MONTH, WEEK } from './time.ts';
import type { CaseOwner, Prisoner } from './types.ts';

/** The parts of a person fixed at reception. */
export type PersonDraw = Pick<
  Prisoner,
  'sentence' | 'sentenceMonths' | 'rosh' | 'reoffending' | 'prolific' | 'youngAdult'
> & { custodyHours: number };

/** Draws who is received, and how long they will be held if nothing intervenes (Infinity for indeterminate). */
export function drawPerson(rng: RandomStream, population: PopulationParams, kind?: SentenceType): PersonDraw {
  const sentence = kind ?? drawKey(rng, population.receptionMix, sentenceTypes);
  const rosh = drawKey(rng, population.rosh, roshLevels);
  const reoffending = drawKey(rng, population.reoffending, reoffendingLevels);
  const prolific = rng.bernoulli(population.prolificShare);
  const youngAdult = rng.bernoulli(population.youngAdultShare);
  let sentenceMonths: number;
  let custodyHours: number;
  if (sentence === 'remand') {
    custodyHours = draw(rng, population.remandWeeks) * WEEK;
    sentenceMonths = custodyHours / MONTH;
  } else if (sentence === 'determinate') {
    sentenceMonths = draw(rng, population.determinateSentenceMonths);
    custodyHours = sentenceMonths * MONTH * population.releaseFraction;
  } else {
    sentenceMonths = draw(rng, population.tariffMonths);
    custodyHours = Infinity;
  }
  return { sentence, sentenceMonths, rosh, reoffending, prolific, youngAdult, custodyHours };
}

/** Who owns the case in the community under the establishment's arrangements. */
export function ownerOf(establishment: Establishment, person: PersonDraw): CaseOwner {
  if (establishment.config.establishment.caseOwnership === 'probationTrust') return 'trust';
  const highRisk = person.rosh === 'high' || person.rosh === 'veryHigh';
  return highRisk || person.sentence === 'ipp' || person.sentence === 'life' ? 'nps' : 'crc';
}

/** Makes the prisoner record. */
export function makePrisoner(
  id: number,
  establishment: Establishment,
  person: PersonDraw,
  sentencedAt: number,
  receivedAt: number,
): Prisoner {
  return {
    id,
    establishment,
    sentence: person.sentence,
    sentenceMonths: person.sentenceMonths,
    sentencedAt,
    receivedAt,
    releaseAt: sentencedAt + person.custodyHours,
    rosh: person.rosh,
    reoffending: person.reoffending,
    prolific: person.prolific,
    youngAdult: person.youngAdult,
    owner: ownerOf(establishment, person),
    tier: 0,
    inScope: false,
    assessed: false,
    assessor: null,
    supervisor: null,
    unallocatedSince: NaN,
    inCustody: true,
    contact: null,
    contactCycle: null,
    tasks: new Set(),
    timers: new Set(),
  };
}
