/**
 * What omsim agrees to read as a scenario (src/scenario/extends.ts,
 * parse.ts, text-and-lists.ts): regular UTF-8 files of one YAML document
 * with settings in them, nested and listed within reason, with no control
 * characters in their text; anything else is refused with a sentence saying
 * what was found, never by hanging, exhausting memory or echoing the file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/scenario/disk-files.ts';
import { firstNonUtf8Byte } from '../../src/scenario/regular-file.ts';
import { loadScenario, loadScenarioText } from '../../src/scenario/load.ts';
import { describeProblem } from '../../src/scenario/messages.ts';
import { folderWith, lines, problemsOf } from './support/scenarios.ts';

const only = (load: () => unknown) => {
  const problems = problemsOf(load);
  expect(problems).toHaveLength(1);
  return problems[0];
};

describe('reading a scenario file', () => {
  it('refuses a device, which never ends, as not a regular file, without reading it', () => {
    expect(readText('/dev/zero')).toEqual({ error: 'NOT_A_FILE' });
    const folder = folderWith({ 'child.yaml': 'extends: /dev/zero\n' });
    const problem = only(() => loadScenario(join(folder, 'child.yaml')));
    expect(describeProblem(problem)).toMatch(/^extends names \/dev\/zero, which cannot be read: it is not a regular file/);
  });

  it('refuses a named pipe rather than blocking on it', () => {
    const folder = folderWith({});
    const pipe = join(folder, 'pipe.yaml');
    execFileSync('mkfifo', [pipe]);
    expect(readText(pipe)).toEqual({ error: 'NOT_A_FILE' });
  });

  it('counts the byte limit on the bytes read', () => {
    const folder = folderWith({ 'big.yaml': `name: x\ndescription: "${'a'.repeat(5_000_001)}"\n` });
    expect(readText(join(folder, 'big.yaml'))).toEqual({ error: 'TOO_LARGE' });
  });

  it('refuses text that is not UTF-8, with the offset of the first byte that is not', () => {
    const folder = folderWith({});
    writeFileSync(join(folder, 'latin1.yaml'), Buffer.from('name: caf\xe9\n', 'latin1'));
    const problem = only(() => loadScenario(join(folder, 'latin1.yaml')));
    expect(problem).toMatchObject({ code: 'notUtf8', found: 9 });
    expect(describeProblem(problem)).toMatch(/is not UTF-8 text: byte 9 /);
    expect(firstNonUtf8Byte(Buffer.from('abc'))).toBeUndefined();
  });

  it('refuses a second YAML document rather than dropping it', () => {
    const problem = only(() => loadScenarioText(lines('name: a', '---', 'name: b'), 'two.yaml'));
    expect(problem).toMatchObject({ code: 'multipleDocuments', line: 2, found: 2 });
  });

  it('refuses an empty or comment-only file: it has no settings', () => {
    for (const text of ['', '# nothing but a comment\n', '\n\n']) {
      const problem = only(() => loadScenarioText(text, 'empty.yaml'));
      expect(describeProblem(problem)).toBe('empty.yaml has no settings: it is empty or holds only comments; write at least a name, or extends: baseline.yaml (empty.yaml:1:1)');
    }
  });

  it('says that deep nesting is too deep, not that aliases expand too far', () => {
    const text = `a: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`;
    const problem = only(() => loadScenarioText(text, 'deep.yaml'));
    expect(problem.code).toBe('nestedTooDeep');
    expect(describeProblem(problem)).toMatch(/nests mappings and lists more than 32 levels deep/);
  });

  it('refuses control characters in names and descriptions, at the value that holds one', () => {
    const problem = only(() => loadScenarioText(lines('name: x', 'description: "a\\u0000b"'), 'nul.yaml'));
    expect(problem).toMatchObject({ code: 'controlCharacter', path: ['description'], found: 'U+0000', line: 2 });
    // Tabs and line breaks are text.
    expect(loadScenarioText(lines('name: x', 'description: "a\\tb\\nc"'), 'ok.yaml').scenario.description).toBe('a\tb\nc');
  });

  it('refuses a list longer than any scenario needs, once, rather than validating every entry', () => {
    const text = lines('scope:', '  rules:', ...Array.from({ length: 2_000 }, () => '    - { sentence: [determinate] }'));
    const problem = only(() => loadScenarioText(text, 'long.yaml'));
    expect(problem).toMatchObject({ code: 'tooManyItems', path: ['scope', 'rules'], found: 2_000 });
  });

  it('names a file that is not a scenario once, and where its first stranger key is, quoting nothing of it, rather than every key as "not a parameter"', () => {
    const manifest = JSON.stringify({ name: 'pkg', version: '1.0.0', description: 'x', license: 'MIT', scripts: { a: 'b' }, dependencies: { c: '1' } }, null, 2);
    const folder = folderWith({ 'package.json': manifest, 'child.yaml': 'extends: package.json\n' });
    const problem = only(() => loadScenario(join(folder, 'child.yaml')));
    expect(problem).toMatchObject({ code: 'notAScenario', line: 3 });
    const sentence = describeProblem(problem);
    expect(sentence).toMatch(/package\.json is not a scenario file: 4 of its 6 top-level keys are not scenario parameters, the first on line 3; /);
    expect(sentence).not.toMatch(/version|1\.0\.0|MIT|dependencies/);
  });

  it('names a file of text that is not a scenario, by what it holds, without quoting it', () => {
    const folder = folderWith({ 'notes.txt': 'TOKEN=s3cret\nPATH=/usr/bin\n', 'child.yaml': 'extends: notes.txt\n' });
    for (const file of ['notes.txt', 'child.yaml']) {
      const problem = only(() => loadScenario(join(folder, file)));
      expect(problem).toMatchObject({ code: 'notAMapping', file: join(folder, 'notes.txt') });
      const sentence = describeProblem(problem);
      expect(sentence).toBe(`${join(folder, 'notes.txt')} is not a scenario file: it holds text, and a scenario is a mapping of parameter names to values (name: value) (${join(folder, 'notes.txt')}:1:1)`);
    }
  });

  it.skipIf(!existsSync('/proc/self/environ'))('never shows the environment, read through /proc/self/environ directly or by extends', () => {
    const folder = folderWith({ 'child.yaml': 'extends: /proc/self/environ\n' });
    for (const file of ['/proc/self/environ', join(folder, 'child.yaml')]) {
      const message = (() => {
        try {
          loadScenario(file);
        } catch (error) {
          return (error as Error).message;
        }
        throw new Error(`${file} loaded`);
      })();
      expect(message).toContain('/proc/self/environ is not a scenario file: it holds text');
      // The first variable is the one the old message began to quote.
      const firstVariable = readFileSync('/proc/self/environ', 'utf8').split('\0')[0];
      expect(message).not.toContain(firstVariable.slice(0, firstVariable.indexOf('=') + 1));
      expect(message).not.toMatch(/PATH=/);
    }
  });
});

describe('firstNonUtf8Byte', () => {
  it('finds a stray byte, a character cut short, and one cut short at the very end', () => {
    expect(firstNonUtf8Byte(Buffer.from([0x61, 0xff, 0x62]))).toBe(1);
    // é is C3 A9: C3 followed by "b" is a character cut short, starting at 1.
    expect(firstNonUtf8Byte(Buffer.from([0x61, 0xc3, 0x62]))).toBe(1);
    expect(firstNonUtf8Byte(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
    expect(firstNonUtf8Byte(Buffer.from('aé€b'))).toBeUndefined();
  });
});
