/**
 * Where each default of the schema comes from, as metadata on the field it
 * supports: a published figure (its source and the era it belongs to), an
 * assumption (its reasoning and the range it could plausibly take), or a
 * setting of the study or the model that makes no claim about prisons.
 *
 * One source of truth: the schema's fields carry it, and the docs, the
 * report's methods, `omsim validate`'s era warnings and the sensitivity
 * analysis read it from there (`schemaEvidence` in schema-evidence.ts). It is kept in
 * a registry of its own rather than in zod's global one, so the published JSON
 * Schema stays as editors expect it.
 */
import { z } from 'zod';
import type { SourceId } from './sources.ts';

/** Years a figure or rule held, `to` excluded; no `to`: still in force. */
export interface Era {
  readonly from: number;
  readonly to?: number;
}

/** The value a field took in another era, with its source: what `omsim validate` names when a scenario mixes eras. */
export interface EraValue {
  readonly value: unknown;
  readonly era: Era;
  readonly source: SourceId;
}

/** A default read from, or worked out from, a published source. */
export interface Published {
  readonly kind: 'published';
  readonly source: SourceId;
  readonly era: Era;
  /** How the default follows from the source (the figure, and any arithmetic). */
  readonly how: string;
  /** The values of other eras, where the figure or rule changed. */
  readonly otherEras?: readonly EraValue[];
}

/** A default no source gives: its reasoning, and for a number the range it might plausibly take. */
export interface Assumption {
  readonly kind: 'assumption';
  readonly why: string;
  /** Lowest and highest plausible values (numbers only). */
  readonly range?: readonly [number, number];
  /** How a sensitivity analysis draws it within its range: uniformly (the default), or triangular with its mode at the default. */
  readonly distribution?: Distribution;
  /** A source that bears on it without giving it, when there is one. */
  readonly informedBy?: SourceId;
}

/** How a factor's values are spread over its range. */
export type Distribution = 'uniform' | 'triangular';

/** A setting of the study or the model (a seed, a switch, a guard), which makes no claim about prisons. */
export interface Setting {
  readonly kind: 'setting';
  readonly why: string;
}

export type Evidence = Published | Assumption | Setting;

/** The evidence of every field that has some. */
export const evidenceRegistry = z.registry<Evidence>();

/** `schema`, marked as taking its default from a published source. */
export function published<T extends z.ZodType>(schema: T, evidence: Omit<Published, 'kind'>): T {
  evidenceRegistry.add(schema, { kind: 'published', ...evidence });
  return schema;
}

/** `schema`, marked as an assumption. */
export function assumed<T extends z.ZodType>(schema: T, evidence: Omit<Assumption, 'kind'>): T {
  evidenceRegistry.add(schema, { kind: 'assumption', ...evidence });
  return schema;
}

/** `schema`, marked as a setting of the study or the model. */
export function setting<T extends z.ZodType>(schema: T, why: string): T {
  evidenceRegistry.add(schema, { kind: 'setting', why });
  return schema;
}

/**
 * `schema`, marked with evidence given as a value: for builders that make a
 * field for several groups, each with its own default and its own evidence.
 */
export function withEvidence<T extends z.ZodType>(schema: T, evidence: Evidence): T {
  evidenceRegistry.add(schema, evidence);
  return schema;
}

/** Whether `year` falls in `era`. */
export function inEra(year: number, era: Era): boolean {
  return year >= era.from && (era.to === undefined || year < era.to);
}

/** An era in words: "2003–2023", "since 2023". */
export function eraWords(era: Era): string {
  return era.to === undefined ? `since ${era.from}` : `${era.from}–${era.to}`;
}
