/** Erlang's C formula: the exact mean wait in queue of M/M/c, the truth the interval tests are checked against. */

/** Erlang C by the stable recursion of Erlang B: the probability an arrival waits. */
export function erlangC(servers: number, offered: number): number {
  if (offered >= servers) throw new RangeError('unstable: the offered load must be below the number of servers');
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offered * b) / (k + offered * b);
  return (servers * b) / (servers - offered * (1 - b));
}

/** Mean wait in queue of M/M/c: C(c, λ/μ) / (cμ − λ). */
export function erlangWaitInQueue(lambda: number, mu: number, servers: number): number {
  return erlangC(servers, lambda / mu) / (servers * mu - lambda);
}
