/**
 * The evidence of the schema's defaults (src/scenario/schema/evidence.ts) in
 * words, for the report's methods and docs/assumptions.md: one wording, so a
 * source reads the same wherever it is cited.
 */
import { eraWords, type Era, type Evidence } from '../scenario/schema/evidence.ts';
import { sources, type SourceId } from '../scenario/schema/sources.ts';

/** A source as cited: "Title, publisher, date". */
export function sourceWords(id: SourceId): string {
  const { title, publisher, date } = sources[id];
  return `${title}, ${publisher}, ${date}`;
}

/** When a value held: "in 2007–2011", "since 2019". */
export function eraWhen(era: Era): string {
  return era.to === undefined ? `since ${era.from}` : `in ${eraWords(era)}`;
}

/** A plausible range: "0.15 to 0.7". */
export function rangeWords([low, high]: readonly [number, number]): string {
  return `${low} to ${high}`;
}

/**
 * A parameter's value in words: numbers as written, a list of plain values as
 * "1/1/2" or "a / b", an object as "key value, …", a list of objects numbered "(1) …; (2) …".
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'not set';
  if (value === null) return 'none';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    const plain = value.every((v) => typeof v !== 'object' || v === null);
    if (!plain) return value.map((v, i) => `(${i + 1}) ${describeValue(v)}`).join('; ');
    return value.map(describeValue).join(value.some((v) => typeof v === 'string') ? ' / ' : '/');
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return 'any';
    return entries.map(([k, v]) => `${k} ${typeof v === 'object' && v !== null && !Array.isArray(v) ? `(${describeValue(v)})` : describeValue(v)}`).join(', ');
  }
  return String(value);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** How a published default follows from its source, with its era and those of other values. */
export function publishedWords(e: Extract<Evidence, { kind: 'published' }>): string {
  const others = (e.otherEras ?? []).map((o) => `${describeValue(o.value)} ${eraWhen(o.era)} (${sourceWords(o.source)})`);
  return [
    sentence(`${capitalised(e.how)}: ${sourceWords(e.source)}; the figure ${eraWhen(e.era)}`),
    others.length === 0 ? '' : sentence(`Other years: ${others.join('; ')}`),
  ]
    .filter((part) => part !== '')
    .join(' ');
}

/** An assumption's reasoning, what bears on it, and (when `withRange`) its plausible range. */
export function assumptionWords(e: Extract<Evidence, { kind: 'assumption' }>, withRange = true): string {
  return [
    sentence(`Assumption: ${e.why}`),
    e.informedBy === undefined ? '' : sentence(`Bearing on it: ${sourceWords(e.informedBy)}`),
    withRange && e.range !== undefined ? sentence(`Plausible range ${rangeWords(e.range)}`) : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
}

/** Any evidence in words. */
export function evidenceWords(e: Evidence): string {
  if (e.kind === 'published') return publishedWords(e);
  if (e.kind === 'assumption') return assumptionWords(e);
  return sentence(`Setting of the study: ${e.why}`);
}
