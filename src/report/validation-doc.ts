/** docs/validation.md: the model beside the published figures, written from a comparison's results. */
import type { MetricSummary } from '../experiment/interval.ts';
import type { FigureResult, ValidationResult } from '../experiment/validation.ts';
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
    `Read the match with this in mind: of the hearings the scenario holds, ${withInterval(check.heardWithoutReports, (v) => show(v, share))} go ahead with an incomplete dossier (the panel hears an incomplete dossier rather than put it back, \`parole.deferralProbabilityIncompleteDossier\`, an assumption). So the model's hearings "on time" are largely incomplete dossiers heard anyway, which the NAO did not describe; and the scenario reaches the NAO's figures only with its two probation officers far beyond their capacity, which is where its staffing, an assumption, puts them.`,
    '',
  ];
  return `${lines.join('\n')}`;
}
