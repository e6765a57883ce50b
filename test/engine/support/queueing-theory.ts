/** Closed-form steady-state results the queue model is checked against. */

export interface QueueMeasures {
  /** Mean wait in queue, mean time in system, mean number in queue, in system. */
  wq: number;
  w: number;
  lq: number;
  l: number;
  /** Offered load per server, λ / (cμ). */
  utilisation: number;
}

/** Erlang's B (loss) formula by its stable recursion B(k) = aB(k−1) / (k + aB(k−1)). */
export function erlangB(servers: number, offered: number): number {
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offered * b) / (k + offered * b);
  return b;
}

/** Erlang's C formula: the probability an arrival must wait in M/M/c. */
export function erlangC(servers: number, offered: number): number {
  if (offered >= servers) throw new RangeError('the queue is unstable: offered load must be below the number of servers');
  const b = erlangB(servers, offered);
  return (servers * b) / (servers - offered * (1 - b));
}

/** M/M/c: Wq = C(c, a) / (cμ − λ) with a = λ/μ, then Little's law for the rest. */
export function mmc(lambda: number, mu: number, servers: number): QueueMeasures {
  const wq = erlangC(servers, lambda / mu) / (servers * mu - lambda);
  return withLittle(lambda, mu, servers, wq);
}

/** M/D/1 by Pollaczek–Khinchine: Wq = λE[S²] / (2(1 − ρ)) with E[S²] = 1/μ². */
export function md1(lambda: number, mu: number): QueueMeasures {
  const rho = lambda / mu;
  const wq = (lambda / (mu * mu)) / (2 * (1 - rho));
  return withLittle(lambda, mu, 1, wq);
}

/**
 * Cobham's formula for the non-preemptive priority M/M/c queue with equal
 * exponential service rates: class k (0 best) waits on average
 * Wq_k = (C(c, a) / (cμ)) / ((1 − σ_{k−1})(1 − σ_k)), where σ_k is the load
 * per server of classes 0..k. With c = 1 this is W0 / ((1 − σ_{k−1})(1 − σ_k))
 * with W0 = λ/μ², the mean residual work found in service.
 */
export function cobham(lambda: number, mu: number, servers: number, shares: readonly number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const base = erlangC(servers, lambda / mu) / (servers * mu);
  const result: number[] = [];
  let sigmaBefore = 0;
  for (const share of shares) {
    const sigma = sigmaBefore + (lambda * share) / total / (servers * mu);
    result.push(base / ((1 - sigmaBefore) * (1 - sigma)));
    sigmaBefore = sigma;
  }
  return result;
}

function withLittle(lambda: number, mu: number, servers: number, wq: number): QueueMeasures {
  const w = wq + 1 / mu;
  return { wq, w, lq: lambda * wq, l: lambda * w, utilisation: lambda / (servers * mu) };
}
