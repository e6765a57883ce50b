/**
 * docs/validation.md: the model beside the published figures, written from a
 * comparison's results, in two parts: the figures no input was set from
 * (validation, out of sample) and those an input was set from (calibration,
 * shown as a check that it holds).
 */
import type { MetricSummary } from '../experiment/interval.ts';
import { ampleStaffCheck, figuresNotCompared, type FigureRole, type FigureUnit, type PublishedFigure } from '../experiment/published-figures.ts';
import { placeholderWords } from '../experiment/metric-catalogue.ts';
import type { AmpleStaffResult, FigureResult, RunResult, ValidationResult, Verdict } from '../experiment/validation.ts';
import { sourceWords } from './evidence-words.ts';
import { formatBare, formatNumber } from './format.ts';
import type { MetricWords } from './metrics.ts';

/** The command that regenerates the page (also in its text, so a reader can run it). */
export const validationCommand = 'npm run validation';

/** The headings of the two parts, by role (a test finds each figure under its own). */
export const roleHeadings: Record<FigureRole, string> = {
  validation: '## Validation: figures no input was set from',
  calibration: '## Calibration: figures an input was set from',
};

/** The headings of the notes on each role's figures. */
export const notesHeadings: Record<FigureRole, string> = {
  validation: '### Validation figures',
  calibration: '### Calibration figures',
};

const wordsFor = (unit: FigureUnit): MetricWords =>
  unit === 'share' ? { label: '', unit: '%', share: true, digits: 1 } : { label: '', unit, digits: unit === 'cases' ? 1 : 0 };

/** A value as the figure's unit writes it: "22.6%", "22.3", "73,717". */
const show = (value: number, unit: FigureUnit): string => formatBare(value, wordsFor(unit));

/** A value with its unit: "22.6%", "73,717 people a year". */
const withUnit = (value: number, unit: FigureUnit): string => (unit === 'share' ? show(value, unit) : `${show(value, unit)} ${unit}`);

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

const tableRow = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;

/** The range a figure's verdict is read against: "62,700 to 84,800 people a year". */
export function rangeWords(figure: PublishedFigure): string {
  return `${show(figure.accept[0], figure.unit)} to ${withUnit(figure.accept[1], figure.unit)}`;
}

/** A calibration's verdict in its own words: whether the calibration holds once the mechanism runs. */
const calibrationWords: Record<Verdict, string> = { reproduced: 'holds', borderline: 'borderline', 'not reproduced': 'does not hold' };

/** The scenario a run was, with any parameters changed: "scenarios/x.yaml (a=1, b=2)". */
function runName(run: Pick<RunResult, 'file' | 'overrides'>): string {
  return run.overrides.length === 0 ? `scenarios/${run.file}` : `scenarios/${run.file} (${run.overrides.map((o) => `\`${o}\``).join(', ')})`;
}

/** Whether a figure's runs settled: "yes", or which did not. */
function steadyWords(result: FigureResult, runs: readonly RunResult[]): string {
  const unsettled = result.runs.map((i) => runs[i]).filter((run) => !run.settled);
  if (unsettled.length === 0) return 'yes';
  const what = (run: RunResult) => [run.drift.population.settled ? '' : 'population', run.drift.backlog.settled ? '' : 'backlog'].filter(Boolean).join(' and ');
  if (result.runs.length === 1) return `no: ${what(unsettled[0])} still moving`;
  return `no at ${unsettled.length} of ${result.runs.length} points of the sweep`;
}

function eraWords(result: FigureResult, runs: readonly RunResult[]): string {
  const era = runs[result.runs[0]].era;
  return `${result.figure.era}; scenario ${era ?? 'states none'}`;
}

function validationRow(result: FigureResult, runs: readonly RunResult[]): string {
  const { figure, model, verdict } = result;
  return tableRow([
    `${figure.figure} (${withUnit(figure.published, figure.unit)})`,
    eraWords(result, runs),
    `scenarios/${figure.scenario}`,
    withInterval(model, (v) => show(v, figure.unit)),
    `${verdict} (range ${rangeWords(figure)})`,
    steadyWords(result, runs),
  ]);
}

function calibrationRow(result: FigureResult, runs: readonly RunResult[]): string {
  const { figure, model, verdict } = result;
  const sets = figure.role === 'calibration' ? figure.sets.map((p) => `\`${p}\``).join(', ') : '';
  return tableRow([
    `${figure.figure} (${withUnit(figure.published, figure.unit)})`,
    eraWords(result, runs),
    sets,
    `scenarios/${figure.scenario}`,
    withInterval(model, (v) => show(v, figure.unit)),
    `${calibrationWords[verdict]} (range ${rangeWords(figure)})`,
    steadyWords(result, runs),
  ]);
}

/**
 * What a figure is compared with and why, from the catalogue alone (no model
 * value): the page's note on it, which a test finds under its role's heading.
 */
export function figureNote(figure: PublishedFigure): string {
  const how = figure.kind === 'threshold' ? ` The sweep varies \`${figure.parameter}\` over ${figure.values.join(', ')}.` : '';
  const overrides = figure.kind === 'scenario' && figure.overrides.length > 0 ? ` With ${figure.overrides.map((o) => `\`${o}\``).join(', ')}.` : '';
  return `- **${figure.figure}** (${figure.era}; ${sourceWords(figure.source)}). The model's measure: ${figure.measure}.${overrides}${how} Range: ${rangeWords(figure)}. ${figure.why}`;
}

/** How many replications each scenario ran, for the page's first line. */
function replicationWords(replications: number | null): string {
  return replications === null ? 'each scenario at the replications it states' : `${replications} replications of each scenario`;
}

function runRow(run: RunResult): string {
  const whose = run.warmupFrom === 'scenario' ? 'the scenario’s' : 'the comparison’s (the scenario sets none)';
  const reading = (d: RunResult['drift']['population']) =>
    `(${formatNumber(d.change.mean, 1)}, 95% interval ${d.change.ci95.map((x) => formatNumber(x, 1)).join(' to ')}, against a tolerance of ${formatNumber(d.tolerance, 1)})`;
  const drift = (d: RunResult['drift']['population']) => {
    if (!d.settled) return `moving ${reading(d)}`;
    // Settled, but only because the replications cannot tell the change from none: say so.
    if (Math.abs(d.change.mean) > d.tolerance) return `settled within noise ${reading(d)}`;
    return 'settled';
  };
  return tableRow([runName(run), run.era === null ? 'none' : String(run.era), String(run.replications), `${run.warmupWeeks} weeks, ${whose}`, `${run.suggestedWarmupWeeks} weeks`, drift(run.drift.population), drift(run.drift.backlog)]);
}

function tally(results: readonly FigureResult[]): string {
  const count = (v: Verdict) => results.filter((r) => r.verdict === v).length;
  return `${count('reproduced')} of ${results.length} reproduced, ${count('borderline')} borderline, ${count('not reproduced')} not reproduced`;
}

/** Each casework group's workload in the calibration scenario, as built, against the most the scenario may ask of anyone. */
function workloadWords(check: AmpleStaffResult): string {
  const most = ampleStaffCheck.mostWorkloadPercent;
  const groups = check.workload.map(({ group, percent }) => `the ${placeholderWords.group[group]} ${withInterval(percent, (v) => `${formatNumber(v, 0)}%`)}`);
  const over = check.workload.filter(({ percent }) => percent.mean > most).map(({ group }) => placeholderWords.group[group]);
  const verdict = over.length === 0 ? `no group above the ${most}% allowed` : `the ${over.join(' and ')} above the ${most}% allowed, so the match rests on overloading them without limit`;
  return `Each group's work demanded as a share of its casework hours (\`workload.capacityPercent\`, which, like the probation Workload Measurement Tool, takes no account of hours lost to redeployment): ${groups.join(', ')}; ${verdict}.`;
}

function ampleStaffSection(result: ValidationResult): string[] {
  const check = result.ampleStaff;
  if (check === null) return [];
  const share = (v: number) => show(v, 'share');
  return [
    '## The NAO scenario’s staffing',
    '',
    `The NAO figures must come from the staffing of \`scenarios/${check.scenario}\`, not from a setting chosen to give them. So the same prison is run again with ample staff (${check.overrides.map((o) => `\`${o}\``).join(', ')}): parole hearings held at their first listing go from ${withInterval(check.asBuilt, share)} to ${withInterval(check.ampleStaff, share)}, a paired rise of ${withInterval(check.rise, points)} (${check.passes ? 'at least' : 'less than'} the 15 points asked for).`,
    '',
    `Read the match with this in mind: of the hearings the scenario holds, ${withInterval(check.heardWithoutReports, share)} go ahead with an incomplete dossier (the panel hears an incomplete dossier rather than put it back, \`parole.deferralProbabilityIncompleteDossier\`, an assumption). The model's hearings "on time" include incomplete dossiers heard anyway, which the NAO did not describe; and the scenario's staffing, on which the figures turn, is an assumption.`,
    '',
    workloadWords(check),
    '',
  ];
}

export function validationMarkdown(result: ValidationResult, version: string): string {
  const ofRole = (role: FigureRole) => result.figures.filter((r) => r.figure.role === role);
  const validation = ofRole('validation');
  const calibration = ofRole('calibration');
  const lines = [
    '# How the model compares with published figures',
    '',
    `Written by \`${validationCommand}\` (omsim ${version}, seed ${result.seed}, ${replicationWords(result.replications)} at its own horizon, its warm-up left out); run it again to bring this page up to date. The figures, their ranges and the reasons for them are in \`src/experiment/published-figures.ts\`; sources are listed in full in [sources.md](sources.md).`,
    '',
    'A figure is one of two kinds. **Validation** figures set no input of any scenario: each has to come out of the staffing, the work, the deadlines and the rules, so they are the test of the model out of sample. **Calibration** figures are those an input was set from (the parameter is named); the model’s value beside them only checks that the calibration holds once the mechanism runs, and is no evidence that the model is right.',
    '',
    'The model column gives the mean over replications and its 95% confidence interval. The verdict is *reproduced* when the mean lies in the stated range, *borderline* when only the interval reaches it, and *not reproduced* otherwise. The ranges are judgements, each explained below, stated before the model’s value was looked at and not widened after. *Steady* says whether the runs the figure was read from had settled (the population and the backlog of unfinished work within tolerance over the second half of the weeks measured; see [Steady state](#steady-state)).',
    '',
    roleHeadings.validation,
    '',
    `${tally(validation)}.`,
    '',
    '| figure | year; scenario’s era | scenario | model | verdict | steady |',
    '|---|---|---|---|---|---|',
    ...validation.map((r) => validationRow(r, result.runs)),
    '',
    roleHeadings.calibration,
    '',
    '| figure | year; scenario’s era | sets | scenario | model | calibration | steady |',
    '|---|---|---|---|---|---|---|',
    ...calibration.map((r) => calibrationRow(r, result.runs)),
    '',
    '## What each comparison measures',
    '',
    notesHeadings.validation,
    '',
    ...validation.map((r) => figureNote(r.figure)),
    '',
    notesHeadings.calibration,
    '',
    ...calibration.map((r) => figureNote(r.figure)),
    '',
    '## Steady state',
    '',
    'Each scenario is run with its own warm-up left out, or, where it sets none, the comparison’s (`warmupWhereScenarioSetsNone` in `src/experiment/published-figures.ts`: MSER-5’s suggestion from a pilot run, rounded up). Beside it, what MSER-5 suggests from these runs, and whether the population and the backlog (reports past their deadline and cases waiting for a supervisor) still moved over the second half of the weeks measured: the change from the third quarter to the last, against max(3% of the level, 5), counted as movement only when its 95% interval across replications also leaves out no change at all.',
    '',
    '| scenario | era | replications | warm-up left out | MSER-5 suggests | population | backlog |',
    '|---|---|---|---|---|---|---|',
    ...result.runs.map(runRow),
    '',
    '## Figures considered and not compared',
    '',
    ...figuresNotCompared.map((f) => `- **${f.figure}** (${sourceWords(f.source)}). ${f.why}`),
    '',
    ...ampleStaffSection(result),
  ];
  return `${lines.join('\n')}`;
}
