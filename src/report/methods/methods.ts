/**
 * The methods of a study, described under the headings of the STRESS-DES
 * reporting guideline (Monks et al., 2018, Journal of Simulation 13:55–67):
 * objectives, logic, data, experimentation, implementation and code access.
 * Generated from the scenario as run, so the description always matches
 * the results beside it.
 */
import { priorityPolicyWords } from '../../scenario/schema/index.ts';
import type { Block, Section } from '../document.ts';
import { paragraph } from '../document.ts';
import { keyMetrics } from '../metrics.ts';
import type { Study } from '../read/study-folder.ts';
import { describeValue, keyParameters, valueAt } from './parameters.ts';
import { pathwaySvg, pathwayText } from './pathway-diagram.ts';
import { reproduceCommand } from './reproduce.ts';
import { describeStudy, scenarioDifferences, scenariosOf } from './study-facts.ts';

/** Where methods.md finds the pathway diagram, relative to the results folder. */
export const pathwayImage = 'charts/pathway.svg';

/** The methods as sections (written out as HTML in report.html and as Markdown in methods.md). */
export function methodsSections(study: Study): Section[] {
  const facts = describeStudy(study);
  const base = scenariosOf(study)[0].scenario;
  return [
    section('objectives', '1. Objectives', [], [
      section('purpose', '1.1 Purpose of the model', [
        paragraph('omsim is a discrete-event simulation of offender management in a prison of England and Wales. It follows each person from reception to release through assessment, tiering, allocation to a supervisor, sentence planning, supervision contacts, reviews and reports, and parole, home detention curfew (HDC) or automatic release, and it follows the hours of the staff who do that work. It asks what a given staffing and workload means for the contact prisoners receive, for reports finished by their deadlines, and for the release decisions that depend on them.'),
      ]),
      section('outputs', '1.2 Model outputs', [
        { kind: 'list', items: Object.values(keyMetrics).map((m) => `${m.label} (${m.unit === '%' ? 'per cent' : m.unit})`) },
        paragraph('Each is estimated over the measured period of each replication (after the warm-up), then averaged across replications with a 95% confidence interval. Weekly series of the backlog of reports and of cases waiting for a supervisor cover the whole run.'),
      ]),
      section('aims', '1.3 Experimentation aims', [paragraph(facts.aim)]),
    ]),
    section('logic', '2. Logic', [], [
      section('diagram', '2.1 Base model overview diagram', [
        { kind: 'figure', svg: pathwaySvg(base), markdown: `![The pathway from reception to release](${pathwayImage})`, caption: 'The pathway from reception to release, with the figures of the scenario as run.' },
        { kind: 'list', ordered: true, items: pathwayText(base) },
      ]),
      section('base-logic', '2.2 Base model logic', baseLogic()),
      section('scenario-logic', '2.3 Scenario logic', scenarioLogic(study)),
      section('algorithms', '2.4 Algorithms', algorithms(base)),
      section('components', '2.5 Components', [
        { kind: 'list', items: [
          'Entities: people held in the prison (on remand, recalled from licence, or serving determinate or indeterminate sentences), with their Risk of Serious Harm, likelihood of reoffending and tier; the recalled hold a place, their cases staying with the community offender manager.',
          'Activities: assessments and reviews, sentence plans, supervision contacts and their recording, parole reports, HDC assessments, pre-release handovers, and oversight.',
          'Resources: offender supervisors, probation officers and probation service officers, each with contracted hours, leave, sickness, training and (unless ring-fenced) redeployment to other prison duties.',
          'Queues: cases waiting for a supervisor; each member of staff’s list of work, taken in order of priority.',
          'Entry and exit: receptions arrive at random at a rate that keeps the population near its size; people leave at release (automatic, parole, HDC, or the end of a remand or recall) or on transfer.',
        ] },
      ]),
    ]),
    section('data', '3. Data', [], [
      section('sources', '3.1 Data sources and key parameters', [
        paragraph('The key parameters of the scenario as run, with the source of each default. Parameters marked as assumptions have no published figure behind them and are the first to vary in a sensitivity analysis.'),
        parameterTable(base),
      ]),
      section('pre-processing', '3.2 Pre-processing', [paragraph('None: every figure is entered in the scenario file as given; omsim validates it, fills in defaults and saves the complete scenario beside the results (scenario.yaml).')]),
      section('parameters', '3.3 Input parameters', [paragraph('Every parameter of the study, defaults included, is in the scenario file saved with the results (scenario.yaml), shown in full under “The scenario as run”.')]),
      section('assumptions', '3.4 Assumptions', [
        { kind: 'list', items: keyParameters.filter((k) => k.assumption).map((k) => `${k.label}: ${k.source}`) },
      ]),
    ]),
    section('experimentation', '4. Experimentation', [], [
      section('initialisation', '4.1 Initialisation', [
        paragraph('The prison starts full: the people held at time zero are drawn by replaying receptions over the years before the start, so each is part-way through their sentence. Staff start with the cases allocated to them.'),
        paragraph(facts.warmup),
      ]),
      section('run-length', '4.2 Run length', [paragraph(facts.runLength)]),
      section('estimation', '4.3 Estimation approach', [paragraph(facts.estimation), ...facts.seeds]),
    ]),
    section('implementation', '5. Implementation', [], [
      section('software', '5.1 Software', [paragraph(`omsim ${study.version}, written in TypeScript and run on Node.js; charts drawn with Vega-Lite.`)]),
      section('sampling', '5.2 Random sampling', [paragraph('One independent stream of random numbers per source of randomness (Alea generator), each seeded from the replication’s seed and the stream’s name, so scenarios run with the same seed share common random numbers.')]),
      section('execution', '5.3 Model execution', [paragraph('Event-driven: a calendar of events ordered by time (ties in the order scheduled); each person and each member of staff is a process that waits for time to pass or for work. Replications may run in parallel on worker threads; results do not depend on the number of workers.')]),
      section('system', '5.4 System specification', [paragraph('Any machine that runs Node.js 20 or later; the results do not depend on it.')]),
    ]),
    section('reproduce', '6. Code access and how to reproduce these results', [
      paragraph(`From inside this results folder, with omsim ${study.version} installed, run:`),
      { kind: 'code', text: reproduceCommand(study), language: 'sh' },
      paragraph('The scenario files in this folder hold every parameter, the seed and the number of replications, so the command gives the same numbers. The command omsim report, given this folder, redraws the charts and this report from the saved results without re-running.'),
    ]),
  ];
}

function section(id: string, heading: string, blocks: Block[], sections?: Section[]): Section {
  return { id: `methods-${id}`, heading, blocks, ...(sections === undefined ? {} : { sections }) };
}

function baseLogic(): Block[] {
  return [
    paragraph('People are received at random. Those within offender management (by the scope rules) are assessed with OASys by a due date, given a tier from their Risk of Serious Harm and likelihood of reoffending, and allocated to a supervisor from the staff groups allowed for their case. If nobody can take the case, it waits. The supervisor draws up a sentence plan by its due date, holds supervision contacts at the frequency their tier requires, reviews the assessment, and writes the reports their release needs: a parole report before each parole hearing, an HDC assessment before the HDC eligibility date, and a handover to the community offender manager before release.'),
    paragraph('Staff work shifts. Leave, sickness and training remove hours; offender supervisors who are not ring-fenced may be redeployed to other prison duties for a shift. In the hours left, each person takes their work in the order of the working policy (by default triage: release work, then contacts by risk with a new case’s first OASys before the lower tiers’ contacts, then plans and reviews). New cases overflow to the next grade when the preferred one is overloaded, and anyone idle takes over an overloaded colleague’s most urgent work they may do. Work not done by its deadline is counted as late or unfinished; a parole hearing without its reports may be deferred, adding time in custody, and an HDC assessment not done in time loses days of curfew.'),
  ];
}

function policyWordsFor(policy: string): string {
  const words = (priorityPolicyWords as Record<string, string | undefined>)[policy];
  return words === undefined ? 'An unknown policy' : words.charAt(0).toUpperCase() + words.slice(1);
}

const interrupted: Record<string, string> = { resume: 'resumed later', restart: 'restarted from scratch', abandon: 'abandoned' };

function algorithms(scenario: unknown): Block[] {
  const v = (path: string) => describeValue(valueAt(scenario, path));
  return [
    { kind: 'list', items: [
      `Allocation: within ${v('allocation.daysAfterReception')} days of reception (null: once assessed), by the policy ${v('allocation.policy')} (leastLoaded: the eligible supervisor with the fewest cases; continuity: the person who assessed the case when they can take it); caseload cap ${v('caseload.cap')}, and each group's own cap where set. A case goes to the first group its rule names whose open work per person is within ${v('allocation.overflowHoursPerPerson')} hours, or else to the least loaded group with room.`,
      `Order of work (the working policy, a headline assumption): ${v('workingPattern.priority')}. ${policyWordsFor(v('workingPattern.priority'))}; under triage the first assessment comes before the contacts of tier ${v('workingPattern.assessmentBeforeTier')} and below (null: after every contact). Overdue assessment, plan and review work is cut down to a short risk review (${v('assessment.shortReviewHours')} h of staff time) once it is late by ${v('assessment.shortReviewAfterWeeksOverdue')} weeks.`,
      `Work moves between people: administrative work goes to the case's supervisor when every administrator has more than the overflow threshold of open work (never the reverse); anyone with nothing left on their list takes over the most urgent task they may do from the most overloaded colleague.`,
      `Redeployment: on each shift an offender supervisor who is not ring-fenced is redeployed with chance ${v('redeployment.shiftProbability')} + ${v('redeployment.shortfallSensitivity')} × operational shortfall (${v('establishment.operationalShortfall')}), at most 1; ${v('redeployment.whenInShift') === 'start' ? 'the whole shift is lost' : 'the person is pulled away at a random moment of the shift'}; the task in hand is ${interrupted[v('redeployment.interruptedTask')] ?? v('redeployment.interruptedTask')}.`,
      `Durations: time on remand or recall, determinate sentence length and tariff are drawn from the distributions in the scenario (remand weeks ${v('population.remandWeeks')}; recall weeks ${v('population.recallWeeks')}; sentence months ${v('population.determinateSentenceMonths')}; IPP tariff months ${v('population.tariffMonths')}; life tariff months ${v('population.lifeTariffMonths')}).`,
    ] },
  ];
}

function scenarioLogic(study: Study): Block[] {
  const blocks: Block[] = scenariosOf(study).map((s) => paragraph(`Scenario “${s.label}”: ${s.scenario.description.trim() === '' ? 'no description given.' : s.scenario.description.trim()}`));
  if (study.kind === 'comparison') {
    const rows = scenarioDifferences(study);
    blocks.push(
      rows.length === 0
        ? paragraph('The scenarios have the same parameters.')
        : { kind: 'table', caption: 'Parameters that differ from the first scenario', header: ['Parameter', 'Scenario', 'Value', 'First scenario'], rows },
    );
  }
  if (study.kind === 'sweep') {
    const sweep = study.sweep;
    blocks.push({
      kind: 'list',
      items: sweep.parameters.map((path) => `${path} took the values ${[...new Set(sweep.points.map((p) => p.values[path]))].join(', ')}`),
    });
  }
  return blocks;
}

function parameterTable(scenario: unknown): Block {
  return {
    kind: 'table',
    layout: 'parameters',
    header: ['Parameter (path in the scenario file)', 'Value as run', 'Basis', 'Source'],
    rows: keyParameters.map((k) => [`${k.label} (${k.path})`, describeValue(valueAt(scenario, k.path)), k.basis, k.source]),
  };
}
