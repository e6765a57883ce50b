/**
 * Shared pieces of the model's tests: small scenarios, runs that check the
 * conservation laws every time, and paired comparisons over common random
 * numbers.
 */
import { expect } from 'vitest';
import { pairedDifference } from '../../src/experiment/compare.ts';
import { establishmentConfig } from '../../src/model/config.ts';
import { buildModel, runModel, type ModelRun } from '../../src/model/model.ts';
import { summariseRun, type ReplicationResult } from '../../src/experiment/replication.ts';
import { makePrisoner, type PersonDraw } from '../../src/model/person.ts';
import { hdcEarlyHours } from '../../src/model/stages/hdc.ts';
import { DAY, MONTH, WEEK, YEAR } from '../../src/model/time.ts';
import { withChanges } from '../../src/model/timeline.ts';
import { timeCategories, type Prisoner } from '../../src/model/types.ts';
import { scenarioSchema, sentenceTypes, staffGroups, type Scenario, type ScenarioInput, type StaffGroup } from '../../src/scenario/schema/index.ts';

/** Shifts begin at 08:00 (src/model/staff-shift.ts). */
const SHIFT_START = 8;

/** Deep-merges plain objects (arrays and other values replace). */
function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prior = out[key];
    out[key] =
      isPlain(prior) && isPlain(value) ? merge(prior as Record<string, unknown>, value as Record<string, unknown>) : value;
  }
  return out;
}

function isPlain(x: unknown): boolean {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A full scenario from a partial one (every default filled in). */
export function scenario(input: ScenarioInput = {}): Scenario {
  return scenarioSchema.parse(input);
}

/**
 * A 500-person local prison with the default staff scaled to its size
 * (default: 1,200 people, 12 offender supervisors, 4 probation officers →
 * here 5 and 2), `years` long, with `changes` merged in.
 */
export function smallPrison(years: number, changes: Record<string, unknown> = {}): Scenario {
  const base = {
    horizon: { years },
    population: { size: 500 },
    staff: { offenderSupervisors: { count: 5 }, probationOfficers: { count: 2 } },
  };
  return scenario(merge(base, changes) as ScenarioInput);
}

/**
 * A small prison (as `smallPrison`, three years long) holding people serving
 * life only, with the given offender supervisors and probation officers and
 * `changes` merged in.
 */
export function lifersOnly(offenderSupervisors: number, probationOfficers: number, changes: Record<string, unknown> = {}): Scenario {
  return smallPrison(3, {
    population: { receptionMix: { remand: 0, determinate: 0, ipp: 0, life: 1, recall: 0 } },
    staff: { offenderSupervisors: { count: offenderSupervisors }, probationOfficers: { count: probationOfficers } },
    ...changes,
  });
}

/** Every case on a member of staff's caseload, in every establishment, as the run ends. */
export function* casesOnCaseloads(built: ModelRun): Generator<Prisoner> {
  for (const establishment of built.ctx.establishments) {
    for (const member of establishment.allStaff()) yield* member.caseload;
  }
}

/** Runs one replication, checks every conservation law, and returns its result. */
export function run(s: Scenario, seed: number | string, warmupWeeks: number): ReplicationResult {
  const built = buildModel(s, { seed, warmupWeeks });
  runModel(built);
  const result = summariseRun(built);
  expectConservation(s, warmupWeeks, result);
  return result;
}

/** Builds and runs a replication, checks conservation, and returns the run (for looking inside) with its result. */
export function runOpen(s: Scenario, seed: number | string, warmupWeeks: number): { run: ModelRun; result: ReplicationResult } {
  const built = buildModel(s, { seed, warmupWeeks });
  runModel(built);
  const result = summariseRun(built);
  expectConservation(s, warmupWeeks, result);
  return { run: built, result };
}

/**
 * The conservation laws every run obeys:
 *  - people: initial + received = released + final;
 *  - staff time: each group's hours over all categories are the contracted
 *    hours of the shifts its members worked in the measured period (exactly,
 *    when no shift is cut by the horizon; otherwise between the shifts finished
 *    and the shifts begun), and no category is negative;
 *  - contacts: delivered + missed ≤ required;
 *  - reports (and the other work with deadlines): onTime + unfinished = due,
 *    late + neverFinished ≤ unfinished.
 */
export function expectConservation(s: Scenario, warmupWeeks: number, result: ReplicationResult): void {
  const m = result.metrics;
  expect(m['prisoners.initial'] + m['prisoners.received'], 'people: initial + received = released + final').toBe(
    m['prisoners.released'] + m['prisoners.final'],
  );
  // Everyone held is held in one kind of custody; the indeterminate past tariff are among those serving them.
  const heldByKind = sentenceTypes.reduce((sum, kind) => sum + m[`prisoners.held.${kind}.mean`], 0);
  expect(heldByKind, 'people held by kind of custody add up to the people held').toBeCloseTo(m['prisoners.population.mean'], 6);
  for (const kind of ['ipp', 'life'] as const) {
    const pastTariff = m[`prisoners.heldPastTariff.${kind}.mean`];
    expect(pastTariff, `${kind}: held past tariff is not negative`).toBeGreaterThanOrEqual(-1e-9);
    expect(pastTariff, `${kind}: held past tariff ≤ held`).toBeLessThanOrEqual(m[`prisoners.held.${kind}.mean`] + 1e-9);
  }

  const shifts = shiftsWorked(s, warmupWeeks);
  for (const group of staffGroups) {
    let total = 0;
    for (const category of timeCategories) {
      const hours = m[`hours.${group}.${category}`] ?? 0;
      expect(hours, `hours.${group}.${category} is not negative`).toBeGreaterThanOrEqual(-1e-9);
      total += hours;
    }
    const { begunHours, finishedHours } = shifts[group];
    const tolerance = 1e-6 * Math.max(1, begunHours);
    expect(total, `${group}: hours used ≤ contracted hours of the shifts begun`).toBeLessThanOrEqual(begunHours + tolerance);
    expect(total, `${group}: hours used ≥ contracted hours of the shifts finished`).toBeGreaterThanOrEqual(finishedHours - tolerance);
  }

  expect(m['contacts.delivered'] + m['contacts.missed'], 'contacts: delivered + missed ≤ required').toBeLessThanOrEqual(
    m['contacts.required'],
  );
  for (const prefix of ['reports', 'reports.parole', 'reports.hdc', 'reports.handover', 'reports.oasysReview', 'assessments', 'sentencePlans']) {
    expect(m[`${prefix}.onTime`] + m[`${prefix}.unfinished`], `${prefix}: onTime + unfinished = due`).toBe(m[`${prefix}.due`]);
    expect(m[`${prefix}.late`] + m[`${prefix}.neverFinished`], `${prefix}: late + neverFinished ≤ unfinished`).toBeLessThanOrEqual(
      m[`${prefix}.unfinished`],
    );
  }
}

/**
 * Member-shifts of each group in the measured period: those begun (a shift
 * starts at 08:00 on each of the first `shiftsPerWeek` days of the week, for
 * every member in post at that moment under the timeline's head counts) and
 * those finished by the horizon, with the contracted hours of one shift.
 */
export function shiftsWorked(s: Scenario, warmupWeeks: number): Record<StaffGroup, ShiftCount> {
  const horizon = s.horizon.years * YEAR;
  const measureFrom = Math.min(warmupWeeks * WEEK, horizon);
  const changes = [...s.timeline].sort((a, b) => a.week - b.week);
  // Head counts are read at each shift start from the parameters then in force.
  let params = s;
  let next = 0;
  const totals = Object.fromEntries(
    staffGroups.map((g) => [g, { begun: 0, finished: 0, begunHours: 0, finishedHours: 0, shiftHours: 0 }]),
  ) as Record<StaffGroup, ShiftCount>;
  for (let day = 0; day * DAY + SHIFT_START < horizon; day++) {
    const start = day * DAY + SHIFT_START;
    while (next < changes.length && changes[next].week * WEEK <= start) params = withChanges(params, changes[next++].set);
    if (day % 7 >= params.workingPattern.shiftsPerWeek || start < measureFrom) continue;
    const groups = params.estate.length > 0 ? params.estate.flatMap((g) => Array.from({ length: g.count }, () => g)) : [null];
    for (const group of staffGroups) {
      const shiftHours = params.staff[group].contractedHoursPerWeek / params.workingPattern.shiftsPerWeek;
      const heads = groups.reduce((sum, g) => sum + establishmentConfig(params, g).staffCount[group], 0);
      const t = totals[group];
      t.shiftHours = shiftHours;
      t.begun += heads;
      t.begunHours += heads * shiftHours;
      if (start + shiftHours <= horizon) {
        t.finished += heads;
        t.finishedHours += heads * shiftHours;
      }
    }
  }
  return totals;
}

/** Member-shifts of one group, and their contracted hours (`shiftHours` is the length of one shift at the end). */
export interface ShiftCount {
  begun: number;
  finished: number;
  begunHours: number;
  finishedHours: number;
  shiftHours: number;
}

/** Paired differences (b − a) of a metric over the same seeds, with their mean and 95% t-interval half-width. */
export interface Paired {
  diffs: number[];
  mean: number;
  halfWidth: number;
}

export function paired(a: readonly number[], b: readonly number[]): Paired {
  expect(a.length).toBe(b.length);
  const difference = pairedDifference(a, b);
  return { diffs: a.map((x, i) => b[i] - x), mean: difference.mean, halfWidth: (difference.ci95[1] - difference.ci95[0]) / 2 };
}

/**
 * Runs both arms on the same seeds and returns the paired differences
 * (b − a) of each metric asked for (a counter never counted in a run is 0 there).
 */
export function compareArms(
  a: Scenario,
  b: Scenario,
  seeds: readonly number[],
  warmupWeeks: number,
  metrics: readonly string[],
): Record<string, Paired> {
  const ra = seeds.map((seed) => run(a, seed, warmupWeeks).metrics);
  const rb = seeds.map((seed) => run(b, seed, warmupWeeks).metrics);
  return Object.fromEntries(
    metrics.map((name) => [
      name,
      paired(
        ra.map((m) => m[name] ?? 0),
        rb.map((m) => m[name] ?? 0),
      ),
    ]),
  );
}

/** Expects the paired difference's 95% interval to lie wholly above zero (and writes it to the log). */
export function expectIncrease(label: string, p: Paired): void {
  report(label, p);
  expect(p.mean - p.halfWidth, `${label}: the interval lies above zero`).toBeGreaterThan(0);
}

/** Expects the paired difference's 95% interval to lie wholly below zero (and writes it to the log). */
export function expectDecrease(label: string, p: Paired): void {
  report(label, p);
  expect(p.mean + p.halfWidth, `${label}: the interval lies below zero`).toBeLessThan(0);
}

/** Writes a measured comparison where the test log shows it (vitest prints console output). */
export function report(label: string, p: Paired): void {
  console.log(`${label}: mean difference ${p.mean.toPrecision(4)} ± ${p.halfWidth.toPrecision(3)} (95% t, n=${p.diffs.length})`);
}

/** A built (not run) model of one empty prison: its staff are in post, nobody is held. */
export function emptyPrison(changes: Record<string, unknown> = {}): ModelRun {
  return buildModel(smallPrison(1, merge({ population: { size: 0 } }, changes)), { seed: 'empty', warmupWeeks: 0 });
}

let nextTestPrisonerId = 1_000_000;

/**
 * A person held in `run`'s first establishment: by default a medium-harm,
 * medium-reoffending adult serving 24 months, received now.
 */
export function testPrisoner(run: ModelRun, person: Partial<PersonDraw> = {}, receivedAt = 0): Prisoner {
  const draw: PersonDraw = {
    sentence: 'determinate',
    sentenceMonths: 24,
    rosh: 'medium',
    reoffending: 'medium',
    prolific: false,
    youngAdult: false,
    custodyHours: NaN,
    ...person,
    sentenceAfterRemand: person.sentenceAfterRemand ?? null,
  };
  if (Number.isNaN(draw.custodyHours)) {
    draw.custodyHours = draw.sentence === 'ipp' || draw.sentence === 'life' ? Infinity : draw.sentenceMonths * MONTH * 0.5;
  }
  return makePrisoner(nextTestPrisonerId++, run.ctx.establishments[0], draw, receivedAt, receivedAt);
}

/**
 * At the end of a run: every in-scope case in custody is on the caseload of
 * exactly one member of staff in post (who is its supervisor), or waiting;
 * so the in-scope count is the caseloads plus the waiting cases, no
 * caseload exceeds the caps in force, and a case's open contact is on its
 * supervisor's list, or on that of a colleague in post who took it over.
 */
export function expectCaseAccounting(built: ModelRun): void {
  const { ctx } = built;
  let onCaseloads = 0;
  for (const establishment of ctx.establishments) {
    for (const member of establishment.allStaff()) {
      expect(member.active).toBe(true);
      const cap = Math.min(ctx.params.caseload.cap ?? Infinity, ctx.params.staff[member.group].caseloadCap ?? Infinity);
      expect(member.caseload.size).toBeLessThanOrEqual(cap);
      for (const p of member.caseload) {
        expect(p.supervisor).toBe(member);
        expect(p.inCustody && p.inScope && p.establishment === establishment).toBe(true);
        // The open contact follows the case to each new supervisor (on reallocation and transfer),
        // unless a colleague with nothing left to do took it over.
        const contact = p.contact !== null && p.contact.status === 'open' ? p.contact : null;
        if (contact !== null && !contact.takenOver) expect(contact.owner).toBe(member);
        if (contact !== null) expect(contact.owner?.active && contact.owner.establishment === establishment).toBe(true);
      }
      onCaseloads += member.caseload.size;
    }
  }
  expect(onCaseloads + ctx.metrics.level('cases.unallocated')).toBe(ctx.metrics.level('prisoners.inScope'));
}

/**
 * A population whose every stay is fixed by its kind, so the mean stay is
 * known exactly: 40% remand for 6 weeks; 50% determinate 12-month sentences
 * (6 months in custody, 5% served before reception, HDC up to 3 months early
 * granted with chance 0.6); 10% life sentences with a 24-month tariff,
 * released at each yearly hearing with chance 0.5.
 */
export function fixedStays(size: number) {
  const s = scenario({
    population: {
      size,
      receptionMix: { remand: 0.4, determinate: 0.5, ipp: 0, life: 0.1 },
      remandWeeks: { type: 'fixed', value: 6 },
      // Every remand ends in release: a remand that ends in a sentence has its own test (calibration.test.ts).
      remandCustodialShare: 0,
      determinateSentenceMonths: { type: 'fixed', value: 12 },
      tariffMonths: { type: 'fixed', value: 24 },
      // A life sentence's tariff is its own (the IPP tariff above is not drawn: no IPP is received).
      lifeTariffMonths: { type: 'fixed', value: 36 },
      elapsedAtReception: 0.05,
    },
    parole: { releaseProbability: 0.5, reviewMonths: 12 },
    hdc: { grantProbability: 0.6 },
  });
  const served = 1 - s.population.elapsedAtReception;
  const stays = {
    remand: 6 * WEEK,
    determinate: 6 * MONTH * served - 0.6 * hdcEarlyHours(s.hdc, 'determinate', 12, 6 * MONTH * served),
    life: 36 * MONTH * served + (1 / 0.5 - 1) * 12 * MONTH,
  };
  const shares = { remand: 0.4, determinate: 0.5, life: 0.1 };
  const mean = shares.remand * stays.remand + shares.determinate * stays.determinate + shares.life * stays.life;
  const second = shares.remand * stays.remand ** 2 + shares.determinate * stays.determinate ** 2 + shares.life * stays.life ** 2;
  return { s, mean, cv: Math.sqrt(second - mean ** 2) / mean };
}
