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
import { formatTarget, formatTargetValue, judge, type Target, type Verdict } from './target.ts';

export interface PlanSettings {
  /** The candidate values, ascending. */
  values: readonly number[];
  target: Target;
  /** One-sided confidence, e.g. 0.9. */
  confidence: number;
  /** Replications a value starts with, the batch added while uncertain, and the most a value gets. */
  initialReplications: number;
  batch: number;
  maxReplications: number;
}

/** The target metric's value in replications from … from + count − 1 at `value`. */
export type Evaluate = (value: number, from: number, count: number) => Promise<number[]>;

/** A value tried, with its evidence. */
export interface Trial {
  /** 1 for the first value tried, and so on. */
  order: number;
  value: number;
  n: number;
  mean: number;
  sd: number;
  /** The one-sided bound compared with the threshold. */
  bound: number;
  verdict: Verdict;
}

export interface PlanResult {
  /** The smallest value shown to meet the target, or null when none is. */
  answer: number | null;
  /** Every value tried, in the order tried. */
  trials: Trial[];
  /** Set when the value above the answer was not shown to meet the target (the response may not be monotone). */
  warning?: string;
}

export function checkPlanSettings(s: PlanSettings): void {
  if (s.values.length === 0) throw new ExperimentError('plan has no values to try: --min must not exceed --max');
  if (!(s.confidence > 0.5 && s.confidence < 1)) throw new ExperimentError(`--confidence must lie between 0.5 and 1 (e.g. 0.9); found ${s.confidence}`);
  if (!Number.isInteger(s.initialReplications) || s.initialReplications < 2) {
    throw new ExperimentError(`a one-sided interval needs at least 2 replications: --initial-reps must be 2 or more; found ${s.initialReplications}`);
  }
  if (!Number.isInteger(s.batch) || s.batch < 1) throw new ExperimentError(`--batch must be a whole number of at least 1; found ${s.batch}`);
  if (!Number.isInteger(s.maxReplications) || s.maxReplications < s.initialReplications) {
    throw new ExperimentError(`--max-reps must be a whole number no smaller than --initial-reps (${s.initialReplications}); found ${s.maxReplications}`);
  }
}

/** Searches the values for the smallest that meets the target. */
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
  const meets = async (index: number) => (await trial(index)).verdict === 'meets';

  let high = settings.values.length - 1;
  if (!(await meets(high))) {
    // The smallest value too, so the conclusion can say how far the parameter moves the metric at all.
    if (high > 0) await trial(0);
    return { answer: null, trials: tried };
  }
  let low = 0;
  if (await meets(low)) return { answer: settings.values[low], trials: tried };
  // Invariant: values[low] is not shown to meet the target, values[high] is.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (await meets(middle)) high = middle;
    else low = middle;
  }
  const result: PlanResult = { answer: settings.values[high], trials: tried };
  if (high + 1 < settings.values.length && !(await meets(high + 1))) {
    result.warning = `${settings.values[high + 1]} was not shown to meet the target although ${settings.values[high]} was: the response may not be monotone, or the two are too close to tell apart`;
  }
  return result;
}

/** Replications at one value, a batch at a time, until its verdict is clear or the maximum is reached. */
export async function tryValue(settings: PlanSettings, value: number, evaluate: Evaluate, order = 1): Promise<Trial> {
  const values: number[] = [];
  for (;;) {
    const count = Math.min(values.length === 0 ? settings.initialReplications : settings.batch, settings.maxReplications - values.length);
    values.push(...(await evaluate(value, values.length, count)));
    const judged = judge(values, settings.target, settings.confidence);
    const finished = judged.verdict !== 'uncertain' || values.length >= settings.maxReplications || judged.n === 0;
    if (finished) return { order, value, ...judged };
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

/** The answer in one sentence (and, when the parameter barely moves the metric, the levers a probe found that do). */
export function planConclusion(result: PlanResult, parameter: string, settings: PlanSettings, probes: readonly LeverProbe[] = []): string {
  const target = formatTarget(settings.target);
  const level = `${Math.round(settings.confidence * 1000) / 10}% confidence`;
  const first = settings.values[0];
  const last = settings.values[settings.values.length - 1];
  if (result.answer === null) return `No ${parameter} from ${first} to ${last} was shown to give ${target} with ${level}.${leverNote(result, parameter, settings)}${probeNote(probes, settings)}`;
  if (result.answer === first) return `${target} holds with ${level} already at the smallest ${parameter} tried, ${first}.`;
  const below = result.trials.filter((t) => t.value < result.answer!).reduce((a, b) => (b.value > a.value ? b : a));
  return `The smallest ${parameter} giving ${target} with ${level} is ${result.answer} (${below.value} was not shown to).`;
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
  const show = (v: number) => formatTargetValue(settings.target, v);
  return ` Over the values tried, ${settings.target.metric} moved only from ${show(Math.min(...means))} to ${show(Math.max(...means))}, less than the distance still left to ${show(settings.target.threshold)}: it depends mostly on something other than ${parameter}.`;
}

/** Whether no value met the target and the means over the values tried moved less than the distance still left to the threshold. */
export function barelyMoves(result: PlanResult, settings: PlanSettings): boolean {
  if (result.answer !== null) return false;
  const means = result.trials.map((t) => t.mean).filter(Number.isFinite);
  if (means.length < 2) return false;
  const lowest = Math.min(...means);
  const highest = Math.max(...means);
  const { threshold, comparison } = settings.target;
  const best = comparison === '<=' || comparison === '<' ? lowest : highest;
  const gap = Math.abs(best - threshold);
  return highest - lowest < gap;
}

/** The probed levers that moved the metric towards the target, most first, in one sentence. */
function probeNote(probes: readonly LeverProbe[], settings: PlanSettings): string {
  if (probes.length === 0) return '';
  const towards = (p: LeverProbe) => (settings.target.comparison === '<=' || settings.target.comparison === '<' ? p.before - p.after : p.after - p.before);
  const show = (v: number) => formatTargetValue(settings.target, v);
  // A move too small to show in the target's own precision is no move to report.
  const moving = probes.filter((p) => towards(p) > 0 && show(p.before) !== show(p.after)).sort((a, b) => towards(b) - towards(a));
  if (moving.length === 0) return ` Doubling each staff group in turn moved it no closer to the target either.`;
  const said = moving.map((p) => `${p.parameter} ${p.from} → ${p.to} took it from ${show(p.before)} to ${show(p.after)}`);
  return ` Levers that do move it, from a quick paired probe doubling each staff group in turn: ${said.join('; ')}.`;
}
