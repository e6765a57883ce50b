/**
 * The explorer page: choose a scenario (bundled, or a file of your own),
 * move the levers, and run, compare or sweep, in Web Workers. Scenarios are
 * checked as the command line checks them and their problems shown in its
 * words; results are the command line's summaries, findings, charts and
 * files. The page's state is on <html data-state> (ready, running, done,
 * cancelled, failed) for whoever waits on it.
 */
import { taskCount, type StudyDesign } from '../../experiment/design.ts';
import type { StudyOutcome } from '../../experiment/outcome.ts';
import { ScenarioError } from '../../scenario/error.ts';
import { formatWarnings } from '../../scenario/messages.ts';
import type { Problem } from '../../scenario/problems.ts';
import type { Scenario } from '../../scenario/schema/index.ts';
import { filesOf } from '../bundled-files.ts';
import { changesYaml, type Change } from '../changes-yaml.ts';
import { comparisonDesign, runDesign, scenarioWith, sweepDesign, type Designed, type StartingFile } from '../designs.ts';
import { leverChange, leverLabel, levers, leverValue, scopePresetsOf, tidy, type Lever } from '../levers.ts';
import { resultFiles, runExplorerStudy } from '../studies.ts';
import { leverControl, type LeverControl } from './controls.ts';
import { Cancelled, WorkerPool } from './pool.ts';
import { downloadLinks, drawCharts, headlineOf } from './results-view.ts';

/** The Web Workers' code, put in by the site's build (site.ts). */
declare const OMSIM_WORKER_SOURCE: string;

interface PageConfig {
  version: string;
  scenarios: { file: string; text: string }[];
}

const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the page has no #${id}`);
  return found as T;
};

const config = JSON.parse(byId('omsim-config').textContent ?? '{}') as PageConfig;
const files = filesOf(new Map(config.scenarios.map((s) => [s.file, s.text])));
const bundled = config.scenarios.flatMap((s) => {
  const loaded = scenarioWith({ files, file: s.file, text: s.text }, []);
  return 'scenario' in loaded ? [{ file: s.file, text: s.text, scenario: loaded.scenario }] : [];
});
const presets = scopePresetsOf(bundled.map((b) => b.scenario));
let allLevers = levers(presets);
/** Levers that set how the study is run rather than what is run: a comparison applies them to both scenarios. */
const studyPaths = new Set(['replications', 'horizon.years', 'warmup.weeks']);
const pool = new WorkerPool(URL.createObjectURL(new Blob([OMSIM_WORKER_SOURCE], { type: 'text/javascript' })), Math.max(1, navigator.hardwareConcurrency || 2));

let start: StartingFile | undefined;
let startScenario: Scenario | undefined;
let controls: LeverControl[] = [];

const setState = (state: string) => void (document.documentElement.dataset.state = state);
const buttons = () => ['run', 'compare', 'sweep'].map((id) => byId<HTMLButtonElement>(id));

/** The changes the levers make to the starting scenario, as `--set` would write them. */
function changesNow(): { study: Change[]; whatIf: Change[] } {
  const study: Change[] = [];
  const whatIf: Change[] = [];
  if (startScenario === undefined) return { study, whatIf };
  for (const control of controls) {
    const value = control.get();
    if (value === undefined || value === leverValue(startScenario, control.lever, presets)) continue;
    (studyPaths.has(control.lever.path) ? study : whatIf).push(leverChange(control.lever, value, presets));
  }
  return { study, whatIf };
}

/** Shows the problems of the scenario as the command line words them (nothing when there are none). */
function showProblems(problems: readonly Problem[], warnings: readonly Problem[] = []): void {
  const box = byId('problems');
  const text = problems.length > 0 && start !== undefined ? new ScenarioError(start.file, problems).message : formatWarnings(warnings).trim();
  box.textContent = text;
  box.hidden = text === '';
  for (const b of buttons()) b.disabled = problems.length > 0;
}

function showMessage(text: string): void {
  const box = byId('problems');
  box.textContent = text;
  box.hidden = false;
}

/** Checks the scenario with the levers' changes, showing its problems. */
function checkNow(): void {
  if (start === undefined) return;
  const { study, whatIf } = changesNow();
  const loaded = scenarioWith(start, [...study, ...whatIf]);
  if ('problems' in loaded) showProblems(loaded.problems);
  else showProblems([], loaded.warnings);
}

/** Starts from a scenario file: checks it, and sets every lever to its values. */
function startFrom(file: string, text: string): void {
  start = { files, file, text };
  const loaded = scenarioWith(start, []);
  const leversBox = byId('levers');
  if ('problems' in loaded) {
    startScenario = undefined;
    controls = [];
    leversBox.replaceChildren();
    byId('scenario-description').textContent = '';
    showProblems(loaded.problems);
    return;
  }
  startScenario = loaded.scenario;
  allLevers = levers(presets, { estate: startScenario.estate.length > 0 });
  byId('scenario-description').textContent = startScenario.description.trim();
  controls = allLevers.map((lever) => leverControl(lever, checkNow));
  for (const control of controls) control.set(leverValue(startScenario, control.lever, presets));
  leversBox.replaceChildren(...controls.map((c) => c.element));
  fillSweepChoices();
  showProblems([], loaded.warnings);
}

function fillSweepChoices(): void {
  const select = byId<HTMLSelectElement>('sweep-lever');
  const numeric = allLevers.filter((l): l is Extract<Lever, { kind: 'number' }> => l.kind === 'number' && !studyPaths.has(l.path) && l.nullable !== true);
  select.replaceChildren(...numeric.map((l) => new Option(leverLabel(l), l.path)));
  suggestRange();
}

/** A range around the lever's current value: ±4 of a head count, half to one and a half times a multiplier, 0–50% of a chance. */
function suggestRange(): void {
  const lever = allLevers.find((l) => l.path === byId<HTMLSelectElement>('sweep-lever').value);
  const control = controls.find((c) => c.lever === lever);
  if (lever?.kind !== 'number' || control === undefined) return;
  const now = Number(control.get() ?? 0);
  const [from, to, step] = lever.percent ? [0, 50, 5] : lever.step >= 1 ? [Math.max(lever.min, now - 4), now + 4, 1] : [tidy(now * 0.5), tidy(now * 1.5), tidy(now * 0.1)];
  byId<HTMLInputElement>('sweep-from').value = String(from);
  byId<HTMLInputElement>('sweep-to').value = String(to);
  byId<HTMLInputElement>('sweep-step').value = String(step);
  byId('sweep-unit').textContent = lever.percent ? 'Values in per cent.' : '';
}

/** Designs, runs and shows a study; the buttons are off and Cancel on while it runs. */
async function runStudy(kind: StudyDesign['kind']): Promise<void> {
  if (start === undefined) return;
  const { study, whatIf } = changesNow();
  let designed: Designed<StudyDesign>;
  let marked: number | undefined;
  try {
    if (kind === 'run') designed = runDesign(start, [...study, ...whatIf]);
    else if (kind === 'comparison') designed = comparisonDesign(start, study, whatIf);
    else {
      const lever = allLevers.find((l) => l.path === byId<HTMLSelectElement>('sweep-lever').value);
      const scale = lever?.kind === 'number' && lever.percent ? 100 : 1;
      const read = (id: string) => Number(byId<HTMLInputElement>(id).value) / scale;
      designed = sweepDesign(start, [...study, ...whatIf], lever?.path ?? '', { from: read('sweep-from'), to: read('sweep-to'), step: read('sweep-step') });
      const current = controls.find((c) => c.lever === lever)?.get();
      if ('design' in designed && designed.design.kind === 'sweep') marked = designed.design.points.find((p) => Object.values(p.values)[0] === current)?.point;
    }
  } catch (error) {
    showMessage((error as Error).message);
    return;
  }
  if ('problems' in designed) return showProblems(designed.problems);
  const design = designed.design;
  const status = byId('status');
  const progress = byId<HTMLProgressElement>('progress');
  const headline = byId('headline');
  const charts = byId('charts');
  for (const b of buttons()) b.disabled = true;
  byId<HTMLButtonElement>('cancel').disabled = false;
  byId('downloads').replaceChildren();
  charts.replaceChildren();
  headline.replaceChildren();
  let done = 0;
  // Known from the design before anything runs, so a study cancelled before its first replication lands still says of how many.
  let total = taskCount(design);
  progress.max = total;
  progress.value = 0;
  status.textContent = `0 of ${total} replications done.`;
  setState('running');
  const began = performance.now();
  try {
    const outcome = await runExplorerStudy(design, pool, config.version, (p) => {
      ({ done, total } = p);
      progress.max = p.total;
      progress.value = p.done;
      status.textContent = `${p.done} of ${p.total} replications done.`;
      if (p.sofar !== undefined) {
        headline.replaceChildren(headlineOf(p.sofar));
        // A sweep's curve is drawn point by point, as each point's replications are all done.
        if (p.sofar.kind === 'sweep') void drawCharts(p.sofar, charts, { markedPoint: marked });
      }
    });
    headline.replaceChildren(headlineOf(outcome));
    offerDownloads(outcome, [...study, ...whatIf]);
    await drawCharts(outcome, charts, { markedPoint: marked });
    status.textContent = `All ${total} replications done in ${((performance.now() - began) / 1000).toFixed(1)} s on ${pool.size} workers.`;
    setState('done');
  } catch (error) {
    if (error instanceof Cancelled) {
      status.textContent = `Cancelled after ${done} of ${total} replications.`;
      setState('cancelled');
    } else {
      showMessage(`The run stopped: ${(error as Error).message}`);
      setState('failed');
    }
  } finally {
    for (const b of buttons()) b.disabled = false;
    byId<HTMLButtonElement>('cancel').disabled = true;
  }
}

/** The result files as the command line writes them, and the scenario as a file that extends the starting one. */
function offerDownloads(outcome: StudyOutcome, changes: readonly Change[]): void {
  if (start === undefined) return;
  const base = start.file.slice(start.file.lastIndexOf('/') + 1);
  const files = new Map([[`${base.replace(/\.ya?ml$/, '')}-explored.yaml`, changesYaml(base, changes)], ...resultFiles(outcome)]);
  downloadLinks(files, byId('downloads'));
}

function init(): void {
  const select = byId<HTMLSelectElement>('scenario-select');
  for (const b of bundled) select.append(new Option(`${b.scenario.name}: ${firstSentence(b.scenario.description)}`, b.file));
  select.addEventListener('change', () => {
    const chosen = bundled.find((b) => b.file === select.value);
    if (chosen) startFrom(chosen.file, chosen.text);
  });
  byId<HTMLInputElement>('scenario-file').addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file === undefined) return;
    startFrom(file.name, await file.text());
  });
  byId('sweep-lever').addEventListener('change', suggestRange);
  byId('run').addEventListener('click', () => void runStudy('run'));
  byId('compare').addEventListener('click', () => void runStudy('comparison'));
  byId('sweep').addEventListener('click', () => void runStudy('sweep'));
  byId('cancel').addEventListener('click', () => pool.cancel());
  byId('reset').addEventListener('click', () => start && startFrom(start.file, start.text));
  const first = bundled.find((b) => b.scenario.name === 'baseline') ?? bundled[0];
  select.value = first.file;
  startFrom(first.file, first.text);
  setState('ready');
}

function firstSentence(text: string): string {
  const sentence = text.trim().split(/(?<=\.)\s/, 1)[0];
  return sentence.length > 110 ? `${sentence.slice(0, 107)}…` : sentence;
}

init();
