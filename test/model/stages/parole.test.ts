/**
 * The parole loop: a dossier incomplete at its cut-off has the hearing put
 * back or heard without its reports, and either keeps people in custody
 * longer, which raises the population. Paired runs on common random numbers
 * of a prison holding many indeterminate sentences.
 *
 * A 1,200-person local prison whose receptions include 5% life and IPP
 * sentences, 3 years with a 26-week warm-up, 5 paired seeds (2 years with
 * a 13-week warm-up for who may write the parole report).
 */
import { describe, expect, it } from 'vitest';
import { compareArms, expectIncrease, report, run, scenario } from '../helpers.ts';

const SEEDS = [1, 2, 3, 4, 5];
const WARMUP = 26;

function prison(changes: Record<string, unknown> = {}) {
  return scenario({
    horizon: { years: 3 },
    population: { receptionMix: { remand: 0.4, determinate: 0.55, ipp: 0.02, life: 0.03 } },
    ...changes,
  } as never);
}

// A quarter of the staff: under triage parole reports come first, and are late only when release work alone is more than the staff can do.
const quarter = { staff: { offenderSupervisors: { count: 3 }, probationOfficers: { count: 1 } } };
// Contacts first with a quarter of the staff: parole reports wait behind contacts, and many dossiers are incomplete at the cut-off.
const contactsFirst = { workingPattern: { priority: 'contactsFirst' }, ...quarter };
const measures = ['parole.deferredForReports', 'custody.extraDays', 'prisoners.population.mean', 'parole.hearingsOnTimeShare'];

describe('the parole loop', () => {
  it('with a quarter of the staff, puts more hearings back for want of reports, keeps people longer, and raises the population', () => {
    const d = compareArms(prison(), prison(quarter), SEEDS, WARMUP, measures);
    expectIncrease('a quarter of the staff: parole.deferredForReports', d['parole.deferredForReports']);
    expectIncrease('a quarter of the staff: custody.extraDays', d['custody.extraDays']);
    expectIncrease('a quarter of the staff: prisoners.population.mean', d['prisoners.population.mean']);
    report('a quarter of the staff: parole.hearingsOnTimeShare', d['parole.hearingsOnTimeShare']);
    expect(d['parole.hearingsOnTimeShare'].mean + d['parole.hearingsOnTimeShare'].halfWidth).toBeLessThan(0);
  });

  it('without deferral for an incomplete dossier, puts no hearing back for want of reports, and hears more without them', () => {
    const never = { parole: { deferralProbabilityIncompleteDossier: 0 } };
    const d = compareArms(prison({ ...contactsFirst, ...never }), prison(contactsFirst), SEEDS, WARMUP, ['parole.deferredForReports', 'parole.heardWithoutReports']);
    expectIncrease('deferral vs none, contacts first: parole.deferredForReports', d['parole.deferredForReports']);
    report('deferral vs none, contacts first: parole.heardWithoutReports', d['parole.heardWithoutReports']);
    expect(d['parole.heardWithoutReports'].mean + d['parole.heardWithoutReports'].halfWidth).toBeLessThan(0);
  });
});

describe('who may write the parole report', () => {
  // Only probation officers may write it (the default): one of them rather than four must write every report.
  const oneOfficer = { staff: { probationOfficers: { count: 1 } } };
  const anyone = { allocation: { qualifiedGroups: { parole: null } } };
  const short = { horizon: { years: 2 } };
  const SHORT_WARMUP = 13;

  it('with one probation officer rather than four, puts more hearings back for want of reports, keeps people longer, and raises the population', () => {
    const d = compareArms(prison(short), prison({ ...short, ...oneOfficer }), SEEDS, SHORT_WARMUP, measures);
    expectIncrease('one probation officer: parole.deferredForReports', d['parole.deferredForReports']);
    expectIncrease('one probation officer: custody.extraDays', d['custody.extraDays']);
    expectIncrease('one probation officer: prisoners.population.mean', d['prisoners.population.mean']);
  });

  it('is the cause: with one probation officer, more hearings are put back than when whoever supervises the case may write it', () => {
    const d = compareArms(prison({ ...short, ...oneOfficer, ...anyone }), prison({ ...short, ...oneOfficer }), SEEDS, SHORT_WARMUP, ['parole.deferredForReports', 'custody.extraDays']);
    expectIncrease('probation officers only vs anyone, one officer: parole.deferredForReports', d['parole.deferredForReports']);
    expectIncrease('probation officers only vs anyone, one officer: custody.extraDays', d['custody.extraDays']);
  });
});

describe('deferral for other causes', () => {
  it('puts hearings back whatever the dossier: with a chance of 0.3 rather than none, more hearings are deferred for other causes and fewer are held at their first listing', () => {
    const d = compareArms(prison({ parole: { otherDeferralProbability: 0 } }), prison({ parole: { otherDeferralProbability: 0.3 } }), SEEDS, WARMUP, ['parole.deferredOtherCauses', 'parole.hearingsOnTimeShare']);
    expectIncrease('other causes 0 → 0.3: parole.deferredOtherCauses', d['parole.deferredOtherCauses']);
    report('other causes 0 → 0.3: parole.hearingsOnTimeShare', d['parole.hearingsOnTimeShare']);
    expect(d['parole.hearingsOnTimeShare'].mean + d['parole.hearingsOnTimeShare'].halfWidth).toBeLessThan(0);
  });
});

describe('the dossier needs a current OASys', () => {
  // Overloaded staff (a quarter of them) leave OASys reviews overdue; with the requirement, those dossiers are incomplete.
  it('counts dossiers lacking a current OASys, and puts more hearings back for want of reports, than when only the report is asked for', () => {
    const reportOnly = { parole: { dossierNeedsCurrentOasys: false } };
    const d = compareArms(
      prison({ ...quarter, ...reportOnly }),
      prison(quarter),
      SEEDS,
      WARMUP,
      ['parole.dossiersLackingOasys', 'parole.deferredForReports'],
    );
    expectIncrease('OASys required vs not: parole.dossiersLackingOasys', d['parole.dossiersLackingOasys']);
    expectIncrease('OASys required vs not: parole.deferredForReports', d['parole.deferredForReports']);
  });
});

describe('dossiers under way when the run starts', () => {
  // Ample staff, no warm-up, the first 12 weeks only: every hearing listed is one of the people
  // held at the start, many with a report due, or half written, before the run began.
  const start = prison({ horizon: { years: 12 / 52 }, staff: { offenderSupervisors: { count: 40 }, probationOfficers: { count: 12 } } });

  it('come with the part of the report that a unit keeping up would have written: no dossier lacks its report at its cut-off', () => {
    for (const seed of SEEDS) {
      const m = run(start, seed, 0).metrics;
      expect(m['parole.dossiersChecked'], `seed ${seed}: dossiers looked at`).toBeGreaterThan(5);
      expect(m['parole.dossiersLackingReport'], `seed ${seed}: dossiers lacking their report`).toBe(0);
    }
  });
});

describe('held past tariff', () => {
  // Life sentences only, received at sentence, with a tariff of two years: each hearing releases half
  // of those heard and puts the rest off a year, so a lifer is held 24 months to tariff and then 12 on
  // average (1 ÷ 0.5 − 1 refusals of a year each). Staff enough that every hearing is held on time.
  const lifers = scenario({
    horizon: { years: 4 },
    population: {
      size: 600,
      receptionMix: { remand: 0, determinate: 0, ipp: 0, life: 1 },
      lifeTariffMonths: { type: 'fixed', value: 24 },
      elapsedAtReception: 0,
    },
    staff: { offenderSupervisors: { count: 40 }, probationOfficers: { count: 20 } },
    parole: { releaseProbability: 0.5, reviewMonths: 12, otherDeferralProbability: 0 },
  } as never);

  it('counts a third of the lifers past tariff when they are held 24 months to tariff and 12 after it, on average', () => {
    const shares = [1, 2, 3].map((seed) => {
      const m = run(lifers, seed, 52).metrics;
      return m['prisoners.heldPastTariff.life.mean'] / m['prisoners.held.life.mean'];
    });
    console.log(`lifers past tariff, of those held: ${shares.map((s) => s.toFixed(3)).join(', ')}`);
    // About 200 of the 600 past tariff at any time, averaged over three years: within two hundredths.
    for (const share of shares) expect(Math.abs(share - 1 / 3)).toBeLessThan(0.02);
  });
});

describe('releases on parole by sentence', () => {
  it('counts each release on the Board’s direction under the sentence it ends: IPP and life add up to all of them', () => {
    const m = run(prison(), 1, WARMUP).metrics;
    const ipp = m['parole.released.ipp'] ?? 0;
    const life = m['parole.released.life'] ?? 0;
    console.log(`parole releases: ${ipp} IPP, ${life} life, ${m['parole.released']} in all`);
    expect([ipp > 0, life > 0, ipp + life]).toEqual([true, true, m['parole.released']]);
    expect(m['prisoners.released.parole']).toBe(m['parole.released']);
  });
});
