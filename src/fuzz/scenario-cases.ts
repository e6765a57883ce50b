/**
 * Scenario files to fuzz with: drawn from the published JSON Schema with a
 * lean towards its edges, kept short enough to run in a moment, made
 * consistent where fields must agree (shares summing to 1, a distribution's
 * bounds in order), and then, for a share of them, broken on purpose (see
 * mutations.ts). Each file is a pure function of the seed and its index, so
 * any one can be made again alone.
 */
import { Document } from 'yaml';
import { RandomStream } from '../engine/index.ts';
import { fixedDuringRun } from '../scenario/timeline.ts';
import { breakText, mutate } from './mutations.ts';
import { countFor, type Drawing, type JsonSchema, pick, valueFor, type ValuePath } from './schema-values.ts';

/** Weeks in a year, as a scenario's horizon in years is read. */
const WEEKS_PER_YEAR = 365.25 / 7;

/** How long each file runs: a few simulated weeks, so thousands run in minutes. */
export const RUN_WEEKS = { least: 4, most: 8 } as const;

/** Share of files broken on purpose, and of those, the share broken in their YAML text rather than their data. */
const BROKEN_SHARE = 0.35;
const BROKEN_TEXT_SHARE = 0.2;

/** One file to fuzz with. */
export interface FuzzCase {
  /** A name for the file: `fuzz-<seed>-<index>`. */
  name: string;
  /** The YAML text. */
  text: string;
  /** `valid` for a file drawn from the schema, else the mutation that broke it. */
  kind: string;
}

/**
 * Narrower bounds than the schema's where a run would otherwise take long:
 * the horizon, one replication, and the sizes of prisons, staffs and
 * estates. Keyed by dotted path, `*` for any list entry.
 */
const runBounds: Readonly<Record<string, Partial<JsonSchema>>> = {
  'horizon.years': { minimum: RUN_WEEKS.least / WEEKS_PER_YEAR, maximum: RUN_WEEKS.most / WEEKS_PER_YEAR },
  replications: { minimum: 1, maximum: 1 },
  'warmup.weeks': { maximum: RUN_WEEKS.most },
  'population.size': { maximum: 1_500 },
  estate: { maxItems: 3 },
  'estate.*.count': { maximum: 3 },
  'estate.*.population.size': { maximum: 600 },
  ...Object.fromEntries(
    ['offenderSupervisors', 'probationOfficers', 'probationServiceOfficers', 'caseAdministrators'].flatMap((g) => [
      [`staff.${g}.count`, { maximum: 30 }],
      [`estate.*.staff.${g}.count`, { maximum: 30 }],
    ]),
  ),
};

const keyOf = (path: ValuePath): string => path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');

/** The file at `index` of the run seeded `seed`. */
export function fuzzCase(schema: JsonSchema, seed: number | string, index: number): FuzzCase {
  const rng = new RandomStream(`fuzz/${seed}/${index}`);
  const doc = validScenario(schema, rng);
  const name = `fuzz-${seed}-${index}`;
  if (!rng.bernoulli(BROKEN_SHARE)) return { name, text: yamlOf(doc, rng), kind: 'valid' };
  if (rng.bernoulli(BROKEN_TEXT_SHARE)) {
    const broken = breakText(yamlOf(doc, rng), rng);
    return { name, text: broken.text, kind: `badYaml: ${broken.what}` };
  }
  const broken = mutate(doc, schema, rng);
  return { name, text: yamlOf(broken.doc, rng), kind: broken.what };
}

/** A scenario the schema accepts (and, nearly always, the consistency checks too), short enough to run in a moment. */
export function validScenario(schema: JsonSchema, rng: RandomStream): Record<string, unknown> {
  const changeable = changeablePaths(schema);
  const drawing: Drawing = {
    rng,
    optionalShare: 0.4,
    narrow: (path: ValuePath, s: JsonSchema): JsonSchema => {
      const bounds = runBounds[keyOf(path)];
      return bounds ? { ...s, ...bounds } : s;
    },
    own: (path: ValuePath): unknown => {
      const key = keyOf(path);
      if (key === 'timeline.*.week') return timelineWeek(rng);
      if (key === 'timeline.*.set') return timelineSet(schema, changeable, rng, drawing);
      return undefined;
    },
  };
  const doc = valueFor(schema, [], drawing) as Record<string, unknown>;
  // `extends` names another file: a fuzzed file stands alone.
  delete doc.extends;
  // Every run is short and has one replication, so these are always written.
  doc.horizon = { years: valueFor(schemaAt(schema, ['horizon', 'years']), ['horizon', 'years'], drawing) };
  doc.replications = 1;
  makeConsistent(doc, []);
  return doc;
}

/** A change's week: usually within the run, now and then at or after its end (which the loader warns of). */
function timelineWeek(rng: RandomStream): number {
  const u = rng.random();
  if (u < 0.15) return rng.uniform(RUN_WEEKS.most, 5_200);
  if (u < 0.3) return pick(rng, [0, 1, RUN_WEEKS.least]);
  return rng.uniform(0, RUN_WEEKS.least);
}

/** A change's `set`: a few parameters that may change during a run, each with a value its schema accepts. */
function timelineSet(schema: JsonSchema, changeable: readonly string[], rng: RandomStream, drawing: Drawing): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  const count = countFor(rng, 1, 3);
  for (let i = 0; i < count; i++) {
    const key = pick(rng, changeable);
    const path = key.split('.');
    const value = valueFor(schemaAt(schema, path), path, drawing);
    const holder = { value };
    makeConsistent(holder, path, 'value');
    set[key] = holder.value;
  }
  return set;
}

/** The schema at a dotted path of properties. */
function schemaAt(schema: JsonSchema, path: readonly string[]): JsonSchema {
  return path.reduce((s, key) => s.properties![key], schema);
}

/** Dotted paths of every property a timeline change may set (not inside a distribution, whose keys depend on its type). */
export function changeablePaths(schema: JsonSchema): string[] {
  const paths: string[] = [];
  const walk = (s: JsonSchema, prefix: string[]): void => {
    for (const [key, child] of Object.entries(s.properties ?? {})) {
      if (prefix.length === 0 && ((fixedDuringRun as readonly string[]).includes(key) || key === 'extends')) continue;
      const path = [...prefix, key];
      // One share of a group alone can only break its sum: the group is changed whole.
      if (!shareGroups.has(prefix[prefix.length - 1] ?? '')) paths.push(path.join('.'));
      if (child.type === 'object' && child.properties) walk(child, path);
    }
  };
  walk(schema, []);
  return paths;
}

const shareGroups = new Set(['receptionMix', 'rosh', 'reoffending']);
const distributions = new Set(['remandWeeks', 'determinateSentenceMonths', 'tariffMonths', 'lifeTariffMonths']);
const reports = new Set(['parole', 'hdc', 'handover']);

/**
 * Puts right, in place, what the schema cannot say but the loader checks:
 * shares that sum to 1, a distribution's bounds in order, a report started
 * no later than it is due, a warm-up shorter than the run, distinct names
 * in an estate. `value` is at `path` in the scenario (its own key in `holder`).
 */
export function makeConsistent(holder: Record<string, unknown>, path: readonly (string | number)[], key?: string): void {
  const visit = (parent: Record<string, unknown> | unknown[], k: string | number, at: readonly (string | number)[]): void => {
    const value = (parent as Record<string | number, unknown>)[k];
    if (typeof value !== 'object' || value === null) return;
    const name = at[at.length - 1];
    const section = at[at.length - 2];
    if (section === 'population' && typeof name === 'string' && shareGroups.has(name)) sumToOne(value as Record<string, number>);
    else if (section === 'population' && typeof name === 'string' && distributions.has(name)) orderBounds(value as Record<string, unknown>);
    else if (section === 'reports' && typeof name === 'string' && reports.has(name)) startBeforeDue(value as Record<string, number>);
    if (name === 'estate' && Array.isArray(value)) distinctNames(value as Record<string, unknown>[]);
    for (const child of Array.isArray(value) ? value.keys() : Object.keys(value)) visit(value as Record<string, unknown>, child, [...at, child]);
  };
  if (key !== undefined) visit(holder, key, path);
  else for (const k of Object.keys(holder)) visit(holder, k, [k]);
  if (key === undefined) warmupWithinRun(holder);
}

/** Each group's name made distinct by its position (kept within the schema's 200 characters). */
function distinctNames(groups: Record<string, unknown>[]): void {
  groups.forEach((group, i) => (group.name = `${String(group.name).slice(0, 190)} ${i + 1}`));
}

function sumToOne(shares: Record<string, number>): void {
  const keys = Object.keys(shares);
  const total = keys.reduce((sum, k) => sum + shares[k], 0);
  if (keys.length === 0) return;
  if (!(total > 0)) {
    keys.forEach((k, i) => (shares[k] = i === 0 ? 1 : 0));
    return;
  }
  for (const k of keys) shares[k] /= total;
  // Rounding can leave the sum a hair off 1: the largest share takes the difference.
  const largest = keys.reduce((a, b) => (shares[b] > shares[a] ? b : a));
  shares[largest] = Math.max(0, 1 - keys.filter((k) => k !== largest).reduce((sum, k) => sum + shares[k], 0));
}

function orderBounds(d: Record<string, unknown>): void {
  const n = (k: string) => d[k] as number | undefined;
  if (d.type === 'uniform' && n('min')! > n('max')!) d.min = d.max;
  if (d.type === 'triangular') {
    const [min, mode, max] = [n('min')!, n('mode')!, n('max')!].sort((a, b) => a - b);
    Object.assign(d, { min, mode, max });
  }
  if (d.type === 'lognormal') {
    if (n('max') !== undefined && n('max')! < n('median')!) d.max = d.median;
    if (n('min') !== undefined && n('min')! > n('median')!) d.min = d.median;
  }
}

function startBeforeDue(report: Record<string, number>): void {
  // One given alone is compared with the other's default: both are written, so the order holds whatever that is.
  if (report.startWeeksBefore === undefined && report.dueWeeksBefore === undefined) return;
  report.startWeeksBefore ??= report.dueWeeksBefore;
  report.dueWeeksBefore ??= 0;
  if (report.startWeeksBefore < report.dueWeeksBefore) [report.startWeeksBefore, report.dueWeeksBefore] = [report.dueWeeksBefore, report.startWeeksBefore];
}

function warmupWithinRun(doc: Record<string, unknown>): void {
  const warmup = doc.warmup as { weeks?: number | null } | undefined;
  const years = (doc.horizon as { years: number }).years;
  if (warmup && typeof warmup.weeks === 'number' && warmup.weeks >= years * WEEKS_PER_YEAR) warmup.weeks = (years * WEEKS_PER_YEAR) / 2;
}

/** YAML text of a scenario, in block or (now and then) flow style. */
export function yamlOf(doc: unknown, rng: RandomStream): string {
  const document = new Document(doc, { aliasDuplicateObjects: false });
  return document.toString({ lineWidth: 100, indent: 2, doubleQuotedAsJSON: true, collectionStyle: rng.bernoulli(0.2) ? 'flow' : 'any' });
}
