/**
 * Goal-seeking: the smallest value of a parameter whose one-sided confidence
 * interval meets a target, e.g. the fewest offender supervisors for which
 * reports.unfinishedShare <= 0.05 with 90% confidence.
 *
 * The search assumes the target, once met, stays met at larger values
 * (monotone response). It tries the largest value first (is the target
 * reachable?), then the smallest (is it met already?), then bisects between
 * the largest value not shown to meet it and the smallest shown to. Each
 * value tried starts with a few replications and gains more, a batch at a
 * time, only while its interval straddles the threshold, up to a maximum;
 * a value still uncertain then counts as not shown to meet the target. The
 * value above the answer is tried too, as a check on monotonicity. Replication
 * k of every value uses the same seed, so values are compared on common
 * random numbers.
 */
import { ExperimentError } from './errors.ts';
import { formatTargetValue, judge, targetsInWords, type Judgement, type Target, type Verdict } from './target.ts';

export interface PlanSettings {
  /** The candidate values, ascending. */
  values: readonly number[];
  /** The targets, all of which must hold (a band is two). */
  targets: readonly Target[];
  /** One-sided confidence, e.g. 0.9. */
  confidence: number;
  /** Replications a value starts with, the batch added while uncertain, and the most a value gets. */
  initialReplications: number;
  batch: number;
  maxReplications: number;
}

/** Each target's metric in replications from … from + count − 1 at `value`: one list of values a target, in the targets' order. */
export type Evaluate = (value: number, from: number, count: number) => Promise<number[][]>;

/** A value tried, with its evidence. */
export interface Trial {
  /** 1 for the first value tried, and so on. */
  order: number;
  value: number;
  n: number;
  /** The first target's mean, sd and one-sided bound (the chart's). */
  mean: number;
  sd: number;
  bound: number;
  /** meets: every target is shown to hold; fails: one is shown not to; else uncertain. */
  verdict: Verdict;
  /** Each target's judgement, in the targets' order. */
  targets: Judgement[];
}

export interface PlanResult {
  /** The smallest value shown to meet every target, or null when none is. */
  answer: number | null;
  /** Every value tried, in the order tried. */
  trials: Trial[];
  /** Set when the value above the answer was not shown to meet the targets (the response may not be monotone). */
  warning?: string;
}

export function checkPlanSettings(s: PlanSettings): void {
  if (s.values.length === 0) throw new ExperimentError('plan has no values to try: --min must not exceed --max');
  if (s.targets.length === 0) throw new ExperimentError('plan needs at least one --target');
  if (!(s.confidence > 0.5 && s.confidence < 1)) throw new ExperimentError(`--confidence must lie between 0.5 and 1 (e.g. 0.9); found ${s.confidence}`);
  if (!Number.isInteger(s.initialReplications) || s.initialReplications < 2) {
    throw new ExperimentError(`a one-sided interval needs at least 2 replications: --initial-reps must be 2 or more; found ${s.initialReplications}`);
  }
  if (!Number.isInteger(s.batch) || s.batch < 1) throw new ExperimentError(`--batch must be a whole number of at least 1; found ${s.batch}`);
  if (!Number.isInteger(s.maxReplications) || s.maxReplications < s.initialReplications) {
    throw new ExperimentError(`--max-reps must be a whole number no smaller than --initial-reps (${s.initialReplications}); found ${s.maxReplications}`);
  }
}

/**
 * Searches the values for the smallest that meets every target. Each target
 * is taken to be monotone in the parameter: met from some value up (fewer
 * reports unfinished with more staff), or up to some value (a workload at
 * least 90% with fewer staff). The largest and smallest values tried first
 * tell which; each target's own edge is found by bisection, and the answer is
 * the smallest value inside every target's side.
 */
export async function planSearch(settings: PlanSettings, evaluate: Evaluate, onTrial?: (trial: Trial) => void): Promise<PlanResult> {
  checkPlanSettings(settings);
  const trials = new Map<number, Trial>();
  const tried: Trial[] = [];
  const trial = async (index: number): Promise<Trial> => {
    const known = trials.get(index);
    if (known) return known;
    const result = await tryValue(settings, settings.values[index], evaluate, tried.length + 1);
    trials.set(index, result);
    tried.push(result);
    onTrial?.(result);
    return result;
  };
  const meets = async (index: number, target: number) => (await trial(index)).targets[target].verdict === 'meets';

  const last = settings.values.length - 1;
  const top = await trial(last);
  // The smallest value too: whether a target is met already, and, if none is met, how far the parameter moves the metric at all.
  const bottom = await trial(0);
  let lowest = 0;
  let highest = last;
  for (let target = 0; target < settings.targets.length; target++) {
    const [atTop, atBottom] = [top, bottom].map((t) => t.targets[target].verdict === 'meets');
    if (atTop && atBottom) continue;
    if (!atTop && !atBottom) return { answer: null, trials: tried };
    // Bisection starts from the values already tried nearest the edge, whichever target they were tried for.
    const met = (i: number) => trials.get(i)?.targets[target].verdict === 'meets';
    const known = [...trials.keys()].sort((a, b) => a - b);
    // A target met from some value up that already holds at the smallest value the others allow moves the answer no further.
    if (atTop && met(lowest)) continue;
    if (atTop) {
      const high = known.find(met) ?? last;
      const low = known.filter((i) => i < high && !met(i)).pop() ?? 0;
      lowest = Math.max(lowest, await firstMeeting(low, high, (i) => meets(i, target)));
    } else {
      const high = known.find((i) => !met(i)) ?? last;
      const low = known.filter((i) => i < high && met(i)).pop() ?? 0;
      highest = Math.min(highest, await lastMeeting(low, high, (i) => meets(i, target)));
    }
  }
  if (lowest > highest || (await trial(lowest)).verdict !== 'meets') return { answer: null, trials: tried };
  const result: PlanResult = { answer: settings.values[lowest], trials: tried };
  if (lowest > 0 && lowest + 1 <= highest && (await trial(lowest + 1)).verdict !== 'meets') {
    result.warning = `${settings.values[lowest + 1]} was not shown to meet the target although ${settings.values[lowest]} was: the response may not be monotone, or the two are too close to tell apart`;
  }
  return result;
}

/** The first index from `low` (not meeting) to `high` (meeting) that meets, by bisection. */
async function firstMeeting(low: number, high: number, meets: (index: number) => Promise<boolean>): Promise<number> {
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (await meets(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/** The last index from `low` (meeting) to `high` (not meeting) that meets: the one before the first that does not. */
async function lastMeeting(low: number, high: number, meets: (index: number) => Promise<boolean>): Promise<number> {
  return (await firstMeeting(low, high, async (index) => !(await meets(index)))) - 1;
}

/** Replications at one value, a batch at a time, until every target's verdict is clear or the maximum is reached. */
export async function tryValue(settings: PlanSettings, value: number, evaluate: Evaluate, order = 1): Promise<Trial> {
  const values: number[][] = settings.targets.map(() => []);
  for (;;) {
    const count = Math.min(values[0].length === 0 ? settings.initialReplications : settings.batch, settings.maxReplications - values[0].length);
    const got = await evaluate(value, values[0].length, count);
    got.forEach((list, target) => values[target].push(...list));
    const judged = settings.targets.map((target, i) => judge(values[i], target, settings.confidence));
    const verdict: Verdict = judged.some((j) => j.verdict === 'fails') ? 'fails' : judged.every((j) => j.verdict === 'meets') ? 'meets' : 'uncertain';
    const finished = verdict !== 'uncertain' || values[0].length >= settings.maxReplications || judged.some((j) => j.n === 0);
    if (finished) return { order, value, n: judged[0].n, mean: judged[0].mean, sd: judged[0].sd, bound: judged[0].bound, verdict, targets: judged };
  }
}

/** What another lever did to the target's metric in a quick paired probe: its value changed from `from` to `to`. */
export interface LeverProbe {
  parameter: string;
  from: number;
  to: number;
  /** The metric's mean over the probe's replications, before and after. */
  before: number;
  after: number;
}

/** The parameter in words: "offender supervisors" for staff.offenderSupervisors.count, else the path itself. */
export type ParameterWords = (parameter: string) => string;

/** The answer in one sentence, in words (and, when the parameter barely moves the metric, the levers a probe found that do). */
export function planConclusion(result: PlanResult, parameter: string, settings: PlanSettings, probes: readonly LeverProbe[] = [], words: ParameterWords = (p) => p): string {
  const target = targetsInWords(settings.targets);
  const level = `${Math.round(settings.confidence * 1000) / 10}% confidence`;
  const first = settings.values[0];
  const last = settings.values[settings.values.length - 1];
  const named = words(parameter);
  if (result.answer === null) return `No ${named} from ${first} to ${last} was shown to give ${target} with ${level}.${leverNote(result, parameter, settings)}${probeNote(probes, settings)}`;
  if (result.answer === first) return `${target.charAt(0).toUpperCase()}${target.slice(1)} with ${level} already at the smallest ${named} tried, ${first}.`;
  const below = result.trials.filter((t) => t.value < result.answer!).reduce((a, b) => (b.value > a.value ? b : a));
  return `The smallest ${named} giving ${target} with ${level} is ${result.answer} (${below.value} was not shown to).`;
}

/**
 * When no value meets the target, whether the parameter could ever have got
 * there: if the means over the values tried moved less than the distance
 * still left to the threshold, the target depends mostly on something else,
 * and the planner should be told so rather than be left to raise the range.
 */
function leverNote(result: PlanResult, parameter: string, settings: PlanSettings): string {
  if (!barelyMoves(result, settings)) return '';
  const means = result.trials.map((t) => t.mean).filter(Number.isFinite);
  const show = (v: number) => formatTargetValue(settings.targets[0], v);
  return ` Over the values tried, ${settings.targets[0].metric} moved only from ${show(Math.min(...means))} to ${show(Math.max(...means))}, less than the distance still left to ${show(settings.targets[0].threshold)}: it depends mostly on something other than ${parameter}.`;
}

/** Whether no value met the target and the means over the values tried moved less than the distance still left to the threshold. */
export function barelyMoves(result: PlanResult, settings: PlanSettings): boolean {
  if (result.answer !== null) return false;
  const means = result.trials.map((t) => t.mean).filter(Number.isFinite);
  if (means.length < 2) return false;
  const lowest = Math.min(...means);
  const highest = Math.max(...means);
  const { threshold, comparison } = settings.targets[0];
  const best = comparison === '<=' || comparison === '<' ? lowest : highest;
  const gap = Math.abs(best - threshold);
  return highest - lowest < gap;
}

/** The probed levers that moved the metric towards the target, most first, in one sentence. */
function probeNote(probes: readonly LeverProbe[], settings: PlanSettings): string {
  if (probes.length === 0) return '';
  const towards = (p: LeverProbe) => (settings.targets[0].comparison === '<=' || settings.targets[0].comparison === '<' ? p.before - p.after : p.after - p.before);
  const show = (v: number) => formatTargetValue(settings.targets[0], v);
  // A move too small to show in the target's own precision is no move to report.
  const moving = probes.filter((p) => towards(p) > 0 && show(p.before) !== show(p.after)).sort((a, b) => towards(b) - towards(a));
  if (moving.length === 0) return ` Doubling each staff group in turn moved it no closer to the target either.`;
  const said = moving.map((p) => `${p.parameter} ${p.from} → ${p.to} took it from ${show(p.before)} to ${show(p.after)}`);
  return ` Levers that do move it, from a quick paired probe doubling each staff group in turn: ${said.join('; ')}.`;
}
