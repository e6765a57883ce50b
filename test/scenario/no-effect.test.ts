/** src/scenario/no-effect.ts: settings that change nothing in the scenario as written come back as located warnings. */
import { describe, expect, it } from 'vitest';
import { loadScenario, loadScenarioText } from '../../src/scenario/index.ts';
import { describeProblem } from '../../src/scenario/messages.ts';

const warningsOf = (text: string) => loadScenarioText(text, 'mine.yaml').warnings.map((w) => ({ path: w.path.join('.'), line: w.line }));

describe('settings with no effect', () => {
  it('are none for the defaults', () => {
    expect(warningsOf('name: plain\n')).toEqual([]);
  });

  it('include a transfer rate with one prison, but not with an estate', () => {
    expect(warningsOf('establishment:\n  transferRatePerYear: 0.4\n')).toEqual([{ path: 'establishment.transferRatePerYear', line: 2 }]);
    const estate = 'establishment:\n  transferRatePerYear: 0.4\nestate:\n  - { name: a, count: 2 }\n';
    expect(warningsOf(estate)).toEqual([]);
  });

  it('include a kind of establishment that no rule reads in one prison, but not when a rule names it', () => {
    expect(warningsOf('establishment:\n  type: women\n')).toEqual([{ path: 'establishment.type', line: 2 }]);
    const read = 'establishment:\n  type: women\nallocation:\n  rules:\n    - { when: { establishmentType: [women] }, groups: [probationOfficers] }\n    - { when: {}, groups: [offenderSupervisors] }\n';
    expect(warningsOf(read)).toEqual([]);
  });

  it('include NPS and CRC ownership that nothing reads, but not when probation officers oversee NPS cases', () => {
    expect(warningsOf('establishment:\n  caseOwnership: npsCrc\n')).toEqual([{ path: 'establishment.caseOwnership', line: 2 }]);
    expect(warningsOf('establishment:\n  caseOwnership: npsCrc\nstaff:\n  probationOfficers: { role: oversight }\n')).toEqual([]);
  });

  it('include a yearly cycle of receptions in a prison kept full, but not in one that receives at a rate', () => {
    const cycle = 'population:\n  admission: keepFull\n  seasonality: { amplitude: 0.1 }\n';
    expect(warningsOf(cycle)).toEqual([{ path: 'population.seasonality.amplitude', line: 3 }]);
    expect(warningsOf('population:\n  seasonality: { amplitude: 0.1 }\n')).toEqual([]);
    expect(warningsOf(`${cycle}estate:\n  - { name: a, count: 2, population: { admission: rate } }\n`)).toEqual([]);
  });

  it('include a probation officers’ count the resource allocation tool overrides', () => {
    expect(warningsOf('probationTool: { setsCount: true }\nstaff:\n  probationOfficers: { count: 6 }\n')).toEqual([{ path: 'staff.probationOfficers.count', line: 3 }]);
    expect(warningsOf('probationTool: { setsCount: true }\n')).toEqual([]);
  });

  it('include a timeline change from the end of the run or later, located at its week, but not one within the run', () => {
    const text = 'horizon: { years: 1 }\ntimeline:\n  - { week: 52, set: { caseload.cap: 30 } }\n  - { week: 52.2, set: { caseload.cap: 20 } }\n  - { week: 300, set: { caseload.cap: 10 } }\n';
    expect(warningsOf(text)).toEqual([
      { path: 'timeline.1.week', line: 4 },
      { path: 'timeline.2.week', line: 5 },
    ]);
    const [warning] = loadScenarioText(text, 'mine.yaml').warnings;
    expect(describeProblem(warning)).toBe('timeline[1].week is 52.2 but has no effect here: the run ends at week 52.2 (horizon.years 1), so this change never applies (mine.yaml:4:13)');
  });

  it('include written work only groups with nobody in post may write, named where the groups are listed', () => {
    const warned = (overrides: string[]) => loadScenario('scenarios/baseline.yaml', { overrides }).warnings.filter((w) => w.code === 'nobodyQualified').map(describeProblem);
    expect(warned(['staff.probationOfficers.count=0'])).toEqual([
      expect.stringMatching(/^allocation\.qualifiedGroups\.parole names probationOfficers, but no one of that group is in post, so parole reports will never be written \(scenarios\/baseline\.yaml:\d+:\d+\)$/),
    ]);
    expect(warned(['staff.probationOfficers.count=0', 'allocation.qualifiedGroups.parole=[probationOfficers, offenderSupervisors]'])).toEqual([]);
    expect(warned(['staff.probationOfficers.scale=0'])).toHaveLength(1);
    expect(warned([])).toEqual([]);
  });

  it('are located where the value was written, through extends', () => {
    const warnings = loadScenarioText('extends: scenarios/baseline.yaml\nestablishment:\n  type: open\n', 'mine.yaml').warnings.filter((w) => w.code === 'noEffect');
    expect(warnings.map((w) => `${w.file}:${w.line}`)).toEqual(['mine.yaml:3']);
  });
});
