/**
 * The verdict on a paired difference, in the words every view of a
 * comparison uses (the terminal, the report's findings, its chart and the
 * explorer): better or worse where the measure has a better side and the
 * interval excludes zero, a clear difference where it has none, and
 * otherwise chance.
 */
export type Verdict = 'better' | 'worse' | 'a clear difference' | 'could be chance';

export function verdictOn(excludesZero: boolean, mean: number | null, better: 'higher' | 'lower' | undefined): Verdict {
  if (!excludesZero) return 'could be chance';
  if (better === undefined || mean === null) return 'a clear difference';
  return (mean > 0) === (better === 'higher') ? 'better' : 'worse';
}
