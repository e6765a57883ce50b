/**
 * docs/assumptions.md: every default of the scenario schema with its
 * evidence, written from the evidence on the schema's fields alone
 * (src/scenario/schema/evidence.ts), so the page and the schema cannot
 * disagree (a test compares them; `npm run assumptions-doc` rewrites the
 * page, and `omsim validate --assumptions` prints it).
 */
import type { Evidence } from '../scenario/schema/evidence.ts';
import { schemaEvidence, type ParameterEvidence } from '../scenario/schema-evidence.ts';
import { describeValue, eraWhen, rangeWords, sourceWords } from './evidence-words.ts';

export const assumptionsDocCommand = 'npm run assumptions-doc';

/** Text safe in a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

type With<K extends Evidence['kind']> = ParameterEvidence & { evidence: Extract<Evidence, { kind: K }> };

const ofKind = <K extends Evidence['kind']>(parameters: readonly ParameterEvidence[], kind: K) =>
  parameters.filter((p): p is With<K> => p.evidence?.kind === kind);

const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(row)];
}

export function assumptionsMarkdown(): string {
  const parameters = schemaEvidence();
  const unmarked = parameters.filter((p) => p.evidence === undefined);
  const assumptions = ofKind(parameters, 'assumption');
  const published = ofKind(parameters, 'published');
  const settings = ofKind(parameters, 'setting');
  return [
    '# Assumptions and sources of the defaults',
    '',
    `Every parameter of the scenario schema that has a default, and where the default comes from. Written by \`${assumptionsDocCommand}\` (the same as \`omsim validate --assumptions\`) from the evidence on the schema's fields (src/scenario/schema/); run it again after changing the schema. Sources are listed by title, publisher and date; docs/sources.md says what each gives.`,
    '',
    'An **assumption** is a default no source gives: the reasoning behind it, and for a number the range of values a practitioner would accept as possible, which \`omsim sensitivity\` varies it over (drawing values uniformly across it unless another distribution is named); a scenario may hold an assumption fixed, or give any number a range of its own, in its \`sensitivity\` section. A **published** default is a figure or rule of a source, or follows from one by the arithmetic given, for the years it held; where the figure changed, the other years’ values are listed, and `omsim validate` warns when a scenario that states its `era` uses another era’s value. A **setting** is a choice of the study or of the model’s machinery, which makes no claim about prisons.',
    '',
    `## Assumptions (${assumptions.length})`,
    '',
    ...table(
      ['Parameter', 'Default', 'Plausible range', 'Reasoning', 'Bearing on it'],
      assumptions.map(({ path, defaultValue, evidence }) => [
        `\`${path}\``,
        describeValue(defaultValue),
        evidence.range === undefined ? '' : `${rangeWords(evidence.range)}${evidence.distribution === undefined || evidence.distribution === 'uniform' ? '' : `, ${evidence.distribution}`}`,
        evidence.why,
        evidence.informedBy === undefined ? '' : sourceWords(evidence.informedBy),
      ]),
    ),
    '',
    `## Published figures (${published.length})`,
    '',
    ...table(
      ['Parameter', 'Default', 'Source', 'Years', 'How', 'Other years'],
      published.map(({ path, defaultValue, evidence }) => [
        `\`${path}\``,
        describeValue(defaultValue),
        sourceWords(evidence.source),
        eraWhen(evidence.era),
        evidence.how,
        (evidence.otherEras ?? []).map((o) => `${describeValue(o.value)} ${eraWhen(o.era)} (${sourceWords(o.source)})`).join('; '),
      ]),
    ),
    '',
    `## Settings of the study (${settings.length})`,
    '',
    ...table(
      ['Parameter', 'Default', 'Why'],
      settings.map(({ path, defaultValue, evidence }) => [`\`${path}\``, describeValue(defaultValue), evidence.why]),
    ),
    ...(unmarked.length === 0 ? [] : ['', `## Without evidence (${unmarked.length})`, '', ...unmarked.map((p) => `- \`${p.path}\``)]),
    '',
  ].join('\n');
}
