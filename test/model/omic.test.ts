/**
 * OMiC: key work, the POMs by type, the COM's handover and the pre-release
 * work. Directions over common random numbers (both arms on the same seeds;
 * the mean paired difference beyond its own 95% t-interval half-width), and
 * the rules the mechanisms follow, each checked directly.
 *
 * A 500-person local prison under OMiC, 1.5 years with a 13-week warm-up,
 * 6 paired seeds: every sentenced man in scope, high-harm and tier 4 cases
 * with probation POMs only, the rest with prison POMs.
 */
import { describe, expect, it } from 'vitest';
import { deepMerge } from '../../src/scenario/merge.ts';
import { handoverDate, inScopeCases } from '../../src/model/stages/com.ts';
import { DAY, MONTH } from '../../src/model/time.ts';
import type { Prisoner } from '../../src/model/types.ts';
import { compareArms, expectDecrease, expectIncrease, run, runOpen, smallPrison } from './helpers.ts';

const YEARS = 1.5;
const WARMUP = 13;
const SEEDS = [1, 2, 3, 4, 5, 6];

/** The OMiC prison: 8 prison POMs and 4 probation POMs for 500 (about omic-2022.yaml's ratios), with `changes` merged in. */
const omicPrison = (changes: Record<string, unknown> = {}) =>
  smallPrison(
    YEARS,
    deepMerge(
      {
        staff: { offenderSupervisors: { count: 8 }, probationOfficers: { count: 4 } },
        scope: { rules: [{ sentence: ['determinate', 'ipp', 'life'] }], assessEveryone: true },
        allocation: {
          rules: [
            { when: { rosh: ['high', 'veryHigh'] }, groups: ['probationOfficers'] },
            { when: { tiers: [4] }, groups: ['probationOfficers'] },
            { when: {}, groups: ['offenderSupervisors'] },
          ],
          qualifiedGroups: { parole: null },
        },
        omic: { com: { handoverRule: 'since2023' } },
      },
      changes,
    ) as Record<string, unknown>,
  );

describe('OMiC directions', () => {
  // A training prison's mix (as national-estate.yaml's trainings): parole work enough to see in two years.
  const training = {
    horizon: { years: 2 },
    establishment: { type: 'training' },
    population: {
      receptionMix: { remand: 0, determinate: 0.9, ipp: 0.03, life: 0.07 },
      determinateSentenceMonths: { type: 'lognormal', median: 36, sigma: 0.8, min: 6, max: 360 },
      elapsedAtReception: 0.25,
      rosh: { low: 0.25, medium: 0.5, high: 0.21, veryHigh: 0.04 },
    },
  };
  const fewerProbationPoms = { staff: { probationOfficers: { count: 2 } } };

  // Under triage (the default) the parole report comes first and is written on time; what the
  // high-harm cases lose is their OASys reviews, and a dossier without a current OASys defers the hearing.
  it('fewer probation POMs (4 → 2) leave more high-harm OASys reviews unfinished and defer more parole hearings for an incomplete dossier', () => {
    // Twelve seeds, not six: a 500-person prison defers a handful of hearings in two years, and six
    // pairs left the rise (1.7 hearings, ± 1.7) within its own noise.
    const d = compareArms(omicPrison(training), omicPrison(deepMerge(training, fewerProbationPoms) as Record<string, unknown>), [...SEEDS, 7, 8, 9, 10, 11, 12], WARMUP, [
      'reports.oasysReview.unfinishedShare',
      'parole.deferredForReports',
    ]);
    expectIncrease('probation POMs 4 → 2: reports.oasysReview.unfinishedShare', d['reports.oasysReview.unfinishedShare']);
    expectIncrease('probation POMs 4 → 2: parole.deferredForReports', d['parole.deferredForReports']);
  });

  it('fewer probation POMs (4 → 2), nearest deadline first, leave more parole reports late and more tier 4 contacts missed', () => {
    const deadline = deepMerge(training, { workingPattern: { priority: 'deadline' } }) as Record<string, unknown>;
    const d = compareArms(omicPrison(deadline), omicPrison(deepMerge(deadline, fewerProbationPoms) as Record<string, unknown>), SEEDS, WARMUP, [
      'reports.parole.unfinishedShare',
      'contacts.deliveredShare.tier4',
    ]);
    expectIncrease('probation POMs 4 → 2, deadline first: reports.parole.unfinishedShare', d['reports.parole.unfinishedShare']);
    expectDecrease('probation POMs 4 → 2, deadline first: contacts.deliveredShare.tier4', d['contacts.deliveredShare.tier4']);
  });

  it('more redeployment (shift probability 0.15 → 0.4) gives fewer key-work sessions per prisoner', () => {
    const d = compareArms(omicPrison(), omicPrison({ redeployment: { shiftProbability: 0.4 } }), SEEDS, WARMUP, ['keyWork.sessionsPerPrisonerPerWeek']);
    expectDecrease('redeployment 0.15 → 0.4: keyWork.sessionsPerPrisonerPerWeek', d['keyWork.sessionsPerPrisonerPerWeek']);
  });

  it('an earlier handover (one month before release → the rules since April 2023) moves pre-release work onto COMs, and adds COM hours', () => {
    const late = { omic: { com: { handoverRule: 'monthsBeforeRelease' } }, reports: { handoverMonthsBeforeRelease: 1 } };
    const d = compareArms(omicPrison(late), omicPrison(), SEEDS, WARMUP, ['preRelease.comShare', 'com.hoursPerWeek']);
    expectIncrease('handover 1 month → 8 months 14 days before release: preRelease.comShare', d['preRelease.comShare']);
    expectIncrease('handover 1 month → 8 months 14 days before release: com.hoursPerWeek', d['com.hoursPerWeek']);
  });
});

describe('OMiC mechanisms', () => {
  it('key work ring-fenced loses sessions only to absence, however short of officers the prison is', () => {
    const m = run(omicPrison({ establishment: { operationalShortfall: 0.3 }, omic: { keyWork: { ringFenced: true, absenceShare: 0 } } }), 1, WARMUP).metrics;
    expect(m['keyWork.deliveredShare']).toBe(1);
    const cut = run(omicPrison({ establishment: { operationalShortfall: 0.3 }, omic: { keyWork: { absenceShare: 0 } } }), 1, WARMUP).metrics;
    // Lost at twice the officers' chance, 0.15 + 2 × 0.3, at most 1: every session.
    expect(cut['keyWork.deliveredShare']).toBe(0);
  });

  it('key workers hold at most their caseload: too few leave the rest without one', () => {
    const m = run(omicPrison({ omic: { keyWork: { workers: 20 } } }), 1, WARMUP).metrics;
    // 20 key workers of 6 hold 120 of about 500 people held.
    expect(m['keyWork.withKeyWorkerShare']).toBeGreaterThan(0.2);
    expect(m['keyWork.withKeyWorkerShare']).toBeLessThan(0.3);
  });

  it('POMs by type follow the Manage POM Cases rules: high-harm cases with probation POMs, the rest with prison POMs', () => {
    const { ctx } = runOpenOmic();
    let highHarm = 0;
    for (const establishment of ctx.establishments) {
      for (const member of establishment.allStaff()) {
        for (const p of member.caseload) {
          const probationCase = p.rosh === 'high' || p.rosh === 'veryHigh' || p.tier === 4;
          expect(member.group, `case ${p.id} (RoSH ${p.rosh}, tier ${p.tier})`).toBe(probationCase ? 'probationOfficers' : 'offenderSupervisors');
          if (probationCase) highHarm++;
        }
      }
    }
    expect(highHarm).toBeGreaterThan(20);
  });

  it('the COM does all the pre-release work that falls to them when fully staffed, none of it with no hours', () => {
    const full = run(omicPrison({ omic: { com: { staffedShare: 1 } } }), 1, WARMUP).metrics;
    const none = run(omicPrison({ omic: { com: { staffedShare: 0 } } }), 1, WARMUP).metrics;
    expect(full['preRelease.comShare']).toBe(1);
    expect(full['releases.preReleaseWorkDoneShare']).toBe(1);
    expect(none['releases.preReleaseWorkDoneShare']).toBe(0);
  });
});

describe('the handover date', () => {
  const person = (sentence: Prisoner['sentence'], custodyMonths: number, sentenceMonths = custodyMonths * 2) =>
    ({ sentence, sentenceMonths, sentencedAt: 0, releaseAt: sentence === 'determinate' ? custodyMonths * MONTH : Infinity }) as Prisoner;
  const params = omicPrison();
  const rule = (handoverRule: string) => ({ ...params.omic!.com, handoverRule }) as NonNullable<typeof params.omic>['com'];

  it('since April 2023: a determinate case 8 months 14 days before release; an indeterminate one 12 months before its tariff end', () => {
    expect(handoverDate(params, rule('since2023'), person('determinate', 24))).toBeCloseTo(24 * MONTH - 8 * MONTH - 14 * DAY, 6);
    expect(handoverDate(params, rule('since2023'), person('life', 0, 120))).toBeCloseTo(108 * MONTH, 6);
  });

  it('before April 2023: 7 months 15 days before release; 8 months before the tariff end', () => {
    expect(handoverDate(params, rule('before2023'), person('determinate', 24))).toBeCloseTo(24 * MONTH - 7 * MONTH - 15 * DAY, 6);
    expect(handoverDate(params, rule('before2023'), person('ipp', 0, 60))).toBeCloseTo(52 * MONTH, 6);
  });

  it('ten months in custody or less: the COM’s from the start, under either rule', () => {
    for (const r of ['since2023', 'before2023']) {
      expect(handoverDate(params, rule(r), person('determinate', 10))).toBe(-Infinity);
      expect(handoverDate(params, rule(r), person('determinate', 10.5))).toBeGreaterThan(0);
    }
  });
});

/** One short OMiC run, left open to look at who holds which case. */
function runOpenOmic() {
  return runOpen(omicPrison({ horizon: { years: 0.5 } }), 1, 0).run;
}

describe('moving to OMiC', () => {
  it('a prison of the 2011 model counts nothing under OMiC (every OMiC measure 0, or undefined as a share of nothing), and a timeline moves it to OMiC: key work begins, and cases already held get their handover and pre-release work', () => {
    const before = run(smallPrison(1), 1, 0).metrics;
    // Every catalogued metric is in every summary (#25): under the 2011 model the OMiC ones count nothing.
    const omicMeasures = Object.entries(before).filter(([name]) => /^(keyWork|com|preRelease|pom)\.|^releases\.preRelease/.test(name));
    expect(omicMeasures.length).toBeGreaterThan(20);
    expect(omicMeasures.filter(([, value]) => value !== 0 && !Number.isNaN(value))).toEqual([]);
    const moved = smallPrison(1, { timeline: [{ week: 13, set: { omic: omicPrison().omic } }] });
    const m = run(moved, 1, 13).metrics;
    expect(m['keyWork.sessionsDue']).toBeGreaterThan(0);
    expect(m['com.caseWeeks']).toBeGreaterThan(0);
    // Every case held since before the change has its handover date from the change on.
    const { ctx } = runOpen(smallPrison(14 / 52, { timeline: [{ week: 13, set: { omic: omicPrison().omic } }] }), 1, 0).run;
    const cases = ctx.establishments.flatMap((e) => [...inScopeCases(e)]);
    expect(cases.length).toBeGreaterThan(50);
    expect(cases.filter((p) => Number.isNaN(p.comResponsibleFrom)).map((p) => p.id)).toEqual([]);
  });
});
