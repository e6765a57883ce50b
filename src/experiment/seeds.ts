/**
 * Seeds of replications. Replication k of any scenario with seed s uses the
 * seed "s.k", and every source of randomness a stream named under it: two
 * scenarios run with the same seed share common random numbers replication
 * by replication.
 */
export function replicationSeed(scenarioSeed: number, replication: number): string {
  return `${scenarioSeed}.${replication}`;
}

/**
 * A replication's seed as a CSV cell: "s1.10", text that no spreadsheet can
 * read as a number (Excel, R and pandas read "1.10" and "1.1" as the same
 * 1.1). Strip the "s" and the rest is the seed itself, the scenario's seed
 * before the dot and the replication after it: `omsim run --seed 1` runs
 * replication 10 with it again.
 */
export function seedCell(seed: string): string {
  return `s${seed}`;
}
