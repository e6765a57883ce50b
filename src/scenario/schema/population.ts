/** Who is in custody: the establishment, its population and the make-up of the people it receives. */
import { z } from 'zod';
import { durationDistribution } from './distribution.ts';
import { assumed, published, setting } from './evidence.ts';
import { count, share, weeks } from './units.ts';

export const establishmentTypes = ['local', 'training', 'open', 'women'] as const;
export type EstablishmentType = (typeof establishmentTypes)[number];

export const roshLevels = ['low', 'medium', 'high', 'veryHigh'] as const;
export type Rosh = (typeof roshLevels)[number];

export const reoffendingLevels = ['low', 'medium', 'high'] as const;
export type Reoffending = (typeof reoffendingLevels)[number];

/** How a prison receives people: at a calibrated rate, or by filling each place as it frees (see src/model/stages/reception.ts). */
export const admissionRules = ['rate', 'keepFull'] as const;
export type AdmissionRule = (typeof admissionRules)[number];

// A recall is a return to custody of someone released on licence: they hold a place until
// re-released, but their case stays with the community offender manager who recalled them.
export const sentenceTypes = ['remand', 'determinate', 'ipp', 'life', 'recall'] as const;
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
    // 0 unless a scenario says otherwise, so mixes written before recall was modelled still read.
    recall: share('share of receptions recalled to custody from licence (not first receptions)').default(0),
  })
  .strict();

export const populationSchema = z
  .object({
    size: assumed(count('average number of people held; receptions are set so the population stays near it', 1_000_000).default(1200), {
      why: 'a large local prison; the model follows one prison, and the national population (about 88,000 in 2024–25) spread over about 120 establishments makes some 700 each, locals holding more',
      range: [400, 2000],
      informedBy: 'omsq2024',
    }),
    admission: assumed(
      z
        .enum(admissionRules)
        .default('rate')
        .describe(
          'how people are received: rate (a Poisson stream at the rate that keeps the population near its size if reports are on time) or keepFull (each place filled as soon as it frees, by one drawn from the reception mix)',
        ),
      {
        why: 'receptions at the rate that keeps the population near its size when reports are done on time: a local prison receives whoever the courts send; keepFull is for a prison with people waiting for every place (a training prison in an estate that is full, as in 2007–08), whose population is its size however long people stay',
      },
    ),
    receptionMix: assumed(
      receptionMix
        // Assumption: a local prison's receptions, mostly remand and short sentences; few indeterminate
        // sentences, who soon move on to training prisons in reality (docs/sources.md gives the national totals).
        .prefault({ remand: 0.45, determinate: 0.545, ipp: 0.002, life: 0.003, recall: 0 })
        .describe('what kinds of custody the people received are in (shares sum to 1)'),
      {
        why: 'a local prison’s receptions: mostly remand and short sentences, and few indeterminate sentences, who soon move on to training prisons; no source gives one prison’s mix',
        informedBy: 'omsq2024',
      },
    ),
    // Assumption: at least 0.1 weeks (about 17 hours) typical remand: a remand lasts at least until
    // the next hearing, and remands of no time at all would need receptions without end to keep
    // the population at its size (the model would loop at one instant).
    remandWeeks: published(
      durationDistribution(0.1)
        .prefault({ type: 'lognormal', median: 7.1, sigma: 1.18, min: 0.5, max: 104 })
        .describe('time held on remand (weeks)'),
      {
        source: 'remandTimes2017',
        era: { from: 2012, to: 2017 },
        how: 'of sentenced admissions who had spent time on remand, the median time on remand was 45 to 55 days and the mean 97 to 104 in each year from 2012 to 2016 (50 and 100.4 in 2016); a lognormal of median 50 days (7.1 weeks) and mean 100 (sigma 1.18). Those acquitted are not counted, and their remands are taken to be as long',
        otherEras: [{ value: { type: 'lognormal', median: 16.5, sigma: 0.9, min: 0.5, max: 260 }, era: { from: 2021 }, source: 'remandHeld2021' }],
      },
    ),
    // Assumption: at least a week typical recall: a fixed-term recall is 14 or 28 days, and a
    // recall of no time at all would need receptions without end to keep the population at its size.
    recallWeeks: assumed(
      durationDistribution(1)
        .prefault({ type: 'lognormal', median: 12.5, sigma: 1, min: 2, max: 260 })
        .describe('time held on a recall to custody before re-release (weeks)'),
      {
        why: 'a mean of 20.7 weeks: by Little’s law, the 12,920 held on recall at the end of 2024 over the nearly 32,500 admissions on recall in a year (to September 2024); the spread is assumed, from fixed-term recalls of 14 or 28 days to standard recalls held until the Parole Board or the sentence’s end releases them (sigma 1 puts nearly a quarter of recalls under six weeks); used for other years too, for want of their flows',
        informedBy: 'recallPopulation2025',
      },
    ),
    // Most people remanded in custody are convicted and many go on to serve a sentence: the remand
    // then ends in a determinate sentence (drawn as any other, the time on remand counting towards
    // it), and only those acquitted, given a non-custodial sentence, or sentenced to no more than the
    // time already served leave at the end of remand. 0: every remand ends in release.
    remandCustodialShare: published(share('share of people remanded in custody who receive an immediate custodial sentence at the end of their remand').default(0.61), {
      source: 'remandOutcomes2009',
      era: { from: 2009, to: 2010 },
      how: 'in 2009 an estimated 39% of people remanded in custody did not go on to receive a custodial sentence, so 61% did; men are most of them. Women’s prisons set their own: about 48% of women remanded in custody received immediate custody in 2015 and 2016 (written answer 119151)',
      otherEras: [{ value: 0.5, era: { from: 1995, to: 2001 }, source: 'remandOutcomes2001' }],
    }),
    // At least 0.1 months (about 3 days) typical sentence: the shortest prison sentence a court may
    // pass is five days (Magistrates' Courts Act 1980, s.132). Sentences of no time at all would need
    // receptions without end to keep the population at its size.
    determinateSentenceMonths: assumed(
      durationDistribution(0.1)
        .prefault({ type: 'lognormal', median: 12, sigma: 1.0, min: 0.5, max: 360 })
        .describe('length of a determinate sentence as passed by the court (months)'),
      {
        why: 'a median sentence of a year with a long tail (a mean of about 20 months before the cut-offs); the average custodial sentence for indictable offences was 15.5 months in 2013, and summary offences bring it down',
        informedBy: 'sentenceLengths2014',
      },
    ),
    // Assumption: at least a tenth (release points in England and Wales have been a half, and since
    // 2024 two fifths, of the sentence); at 0 a determinate sentence is served in no time at all,
    // and receptions without end would be needed to keep the population at its size.
    releaseFraction: published(share('share of a determinate sentence served in custody before automatic release', { least: 0.1 }).default(0.5), {
      source: 'releaseAtHalf',
      era: { from: 2005, to: 2024 },
      how: 'release at one-half of a standard determinate sentence: the requisite custodial period of sections 243A(3) and 244(3) of the 2003 Act',
      otherEras: [{ value: 0.4, era: { from: 2024 }, source: 'releaseAt40' }],
    }),
    // Assumption: at least a month typical tariff. The initial population replays 40 years of
    // indeterminate receptions, one for each stay of about the tariff: tariffs of days would
    // replay tens of thousands of receptions for each place, and tariffs of no time loop for ever.
    tariffMonths: assumed(
      durationDistribution(1)
        .prefault({ type: 'lognormal', median: 60, sigma: 0.6, min: 12, max: 360 })
        .describe('minimum term (tariff) of a sentence of imprisonment for public protection, and of a life sentence when lifeTariffMonths is null (months)'),
      { why: 'a median tariff of five years, two in three between three and nine; no published distribution of tariffs was found' },
    ),
    // A life sentence's minimum term is far longer than an IPP's: most are for murder. null: drawn
    // from tariffMonths, as for IPP (as before the two were told apart).
    lifeTariffMonths: assumed(
      durationDistribution(1)
        .nullable()
        .default({ type: 'lognormal', median: 192, sigma: 0.45, min: 24, max: 360 })
        .describe('minimum term (tariff) of a life sentence (months); null: drawn from tariffMonths'),
      {
        why: 'a median of sixteen years: of the almost 7,000 serving life sentences in 2020, half had tariffs of 10 to 20 years and a third of 20 or more (this distribution gives 54% and 31%); the average minimum term for murder rose from 16.0 years in 2005 to 21.3 in 2016 (written answer HL2315), and life sentences for other offences carry shorter ones',
        informedBy: 'lifers2020',
      },
    ),
    // Assumption: at most nine tenths: people who arrive with nothing left to serve stay no time,
    // and the receptions that keep the population at its size would be without end.
    elapsedAtReception: assumed(share('share of the sentence already served when received (time on remand elsewhere, transfers in)', { most: 0.9 }).default(0.05), {
      why: 'a local prison receives most people at sentence, with a little time already served on remand elsewhere; a training prison receives them part-way through',
      range: [0, 0.35],
    }),
    rosh: assumed(
      roshShares.prefault({ low: 0.35, medium: 0.45, high: 0.17, veryHigh: 0.03 }).describe('Risk of Serious Harm of the people received (shares sum to 1)'),
      { why: 'a fifth of receptions high or very high Risk of Serious Harm; no published breakdown of one prison’s receptions by RoSH was found' },
    ),
    reoffending: assumed(
      reoffendingShares.prefault({ low: 0.3, medium: 0.4, high: 0.3 }).describe('likelihood of reoffending of the people received (shares sum to 1)'),
      { why: 'an even spread about the middle band; no published breakdown of receptions by likelihood of reoffending was found' },
    ),
    prolificShare: assumed(share('share flagged as prolific and other priority offenders').default(0.08), {
      why: 'a small minority of receptions flagged as prolific and other priority offenders; no published share was found',
      range: [0.02, 0.2],
    }),
    youngAdultShare: assumed(share('share aged 18–20 (young adults)').default(0.1), {
      why: 'a tenth of receptions aged 18–20; no published share of receptions was found',
      range: [0.04, 0.2],
    }),
    seasonality: z
      .object({
        amplitude: assumed(share('relative swing of the reception rate over the year').default(0), {
          why: 'no yearly cycle in receptions: none was sought in the published statistics, and a flat rate is the plainest reading',
          range: [0, 0.15],
        }),
        peakWeek: assumed(weeks('week of the year when receptions peak').max(52).default(10), {
          why: 'has no effect while the amplitude is 0; any week of the year is possible',
          range: [0, 52],
        }),
      })
      .strict()
      .prefault({})
      .describe('a yearly cycle in receptions'),
  })
  .strict();

export type PopulationParams = z.infer<typeof populationSchema>;

export const establishmentSchema = z
  .object({
    name: setting(z.string().min(1).max(200).default('HMP Baseline').describe('name of the establishment'), 'a label for the outputs'),
    type: assumed(z.enum(establishmentTypes).default('local').describe('kind of establishment: local, training, open or women'), {
      why: 'a local prison (remand and short sentences), the commonest kind among the eleven establishments inspected in 2011 (note 1)',
      informedBy: 'jointInspection2011',
    }),
    caseOwnership: published(
      z
        .enum(['probationTrust', 'npsCrc'])
        .default('probationTrust')
        .describe('who owns a case in the community: one probation trust (before 2014) or the NPS for high risk and CRCs for the rest (2014 on)'),
      {
        source: 'pspBenchmark2014',
        era: { from: 2005, to: 2014 },
        how: 'one probation area or trust owned every case in the community under the Offender Management Model, until the split between the National Probation Service and the Community Rehabilitation Companies from June 2014 that the letter sets out; since 26 June 2021 the Probation Service again owns every case (House of Commons Library, Probation services, 2021), which the model also reads as probationTrust',
        otherEras: [{ value: 'npsCrc', era: { from: 2014, to: 2021 }, source: 'pspBenchmark2014' }],
      },
    ),
    operationalShortfall: assumed(share('share of operational prison-officer posts unfilled; raises redeployment').default(0), {
      why: 'a prison staffed to its complement; a quarter of prisons ran an amber-red or red regime in January 2024, so a shortfall of up to a third of posts is possible',
      range: [0, 0.3],
      informedBy: 'regimeStatus2024',
    }),
    transferRatePerYear: assumed(
      z
        .number()
        .min(0)
        .max(12)
        .default(0)
        .describe('chance per year that a sentenced person is moved to another establishment of the estate (per year)'),
      {
        why: 'no transfers between the establishments of an estate; no published rate was found, and with one prison the rate has no effect',
        range: [0, 1],
      },
    ),
  })
  .strict();

export type EstablishmentParams = z.infer<typeof establishmentSchema>;
