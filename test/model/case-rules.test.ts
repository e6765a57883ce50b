/** Whether a case meets a condition: each condition on its own, all together, and tiers not yet known. */
import { describe, expect, it } from 'vitest';
import { isIndeterminate, meets } from '../../src/model/case-rules.ts';
import { emptyPrison, testPrisoner } from './helpers.ts';

const run = emptyPrison();
const adult = testPrisoner(run); // determinate, 24 months, medium harm, medium reoffending

describe('meets', () => {
  it('is met by every case when no condition is given', () => {
    expect(meets({}, adult)).toBe(true);
    expect(meets({}, testPrisoner(run, { sentence: 'remand', sentenceMonths: 1 }))).toBe(true);
  });

  it('checks the kind of custody against the list given', () => {
    expect(meets({ sentence: ['determinate'] }, adult)).toBe(true);
    expect(meets({ sentence: ['ipp', 'life'] }, adult)).toBe(false);
  });

  it('counts a sentence exactly at the minimum length as long enough, and an indeterminate sentence as always long enough', () => {
    expect(meets({ minSentenceMonths: 24 }, adult)).toBe(true);
    expect(meets({ minSentenceMonths: 24.01 }, adult)).toBe(false);
    expect(meets({ minSentenceMonths: 600 }, testPrisoner(run, { sentence: 'life', sentenceMonths: 12 }))).toBe(true);
  });

  it('checks harm, reoffending, prolific and young-adult flags', () => {
    const p = testPrisoner(run, { rosh: 'high', reoffending: 'low', prolific: true, youngAdult: true });
    expect(meets({ rosh: ['high', 'veryHigh'] }, p)).toBe(true);
    expect(meets({ rosh: ['low'] }, p)).toBe(false);
    expect(meets({ reoffending: ['low'] }, p)).toBe(true);
    expect(meets({ reoffending: ['high'] }, p)).toBe(false);
    expect(meets({ prolific: true }, p)).toBe(true);
    expect(meets({ prolific: false }, p)).toBe(false);
    expect(meets({ youngAdult: true }, p)).toBe(true);
    expect(meets({ youngAdult: false }, p)).toBe(false);
  });

  it('checks the community owner and the kind of establishment', () => {
    // The default establishment is a local prison whose cases a probation trust owns.
    expect(meets({ owner: ['trust'] }, adult)).toBe(true);
    expect(meets({ owner: ['nps', 'crc'] }, adult)).toBe(false);
    expect(meets({ establishmentType: ['local'] }, adult)).toBe(true);
    expect(meets({ establishmentType: ['training', 'open'] }, adult)).toBe(false);
  });

  it('needs every condition given to hold', () => {
    expect(meets({ sentence: ['determinate'], rosh: ['medium'], minSentenceMonths: 12 }, adult)).toBe(true);
    expect(meets({ sentence: ['determinate'], rosh: ['high'], minSentenceMonths: 12 }, adult)).toBe(false);
    expect(meets({ sentence: ['determinate'], rosh: ['medium'], minSentenceMonths: 36 }, adult)).toBe(false);
  });

  it('counts a tier condition on a case not yet tiered as met only when asked to', () => {
    const p = testPrisoner(run);
    expect(p.tier).toBe(0);
    expect(meets({ tiers: [3, 4] }, p)).toBe(false);
    expect(meets({ tiers: [3, 4] }, p, true)).toBe(true);
    // The other conditions still apply to an untiered case.
    expect(meets({ tiers: [3, 4], sentence: ['life'] }, p, true)).toBe(false);
  });

  it('checks a known tier against the list', () => {
    const p = testPrisoner(run);
    p.tier = 3;
    expect(meets({ tiers: [3, 4] }, p)).toBe(true);
    expect(meets({ tiers: [1, 2] }, p, true)).toBe(false);
  });
});

describe('isIndeterminate', () => {
  it('is true for IPP and life sentences only', () => {
    expect(isIndeterminate(testPrisoner(run, { sentence: 'ipp' }))).toBe(true);
    expect(isIndeterminate(testPrisoner(run, { sentence: 'life' }))).toBe(true);
    expect(isIndeterminate(adult)).toBe(false);
    expect(isIndeterminate(testPrisoner(run, { sentence: 'remand', sentenceMonths: 1 }))).toBe(false);
  });
});
