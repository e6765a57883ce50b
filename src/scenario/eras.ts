/**
 * Figures of another era. A scenario may state the year it stands for
 * (`era`); a published default carries the years its figure held and the
 * figures of other years (schema/evidence.ts). When a parameter's value is the
 * figure of other years and not that of the stated year — HDC's 180 days of
 * 2023 in a scenario of 2011, when it was 135 — it comes back as a warning,
 * as settings with no effect do (no-effect.ts): the run is valid, but its
 * figures mix eras, and whoever wrote it should know.
 *
 * Only parameters whose value in the stated year is known are checked: a
 * figure published for 2021 on says nothing of 2011 when no figure of 2011
 * was found.
 */
import type { Finding } from './issues.ts';
import { getAt } from './merge.ts';
import type { Scenario } from './schema/index.ts';
import { inEra, type EraValue } from './schema/evidence.ts';
import { schemaEvidence } from './schema-evidence.ts';

/** Each published parameter with the values it took, and when: its default's era first, then the other eras. */
const publishedValues = schemaEvidence().flatMap(({ path, defaultValue, evidence }) =>
  evidence?.kind === 'published'
    ? [{ path: path.split('.'), values: [{ value: defaultValue, era: evidence.era, source: evidence.source }, ...(evidence.otherEras ?? [])] as readonly EraValue[] }]
    : [],
);

/** Findings of code `otherEra`: parameters holding another era's published value rather than the stated era's. */
export function checkEras(s: Scenario): Finding[] {
  const stated = s.era;
  if (stated === null) return [];
  return publishedValues.flatMap(({ path, values }) => {
    const ofStatedEra = values.filter((v) => inEra(stated, v.era));
    if (ofStatedEra.length === 0) return [];
    const found = getAt(s, path);
    if (ofStatedEra.some((v) => sameValue(v.value, found))) return [];
    const other = values.find((v) => !inEra(stated, v.era) && sameValue(v.value, found));
    if (other === undefined) return [];
    return [{ code: 'otherEra', path, found, era: { stated, statedValue: ofStatedEra[0].value, foundEra: other.era, source: other.source }, part: 'value' } satisfies Finding];
  });
}

/** Whether two values read from YAML are the same: numbers, text and switches alike, lists and mappings member by member. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
