import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { describeProblem } from '../../src/scenario/messages.ts';
import { parseYaml } from '../../src/scenario/parse.ts';
import { lines, problemsOf } from './support/scenarios.ts';

describe('scenario/parse', () => {
  it('reports a YAML syntax error with the line and column', () => {
    const text = lines('name: x', 'staff:', '  offenderSupervisors: { count: 3', 'seed: 2');
    const problems = problemsOf(() => loadScenarioText(text, 'broken.yaml'));
    expect(problems[0]).toMatchObject({ code: 'yamlSyntax', file: 'broken.yaml', line: 4 });
    expect(describeProblem(problems[0])).toMatch(/^the YAML cannot be read here: .+ \(broken\.yaml:4:\d+\)$/);
  });

  it('reports a key written twice in one mapping', () => {
    const [problem] = problemsOf(() => loadScenarioText(lines('seed: 1', 'seed: 2'), 'twice.yaml'));
    expect(problem).toMatchObject({ code: 'yamlSyntax', detail: 'DUPLICATE_KEY', line: 2, column: 1 });
    expect(describeProblem(problem)).toBe('the YAML cannot be read here: a key appears twice in the same mapping (twice.yaml:2:1)');
  });

  it('reports tags that would turn plain data into other objects', () => {
    const [problem] = problemsOf(() => loadScenarioText('staff: !!set { a }\n', 'tag.yaml'));
    expect(problem).toMatchObject({ code: 'yamlTag', line: 1, column: 8 });
  });

  it('reports an alias with no anchor', () => {
    const [problem] = problemsOf(() => loadScenarioText(lines('seed: 1', 'name: *missing'), 'alias.yaml'));
    expect(problem).toMatchObject({ code: 'yamlSyntax', line: 2 });
  });

  it('refuses aliases that multiply into an enormous document', () => {
    const bomb = lines('a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]');
    const [problem] = problemsOf(() => loadScenarioText(bomb, 'bomb.yaml'));
    expect(problem).toMatchObject({ code: 'yamlSyntax', detail: 'RESOURCE_EXHAUSTION' });
  });

  it('reports a mapping used as a key', () => {
    const [problem] = problemsOf(() => loadScenarioText('? [a, b]\n: 1\n', 'key.yaml'));
    expect(problem).toMatchObject({ code: 'yamlSyntax', detail: 'COLLECTION_KEY', line: 1 });
  });

  it('keeps __proto__ in a file as data, never as a prototype', () => {
    const parsed = parseYaml('__proto__: { polluted: 1 }\n', 'x.yaml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const [problem] = problemsOf(() => loadScenarioText('__proto__: { polluted: 1 }\n', 'x.yaml'));
    expect(problem).toMatchObject({ code: 'unknownKey', path: ['__proto__'] });
    expect(Object.keys(parsed.value as object)).toEqual(['__proto__']);
  });

  it('reads an empty file as a scenario of defaults', () => {
    expect(parseYaml('# nothing but a comment\n', 'x.yaml')).toMatchObject({ value: null, problems: [] });
  });
});
