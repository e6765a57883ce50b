/** The headline on the terminal (src/cli/headline.ts). */
import { describe, expect, it } from 'vitest';
import { headline } from '../../src/cli/headline.ts';
import type { StudySummary } from '../../src/experiment/summary.ts';
import { scenarioSchema } from '../../src/scenario/schema/index.ts';

const summary = (warmupWeeks: number, suggestedWarmupWeeks: number, metrics: StudySummary['metrics'] = {}, scenario: object = {}) =>
  ({
    omsim: { version: 'test' },
    scenario: scenarioSchema.parse({ name: 'small', ...scenario }),
    study: { replications: 1, seeds: ['1.0'], horizonYears: 2, warmupWeeks, suggestedWarmupWeeks },
    metrics,
  }) as StudySummary;

const zero = { mean: 0, sd: 0, ci95: [0, 0] as [number, number], n: 5 };

describe('headline', () => {
  it('says when the backlog settles after the warm-up ends, and how to leave the start out', () => {
    expect(headline(summary(0, 15), 'out').split('\n')[0]).toBe(
      'small: 1 replication of 2 years (warm-up 0 weeks; the backlog settles after about 15 weeks (MSER-5): --set warmup.weeks=15 leaves the start out)',
    );
  });

  it('says nothing more when the warm-up covers it', () => {
    expect(headline(summary(20, 15), 'out').split('\n')[0]).toBe('small: 1 replication of 2 years (warm-up 20 weeks)');
  });

  it('says when the unit never catches up: its backlog still grows at the end of the run', () => {
    const drift = (change: number, level: number) => ({ level, change: { ...zero, mean: change }, perWeek: change / 13, tolerance: 5, beyondNoise: true, settled: Math.abs(change) <= 5, weeksMeasured: 52 });
    const growing = summary(20, 15);
    growing.study.drift = { population: drift(0, 1200), backlog: drift(26, 300) };
    expect(headline(growing, 'out').split('\n')).toContain(
      '  this unit never catches up: the backlog grows by about 2.0 a week at the end of the run (reports past their deadline and cases waiting for a supervisor)',
    );
    growing.study.drift.backlog = drift(3, 300);
    expect(headline(growing, 'out')).not.toMatch(/catches up/);
  });

  it('leaves out cases waiting for a supervisor when none can wait, with no caseload cap, and says so', () => {
    const lines = headline(summary(20, 15, { 'cases.unallocated.mean': zero }), 'out').split('\n');
    expect(lines.filter((l) => l.startsWith('  Cases waiting'))).toEqual([]);
    expect(lines).toContain('  (left out: cases waiting for a supervisor, zero in every replication, as it must be with no caseload cap)');
  });

  it('shows them when a cap could leave cases waiting, even at zero', () => {
    const lines = headline(summary(20, 15, { 'cases.unallocated.mean': zero }, { caseload: { cap: 30 } }), 'out').split('\n');
    expect(lines).toContain('  Cases waiting for a supervisor (cases): 0.0 (95% CI 0.0 to 0.0)');
    expect(lines.filter((l) => l.includes('left out'))).toEqual([]);
  });

  it('gives reports unfinished by type under the total, for the types that fell due', () => {
    const share = (mean: number, n = 5) => ({ mean, sd: 0, ci95: [mean, mean] as [number, number], n });
    const undefinedShare = { mean: NaN, sd: NaN, ci95: [NaN, NaN] as [number, number], n: 0, undefinedBecause: 'reports.handover.due was 0' };
    const lines = headline(
      summary(20, 15, {
        'reports.unfinishedShare': share(0.3),
        'reports.oasysReview.unfinishedShare': share(1),
        'reports.parole.unfinishedShare': share(0),
        'reports.hdc.unfinishedShare': share(0.001),
        'reports.handover.unfinishedShare': undefinedShare,
      }),
      'out',
    ).split('\n');
    const at = lines.indexOf('  Reports unfinished at their deadline: 30.0% (95% CI 30.0% to 30.0%)');
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '    OASys reviews unfinished at their deadline: 100.0% (95% CI 100.0% to 100.0%)',
      '    Parole reports unfinished at their deadline: 0.0% (95% CI 0.0% to 0.0%)',
      '    HDC reports unfinished at their deadline: 0.1% (95% CI 0.1% to 0.1%)',
    ]);
    expect(lines.filter((l) => l.includes('Handover'))).toEqual([]);
  });

  it('adds key work, the POMs by type, the pre-release work and the COMs under OMiC, and only there', () => {
    const value = (mean: number) => ({ mean, sd: 0, ci95: [mean, mean] as [number, number], n: 5 });
    const metrics = { 'keyWork.sessionsPerPrisonerPerWeek': value(0.62), 'pom.caseload.probationOfficers': value(23), 'releases.preReleaseWorkDoneShare': value(0.7) };
    const omic = headline(summary(20, 15, metrics, { omic: {} }), 'out').split('\n');
    expect(omic).toContain('  Key-work sessions per prisoner a week (sessions a week): 0.62 (95% CI 0.62 to 0.62)');
    expect(omic).toContain('  Cases per POM: probation officers (cases): 23.0 (95% CI 23.0 to 23.0)');
    expect(omic).toContain('  Releases with the pre-release work done: 70.0% (95% CI 70.0% to 70.0%)');
    expect(headline(summary(20, 15, metrics), 'out')).not.toMatch(/Key-work|POM|pre-release/);
  });
});
