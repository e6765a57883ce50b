/** The grid of a sweep from --vary: ranges with both ends, lists, two parameters, and the values refused. */
import { describe, expect, it } from 'vitest';
import { gridPoints, parseRange, parseVary, pointOverrides } from '../../src/experiment/sweep-grid.ts';

const valuesOf = (spec: string) => parseVary([`x=${spec}`])[0].values.map((v) => v.value);

describe('--vary', () => {
  it('reads a range with both ends included', () => {
    expect(valuesOf('10:60:5')).toEqual([10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60]);
    expect(valuesOf('1:4:2')).toEqual([1, 3]);
    expect(valuesOf('5:1:-2')).toEqual([5, 3, 1]);
  });

  it('rounds a decimal range to the decimals written', () => {
    expect(valuesOf('0.1:0.5:0.1')).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(parseRange('0.8:1.2:0.05').map((v) => v.value)).toHaveLength(9);
  });

  it('reads a list', () => {
    expect(valuesOf('3,1,2.5')).toEqual([3, 1, 2.5]);
  });

  it('crosses two parameters, the first varying slowest', () => {
    const parameters = parseVary(['a=1:2:1', 'b=10,20,30']);
    const points = gridPoints(parameters);
    expect(points.map((p) => [p.values.a, p.values.b])).toEqual([[1, 10], [1, 20], [1, 30], [2, 10], [2, 20], [2, 30]]);
    expect(points.map((p) => p.point)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(pointOverrides(parameters, points[4])).toEqual(['a=2', 'b=20']);
  });

  it.each([
    [['x=1:5:0'], /step must be non-zero/],
    [['x=5:1:1'], /lead from 5 towards 1/],
    [['x=1:5'], /start:stop:step/],
    [['x=1,,2'], /empty entry/],
    [['x=1,one'], /sweep values are numbers/],
    [['x=1,1'], /listed twice/],
    [['x'], /path=values/],
    [['x=1', 'x=2'], /names x twice/],
    [['a=1', 'b=2', 'c=3'], /one or two parameters/],
    [['seed=1:3:1'], /cannot vary seed/],
    [['replications=2,4'], /cannot vary replications/],
    [['x=0:1000000:1'], /at most 10,000/],
    [[], /sweep needs --vary/],
  ])('refuses %j', (options, message) => {
    expect(() => parseVary(options)).toThrow(message);
  });
});
