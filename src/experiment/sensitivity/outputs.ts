/** The outputs a sensitivity design's runs gave: one a point, in the design's order. */

/** Throws unless there is exactly one output for each of `points` points. */
export function checkOneOutputAPoint(points: number, outputs: readonly number[]): void {
  if (outputs.length !== points) throw new RangeError(`expected ${points} outputs, one per point of the design; found ${outputs.length}`);
}
