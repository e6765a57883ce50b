/** The headline of a study in plain words, for the terminal. */
import type { MetricSummary } from '../experiment/interval.ts';
import type { StudySummary } from '../experiment/summary.ts';

function format(value: number, digits: number, percent: boolean): string {
  if (!Number.isFinite(value)) return 'n/a';
  return percent ? `${(value * 100).toFixed(digits)}%` : value.toFixed(digits);
}

function line(label: string, summary: MetricSummary | undefined, digits: number, percent = false): string {
  if (summary === undefined) return `${label}: n/a`;
  const interval = Number.isFinite(summary.ci95[0])
    ? ` (95% CI ${format(summary.ci95[0], digits, percent)} to ${format(summary.ci95[1], digits, percent)})`
    : '';
  return `${label}: ${format(summary.mean, digits, percent)}${interval}`;
}

export function headline(summary: StudySummary, folder: string): string {
  const m = summary.metrics;
  const s = summary.study;
  return [
    `${summary.scenario.name}: ${s.replications} replications of ${s.horizonYears} years (warm-up ${s.warmupWeeks} weeks)`,
    line('  cases per supervisor', m['caseload.perSupervisor.mean'], 1),
    line('  contact minutes per prisoner per month', m['contacts.minutesPerPrisonerPerMonth'], 1),
    line('  contacts delivered', m['contacts.deliveredShare'], 1, true),
    line('  reports unfinished at their deadline', m['reports.unfinishedShare'], 1, true),
    line('  parole reports on time', m['reports.parole.onTimeShare'], 1, true),
    line('  staff time in direct contact', m['staff.directContactShare'], 1, true),
    line('  cases waiting for a supervisor', m['cases.unallocated.mean'], 1),
    `results: ${folder}`,
  ].join('\n');
}
