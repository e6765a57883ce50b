/**
 * Lookups over a metric catalogue: the names its families stand for, each
 * name's definition, label and range, and why a metric is undefined. Built
 * from the catalogue's entries alone (src/experiment/metric-catalogue.ts
 * builds its own; a test builds one with an entry added).
 */
import type { MetricDefinition, MetricKind, MetricSource, PlaceholderValues, PlaceholderWords } from './metric-catalogue.ts';

/** A metric of summary.json: its name, definition and the values of its family's placeholders. */
export interface SummaryMetric<Name extends string = string> {
  name: Name;
  definition: MetricDefinition & { source: MetricSource };
  values: PlaceholderValues;
}

/** The values a metric of this kind can take. */
export function kindRange(kind: MetricKind): [number, number] {
  return kind === 'share' ? [0, 1] : [0, Infinity];
}

/** A name written with {placeholders}, filled with a metric's values ("contacts.delivered.tier{n}" → "contacts.delivered.tier2"). */
export function fillPlaceholders(template: string, values: PlaceholderValues): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => (values as Record<string, string | undefined>)[key] ?? `{${key}}`);
}

/** Why a metric of summary.json is undefined (null) when it is: the case its source names, in words. */
export function undefinedReason(metric: SummaryMetric): string {
  const source = metric.definition.source;
  if (typeof source === 'object' && 'ratio' in source) return `${fillPlaceholders(source.ratio[1], metric.values)} was 0, and a share or ratio of nothing is undefined`;
  if (typeof source === 'object' && 'computed' in source && source.undefinedWhen !== undefined) return source.undefinedWhen;
  return 'it could not be computed';
}

const escape = (text: string) => text.replace(/[.]/g, '\\.');

/** The lookups over `entries`, whose placeholders take the values `words` gives. */
export function indexCatalogue<Name extends string>(entries: readonly MetricDefinition[], words: PlaceholderWords) {
  const compiled = entries.map((entry) => {
    const keys: string[] = [];
    const source = escape(entry.family).replace(/\{(\w+)\}/g, (_, key: string) => {
      keys.push(key);
      return `(${Object.keys(words[key]).map(escape).join('|')})`;
    });
    return { entry, keys, pattern: new RegExp(`^${source}$`) };
  });

  /** Every name a family stands for, its placeholders filled with each value they take, with those values. */
  const expandFamily = (family: string): { name: string; values: PlaceholderValues }[] => {
    const match = /\{(\w+)\}/.exec(family);
    if (match === null) return [{ name: family, values: {} }];
    const key = match[1];
    return Object.keys(words[key]).flatMap((value) =>
      expandFamily(family.replace(match[0], value)).map((expanded) => ({ name: expanded.name, values: { [key]: value, ...expanded.values } })),
    );
  };

  const summaryMetrics: SummaryMetric<Name>[] = entries.flatMap((entry) => {
    if (entry.weeklyOnly === true || entry.source === undefined) return [];
    const definition = { ...entry, source: entry.source };
    return expandFamily(entry.family).map(({ name, values }) => ({ name: name as Name, definition, values }));
  });
  const summaryMetricByName = new Map<string, SummaryMetric<Name>>(summaryMetrics.map((m) => [m.name, m]));

  /** The definitions whose family matches a metric's name (exactly one for a known metric). */
  const definitionsOf = (name: string): MetricDefinition[] => compiled.filter((c) => c.pattern.test(name)).map((c) => c.entry);
  /** A metric's definition, or undefined when the catalogue has none. */
  const definitionOf = (name: string): MetricDefinition | undefined => definitionsOf(name)[0];

  return {
    summaryMetrics,
    /** The names of every metric every summary.json reports, sorted. */
    summaryMetricNames: summaryMetrics.map((m) => m.name).sort(),
    /** The metric of summary.json called `name`, or undefined. */
    summaryMetricOf: (name: string): SummaryMetric<Name> | undefined => summaryMetricByName.get(name),
    definitionsOf,
    definitionOf,
    /** A metric's label, its placeholders in words, starting with a capital: "Hours of probation officers: direct contact with prisoners"; the name itself for a metric the catalogue does not define. */
    labelOf: (name: string): string => {
      const found = compiled.find((c) => c.pattern.test(name));
      if (found === undefined) return name;
      // Each placeholder of the family holds the value found in its place in the name.
      const values = found.pattern.exec(name)?.slice(1) ?? [];
      const valueOf = new Map(found.keys.map((key, i) => [key, values[i]]));
      const label = found.entry.label.replace(/\{(\w+)\}/g, (_, key: string) => words[key][valueOf.get(key) ?? '']);
      return label.charAt(0).toUpperCase() + label.slice(1);
    },
    /**
     * The values a metric can take, for cutting off intervals that stray past
     * them (a t interval from a few replications can reach below 0% or above
     * 100%): its own range where the catalogue gives one, else its kind's (a
     * share 0–1, any other metric never negative). Undefined for a name the
     * catalogue does not define.
     */
    rangeOf: (name: string): [number, number] | undefined => {
      const definition = definitionOf(name);
      if (definition === undefined) return undefined;
      return definition.range === undefined ? kindRange(definition.kind) : [definition.range[0], definition.range[1]];
    },
  };
}
