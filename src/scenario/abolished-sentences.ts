/**
 * Sentences the courts had stopped passing in a scenario's era. Imprisonment
 * for public protection was abolished for offenders convicted on or after
 * 3 December 2012; a scenario that states a later era and still receives IPP
 * sentences holds, in time, far more indeterminate prisoners than its era did,
 * and reviews them at parole hearings that never took place. The run is valid
 * (a study may ask what the old sentence would have done), so this is a
 * warning, as another era's figure is (eras.ts).
 *
 * Only the establishments that receive from the courts are checked: local
 * prisons and women's prisons. A training or open prison receives people part
 * way through their sentences from other prisons, and went on receiving men
 * serving IPP sentences passed before 2012 long after the courts stopped
 * passing them (2,614 were in custody at the end of 2024).
 *
 * The people already serving IPP sentences in a later era (1,045 unreleased at
 * the end of 2024) are a legacy the model does not replay: its reception mix
 * stands for receptions, and its initial population is drawn from the same mix.
 */
import type { Finding } from './issues.ts';
import type { Scenario } from './schema/index.ts';
import type { EstablishmentType } from './schema/population.ts';
import type { SourceId } from './schema/sources.ts';

/** A sentence type with the years courts passed it, and the source that ended it. */
interface Abolished {
  readonly sentence: 'ipp';
  readonly firstYear: number;
  readonly lastYear: number;
  readonly source: SourceId;
}

// IPP sentences were passed from 4 April 2005 (Criminal Justice Act 2003, s.225) to 2 December 2012.
const abolishedSentences: readonly Abolished[] = [{ sentence: 'ipp', firstYear: 2005, lastYear: 2012, source: 'laspoIpp' }];

/** The kinds of establishment that receive people from the courts rather than from other prisons. */
const receivingFromCourt: readonly EstablishmentType[] = ['local', 'women'];

/** Findings of code `abolishedSentence`: a reception mix from the courts, the scenario's or an estate group's, with a sentence abolished before the stated era. */
export function checkAbolishedSentences(s: Scenario): Finding[] {
  const stated = s.era;
  if (stated === null) return [];
  const fromCourt = (type: EstablishmentType | undefined) => receivingFromCourt.includes(type ?? s.establishment.type);
  // The scenario's own mix is received by its one prison, or by each group of its estate that keeps it.
  const keepsScenarioMix = s.estate.length === 0 ? fromCourt(undefined) : s.estate.some((g) => g.population.receptionMix === undefined && fromCourt(g.establishment.type));
  const mixes: { path: (string | number)[]; mix: Scenario['population']['receptionMix'] | undefined }[] = [
    { path: ['population', 'receptionMix'], mix: keepsScenarioMix ? s.population.receptionMix : undefined },
    ...s.estate.map((g, i) => ({ path: ['estate', i, 'population', 'receptionMix'], mix: fromCourt(g.establishment.type) ? g.population.receptionMix : undefined })),
  ];
  return abolishedSentences
    .filter((a) => stated > a.lastYear)
    .flatMap((a) =>
      mixes.flatMap(({ path, mix }) =>
        mix !== undefined && mix[a.sentence] > 0
          ? [{ code: 'abolishedSentence', path: [...path, a.sentence], found: mix[a.sentence], era: { stated, statedValue: 0, foundEra: { from: a.firstYear, to: a.lastYear }, source: a.source }, part: 'value' } satisfies Finding]
          : [],
      ),
    );
}
