/**
 * Every default of the scenario schema says where it comes from
 * (src/scenario/schema/evidence.ts): a published figure names a source of the
 * catalogue and the years it held; an assumption gives its reasons and, for a
 * number, the range a sensitivity analysis will vary it over; a setting says
 * why it makes no claim about prisons.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Era, Evidence } from '../../src/scenario/schema/evidence.ts';
import { sources } from '../../src/scenario/schema/sources.ts';
import { schemaEvidence, type ParameterEvidence } from '../../src/scenario/schema-evidence.ts';

const parameters = schemaEvidence();
const withKind = <K extends Evidence['kind']>(kind: K) =>
  parameters.filter((p): p is ParameterEvidence & { evidence: Extract<Evidence, { kind: K }> } => p.evidence?.kind === kind);

/** An era is a span of years: from before to (to excluded), or open-ended. */
const wellFormed = (era: Era) => Number.isInteger(era.from) && (era.to === undefined || (Number.isInteger(era.to) && era.from < era.to));
const overlap = (a: Era, b: Era) => a.from < (b.to ?? Infinity) && b.from < (a.to ?? Infinity);

describe('the evidence of the schema’s defaults', () => {
  it('is given for every parameter with a default', () => {
    expect(parameters.length).toBeGreaterThan(150);
    expect(parameters.filter((p) => p.evidence === undefined).map((p) => p.path)).toEqual([]);
  });

  it('names, for every published default, a source of the catalogue, an era, and how the default follows from it', () => {
    const published = withKind('published');
    expect(published.length).toBeGreaterThan(0);
    for (const { path, evidence } of published) {
      expect([path, evidence.source in sources]).toEqual([path, true]);
      expect([path, evidence.era, wellFormed(evidence.era)]).toEqual([path, evidence.era, true]);
      expect([path, evidence.how.length > 10]).toEqual([path, true]);
    }
  });

  it('lists other eras’ values with sources of the catalogue, each different from the default, in eras that do not overlap', () => {
    for (const { path, defaultValue, evidence } of withKind('published')) {
      const eras = [evidence.era];
      for (const other of evidence.otherEras ?? []) {
        expect([path, other.source in sources, wellFormed(other.era)]).toEqual([path, true, true]);
        expect([path, isDeepStrictEqual(other.value, defaultValue)]).toEqual([path, false]);
        expect([path, eras.some((era) => overlap(era, other.era))]).toEqual([path, false]);
        eras.push(other.era);
      }
    }
  });

  it('gives every numeric assumption a range that holds its default (a null default: the range when set)', () => {
    const numeric = withKind('assumption').filter((p) => p.numeric);
    expect(numeric.length).toBeGreaterThan(0);
    for (const { path, defaultValue, evidence } of numeric) {
      expect([path, evidence.range !== undefined]).toEqual([path, true]);
      const [low, high] = evidence.range!;
      expect([path, low <= high]).toEqual([path, true]);
      if (defaultValue !== null) expect([path, low <= (defaultValue as number) && (defaultValue as number) <= high]).toEqual([path, true]);
    }
  });

  it('gives a range only to numbers, and names only sources of the catalogue as bearing on an assumption', () => {
    for (const { path, numeric, evidence } of withKind('assumption')) {
      if (!numeric) expect([path, evidence.range]).toEqual([path, undefined]);
      if (evidence.informedBy !== undefined) expect([path, evidence.informedBy in sources]).toEqual([path, true]);
    }
  });

  it('gives the reasons for every assumption and setting', () => {
    for (const { path, evidence } of [...withKind('assumption'), ...withKind('setting')]) expect([path, evidence.why.length > 10]).toEqual([path, true]);
  });
});
