/**
 * Reception: people arrive at each establishment as a Poisson stream, with an
 * optional yearly cycle (population.admission 'rate'), or, in a prison kept
 * full, one for each place as it frees ('keepFull').
 */
import { cos, NORMAL, URGENT, type CalendarEntry } from '../../engine/index.ts';
import type { ModelContext } from '../context.ts';
import type { Establishment } from '../establishment.ts';
import { drawPerson, makePrisoner, servedBeforeReception } from '../person.ts';
import { MONTH, WEEK, YEAR } from '../time.ts';
import { receive } from './pathway.ts';
import { scheduleTransfer } from './transfer.ts';

/**
 * The arrival stream of one establishment: thinning turns the seasonal rate
 * into a Poisson stream. It is one calendar entry that puts itself back on
 * the calendar for each wait, as StaffLife is: what a process looping over
 * arrivals would be, with the same entries at the same times and priorities,
 * without resuming a generator for every arrival.
 */
class Receptions implements CalendarEntry {
  cancelled = false;
  private started = false;
  // The rates in force when the wait began; the arrival at its end is thinned
  // by them, as a process would hold them across its wait. (Numbers from the
  // start: see Shift in staff-shift.ts.)
  private base = NaN;
  private amplitude = NaN;
  private peakWeek = NaN;
  private peak = NaN;

  constructor(
    private readonly ctx: ModelContext,
    private readonly establishment: Establishment,
  ) {
    // As a process starts: at the current instant, ahead of ordinary events.
    ctx.sim.schedule(this, 0, URGENT);
  }

  fire(): void {
    const { ctx } = this;
    if (this.started) {
      if (this.peak > 0) this.arrive();
      if (ctx.sim.now >= ctx.horizon) return;
    }
    this.started = true;
    this.wait();
  }

  /** Waits for the next candidate arrival at the peak rate (or, with no one received for now, a week). */
  private wait(): void {
    const establishment = this.establishment;
    // A prison kept full receives only as places free (PlacesToFill): no stream, for now.
    const base = keepsFull(establishment) ? 0 : establishment.receptionRate;
    const { amplitude, peakWeek } = establishment.config.population.seasonality;
    const peak = base * (1 + amplitude);
    this.base = base;
    this.amplitude = amplitude;
    this.peakWeek = peakWeek;
    this.peak = peak;
    // Nobody is received for now: look again each week in case a timeline change starts receptions.
    this.ctx.sim.schedule(this, peak <= 0 ? WEEK : establishment.streams.arrivals.exponential(1 / peak));
  }

  /** A candidate arrival: admitted with the chance the seasonal rate now bears to the peak. */
  private arrive(): void {
    const { ctx, establishment } = this;
    const rate = this.base * (1 + this.amplitude * cos((2 * Math.PI * (ctx.sim.now - this.peakWeek * WEEK)) / YEAR));
    if (establishment.streams.arrivals.random() * this.peak < rate) admitNewPerson(ctx, establishment);
  }
}

/**
 * Filling the free places of a prison kept full: one calendar entry for each
 * establishment, put on the calendar at the instant a place frees and fired
 * after whatever freed it has finished, which receives people until the
 * prison holds its size. (A prison above its size, after a transfer in or a
 * smaller size in the timeline, receives nobody until it is below it.)
 */
class PlacesToFill implements CalendarEntry {
  cancelled = false;
  private pending = false;

  constructor(
    private readonly ctx: ModelContext,
    private readonly establishment: Establishment,
  ) {}

  /** Puts the filling on the calendar for now, unless it is already there. */
  request(): void {
    if (this.pending || !keepsFull(this.establishment) || this.ctx.sim.now >= this.ctx.horizon) return;
    this.pending = true;
    this.ctx.sim.schedule(this, 0, NORMAL);
  }

  fire(): void {
    this.pending = false;
    const { ctx, establishment } = this;
    if (!keepsFull(establishment)) return;
    while (establishment.population < establishment.config.population.size) admitNewPerson(ctx, establishment);
  }
}

function keepsFull(establishment: Establishment): boolean {
  return establishment.config.population.admission === 'keepFull';
}

/** Starts the arrivals at `establishment` (and, in a prison kept full, fills the places the initial population left). */
export function startReceptions(ctx: ModelContext, establishment: Establishment): void {
  new Receptions(ctx, establishment);
  establishment.placesToFill = new PlacesToFill(ctx, establishment);
  fillFreePlaces(establishment);
}

/** In a prison kept full, receives people for its free places, now (after the event under way): called whenever a place frees or the size changes. */
export function fillFreePlaces(establishment: Establishment): void {
  establishment.placesToFill?.request();
}

function admitNewPerson(ctx: ModelContext, establishment: Establishment): void {
  const population = establishment.config.population;
  const person = drawPerson(establishment.streams.people, population);
  const now = ctx.sim.now;
  const served = servedBeforeReception(population, person.sentence);
  const length = Number.isFinite(person.custodyHours) ? person.custodyHours : person.sentenceMonths * MONTH;
  const p = makePrisoner(ctx.nextPrisonerId++, establishment, person, now - served * length, now);
  receive(ctx, p);
  scheduleTransfer(ctx, p);
}
