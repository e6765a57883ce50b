/**
 * The counters touched for every contact, slice of work or deadline,
 * resolved by name once per replication: on those paths a lookup by name
 * (and a name built from a template) costs more than the counting itself.
 */
import { staffGroups, type StaffGroup } from '../scenario/schema/index.ts';
import type { Counter, Metrics } from './metrics.ts';
import type { TrackedKind } from './stages/deadlines.ts';
import { timeCategories } from './types.ts';

/** Outcomes of work with a deadline (see stages/deadlines.ts). */
export const deadlineOutcomes = ['due', 'onTime', 'late', 'unfinished', 'neverFinished'] as const;
export type DeadlineOutcome = (typeof deadlineOutcomes)[number];

/** Contact counters of one tier. */
export interface TierContactCounters {
  readonly required: Counter;
  readonly delivered: Counter;
  readonly minutesDelivered: Counter;
}

/** Handles on one replication's hot counters. */
export interface HotCounters {
  /** Staff hours by group, then category (indexed by `timeIndex`): `hours.<group>.<category>`. */
  readonly hours: Record<StaffGroup, readonly Counter[]>;
  readonly contacts: {
    readonly required: Counter;
    readonly delivered: Counter;
    readonly missed: Counter;
    readonly missedUnallocated: Counter;
    readonly minutesDelivered: Counter;
    /** By tier, indexed by the tier number (0, for a case not yet tiered, included). */
    readonly byTier: readonly TierContactCounters[];
  };
  /** For each kind of work with a deadline and each outcome, the counters it adds to (`reports.*` and `reports.<kind>.*`, or its own). */
  readonly deadlines: Record<TrackedKind, Record<DeadlineOutcome, readonly Counter[]>>;
}

/** The metric prefixes the outcomes of work of `kind` are counted under. */
function deadlinePrefixes(kind: TrackedKind): string[] {
  if (kind === 'assessment') return ['assessments'];
  if (kind === 'sentencePlan') return ['sentencePlans'];
  return ['reports', `reports.${kind}`];
}

const deadlineKinds: readonly TrackedKind[] = ['assessment', 'sentencePlan', 'oasysReview', 'parole', 'hdc', 'handover'];

/** Resolves the hot counters of one replication's metrics. */
export function hotCounters(metrics: Metrics): HotCounters {
  const c = (name: string) => metrics.counter(name);
  const tierCounters = (tier: number): TierContactCounters => ({
    required: c(`contacts.required.tier${tier}`),
    delivered: c(`contacts.delivered.tier${tier}`),
    minutesDelivered: c(`contacts.minutesDelivered.tier${tier}`),
  });
  return {
    hours: record(staffGroups, (g) => timeCategories.map((category) => c(`hours.${g}.${category}`))),
    contacts: {
      required: c('contacts.required'),
      delivered: c('contacts.delivered'),
      missed: c('contacts.missed'),
      missedUnallocated: c('contacts.missedUnallocated'),
      minutesDelivered: c('contacts.minutesDelivered'),
      byTier: [0, 1, 2, 3, 4].map(tierCounters),
    },
    deadlines: record(deadlineKinds, (kind) =>
      record(deadlineOutcomes, (outcome) => deadlinePrefixes(kind).map((prefix) => c(`${prefix}.${outcome}`))),
    ),
  };
}

function record<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}
