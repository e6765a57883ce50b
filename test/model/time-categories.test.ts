import { describe, expect, it } from 'vitest';
import { timeCategories, timeIndex } from '../../src/model/types.ts';

describe('time categories', () => {
  it('index each category by its position in the list the results name them by', () => {
    expect(Object.keys(timeIndex).sort()).toEqual([...timeCategories].sort());
    timeCategories.forEach((category, position) => expect(timeIndex[category]).toBe(position));
  });
});
