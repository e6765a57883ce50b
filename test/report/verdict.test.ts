/** The verdict on a paired difference (src/report/verdict.ts), the one source of the words every view of a comparison uses. */
import { describe, expect, it } from 'vitest';
import { verdictOn } from '../../src/report/verdict.ts';

describe('verdictOn', () => {
  it('is better or worse by the measure’s better side, only when the interval excludes zero', () => {
    expect(verdictOn(true, 5, 'higher')).toBe('better');
    expect(verdictOn(true, -5, 'higher')).toBe('worse');
    expect(verdictOn(true, 5, 'lower')).toBe('worse');
    expect(verdictOn(true, -5, 'lower')).toBe('better');
    expect(verdictOn(false, 5, 'higher')).toBe('could be chance');
  });

  it('says only that a difference is clear where the measure has no better side', () => {
    expect(verdictOn(true, 5, undefined)).toBe('a clear difference');
    expect(verdictOn(true, null, 'higher')).toBe('a clear difference');
  });
});
