/** Everything one replication of the model shares: clock, random streams, parameters in force, establishments, measurements. */
import type { RandomStream, RandomStreams, Simulation } from '../engine/index.ts';
import type { Scenario } from '../scenario/schema/index.ts';
import type { HotCounters } from './counters.ts';
import type { Establishment } from './establishment.ts';
import type { Metrics } from './metrics.ts';
import type { StaffMember } from './types.ts';

export interface ModelContext {
  readonly sim: Simulation;
  readonly streams: RandomStreams;
  /** The parameters in force: a timeline change replaces this object. */
  params: Scenario;
  readonly establishments: Establishment[];
  readonly metrics: Metrics;
  /** Handles on the counters of `metrics` that hot paths add to. */
  readonly counters: HotCounters;
  /** Draws for the initial population (its own stream, so the run after time 0 is unaffected by how it was drawn). */
  readonly initialRng: RandomStream;
  /** End of the run (hours). */
  readonly horizon: number;
  /** Everyone who has been in post, those since removed included (for measures over the whole run). */
  readonly staffEver: StaffMember[];
  /** Hours of work demanded of nobody (contacts of cases waiting for a supervisor) over the measured period. */
  demandOfNobody: number;
  nextPrisonerId: number;
  nextStaffId: number;
}
