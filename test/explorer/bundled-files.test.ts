/** Scenario files in the explorer: checked with the command line's messages, `extends` followed as on disk. */
import { describe, expect, it } from 'vitest';
import { filesOf, normalisePath } from '../../src/explorer/bundled-files.ts';
import { scenarioWith } from '../../src/explorer/designs.ts';
import { bundledScenarioTexts } from '../../src/explorer/site.ts';
import { checkScenario, formatProblems } from '../../src/scenario/index.ts';

const texts = bundledScenarioTexts();
const files = filesOf(new Map(texts.map((t) => [t.file, t.text])));

describe('scenario files in the explorer', () => {
  it('give the problems of a bad file in the same words, at the same lines, as the command line', () => {
    const bad = 'extends: scenarios/baseline.yaml\nname: mine\nstaff:\n  offenderSupervisors:\n    cuont: 4\nredeployment:\n  shiftProbability: 1.5\n';
    const inPage = scenarioWith({ files, file: 'mine.yaml', text: bad }, []);
    const onDisk = checkScenario('mine.yaml', { text: bad });
    expect('problems' in inPage && formatProblems(inPage.problems)).toBe(formatProblems(onDisk.problems));
    expect(formatProblems(onDisk.problems)).toMatch(/cuont .*did you mean staff\.offenderSupervisors\.count\? \(mine\.yaml:5:5\)/);
  });

  it('follow extends beside the bundled scenarios or from the repository’s top, and name a missing one', () => {
    for (const reference of ['baseline.yaml', 'scenarios/baseline.yaml', './scenarios/../scenarios/baseline.yaml']) {
      const loaded = scenarioWith({ files, file: 'mine.yaml', text: `extends: ${reference}\nname: mine\n` }, []);
      expect('scenario' in loaded && loaded.scenario.staff.offenderSupervisors.count, reference).toBe(12);
    }
    const missing = scenarioWith({ files, file: 'mine.yaml', text: 'extends: nowhere.yaml\nname: mine\n' }, []);
    const onDisk = checkScenario('mine.yaml', { text: 'extends: nowhere.yaml\nname: mine\n' });
    expect('problems' in missing && formatProblems(missing.problems)).toBe(formatProblems(onDisk.problems));
  });

  it('load every bundled scenario as the command line does', () => {
    for (const { file, text } of texts) {
      const loaded = scenarioWith({ files, file, text }, []);
      expect('scenario' in loaded && loaded.scenario, file).toEqual(checkScenario(file).scenario);
    }
  });

  it('normalise paths as the disk does', () => {
    expect(normalisePath('a/./b/../c')).toBe('a/c');
    expect(normalisePath('scenarios//x.yaml')).toBe('scenarios/x.yaml');
    expect(normalisePath('../x.yaml')).toBe('../x.yaml');
  });
});
