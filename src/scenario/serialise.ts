/**
 * A normalised scenario → YAML text, saved beside a run's results so the run
 * can be reproduced from it: loading the text gives back a deep-equal
 * scenario.
 */
import { Document } from 'yaml';
import { savedScenarioHeader } from './messages.ts';
import type { Scenario } from './schema/index.ts';

/** The scenario as YAML, every value written out, under a comment saying what the file is. */
export function serialiseScenario(scenario: Scenario, options: { header?: string } = {}): string {
  // Shared objects are written out in full each time: an anchor and alias would be correct
  // YAML but hard to read, and a reader editing one copy would not expect to change both.
  const doc = new Document(scenario, { aliasDuplicateObjects: false });
  doc.commentBefore = (options.header ?? savedScenarioHeader)
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
  // Strings that need quotes are written as JSON writes them: the yaml
  // package's own escaping of a line holding only spaces, inside a folded
  // double-quoted string, reads back with a stray backslash.
  return doc.toString({ lineWidth: 100, indent: 2, doubleQuotedAsJSON: true });
}
