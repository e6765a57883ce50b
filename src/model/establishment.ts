/** One prison: its staff, the cases waiting for a supervisor, and its random streams. */
import type { RandomStream } from '../engine/index.ts';
import type { EstateGroup, StaffGroup } from '../scenario/schema/index.ts';
import { staffGroups } from '../scenario/schema/index.ts';
import type { EstablishmentConfig } from './config.ts';
import { OverloadedStaff } from './overloaded-staff.ts';
import type { Prisoner, StaffMember } from './types.ts';

/** The random streams that belong to one establishment, so changing one prison leaves the others' draws alone. */
export interface EstablishmentStreams {
  readonly arrivals: RandomStream;
  readonly people: RandomStream;
  readonly decisions: RandomStream;
}

export class Establishment {
  /** Staff in post, by group (people removed by a timeline change are taken out). */
  readonly staff: Record<StaffGroup, StaffMember[]>;
  /** Staff in post whose open work is above the overflow threshold, busiest first (for work to take over). */
  readonly overloaded = new OverloadedStaff();
  /** In-scope cases waiting for a supervisor, oldest first (released ones are skipped lazily). */
  readonly unallocated: Prisoner[] = [];
  /** People held now. */
  population = 0;
  /** Receptions per hour that keep the population near its target. */
  receptionRate = 0;
  /** In a prison kept full (population.admission), what receives people for its free places; set when receptions start. */
  placesToFill: { request(): void } | null = null;
  /** How many times each post ("group/seat") has been filled, to name its random stream. */
  readonly seatHires = new Map<string, number>();
  /** Oversight demand (hours) that has arisen since it was last put on the overseers' lists. */
  oversightHoursAccrued = 0;
  /** Draws for key work and the COM's work under OMiC: a stream of their own, made when first needed, so a scenario without OMiC draws nothing new. */
  omicRng: RandomStream | null = null;
  /** Mixed with a prisoner's number to key that prisoner's own decisions (see decisions.ts). */
  readonly decisionSalt: number;

  constructor(
    readonly index: number,
    readonly name: string,
    readonly group: EstateGroup | null,
    public config: EstablishmentConfig,
    readonly streams: EstablishmentStreams,
  ) {
    this.staff = Object.fromEntries(staffGroups.map((g) => [g, []])) as unknown as Record<StaffGroup, StaffMember[]>;
    this.decisionSalt = Math.floor(streams.decisions.random() * 4294967296) | 0;
  }

  get type(): EstablishmentConfig['establishment']['type'] {
    return this.config.establishment.type;
  }

  /** Every member of staff in post. */
  *allStaff(): IterableIterator<StaffMember> {
    for (const g of staffGroups) yield* this.staff[g];
  }
}
