/** Reception: people arrive at each establishment as a Poisson stream, with an optional yearly cycle. */
import type { ProcessBody } from '../../engine/index.ts';
import type { ModelContext } from '../context.ts';
import type { Establishment } from '../establishment.ts';
import { drawPerson, makePrisoner } from '../person.ts';
import { MONTH, WEEK, YEAR } from '../time.ts';
import { receive } from './pathway.ts';
import { scheduleTransfer } from './transfer.ts';

/** The arrival process of one establishment: thinning turns the seasonal rate into a Poisson stream. */
export function* receptions(ctx: ModelContext, establishment: Establishment): ProcessBody<void> {
  const { sim } = ctx;
  const rng = establishment.streams.arrivals;
  for (;;) {
    const base = establishment.receptionRate;
    const { amplitude, peakWeek } = establishment.config.population.seasonality;
    const peak = base * (1 + amplitude);
    if (peak <= 0) {
      // Nobody is received for now; look again each week in case a timeline change starts receptions.
      yield WEEK;
    } else {
      yield rng.exponential(1 / peak);
      const rate = base * (1 + amplitude * Math.cos((2 * Math.PI * (sim.now - peakWeek * WEEK)) / YEAR));
      if (rng.random() * peak < rate) admitNewPerson(ctx, establishment);
    }
    if (sim.now >= ctx.horizon) return;
  }
}

function admitNewPerson(ctx: ModelContext, establishment: Establishment): void {
  const population = establishment.config.population;
  const person = drawPerson(establishment.streams.people, population);
  const now = ctx.sim.now;
  const served = person.sentence === 'remand' ? 0 : population.elapsedAtReception;
  const length = Number.isFinite(person.custodyHours) ? person.custodyHours : person.sentenceMonths * MONTH;
  const p = makePrisoner(ctx.nextPrisonerId++, establishment, person, now - served * length, now);
  receive(ctx, p);
  scheduleTransfer(ctx, p);
}
