/** The scenario schema: parameters, their defaults, units and sources. */
export * from './casework.ts';
export * from './distribution.ts';
export * from './omic.ts';
export * from './population.ts';
export * from './release.ts';
export * from './scenario.ts';
export * from './sensitivity.ts';
export * from './staff.ts';
export * from './workload.ts';
