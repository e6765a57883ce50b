/** src/scenario/eras.ts: a scenario that states its era is warned of a published figure of other years, located where it was written. */
import { describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioText } from '../../src/scenario/index.ts';
import { describeProblem } from '../../src/scenario/messages.ts';

const eraWarnings = (text: string, overrides: string[] = []) =>
  loadScenarioText(text, 'mine.yaml', { overrides })
    .warnings.filter((w) => w.code === 'otherEra')
    .map(describeProblem);

describe('figures of another era', () => {
  it('are warned of where the value is written, naming both eras’ values and the source', () => {
    expect(eraWarnings('name: mine\nera: 2011\nhdc:\n  maxDaysEarly: 180\n')).toContain(
      'hdc.maxDaysEarly is 180, the figure since 2023 (The Criminal Justice Act 2003 (Home Detention Curfew) Order 2023 (SI 2023/390)); this scenario states era 2011, when it was 135 (mine.yaml:4:17)',
    );
  });

  it('are warned of with no place in a file when the value is the default, and at the option when --set wrote it', () => {
    // The defaults are of 2011, the baseline's era: a scenario of 2024 that keeps them is warned of each figure that changed since.
    expect(eraWarnings('name: mine\nera: 2024\n')).toEqual([
      'population.remandWeeks is { type: lognormal, median: 7.1, sigma: 1.18, min: 0.5, max: 104 }, the value of 2012–2017 (Written answer HL2312 on prisoners on remand (Lord Keen of Elie): days spent on remand by sentenced admissions, 2012 to 2016); this scenario states era 2024, when it was { type: lognormal, median: 16.5, sigma: 0.9, min: 0.5, max: 260 } (the default, not set in mine.yaml)',
      'population.releaseFraction is 0.5, the figure of 2005–2024 (Criminal Justice Act 2003, sections 243A and 244 (release at one-half of the sentence)); this scenario states era 2024, when it was 0.4 (the default, not set in mine.yaml)',
      'staff.offenderSupervisors.contractedHoursPerWeek is 39, the figure of 2007–2019 (Written answer on Prison Service working hours); this scenario states era 2024, when it was 37.5 (the default, not set in mine.yaml)',
      expect.stringMatching(/^scope\.rules is a list of 4 entries, the value of 2011–2019 .*\(the default, not set in mine\.yaml\)$/),
      'reports.handoverMonthsBeforeRelease is 2.76, the figure of 2014–2019 (offender-management-allocation-manager, handover date rules (handover_date_rules.rb, before April 2023)); this scenario states era 2024, when it was 8.46 (the default, not set in mine.yaml)',
      'hdc.maxDaysEarly is 135, the figure of 2003–2023 (Home Detention Curfew Scheme, written ministerial statement); this scenario states era 2024, when it was 180 (the default, not set in mine.yaml)',
    ]);
    expect(eraWarnings('name: mine\nera: 2011\n')).toEqual([]);
    expect(eraWarnings('name: mine\nera: 2024\n', ['population.releaseFraction=0.5'])).toContain(
      'population.releaseFraction is 0.5, the figure of 2005–2024 (Criminal Justice Act 2003, sections 243A and 244 (release at one-half of the sentence)); this scenario states era 2024, when it was 0.4 (--set population.releaseFraction=0.5)',
    );
  });

  it('name a list in a few words, and warn of another era’s rule as of its figures', () => {
    expect(eraWarnings('name: mine\nera: 2012\nscope:\n  rules:\n    - { sentence: [determinate, ipp, life] }\n')).toContain(
      'scope.rules is [{ sentence: [determinate, ipp, life] }], the value since 2019 (offender-management-allocation-manager, recommendation service); this scenario states era 2012, when it was a list of 4 entries (mine.yaml:5:5)',
    );
  });

  it('are none when no era is stated, when the value is the stated era’s, or when the stated era’s value is not known', () => {
    expect(eraWarnings('name: mine\n')).toEqual([]);
    expect(eraWarnings('name: mine\nera: 2011\nhdc: { maxDaysEarly: 135 }\nparole: { releaseProbability: 0.18 }\nstaff: { offenderSupervisors: { contractedHoursPerWeek: 39 } }\n')).toEqual([]);
    // Values no era published (HDC at 90 days) are the scenario's own choice.
    expect(eraWarnings('name: mine\nera: 2011\nhdc: { maxDaysEarly: 90 }\nparole: { releaseProbability: 0.2 }\nstaff: { offenderSupervisors: { contractedHoursPerWeek: 40 } }\n')).toEqual([]);
    // 2016: no parole rate of that year was found, so 0.28 is not flagged; HDC's 180 days of 2023 on is.
    expect(eraWarnings('name: mine\nera: 2016\nestablishment: { caseOwnership: npsCrc }\nparole: { releaseProbability: 0.28 }\nhdc: { maxDaysEarly: 180 }\n')).toEqual([
      'hdc.maxDaysEarly is 180, the figure since 2023 (The Criminal Justice Act 2003 (Home Detention Curfew) Order 2023 (SI 2023/390)); this scenario states era 2016, when it was 135 (mine.yaml:5:22)',
    ]);
  });

  it('follow the era through extends, and let the era be set as any parameter but not changed during a run', () => {
    // Every bundled scenario keeps to the figures of the era it states, but one: tiering-all-sentenced puts 2011's plan to tier everyone into effect.
    const bundled = ['baseline', 'cuts-10pct', 'justice-committee-2009', 'lifers-2007-08', 'national-estate', 'national-estate-2014', 'omic-2022', 'personal-officer-2009', 'psp-benchmark-2014', 'psp-benchmark-2014-open', 'psp-benchmark-2014-women', 'redeployment-crisis', 'ring-fenced-20'];
    for (const name of bundled) expect([name, loadScenario(`scenarios/${name}.yaml`).warnings.filter((w) => w.code === 'otherEra').map(describeProblem)]).toEqual([name, []]);
    expect(loadScenario('scenarios/tiering-all-sentenced.yaml').warnings.filter((w) => w.code === 'otherEra').map((w) => w.path.join('.'))).toEqual(['scope.rules']);
    // The baseline's scope of 2011, written in baseline.yaml, is placed there.
    expect(eraWarnings('extends: scenarios/baseline.yaml\nname: mine\n', ['era=2024'])).toEqual([
      'population.remandWeeks is { type: lognormal, median: 7.1, sigma: 1.18, min: 0.5, max: 104 }, the value of 2012–2017 (Written answer HL2312 on prisoners on remand (Lord Keen of Elie): days spent on remand by sentenced admissions, 2012 to 2016); this scenario states era 2024, when it was { type: lognormal, median: 16.5, sigma: 0.9, min: 0.5, max: 260 } (the default, not set in mine.yaml)',
      'population.releaseFraction is 0.5, the figure of 2005–2024 (Criminal Justice Act 2003, sections 243A and 244 (release at one-half of the sentence)); this scenario states era 2024, when it was 0.4 (the default, not set in mine.yaml)',
      'staff.offenderSupervisors.contractedHoursPerWeek is 39, the figure of 2007–2019 (Written answer on Prison Service working hours); this scenario states era 2024, when it was 37.5 (the default, not set in mine.yaml)',
      expect.stringMatching(/^scope\.rules is a list of 4 entries, the value of 2011–2019 \(Offender management in prisons – .*\); this scenario states era 2024, when it was \[\{ sentence: \[determinate, ipp, life\] \}\] \(scenarios\/baseline\.yaml:\d+:5\)$/),
      'reports.handoverMonthsBeforeRelease is 2.76, the figure of 2014–2019 (offender-management-allocation-manager, handover date rules (handover_date_rules.rb, before April 2023)); this scenario states era 2024, when it was 8.46 (the default, not set in mine.yaml)',
      'hdc.maxDaysEarly is 135, the figure of 2003–2023 (Home Detention Curfew Scheme, written ministerial statement); this scenario states era 2024, when it was 180 (the default, not set in mine.yaml)',
    ]);
    expect(() => loadScenarioText('name: mine\ntimeline:\n  - { week: 4, set: { era: 2014 } }\n', 'mine.yaml')).toThrow(/era cannot change during a run/);
  });
});
