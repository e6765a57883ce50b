/** How numbers are written in reports and tables (src/report/format.ts). */
import { describe, expect, it } from 'vitest';
import { formatDifference } from '../../src/report/format.ts';

const days = { label: 'Days of HDC lost', unit: 'days', digits: 0 };
const share = { label: 'Contacts delivered', unit: '%', share: true, digits: 1 };

describe('formatDifference', () => {
  it('writes a difference with its sign and unit', () => {
    expect(formatDifference(2.4, days)).toBe('+2 days');
    expect(formatDifference(-0.031, share)).toBe('−3.1 percentage points');
  });

  it('does not write a difference that is not zero as zero: an interval end of 0.3 days reads "+0.3", not "0"', () => {
    expect(formatDifference(0.3, days, false)).toBe('+0.3');
    expect(formatDifference(-0.0004, share, false)).toBe('−0.04');
  });

  it('writes zero as zero, with no sign', () => {
    expect(formatDifference(0, days)).toBe('0 days');
  });
});
