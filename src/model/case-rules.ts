/** Whether a case meets a scenario's conditions (scope rules, allocation rules). */
import type { CaseCondition, SentenceType } from '../scenario/schema/index.ts';
import { MONTH } from './time.ts';
import type { Prisoner } from './types.ts';

/**
 * True when every condition given holds. A tier condition on a case not yet
 * assessed counts as met when `tierUnknownMatches` (deciding whom to assess),
 * and as not met otherwise.
 */
export function meets(condition: CaseCondition, p: Prisoner, tierUnknownMatches = false): boolean {
  if (condition.sentence !== undefined && !condition.sentence.includes(p.sentence)) return false;
  if (condition.minSentenceMonths !== undefined && !(isIndeterminate(p) || p.sentenceMonths >= condition.minSentenceMonths)) {
    return false;
  }
  if (condition.rosh !== undefined && !condition.rosh.includes(p.rosh)) return false;
  if (condition.reoffending !== undefined && !condition.reoffending.includes(p.reoffending)) return false;
  if (condition.prolific !== undefined && condition.prolific !== p.prolific) return false;
  if (condition.youngAdult !== undefined && condition.youngAdult !== p.youngAdult) return false;
  if (condition.owner !== undefined && !condition.owner.includes(p.owner)) return false;
  if (condition.establishmentType !== undefined && !condition.establishmentType.includes(p.establishment.type)) return false;
  if (condition.tiers !== undefined) {
    if (p.tier === 0) return tierUnknownMatches;
    if (!condition.tiers.includes(p.tier)) return false;
  }
  return true;
}

/**
 * Whether the prison manages this person's sentence: not someone on remand,
 * who is not yet sentenced, nor someone recalled from licence, whose case
 * stays with the community offender manager who recalled them (under the
 * Offender Management Model as under OMiC); both only hold a place.
 */
export function servesSentenceHere(p: { readonly sentence: SentenceType }): boolean {
  return p.sentence !== 'remand' && p.sentence !== 'recall';
}

/** The sentences with no fixed end, served to a tariff and then to the Parole Board's direction. */
export const indeterminateSentences = ['ipp', 'life'] as const;
export type IndeterminateSentence = (typeof indeterminateSentences)[number];

/** When an indeterminate sentence's tariff is served (its minimum term runs from sentence). */
export function tariffEnd(p: Pick<Prisoner, 'sentencedAt' | 'sentenceMonths'>): number {
  return p.sentencedAt + p.sentenceMonths * MONTH;
}

/** Whether a sentence (of a prisoner, or of a person drawn) has no fixed end: IPP or life. */
export function isIndeterminate(p: { readonly sentence: SentenceType }): p is { readonly sentence: IndeterminateSentence } {
  return p.sentence === 'ipp' || p.sentence === 'life';
}
