/** A progress bar with ETA on standard error, shown only when it is a terminal and the user has not asked for quiet. */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const silent: Progress = { update: () => {}, stop: () => {} };

/**
 * The bar's line: label, bar, count, per cent and time left. Until the first
 * replication is done there is no rate to estimate from, so no time left is
 * shown rather than "ETA NFs".
 */
export function progressFormat(label: string): cliProgress.GenericFormatter {
  const withEta = `${label} [{bar}] {value}/{total} · {percentage}% · ETA {eta_formatted}`;
  const withoutEta = `${label} [{bar}] {value}/{total} · {percentage}%`;
  return (options, params, payload) =>
    cliProgress.Format.Formatter({ ...options, format: params.value > 0 && Number.isFinite(params.eta) ? withEta : withoutEta }, params, payload);
}

export function startProgress(label: string, total: number, quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: progressFormat(label),
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    // The total may grow (a plan gives a value more replications while its verdict is unclear).
    update: (done, total) => {
      if (total !== bar.getTotal()) bar.setTotal(total);
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}
