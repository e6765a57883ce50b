/** docs/validation.md: the model beside the published figures, written from a comparison's results. */
import type { Drift } from '../experiment/drift.ts';
import type { MetricSummary } from '../experiment/interval.ts';
import { placeholderWords } from '../experiment/metric-catalogue.ts';
import { ampleStaffCheck } from '../experiment/published-figures.ts';
import type { AmpleStaffResult, FigureResult, ValidationResult } from '../experiment/validation.ts';
import { formatBare, formatNumber } from './format.ts';
import type { MetricWords } from './metrics.ts';

/** The command that regenerates the page (also in its text, so a reader can run it). */
export const validationCommand = 'npm run validation';

const wordsFor = (unit: 'share' | 'cases'): MetricWords => (unit === 'share' ? { label: '', unit: '%', share: true, digits: 1 } : { label: '', unit: 'cases', digits: 1 });

/** A value as the figure's unit writes it: "22.6%", "22.3". */
const show = (value: number, words: MetricWords): string => formatBare(value, words);

/** "mean (low to high)", each written by `write`, or the mean alone when there is no interval. */
function withInterval(summary: MetricSummary, write: (value: number) => string): string {
  const [low, high] = summary.ci95;
  const mean = write(summary.mean);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return mean;
  return `${mean} (${write(low)} to ${write(high)})`;
}

/** A difference of shares in percentage points: "70.0 points". */
const points = (value: number): string => `${formatNumber(value * 100, 1)} points`;

/** A table cell: no line breaks or bars that would end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function row(result: FigureResult): string {
  const { figure, model, verdict } = result;
  const words = wordsFor(figure.unit);
  const published = `${figure.figure} (${show(figure.published, words)})`;
  const range = `${show(figure.accept[0], words)} to ${show(figure.accept[1], words)}`;
  return `| ${[published, figure.source, `scenarios/${figure.scenario}`, withInterval(model, (v) => show(v, words)), `${verdict} (range ${range})`].map(cell).join(' | ')} |`;
}

function notes(result: FigureResult): string {
  const { figure } = result;
  const how = figure.kind === 'threshold' ? ` The sweep varies \`${figure.parameter}\` over ${figure.values.join(', ')}.` : '';
  const overrides = figure.kind === 'scenario' && figure.overrides.length > 0 ? ` With ${figure.overrides.map((o) => `\`${o}\``).join(', ')}.` : '';
  return `- **${figure.figure}.** The model's measure: ${figure.measure}.${overrides}${how} ${figure.why}`;
}

/** "settled (a change of 2.1 pieces of work (−5.0 to 9.2) against a tolerance of 9.8)" or "still moving (…)": one series' drift in words, with its interval across replications. */
function driftWords(drift: Drift, unit: string): string {
  const change = `${withInterval(drift.change, (v) => formatNumber(v, 1))} ${unit} against a tolerance of ${formatNumber(drift.tolerance, 1)}`;
  return `${drift.settled ? 'settled' : 'still moving'} (${change})`;
}

/** Whether the calibration scenario's figures are read at steady state, and each staff group's workload there. */
function steadyStateAndWorkload(check: AmpleStaffResult): string {
  const { drift, workload } = check;
  const steady = drift.population.settled && drift.backlog.settled;
  const most = ampleStaffCheck.mostWorkloadPercent;
  const groups = workload.map(({ group, percent }) => `the ${placeholderWords.group[group]} ${withInterval(percent, (v) => `${formatNumber(v, 0)}%`)}`);
  const over = workload.filter(({ percent }) => percent.mean > most).map(({ group }) => placeholderWords.group[group]);
  const verdict = over.length === 0 ? `no group above the ${most}% allowed` : `the ${over.join(' and ')} above the ${most}% allowed, so the match rests on overloading them without limit`;
  return [
    `${steady ? 'The figures are read at steady state' : 'The drift check does not find the scenario settled'}: across the second half of the weeks after its warm-up, the population is ${driftWords(drift.population, 'people')} and the backlog of overdue reports and unallocated cases ${driftWords(drift.backlog, 'pieces of work')} (\`study.drift\`, the last quarter's mean less the third's, with its interval across replications).`,
    `Each group's work demanded as a share of its casework hours (\`workload.capacityPercent\`, which, like the probation Workload Measurement Tool, takes no account of hours lost to redeployment): ${groups.join(', ')}; ${verdict}.`,
  ].join(' ');
}

export function validationMarkdown(result: ValidationResult, version: string): string {
  const share = wordsFor('share');
  const check = result.ampleStaff;
  const lines = [
    '# How the model compares with published figures',
    '',
    `Written by \`${validationCommand}\` (omsim ${version}, seed ${result.seed}, ${result.replications} replications of each scenario at its own horizon); run it again to bring this page up to date. No figure below is an input of its scenario: each has to come out of the staffing, the work and the deadlines. Sources are listed in full in [sources.md](sources.md).`,
    '',
    'The model column gives the mean over replications and its 95% confidence interval. The verdict is *reproduced* when the mean lies in the stated range, *borderline* when only the interval reaches it, and *not reproduced* otherwise. The ranges are judgements, each explained below.',
    '',
    '| figure | source | scenario | model | verdict |',
    '|---|---|---|---|---|',
    ...result.figures.map(row),
    '',
    '## What each comparison measures',
    '',
    ...result.figures.map(notes),
    '',
    '## The calibration scenario’s staffing',
    '',
    `The NAO figures must come from the staffing of \`scenarios/${check.scenario}\`, not from a setting chosen to give them. So the same prison is run again with ample staff (${check.overrides.map((o) => `\`${o}\``).join(', ')}): parole hearings held at their first listing go from ${withInterval(check.asBuilt, (v) => show(v, share))} to ${withInterval(check.ampleStaff, (v) => show(v, share))}, a paired rise of ${withInterval(check.rise, points)} (${check.passes ? 'at least' : 'less than'} the 15 points asked for).`,
    '',
    steadyStateAndWorkload(check),
    '',
    `Read the match with this in mind: of the hearings the scenario holds, ${withInterval(check.heardWithoutReports, (v) => show(v, share))} go ahead with an incomplete dossier (the panel hears an incomplete dossier rather than put it back, \`parole.deferralProbabilityIncompleteDossier\`, an assumption), and some of the model's hearings "on time" are among them, which the NAO did not describe. The staffing that places each group where it is is an assumption of the scenario, explained in its comments.`,
    '',
  ];
  return `${lines.join('\n')}`;
}
