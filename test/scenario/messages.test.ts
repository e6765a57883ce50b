import { describe, expect, it } from 'vitest';
import { describeExpectation, describeProblem, formatFound, formatPath } from '../../src/scenario/messages.ts';

describe('scenario/messages', () => {
  it('words a problem record as one sentence ending with where it was written', () => {
    const sentence = describeProblem({ code: 'tooSmall', path: ['staff', 'offenderSupervisors', 'count'], file: 'baseline.yaml', line: 14, column: 12, found: -3, expected: { kind: 'number', whole: true, min: 0 } });
    expect(sentence).toBe('staff.offenderSupervisors.count must be a whole number ≥ 0; found -3 (baseline.yaml:14:12)');
  });

  it('writes paths as people read them', () => {
    expect(formatPath(['estate', 0, 'name'])).toBe('estate[0].name');
    expect(formatPath(['timeline', 2, 'set', 'caseload.cap'])).toBe('timeline[2].set["caseload.cap"]');
    expect(formatPath([])).toBe('the scenario');
  });

  it('keeps found values short', () => {
    expect(formatFound('x'.repeat(100))).toHaveLength(60);
    expect(formatFound([1, 2])).toBe('a list of 2 entries');
    expect(formatFound({})).toBe('an empty mapping');
    expect(formatFound(Number.POSITIVE_INFINITY)).toBe('infinity (.inf)');
    expect(formatFound(1234567)).toBe('1,234,567');
  });

  it('describes what was expected', () => {
    expect(describeExpectation({ kind: 'number', whole: false, min: 0, max: 1 })).toBe('a number from 0 to 1');
    expect(describeExpectation({ kind: 'list', exactly: 3 })).toBe('a list of exactly 3 entries');
    expect(describeExpectation({ kind: 'oneOf', values: ['start', 'during'], nullable: true })).toBe('one of start, during or null');
  });
});
