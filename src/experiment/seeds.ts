/**
 * Seeds of replications. Replication k of any scenario with seed s uses the
 * seed "s.k", and every source of randomness a stream named under it: two
 * scenarios run with the same seed share common random numbers replication
 * by replication.
 */
export function replicationSeed(scenarioSeed: number, replication: number): string {
  return `${scenarioSeed}.${replication}`;
}
