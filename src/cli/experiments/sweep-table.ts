/** A sweep in plain words for the terminal: the key metrics at each point. */
import { plural } from '../../report/format.ts';
import type { SweepFile } from '../../experiment/formats.ts';
import { formatValue, keyMetrics } from '../key-metrics.ts';

/** The metrics shown (the table would be too wide with them all). */
const shown = ['reports.unfinishedShare', 'caseload.perSupervisor.mean', 'contacts.deliveredShare', 'cases.unallocated.mean'];

export function sweepTable(sweep: SweepFile, folder: string): string {
  const metrics = keyMetrics.filter((m) => shown.includes(m.name));
  const header = [...sweep.parameters, ...metrics.map((m) => m.label)];
  const rows = sweep.points.map((point) => [
    ...sweep.parameters.map((p) => String(point.values[p])),
    ...metrics.map((m) => {
      const s = point.metrics[m.name];
      if (s === undefined) return 'n/a';
      const half = (s.ci95[1] - s.ci95[0]) / 2;
      return Number.isFinite(half) ? `${formatValue(m, s.mean)} ± ${formatValue(m, half).replace('%', '')}` : formatValue(m, s.mean);
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  return [
    `sweep of ${sweep.points.length} points, ${plural(sweep.study.replications, 'replication')} each of ${plural(sweep.study.horizonYears, 'year')} on common random numbers (mean ± 95% half-width)`,
    line(header),
    ...rows.map(line),
    `results: ${folder}`,
  ].join('\n');
}
