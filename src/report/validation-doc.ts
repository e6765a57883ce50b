/** docs/validation.md: the model beside the published figures, written from a comparison's results. */
import type { MetricSummary } from '../experiment/interval.ts';
import type { FigureResult, ValidationResult } from '../experiment/validation.ts';
import { formatNumber } from './format.ts';
import type { MetricWords } from './metrics.ts';

/** The command that regenerates the page (also in its text, so a reader can run it). */
export const validationCommand = 'npm run validation';

const wordsFor = (unit: 'share' | 'cases'): MetricWords => (unit === 'share' ? { label: '', unit: '%', share: true, digits: 1 } : { label: '', unit: 'cases', digits: 1 });

function show(value: number, words: MetricWords): string {
  const scaled = words.share === true || words.unit === 'points' ? value * 100 : value;
  const text = formatNumber(scaled, words.digits);
  if (text === 'n/a') return text;
  return words.unit === '%' ? `${text}%` : words.unit === 'points' ? `${text} points` : text;
}

function withInterval(summary: MetricSummary, words: MetricWords): string {
  const [low, high] = summary.ci95;
  const mean = show(summary.mean, words);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return mean;
  return `${mean} (${show(low, words)} to ${show(high, words)})`;
}

/** A difference of shares, in percentage points. */
const points: MetricWords = { label: '', unit: 'points', digits: 1 };

/** A table cell: no line breaks or bars that would end the cell. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function row(result: FigureResult): string {
  const { figure, model, verdict } = result;
  const words = wordsFor(figure.unit);
  const published = `${figure.figure} (${show(figure.published, words)})`;
  const range = `${show(figure.accept[0], words)} to ${show(figure.accept[1], words)}`;
  return `| ${[published, figure.source, `scenarios/${figure.scenario}`, withInterval(model, words), `${verdict} (range ${range})`].map(cell).join(' | ')} |`;
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
    `The NAO figures must come from the staffing of \`scenarios/${check.scenario}\`, not from a setting chosen to give them. So the same prison is run again with ample staff (${check.overrides.map((o) => `\`${o}\``).join(', ')}): parole hearings held at their first listing go from ${withInterval(check.asBuilt, share)} to ${withInterval(check.ampleStaff, share)}, a paired rise of ${withInterval(check.rise, points)} (${check.passes ? 'at least' : 'less than'} the 15 points asked for).`,
    '',
    `Read the match with this in mind: of the hearings the scenario holds, ${withInterval(check.heardWithoutReports, share)} go ahead without their reports (the panel hears an incomplete dossier rather than put it back, \`parole.deferralProbabilityIncompleteDossier\`, an assumption). So the model's hearings "on time" are largely incomplete dossiers heard anyway, which the NAO did not describe; and the scenario reaches the NAO's figures only with its two probation officers far beyond their capacity, which is where its staffing, an assumption, puts them.`,
    '',
  ];
  return `${lines.join('\n')}`;
}
