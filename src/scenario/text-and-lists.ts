/**
 * Checks on the data as written, whatever the parameter: no list longer than
 * any scenario needs (a slip that would otherwise be validated entry by
 * entry, and reported as many times), and no control character in any text
 * (a name or description is written into every output, and a NUL or an
 * escape code there breaks the files and charts made from it).
 */
import type { Finding } from './issues.ts';
import type { Path } from './problems.ts';

/** Longest list accepted: the longest a real scenario writes (establishment groups, rules, timeline changes) is a few dozen. */
export const maxListItems = 1_000;

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. */
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** The first control character in a text, as its code point (U+001B), or undefined when there is none. */
export function controlCharacterIn(text: string): string | undefined {
  const match = controlCharacter.exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** Findings for over-long lists and control characters anywhere in the data (walked without recursion). */
export function checkTextAndLists(data: unknown): Finding[] {
  const findings: Finding[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const found = controlCharacterIn(value);
      if (found) findings.push({ code: 'controlCharacter', path, found, part: 'value' });
    } else if (Array.isArray(value)) {
      if (value.length > maxListItems) {
        findings.push({ code: 'tooManyItems', path, found: value.length, part: 'value' });
        continue;
      }
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (controlCharacter.test(key)) findings.push({ code: 'controlCharacter', path: [...path, key], found: 'a key', part: 'key' });
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return findings;
}
