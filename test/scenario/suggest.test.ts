import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/scenario/suggest.ts';

describe('scenario/suggest', () => {
  it('counts typing slips as one edit each, ignoring case', () => {
    expect(editDistance('count', 'count')).toBe(0);
    expect(editDistance('cuont', 'count')).toBe(1);
    expect(editDistance('cnt', 'count')).toBe(2);
    expect(editDistance('OmShare', 'omShare')).toBe(0);
  });

  it('suggests the nearest name only when it is near enough to be a slip', () => {
    expect(closest('offenderSupervisor', ['offenderSupervisors', 'probationOfficers'])).toBe('offenderSupervisors');
    expect(closest('zzzzzz', ['cap'])).toBeUndefined();
  });
});
