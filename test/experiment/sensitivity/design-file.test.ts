/** Reading a design file: one column per parameter path, one row per point, checked before anything runs. */
import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../../src/experiment/sensitivity/design-file.ts';

describe('a design file', () => {
  it('reads each row as a point, an empty cell leaving the scenario’s value, and a first column `point` (as design.csv has) checked and dropped', () => {
    const design = parseDesign('point,contacts.recordingMinutes,redeployment.shiftProbability\n0,,\n1,10,\n2,,0.5\n', 'd.csv');
    expect(design.paths).toEqual(['contacts.recordingMinutes', 'redeployment.shiftProbability']);
    expect(design.points).toEqual([
      { point: 0, values: {} },
      { point: 1, values: { 'contacts.recordingMinutes': 10 } },
      { point: 2, values: { 'redeployment.shiftProbability': 0.5 } },
    ]);
    expect(design.lines).toEqual([2, 3, 4]);
  });

  it('refuses points out of order, a column given no value, an empty file and a header with no rows', () => {
    expect(() => parseDesign('point,contacts.recordingMinutes\n1,10\n', 'd.csv')).toThrow('d.csv:2, column 1 (point): expected 0, the row\'s place from 0; found "1"');
    expect(() => parseDesign('contacts.recordingMinutes,redeployment.shiftProbability\n10,\n', 'd.csv')).toThrow('d.csv:1, column 2: redeployment.shiftProbability is given no value in any row');
    expect(() => parseDesign('\n\n', 'd.csv')).toThrow('d.csv is empty');
    expect(() => parseDesign('contacts.recordingMinutes\n', 'd.csv')).toThrow('d.csv:1: the header is followed by no rows');
  });
});
