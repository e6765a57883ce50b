import { describe, expect, it } from 'vitest';
import { timeCategories, timeIndex } from '../../src/model/types.ts';

describe('time categories', () => {
  it('number their positions 0, 1, 2… in the order they are listed', () => {
    expect(timeCategories.map((category) => timeIndex[category])).toEqual(timeCategories.map((_, position) => position));
  });
});
