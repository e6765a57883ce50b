/**
 * The flow diagram of the model: a prisoner's pathway from reception to
 * release as an inline SVG (no diagram library), annotated with the values
 * of the scenario as run, and the staff whose hours it all draws on.
 */
import { fontFamily } from '../charts/style.ts';
import { escapeHtml } from '../html/escape.ts';
import { valueAt } from './parameters.ts';

interface Step {
  title: string;
  detail: string;
}

const num = (scenario: unknown, path: string): string => {
  const v = valueAt(scenario, path);
  return v === null || v === undefined ? 'none' : String(v);
};

/** The pathway's stages, in order, with the scenario's key figures. */
export function pathwaySteps(scenario: unknown): Step[] {
  const s = (path: string) => num(scenario, path);
  return [
    { title: 'Reception', detail: `about ${s('population.size')} held; remand, determinate and indeterminate sentences` },
    { title: 'Assessment (OASys)', detail: `due ${s('assessment.dueWeeks')} weeks after reception; ${s('assessment.fullHours')} h full, ${s('assessment.basicHours')} h basic` },
    { title: 'Tiering', detail: 'tier 1 to 4 by Risk of Serious Harm and likelihood of reoffending' },
    { title: 'Allocation to a supervisor', detail: `policy ${s('allocation.policy')}; caseload cap ${s('caseload.cap')}; waits when nobody can take the case` },
    { title: 'Sentence planning', detail: `plan due ${s('sentencePlan.dueWeeksShort')} or ${s('sentencePlan.dueWeeksLong')} weeks after reception` },
    { title: 'Supervision: contacts, reviews, reports', detail: `contacts by tier; OASys review every ${s('assessment.reviewIntervalWeeks')} weeks; reports with deadlines` },
    { title: 'Release: parole, HDC or automatic', detail: `parole and HDC depend on reports done in time; handover ${s('reports.handoverMonthsBeforeRelease')} months before release` },
  ];
}

/** The staff groups and their head counts, for the side panel. */
function staffLines(scenario: unknown): string[] {
  const s = (path: string) => num(scenario, path);
  return [
    `Offender supervisors: ${s('staff.offenderSupervisors.count')}`,
    `Probation officers: ${s('staff.probationOfficers.count')}`,
    `Probation service officers: ${s('staff.probationServiceOfficers.count')}`,
    `Redeployment chance per shift: ${s('redeployment.shiftProbability')}`,
  ];
}

const box = { x: 20, width: 470, height: 54, gap: 22 };

/** The diagram as SVG markup (every text escaped). */
export function pathwaySvg(scenario: unknown): string {
  const steps = pathwaySteps(scenario);
  const top = 20;
  const height = top * 2 + steps.length * box.height + (steps.length - 1) * box.gap;
  const parts: string[] = [];
  steps.forEach((step, i) => {
    const y = top + i * (box.height + box.gap);
    parts.push(`<rect x="${box.x}" y="${y}" width="${box.width}" height="${box.height}" rx="8" fill="#e8f1f8" stroke="#0072B2" stroke-width="1.5"/>`);
    parts.push(`<text x="${box.x + 12}" y="${y + 22}" font-size="15" font-weight="bold" fill="#111">${escapeHtml(`${i + 1}. ${step.title}`)}</text>`);
    parts.push(`<text x="${box.x + 12}" y="${y + 42}" font-size="12" fill="#333">${escapeHtml(step.detail)}</text>`);
    if (i < steps.length - 1) {
      const y1 = y + box.height;
      const y2 = y1 + box.gap;
      parts.push(`<line x1="${box.x + 40}" y1="${y1}" x2="${box.x + 40}" y2="${y2 - 2}" stroke="#333" stroke-width="1.5" marker-end="url(#arrow)"/>`);
    }
  });
  const staffX = box.x + box.width + 40;
  const staffTop = top + box.height + box.gap;
  const staffHeight = 4 * (box.height + box.gap) + box.height; // beside stages 2 to 6
  parts.push(`<rect x="${staffX}" y="${staffTop}" width="250" height="${staffHeight}" rx="8" fill="#fdf3e1" stroke="#E69F00" stroke-width="1.5"/>`);
  parts.push(`<text x="${staffX + 12}" y="${staffTop + 24}" font-size="15" font-weight="bold" fill="#111">Staff time</text>`);
  const lines = [...staffLines(scenario), '', 'Every stage from assessment', 'to supervision takes hours', 'from these staff; redeployment,', 'leave and sickness take', 'hours away.'];
  lines.forEach((line, i) => parts.push(`<text x="${staffX + 12}" y="${staffTop + 50 + i * 18}" font-size="12" fill="#333">${escapeHtml(line)}</text>`));
  parts.push(`<line x1="${staffX}" y1="${staffTop + staffHeight / 2}" x2="${box.x + box.width + 4}" y2="${staffTop + staffHeight / 2}" stroke="#E69F00" stroke-width="1.5" stroke-dasharray="5 4" marker-end="url(#arrow-staff)"/>`);
  const width = staffX + 250 + 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="pathway-title" font-family="${escapeHtml(fontFamily)}">`,
    `<title id="pathway-title">${escapeHtml(`The pathway: ${steps.map((s) => s.title).join(', then ')}.`)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker>',
    '<marker id="arrow-staff" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#E69F00"/></marker></defs>',
    `<rect width="${width}" height="${height}" fill="white"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** The same pathway as a numbered list of lines, for Markdown readers without images. */
export function pathwayText(scenario: unknown): string[] {
  return pathwaySteps(scenario).map((s) => `${s.title}: ${s.detail}.`);
}
