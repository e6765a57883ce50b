/** Who is in custody: the establishment, its population and the make-up of the people it receives. */
import { z } from 'zod';
import { durationDistribution } from './distribution.ts';
import { count, share, weeks } from './units.ts';

export const establishmentTypes = ['local', 'training', 'open', 'women'] as const;
export type EstablishmentType = (typeof establishmentTypes)[number];

export const roshLevels = ['low', 'medium', 'high', 'veryHigh'] as const;
export type Rosh = (typeof roshLevels)[number];

export const reoffendingLevels = ['low', 'medium', 'high'] as const;
export type Reoffending = (typeof reoffendingLevels)[number];

export const sentenceTypes = ['remand', 'determinate', 'ipp', 'life'] as const;
export type SentenceType = (typeof sentenceTypes)[number];

const roshShares = z
  .object({
    low: share('share with low Risk of Serious Harm'),
    medium: share('share with medium Risk of Serious Harm'),
    high: share('share with high Risk of Serious Harm'),
    veryHigh: share('share with very high Risk of Serious Harm'),
  })
  .strict();

const reoffendingShares = z
  .object({
    low: share('share with low likelihood of reoffending'),
    medium: share('share with medium likelihood of reoffending'),
    high: share('share with high likelihood of reoffending'),
  })
  .strict();

const receptionMix = z
  .object({
    remand: share('share of receptions held on remand (never within the model)'),
    determinate: share('share of receptions serving a determinate sentence'),
    ipp: share('share of receptions serving imprisonment for public protection'),
    life: share('share of receptions serving a life sentence'),
  })
  .strict();

export const populationSchema = z
  .object({
    size: count('average number of people held; receptions are set so the population stays near it', 1_000_000).default(1200),
    receptionMix: receptionMix
      // Assumption: a local prison's receptions, mostly remand and short sentences; few indeterminate
      // sentences, who soon move on to training prisons in reality (docs/sources.md gives the national totals).
      .prefault({ remand: 0.45, determinate: 0.545, ipp: 0.002, life: 0.003 })
      .describe('what kinds of custody the people received are in (shares sum to 1)'),
    // Assumption: at least 0.1 weeks (about 17 hours) typical remand: a remand lasts at least until
    // the next hearing, and remands of no time at all would need receptions without end to keep
    // the population at its size (the model would loop at one instant).
    remandWeeks: durationDistribution(0.1)
      .prefault({ type: 'lognormal', median: 6, sigma: 0.9, min: 0.5, max: 104 })
      .describe('time held on remand (weeks)'),
    // At least 0.1 months (about 3 days) typical sentence: the shortest prison sentence a court may
    // pass is five days (Magistrates' Courts Act 1980, s.132). Sentences of no time at all would need
    // receptions without end to keep the population at its size.
    determinateSentenceMonths: durationDistribution(0.1)
      .prefault({ type: 'lognormal', median: 12, sigma: 1.0, min: 0.5, max: 360 })
      .describe('length of a determinate sentence as passed by the court (months)'),
    // Assumption: at least a tenth (release points in England and Wales have been a half, and since
    // 2024 two fifths, of the sentence); at 0 a determinate sentence is served in no time at all,
    // and receptions without end would be needed to keep the population at its size.
    releaseFraction: share('share of a determinate sentence served in custody before automatic release', { least: 0.1 }).default(0.5),
    // Assumption: at least a month typical tariff. The initial population replays 40 years of
    // indeterminate receptions, one for each stay of about the tariff: tariffs of days would
    // replay tens of thousands of receptions for each place, and tariffs of no time loop for ever.
    tariffMonths: durationDistribution(1)
      .prefault({ type: 'lognormal', median: 60, sigma: 0.6, min: 12, max: 360 })
      .describe('minimum term (tariff) of an indeterminate sentence (months)'),
    // Assumption: at most nine tenths: people who arrive with nothing left to serve stay no time,
    // and the receptions that keep the population at its size would be without end.
    elapsedAtReception: share('share of the sentence already served when received (time on remand elsewhere, transfers in)', { most: 0.9 }).default(0.05),
    rosh: roshShares
      .prefault({ low: 0.35, medium: 0.45, high: 0.17, veryHigh: 0.03 })
      .describe('Risk of Serious Harm of the people received (shares sum to 1)'),
    reoffending: reoffendingShares
      .prefault({ low: 0.3, medium: 0.4, high: 0.3 })
      .describe('likelihood of reoffending of the people received (shares sum to 1)'),
    prolificShare: share('share flagged as prolific and other priority offenders').default(0.08),
    youngAdultShare: share('share aged 18–20 (young adults)').default(0.1),
    seasonality: z
      .object({
        amplitude: share('relative swing of the reception rate over the year').default(0),
        peakWeek: weeks('week of the year when receptions peak').max(52).default(10),
      })
      .strict()
      .prefault({})
      .describe('a yearly cycle in receptions'),
  })
  .strict();

export type PopulationParams = z.infer<typeof populationSchema>;

export const establishmentSchema = z
  .object({
    name: z.string().min(1).max(200).default('HMP Baseline').describe('name of the establishment'),
    type: z.enum(establishmentTypes).default('local').describe('kind of establishment: local, training, open or women'),
    caseOwnership: z
      .enum(['probationTrust', 'npsCrc'])
      .default('probationTrust')
      .describe('who owns a case in the community: one probation trust (before 2014) or the NPS for high risk and CRCs for the rest (2014 on)'),
    operationalShortfall: share('share of operational prison-officer posts unfilled; raises redeployment').default(0),
    transferRatePerYear: z
      .number()
      .min(0)
      .max(12)
      .default(0)
      .describe('chance per year that a sentenced person is moved to another establishment of the estate (per year)'),
  })
  .strict();

export type EstablishmentParams = z.infer<typeof establishmentSchema>;
