/**
 * src/model/runaway.ts: a run that would not finish in reasonable time or
 * memory stops with a RunawayError naming the likely parameters — a user's
 * error, which the command line reports in words with exit code 2.
 */
import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/errors.ts';
import { RunawayError } from '../../src/model/errors.ts';
import { buildModel, runModel } from '../../src/model/model.ts';
import { checkStaffInPost, checkWeek, EVENTS_PER_WEEK_PER_THOUSAND } from '../../src/model/runaway.ts';
import { withChanges } from '../../src/model/timeline.ts';
import type { Scenario } from '../../src/scenario/schema/index.ts';
import { smallPrison } from './helpers.ts';

/** The error a replication of `s` stops with (fails the test if it finishes, or throws anything else). */
function runawayOf(s: Scenario): RunawayError {
  try {
    runModel(buildModel(s, { seed: 1, warmupWeeks: 0 }));
  } catch (error) {
    if (error instanceof RunawayError) return error;
    throw error;
  }
  throw new Error('expected the run to be stopped, but it finished');
}

describe('the weekly event budget', () => {
  it('stops a run whose contacts fall due every few minutes in its first week, naming contacts.byTier', () => {
    // Far beyond the schema's 100 a month: built past the schema, as only a runaway could be.
    const level = { perMonth: 20_000, minutes: 1 };
    const s = withChanges(smallPrison(0.2), { 'contacts.byTier': { tier1: level, tier2: level, tier3: level, tier4: level } });
    const error = runawayOf(s);
    expect(error.parameters).toEqual(['contacts.byTier']);
    expect(error.message).toMatch(/^the run was stopped in week 1: it took [\d,]+ events that week, over the [\d,]+ allowed .*Most came from supervision contacts falling due .*check contacts\.byTier$/);
  });

  it('lets the same prison run at the schema’s most frequent contacts', () => {
    const level = { perMonth: 100, minutes: 1 };
    const s = smallPrison(0.2, { contacts: { byTier: { tier1: level, tier2: level, tier3: level, tier4: level } } });
    expect(() => runModel(buildModel(s, { seed: 1, warmupWeeks: 0 }))).not.toThrow();
  });

  it('allows a week its budget and no more: 50,000 events for every 1,000 people, never less than for 1,000', () => {
    const week = { 'prisoners.population': 1_800, 'staff.inPost': 200 };
    expect(() => checkWeek(0, 2 * EVENTS_PER_WEEK_PER_THOUSAND, week)).not.toThrow();
    expect(() => checkWeek(0, 2 * EVENTS_PER_WEEK_PER_THOUSAND + 1, week)).toThrow(RunawayError);
    expect(() => checkWeek(0, EVENTS_PER_WEEK_PER_THOUSAND, {})).not.toThrow();
  });

  it('names the parameters behind most of the week’s events', () => {
    const week = { 'prisoners.population': 500, 'staff.inPost': 10, 'prisoners.received': 90_000, 'contacts.required': 2_000 };
    expect(() => checkWeek(3, 600_000, week)).toThrow(/week 4: .*Most came from receptions \(90,000 that week, with 500 people held\): check population\.remandWeeks/);
  });
});

describe('stays too short for receptions to keep up', () => {
  it('are refused as the model is built, naming the stays of the kinds received', () => {
    const s = smallPrison(0.2, { population: { receptionMix: { remand: 1, determinate: 0, ipp: 0, life: 0 }, remandCustodialShare: 0, remandWeeks: { type: 'empirical', values: [0, 0] } } });
    expect(() => buildModel(s, { seed: 1, warmupWeeks: 0 })).toThrow(RunawayError);
    const error = runawayOf(s);
    expect(error.parameters).toEqual(['population.remandWeeks']);
    expect(error.message).toMatch(/^people received would be held for no time at all, so no number of receptions could keep 500 held; stays must average at least a day/);
  });

  it('are refused when a timeline change brings them in', () => {
    const s = smallPrison(0.2, { population: { receptionMix: { remand: 1, determinate: 0, ipp: 0, life: 0 }, remandCustodialShare: 0 } });
    const changed = { ...s, timeline: [{ week: 2, set: { 'population.remandWeeks': { type: 'empirical', values: [0.01, 0.02] } } }] } as Scenario;
    expect(runawayOf(changed).message).toMatch(/held for 2\.5 hours on average, so keeping 500 held would take 4,7\d\d receptions a day/);
  });
});

describe('the receptions replayed for the initial population', () => {
  it('are refused when a distribution without an upper end would replay billions, naming it', () => {
    const s = smallPrison(0.2, { population: { determinateSentenceMonths: { type: 'lognormal', median: 12, sigma: 5 } } });
    const error = runawayOf(s);
    expect(error.parameters).toEqual(['population.determinateSentenceMonths']);
    expect(error.message).toMatch(/^drawing the people held at the start would replay about [\d,]+ receptions, over the 1,000,000 allowed .*give a lognormal distribution a max/);
  });
});

describe('the probation resource allocation tool', () => {
  it('may not set more probation officers than the people held and ten for each supervisor, naming its weights', () => {
    const s = smallPrison(0.2, { probationTool: { setsCount: true, referenceTurnover: 0.01, turnoverWeight: 2 } });
    const error = runawayOf(s);
    expect(error.parameters).toContain('probationTool.referenceTurnover');
    expect(error.message).toMatch(/^the probation resource allocation tool would set [\d,]+ probation officers in an establishment of 500 people and 5 offender supervisors/);
  });

  it('sets its complement as before within that bound', () => {
    const s = smallPrison(0.2, { probationTool: { setsCount: true } });
    expect(() => runModel(buildModel(s, { seed: 1, warmupWeeks: 0 }))).not.toThrow();
  });
});

describe('staff in post beyond the scenario’s limit of 100,000', () => {
  it('are refused before anything is built when the probation resource allocation tool would set them, at the start or from a timeline change, naming its weights', () => {
    // 90,000 supervisors, within the limit the scenario checks; the tool adds about 23,000 officers.
    const atStart = smallPrison(0.2, { probationTool: { setsCount: true }, staff: { offenderSupervisors: { count: 90_000 } } });
    expect(() => buildModel(atStart, { seed: 1, warmupWeeks: 0 })).toThrow(
      /^at the start the run would have 1[\d,]{6} staff in post across its establishments, [\d,]+ of them probation officers set by the probation resource allocation tool, over the limit of 100,000 .*Check probationTool\.referenceTurnover, .*staff\.offenderSupervisors\.count$/,
    );
    const later = smallPrison(0.2, { probationTool: { setsCount: true }, timeline: [{ week: 6, set: { 'staff.offenderSupervisors.count': 90_000 } }] });
    expect(() => buildModel(later, { seed: 1, warmupWeeks: 0 })).toThrow(/^from week 6 the run would have /);
    const error = runawayOf(later);
    expect(error.parameters).toContain('probationTool.officersPerSupervisor');
  });

  it('allows the limit and no more', () => {
    expect(() => checkStaffInPost(100_000, 20_000, null)).not.toThrow();
    expect(() => checkStaffInPost(100_001, null, 3)).toThrow(/^from week 3 the run would have 100,001 staff in post across its establishments, over the limit of 100,000 .*Check staff$/);
  });
});

describe('a RunawayError', () => {
  it('is the user’s to fix: exit code 2, reported without a stack trace', () => {
    expect(exitCodeFor(new RunawayError('too many events', ['contacts.byTier']))).toBe(2);
  });
});
