/**
 * The comparison with published figures: its verdicts and threshold
 * crossings, and docs/validation.md kept true (the page is what
 * `npm run validation` writes from the model as it is now).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedFigures } from '../../src/experiment/published-figures.ts';
import { compareWithPublishedFigures, thresholdCrossing, verdictOf } from '../../src/experiment/validation.ts';
import { validationMarkdown } from '../../src/report/validation-doc.ts';
import { version } from '../../src/cli/version.ts';

const summary = (mean: number, low: number, high: number) => ({ mean, sd: 0, ci95: [low, high] as [number, number], n: 5 });

describe('verdictOf', () => {
  it('is reproduced when the mean is in the range, borderline when only the interval reaches it, and not reproduced otherwise', () => {
    expect(verdictOf(summary(0.3, 0.25, 0.35), [0.2, 0.45])).toBe('reproduced');
    expect(verdictOf(summary(0.47, 0.44, 0.5), [0.2, 0.45])).toBe('borderline');
    expect(verdictOf(summary(0.1, 0.05, 0.15), [0.2, 0.45])).toBe('not reproduced');
  });
});

describe('thresholdCrossing', () => {
  it('interpolates where y first falls below the threshold as x rises, whatever order the points come in', () => {
    const points = [
      { x: 40, y: 0.7 },
      { x: 10, y: 1 },
      { x: 20, y: 0.95 },
      { x: 30, y: 0.85 },
    ];
    // Between x = 20 (0.95) and x = 30 (0.85): halfway.
    expect(thresholdCrossing(points, 0.9)).toBeCloseTo(25, 10);
  });

  it('is NaN when y never falls below the threshold, or is below it from the first point', () => {
    expect(thresholdCrossing([{ x: 1, y: 1 }, { x: 2, y: 0.95 }], 0.9)).toBeNaN();
    expect(thresholdCrossing([{ x: 1, y: 0.5 }, { x: 2, y: 0.4 }], 0.9)).toBeNaN();
  });
});

describe('the published figures', () => {
  it('include the NOMS 2008 direct contact, the NAO 2008 parole figures and the inspectorate’s caseload of 50', () => {
    const ids = publishedFigures.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['noms-2008-direct-contact', 'nao-2008-hearings-on-time', 'nao-2008-deferred', 'nao-2008-lacking-oasys', 'hmip-quality-above-50']));
  });
});

describe('docs/validation.md', () => {
  it('is what `npm run validation` writes from the model as it is now', { timeout: 120_000 }, async () => {
    const result = await compareWithPublishedFigures({ scenariosFolder: 'scenarios', replications: 5 });
    expect(readFileSync('docs/validation.md', 'utf8')).toBe(validationMarkdown(result, version));
  });
});
