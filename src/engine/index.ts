/** The discrete-event engine: clock, calendar, processes, resources, random streams and statistics. */
export { EventCalendar, type CalendarOptions } from './calendar.ts';
export { Condition } from './condition.ts';
export { NORMAL, SimEvent, Timeout, URGENT, type CalendarEntry } from './event.ts';
export { Interrupt, Process, type ProcessBody, type Yieldable } from './process.ts';
export { cos, exp, ln, pow, tan } from './deterministic-math.ts';
export { keyedUniform, RandomStream, RandomStreams } from './random.ts';
export { Preempted, Request, Resource, type RequestOptions, type ResourceOptions } from './resource.ts';
export { ScheduledCall, Simulation, type RunLimit, type SimulationOptions } from './simulation.ts';
export { Histogram, TimeWeighted, Tally } from './statistics.ts';
export { followTimetable, type CapacityStep, type TimetableOptions } from './timetable.ts';
export { Fifo } from './waiting-line.ts';
export { useResource, type PreemptionPolicy, type WorkOptions, type WorkOutcome } from './work.ts';
