/**
 * Guards against runaway runs: scenarios the schema accepts whose run would
 * take far more time or memory than any study needs. Each guard looks at the
 * run at a moment off the hot path — as an establishment's reception rate is
 * set, once before the initial population is drawn, once per simulated week —
 * and stops the run with a RunawayError that names the likely parameters.
 */
import { RunawayError } from './errors.ts';
import { limits } from '../scenario/limits.ts';
import type { PopulationParams, SentenceType } from '../scenario/schema/index.ts';
import { DAY, YEAR } from './time.ts';

/**
 * Events a simulated week may take for every 1,000 people held or in post.
 * Measured over a year, the bundled scenarios take at most about 1,500
 * (personal-officer-2009; national-estate about 1,250): the budget is over 30
 * times that, so it stops only runs that have run away.
 */
export const EVENTS_PER_WEEK_PER_THOUSAND = 50_000;

/**
 * The budgets are never those of fewer people than this, so a small or empty
 * prison is not stopped for its staff's shifts or its first receptions.
 */
const LEAST_PEOPLE = 1_000;

/**
 * The shortest mean stay (hours) a population may have. Receptions replace
 * the people who leave, so their rate is size ÷ mean stay: with stays under
 * a day a prison receives its whole population again every day, and with
 * stays of no time receptions never let the clock move on.
 */
export const LEAST_MEAN_STAY_HOURS = DAY;

/**
 * Receptions the initial population may replay for each place. The bundled
 * scenarios replay at most 20 (the longest stays a distribution allows, over
 * the mean stay); a distribution with no upper end in sight — a lognormal
 * without a max, a gamma whose standard deviation dwarfs its mean — can ask
 * for millions.
 */
export const REPLAY_DRAWS_PER_PLACE = 1_000;

/** The parameters that set how long people of each kind stay, and so how many are received. */
const stayParameters: Record<SentenceType, readonly string[]> = {
  remand: ['population.remandWeeks'],
  determinate: ['population.determinateSentenceMonths', 'population.releaseFraction', 'population.elapsedAtReception', 'hdc.minDaysInCustody'],
  ipp: ['population.tariffMonths', 'population.elapsedAtReception'],
  life: ['population.lifeTariffMonths', 'population.tariffMonths', 'population.elapsedAtReception'],
  recall: ['population.recallWeeks'],
};

const sentenceWords: Record<SentenceType, string> = { remand: 'remand', determinate: 'determinate sentences', ipp: 'IPP sentences', life: 'life sentences', recall: 'recalls' };

/** The stay parameters of the kinds of custody the population receives. */
function staysOf(population: PopulationParams): string[] {
  const kinds = (Object.keys(stayParameters) as SentenceType[]).filter((kind) => population.receptionMix[kind] > 0);
  return [...new Set(kinds.flatMap((kind) => stayParameters[kind]))];
}

const number = (x: number): string => Math.round(x).toLocaleString('en-GB');

/** Refuses a population whose people would be held, on average, for less than `LEAST_MEAN_STAY_HOURS`. */
export function checkMeanStay(population: PopulationParams, meanStayHours: number): void {
  if (meanStayHours >= LEAST_MEAN_STAY_HOURS) return;
  const parameters = staysOf(population);
  const held = population.size.toLocaleString('en-GB');
  const consequence =
    meanStayHours > 0
      ? `held for ${meanStayHours.toPrecision(2)} hours on average, so keeping ${held} held would take ${number((population.size * DAY) / meanStayHours)} receptions a day`
      : `held for no time at all, so no number of receptions could keep ${held} held`;
  throw new RunawayError(`people received would be ${consequence}; stays must average at least a day. Check ${parameters.join(', ')} (in the scenario or an estate group)`, parameters);
}

/** The receptions the initial population replays for one kind of custody in one establishment. */
export interface Replay {
  kind: SentenceType;
  /** Expected receptions over the look-back. */
  draws: number;
  /** How far back receptions are replayed (hours): the longest stay of the kind. */
  lookbackHours: number;
}

/** The parameter that sets the longest stays of each kind, named when the replay would be too long. */
const replayParameter: Record<SentenceType, string> = {
  remand: 'population.remandWeeks',
  determinate: 'population.determinateSentenceMonths',
  ipp: 'population.tariffMonths',
  life: 'population.lifeTariffMonths',
  recall: 'population.recallWeeks',
};

/** Refuses an initial population that would replay more receptions than `REPLAY_DRAWS_PER_PLACE` for each place. */
export function checkReplay(replays: readonly Replay[], places: number): void {
  const total = replays.reduce((sum, r) => sum + r.draws, 0);
  const budget = REPLAY_DRAWS_PER_PLACE * Math.max(places, LEAST_PEOPLE);
  if (!(total > budget)) return;
  const worst = replays.reduce((a, b) => (b.draws > a.draws ? b : a));
  const parameter = replayParameter[worst.kind];
  throw new RunawayError(
    `drawing the people held at the start would replay about ${number(total)} receptions, over the ${number(budget)} allowed ` +
      `(${number(REPLAY_DRAWS_PER_PLACE)} for each place): most for ${sentenceWords[worst.kind]}, whose longest stays ` +
      `(${(worst.lookbackHours / YEAR).toPrecision(3)} years) are far longer than their average. Check ${parameter}: ` +
      'give a lognormal distribution a max, or a gamma distribution a standard deviation nearer its mean',
    [parameter],
  );
}

/** The probation resource allocation tool's weights, which set its complement. */
const toolParameters = ['probationTool.referenceTurnover', 'probationTool.turnoverWeight', 'probationTool.officersPerSupervisor', 'probationTool.referenceHighRiskShare', 'probationTool.riskWeight'];

/**
 * Refuses a complement from the probation resource allocation tool larger
 * than both the people the establishment holds and ten officers for each
 * supervisor (the most officersPerSupervisor gives at the reference turnover
 * and risk). Its weights raise ratios to powers, so weights far from their
 * references can ask for millions of officers, and the model would hire them.
 */
export function checkToolComplement(complement: number, peopleHeld: number, supervisors: number): void {
  const most = Math.max(peopleHeld, 10 * supervisors);
  if (!(complement > most)) return;
  throw new RunawayError(
    `the probation resource allocation tool would set ${Number.isFinite(complement) ? number(complement) : 'endless'} probation officers in an establishment ` +
      `of ${number(peopleHeld)} people and ${number(supervisors)} offender supervisors: more than the people it holds, and more than ten for each supervisor. ` +
      `Check ${toolParameters.join(', ')}`,
    toolParameters,
  );
}

/**
 * Refuses a run that would have more staff in post than the scenario's limit
 * on staff (limits.totalStaff), at the start or once the timeline change of
 * week `week` is in force. The scenario's own check counts the head counts
 * it states; this counts the staff the model would put in post, the
 * probation officers the probation resource allocation tool sets included
 * (`toolOfficers`, null when the tool sets none), which can be ten for each
 * supervisor. A prison's cost grows with its staff: each works every shift.
 */
export function checkStaffInPost(staff: number, toolOfficers: number | null, week: number | null): void {
  if (!(staff <= limits.totalStaff)) {
    const when = week === null ? 'at the start' : `from week ${week}`;
    const officers = toolOfficers === null ? '' : `, ${number(toolOfficers)} of them probation officers set by the probation resource allocation tool`;
    const parameters = toolOfficers === null ? ['staff'] : [...toolParameters, 'staff.offenderSupervisors.count'];
    throw new RunawayError(
      `${when} the run would have ${number(staff)} staff in post across its establishments${officers}, over the limit of ${number(limits.totalStaff)} ` +
        `(the whole offender-management workforce of England and Wales is a few thousand people). Check ${parameters.join(', ')}`,
      parameters,
    );
  }
}

/** What drives the events of a week: weekly counters, the events each brings about, and the parameters that set how many there are. */
interface Driver {
  counters: readonly string[];
  eventsEach: number;
  what: string;
  parameters: readonly string[];
}

const drivers: readonly Driver[] = [
  { counters: ['prisoners.received'], eventsEach: 6, what: 'receptions', parameters: ['population.remandWeeks', 'population.recallWeeks', 'population.determinateSentenceMonths', 'population.tariffMonths', 'population.releaseFraction', 'population.elapsedAtReception'] },
  { counters: ['contacts.required'], eventsEach: 2, what: 'supervision contacts falling due', parameters: ['contacts.byTier'] },
  { counters: ['parole.hearings'], eventsEach: 3, what: 'parole hearings', parameters: ['parole.reviewMonths'] },
  {
    counters: ['parole.deferredForReports'],
    eventsEach: 2,
    what: 'parole hearings deferred for an incomplete dossier',
    parameters: ['parole.dossierCutOffWeeks', 'parole.deferralWeeks', 'parole.deferralProbabilityIncompleteDossier'],
  },
  { counters: ['parole.deferredOtherCauses'], eventsEach: 2, what: 'parole hearings deferred on the day', parameters: ['parole.otherDeferralProbability', 'parole.deferralWeeks'] },
  { counters: ['prisoners.transferred'], eventsEach: 4, what: 'transfers', parameters: ['establishment.transferRatePerYear'] },
  { counters: ['oversight.signOffs', 'oversight.returnedForRework'], eventsEach: 2, what: 'sign-offs and rework', parameters: ['oversight.signOff.hours', 'oversight.signOff.reworkShare', 'oversight.signOff.reworkShareOfHours'] },
  { counters: ['tasks.interrupted'], eventsEach: 2, what: 'work interrupted by redeployment', parameters: ['redeployment.shiftProbability', 'redeployment.interruptedTask'] },
  { counters: ['staff.inPost'], eventsEach: 14, what: 'staff shifts', parameters: ['staff', 'workingPattern.shiftsPerWeek'] },
];

/** The driver behind the most events in a week's row of the series. */
function likeliestDriver(values: Readonly<Record<string, number>>): { driver: Driver; count: number } {
  let best = { driver: drivers[0], count: 0, events: -1 };
  for (const driver of drivers) {
    const count = driver.counters.reduce((sum, name) => sum + (values[name] ?? 0), 0);
    if (count * driver.eventsEach > best.events) best = { driver, count, events: count * driver.eventsEach };
  }
  return best;
}

/**
 * Stops a run whose week `week` (from 0) took more than its budget of
 * events; `values` is that week's row of the weekly series, which says how
 * many people were held and in post, and what happened.
 */
export function checkWeek(week: number, events: number, values: Readonly<Record<string, number>>): void {
  const people = (values['prisoners.population'] ?? 0) + (values['staff.inPost'] ?? 0);
  const budget = (EVENTS_PER_WEEK_PER_THOUSAND * Math.max(people, LEAST_PEOPLE)) / 1_000;
  if (events <= budget) return;
  const { driver, count } = likeliestDriver(values);
  throw new RunawayError(
    `the run was stopped in week ${week + 1}: it took ${number(events)} events that week, over the ${number(budget)} allowed ` +
      `(${number(EVENTS_PER_WEEK_PER_THOUSAND)} for every 1,000 people held or in post). Most came from ${driver.what} ` +
      `(${number(count)} that week, with ${number(values['prisoners.population'] ?? 0)} people held): check ${driver.parameters.join(', ')}`,
    driver.parameters,
  );
}
