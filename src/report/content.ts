/**
 * The words of a study's report: its title, the headline findings, the
 * scenario as run, and the methods as Markdown, assembled from the results
 * (the charts are drawn elsewhere).
 */
import type { Chart } from './charts/style.ts';
import { paragraph, sectionsToMarkdown, type Block } from './document.ts';
import { comparisonFindings, runFindings, sweepFindings } from './findings.ts';
import { plural } from './format.ts';
import { driftSentences } from './drift-words.ts';
import { escapeMarkdown } from './html/escape.ts';
import { reportHtml } from './html/page.ts';
import { methodsSections } from './methods/methods.ts';
import { scenariosOf, studyNumbers } from './methods/study-facts.ts';
import type { Study } from './read/study-folder.ts';
import { resultTables } from './tables.ts';
import { workingPolicyBlocks } from './working-policy.ts';

const stressDesIntro = 'The study is described under the headings of the STRESS-DES guideline for reporting discrete-event simulations (Monks et al., 2018).';

function titleOf(study: Study): string {
  const names = scenariosOf(study).map((s) => `“${s.label}”`);
  if (study.kind === 'run') return `Offender management simulation: ${names[0]}`;
  if (study.kind === 'comparison') return `Offender management simulation: ${names.slice(1).join(', ')} compared with ${names[0]}`;
  return `Offender management simulation: ${names[0]}, varying ${study.sweep.parameters.join(' and ')}`;
}

function metaOf(study: Study): string {
  const kind = study.kind === 'run' ? 'a run' : study.kind === 'comparison' ? 'a comparison of scenarios' : 'a sweep';
  const s = studyNumbers(study);
  return `Results of ${kind} with omsim ${study.version}: ${plural(s.replications, 'replication')} of ${plural(s.horizonYears, 'year')}. Drawn from the result files in this folder.`;
}

/** methods.md: the methods under the STRESS-DES headings, as Markdown. */
export function methodsMarkdown(study: Study): string {
  return `# Methods: ${escapeMarkdown(titleOf(study))}\n\n${escapeMarkdown(stressDesIntro)}\n\n${sectionsToMarkdown(methodsSections(study), 2)}\n`;
}

/** report.html for the study and its charts. */
export function reportPage(study: Study, charts: readonly Chart[]): string {
  return reportHtml({
    title: titleOf(study),
    meta: metaOf(study),
    headline: headlineBlocks(study),
    charts,
    tables: resultTables(study),
    scenario: scenarioBlocks(study),
    methods: methodsSections(study),
    methodsIntro: stressDesIntro,
  });
}

function headlineBlocks(study: Study): Block[] {
  return [...findingBlocks(study), ...warmupBlocks(study), ...driftBlocks(study), ...workingPolicyBlocks(study)];
}

/** Said under a run's headline when its backlog or population is still moving at the end, as the terminal says it. */
function driftBlocks(study: Study): Block[] {
  if (study.kind !== 'run') return [];
  return driftSentences(study.run.summary.study).map((sentence) => paragraph(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`));
}

/** Said under a run's headline when the backlog settles after the warm-up ends (MSER-5), as the terminal says it. */
function warmupBlocks(study: Study): Block[] {
  if (study.kind !== 'run') return [];
  const s = study.run.summary.study;
  if (!(s.suggestedWarmupWeeks > s.warmupWeeks)) return [];
  return [
    paragraph(
      `These means include the first ${s.warmupWeeks === 0 ? 'weeks of the run' : `weeks after a warm-up of ${s.warmupWeeks}`}, while the backlog of work was still settling: MSER-5 on the weekly backlog puts its end at about week ${s.suggestedWarmupWeeks}. To leave the start out, run again with --set warmup.weeks=${s.suggestedWarmupWeeks}.`,
    ),
  ];
}

function findingBlocks(study: Study): Block[] {
  if (study.kind === 'run') return [{ kind: 'list', items: runFindings(study.run.summary.metrics) }];
  if (study.kind === 'sweep') return [{ kind: 'list', items: sweepFindings(study) }];
  const first = study.comparison.scenarios[0].name;
  return comparisonFindings(study).flatMap((f): Block[] => [
    paragraph(f.changed.length === 0 ? `“${f.scenario}” sets every parameter as “${first}” does.` : `“${f.scenario}” differs from “${first}” in: ${f.changed.join('; ')}.`),
    paragraph(`“${f.scenario}” compared with “${first}” (${first} → ${f.scenario}, then the difference, ${f.scenario} minus ${first}):`),
    { kind: 'list', items: f.lines },
  ]);
}

function scenarioBlocks(study: Study): Block[] {
  const yamls = study.kind === 'run' ? [study.run.scenarioYaml] : study.kind === 'comparison' ? study.runs.map((r) => r.scenarioYaml) : [study.scenarioYaml];
  return scenariosOf(study).flatMap((s, i): Block[] => [
    paragraph(`Scenario: ${s.label}${s.folder === '.' ? '' : ` (files in ${s.folder})`}`),
    { kind: 'paragraph', text: s.scenario.description.trim() === '' ? 'No description given.' : s.scenario.description.trim(), lines: true },
    { kind: 'details', summary: `The full scenario file${s.folder === '.' ? '' : ` of “${s.label}”`} (scenario.yaml)`, blocks: [{ kind: 'code', text: yamls[i] === '' ? 'scenario.yaml is missing from this folder.' : yamls[i] }] },
  ]);
}
