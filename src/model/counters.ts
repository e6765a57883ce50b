/**
 * The counters and levels touched for every person, contact, slice of work
 * or deadline, resolved by name once per replication: on those paths a
 * lookup by name (and a name built from a template) costs more than the
 * counting itself.
 */
import { sentenceTypes, staffGroups, type SentenceType, type StaffGroup } from '../scenario/schema/index.ts';
import { indeterminateSentences, type IndeterminateSentence } from './case-rules.ts';
import type { Counter, Level, Metrics } from './metrics.ts';
import type { TrackedKind } from './stages/deadlines.ts';
import { releaseReasons, type ReleaseReason } from './stages/release.ts';
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

/** Handles on one replication's hot counters and levels. */
export interface HotCounters {
  readonly prisoners: {
    readonly population: Level;
    /** People held, by the kind of custody they are in now (a remand that ends in a sentence moves from remand to determinate). */
    readonly heldBy: Record<SentenceType, Level>;
    /** People serving an indeterminate sentence whose tariff is served, by sentence. */
    readonly heldPastTariff: Record<IndeterminateSentence, Level>;
    /** People serving an indeterminate sentence with OASys work past its deadline and not finished, by sentence. */
    readonly heldWithOasysOverdue: Record<IndeterminateSentence, Level>;
    readonly inScope: Level;
    /** In scope by tier, indexed by the tier number (0, for a case not yet tiered, included). */
    readonly inScopeByTier: readonly Level[];
    readonly received: Counter;
    /** Of those received, recalls from licence: the rest are first receptions. */
    readonly receivedOnRecall: Counter;
    /** Remands that ended in a sentence still to serve. */
    readonly sentencedAfterRemand: Counter;
    readonly released: Counter;
    readonly releasedFor: Record<ReleaseReason, Counter>;
  };
  readonly assessments: {
    /** Cases waiting for their first OASys (a level). */
    readonly awaiting: Level;
    readonly finished: Counter;
    readonly waitDays: Counter;
  };
  readonly allocation: {
    /** In-scope cases with no supervisor (a level). */
    readonly unallocated: Level;
    readonly allocated: Counter;
    readonly waitDays: Counter;
  };
  readonly hdc: {
    readonly eligible: Counter;
    readonly granted: Counter;
    readonly refused: Counter;
    readonly daysLost: Counter;
    /** `custody.extraDays.hdcLost` */
    readonly extraDaysLost: Counter;
  };
  /** Reports past their deadline and not yet done (a level). */
  readonly reportsBacklog: Level;
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
  if (kind === 'preRelease') return ['preRelease'];
  return ['reports', `reports.${kind}`];
}

const deadlineKinds: readonly TrackedKind[] = ['assessment', 'sentencePlan', 'oasysReview', 'parole', 'hdc', 'handover', 'preRelease'];

/** Resolves the hot counters of one replication's metrics. */
export function hotCounters(metrics: Metrics): HotCounters {
  const c = (name: string) => metrics.counter(name);
  const tierCounters = (tier: number): TierContactCounters => ({
    required: c(`contacts.required.tier${tier}`),
    delivered: c(`contacts.delivered.tier${tier}`),
    minutesDelivered: c(`contacts.minutesDelivered.tier${tier}`),
  });
  const level = (name: string) => metrics.levelHandle(name);
  return {
    prisoners: {
      population: level('prisoners.population'),
      heldBy: record(sentenceTypes, (sentence) => level(`prisoners.held.${sentence}`)),
      heldPastTariff: record(indeterminateSentences, (sentence) => level(`prisoners.heldPastTariff.${sentence}`)),
      heldWithOasysOverdue: record(indeterminateSentences, (sentence) => level(`prisoners.heldWithOasysOverdue.${sentence}`)),
      inScope: level('prisoners.inScope'),
      inScopeByTier: [0, 1, 2, 3, 4].map((tier) => level(`prisoners.inScope.tier${tier}`)),
      received: c('prisoners.received'),
      receivedOnRecall: c('prisoners.received.recall'),
      sentencedAfterRemand: c('prisoners.sentencedAfterRemand'),
      released: c('prisoners.released'),
      releasedFor: record(releaseReasons, (reason) => c(`prisoners.released.${reason}`)),
    },
    assessments: {
      awaiting: level('assessments.awaiting'),
      finished: c('assessments.finished'),
      waitDays: c('assessments.waitDays'),
    },
    allocation: {
      unallocated: level('cases.unallocated'),
      allocated: c('allocation.allocated'),
      waitDays: c('allocation.waitDays'),
    },
    hdc: {
      eligible: c('hdc.eligible'),
      granted: c('hdc.granted'),
      refused: c('hdc.refused'),
      daysLost: c('hdc.daysLost'),
      extraDaysLost: c('custody.extraDays.hdcLost'),
    },
    reportsBacklog: level('reports.backlog'),
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
