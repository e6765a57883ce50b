import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load.ts';
import { describeProblem } from '../../src/scenario/messages.ts';
import { folderWith, lines, problemsOf } from './support/scenarios.ts';

describe('scenario/extends', () => {
  it('merges mappings key by key, and replaces lists and single values', () => {
    const folder = folderWith({
      'base.yaml': lines('name: base', 'staff:', '  offenderSupervisors: { count: 12, omShare: 0.8 }', 'redeployment: { groups: [offenderSupervisors, probationOfficers] }'),
      'child.yaml': lines('extends: base.yaml', 'name: child', 'staff:', '  offenderSupervisors: { count: 20 }', 'redeployment: { groups: [probationOfficers] }'),
    });
    const { scenario } = loadScenario(join(folder, 'child.yaml'));
    expect(scenario.name).toBe('child');
    expect(scenario.staff.offenderSupervisors).toMatchObject({ count: 20, omShare: 0.8 });
    expect(scenario.redeployment.groups).toEqual(['probationOfficers']);
  });

  it('reads the base relative to the file that names it, through several steps', () => {
    const folder = folderWith({
      'shared/base.yaml': 'seed: 7\n',
      'shared/middle.yaml': 'extends: base.yaml\nreplications: 3\n',
      'studies/top.yaml': 'extends: ../shared/middle.yaml\nname: top\n',
    });
    const { scenario } = loadScenario(join(folder, 'studies/top.yaml'));
    expect(scenario).toMatchObject({ seed: 7, replications: 3, name: 'top' });
  });

  it('locates a problem in the file that wrote the value', () => {
    const folder = folderWith({ 'base.yaml': lines('name: base', 'seed: -5'), 'child.yaml': lines('extends: base.yaml', 'name: child') });
    const [problem] = problemsOf(() => loadScenario(join(folder, 'child.yaml')));
    expect(problem).toMatchObject({ code: 'tooSmall', file: join(folder, 'base.yaml'), line: 2 });
  });

  it('locates a problem in the child when the child replaced the base’s value', () => {
    const folder = folderWith({
      'base.yaml': lines('estate:', '  - name: a', '    count: 2'),
      'child.yaml': lines('extends: base.yaml', 'estate:', '  - count: 3'),
    });
    const [problem] = problemsOf(() => loadScenario(join(folder, 'child.yaml')));
    expect(problem).toMatchObject({ code: 'missing', path: ['estate', 0, 'name'], file: join(folder, 'child.yaml'), line: 3 });
  });

  it('reports a missing base file at the extends that names it', () => {
    const folder = folderWith({ 'child.yaml': lines('name: child', 'extends: nowhere.yaml') });
    const [problem] = problemsOf(() => loadScenario(join(folder, 'child.yaml')));
    expect(problem).toMatchObject({ code: 'extendsMissing', found: 'nowhere.yaml', line: 2, column: 10 });
    expect(describeProblem(problem)).toBe(`extends names nowhere.yaml, but there is no file ${join(folder, 'nowhere.yaml')} (${join(folder, 'child.yaml')}:2:10)`);
  });

  it('reports extends that goes round in a circle, with the chain', () => {
    const folder = folderWith({ 'a.yaml': 'extends: b.yaml\n', 'b.yaml': 'extends: c.yaml\n', 'c.yaml': 'extends: a.yaml\n' });
    const [problem] = problemsOf(() => loadScenario(join(folder, 'a.yaml')));
    expect(problem).toMatchObject({ code: 'extendsCycle', file: join(folder, 'c.yaml'), line: 1 });
    expect(problem.chain).toEqual(['a.yaml', 'b.yaml', 'c.yaml', 'a.yaml'].map((f) => join(folder, f)));
    expect(describeProblem(problem)).toContain('extends goes round in a circle: ');
  });

  it('reports a file that extends itself', () => {
    const folder = folderWith({ 'self.yaml': 'extends: ./self.yaml\n' });
    expect(problemsOf(() => loadScenario(join(folder, 'self.yaml')))[0].code).toBe('extendsCycle');
  });

  it('reports extends that does not name a file', () => {
    const folder = folderWith({ 'x.yaml': 'extends: [a.yaml, b.yaml]\n' });
    expect(problemsOf(() => loadScenario(join(folder, 'x.yaml')))[0]).toMatchObject({ code: 'extendsNotText', line: 1 });
  });

  it('reports extends that names a folder', () => {
    const folder = folderWith({ 'x.yaml': 'extends: .\n' });
    expect(problemsOf(() => loadScenario(join(folder, 'x.yaml')))[0]).toMatchObject({ code: 'extendsUnreadable', detail: 'EISDIR' });
  });

  it('reports syntax errors in a base file with that file’s name', () => {
    const folder = folderWith({ 'base.yaml': 'seed: [1\n', 'child.yaml': 'extends: base.yaml\n' });
    expect(problemsOf(() => loadScenario(join(folder, 'child.yaml')))[0]).toMatchObject({ code: 'yamlSyntax', file: join(folder, 'base.yaml') });
  });
});
