/**
 * Transfers between establishments of an estate: the case leaves its
 * supervisor, joins the new prison's books and is allocated there, and the new
 * supervisor must read and update it before its work carries on.
 */
import { servesSentenceHere } from '../case-rules.ts';
import type { ModelContext } from '../context.ts';
import type { Establishment } from '../establishment.ts';
import { giveTask, openWorkAbout } from '../tasks.ts';
import { at } from '../timers.ts';
import { WEEK, YEAR } from '../time.ts';
import type { Prisoner } from '../types.ts';
import { allocate } from './allocation.ts';
import { startTracked } from './deadlines.ts';
import { joinEstablishment, leaveEstablishment } from './release.ts';
import { workerFor } from './workers.ts';

/** Time allowed for the new supervisor to read a transferred case. */
const TRANSFER_REVIEW_WEEKS = 2;

/** Schedules this person's next move, if their establishment moves people and there is somewhere to go. */
export function scheduleTransfer(ctx: ModelContext, p: Prisoner): void {
  const rate = p.establishment.config.establishment.transferRatePerYear;
  // Assumption: a recall is held where received, its stay too short to be worth a move.
  if (rate <= 0 || !servesSentenceHere(p) || ctx.establishments.length < 2) return;
  const after = p.establishment.streams.decisions.exponential(YEAR / rate);
  if (ctx.sim.now + after >= Math.min(p.releaseAt, ctx.horizon)) return;
  at(ctx, p, ctx.sim.now + after, () => transfer(ctx, p));
}

/**
 * Where a person may be moved: another establishment of the same estate
 * (women's prisons only hold women), weighted by size. One of size 0 holds
 * nobody, so it is no destination (and, left in, would leave no weight to
 * draw with when it is the only one).
 */
function destination(ctx: ModelContext, p: Prisoner): Establishment | null {
  const fromWomen = p.establishment.type === 'women';
  const options = ctx.establishments.filter((e) => e !== p.establishment && (e.type === 'women') === fromWomen && e.config.population.size > 0);
  if (options.length === 0) return null;
  return p.establishment.streams.decisions.pick(options, options.map((e) => e.config.population.size));
}

function transfer(ctx: ModelContext, p: Prisoner): void {
  const to = destination(ctx, p);
  if (to === null) return;
  leaveEstablishment(ctx, p);
  p.establishment = to;
  joinEstablishment(ctx, p);
  ctx.metrics.count('prisoners.transferred');
  const prisoners = ctx.counters.prisoners;
  if (p.inScope) {
    prisoners.inScope.change(1);
    prisoners.inScopeByTier[p.tier].change(1);
    allocate(ctx, p);
    // A review already open (on the person's list of open work) serves: the new supervisor reads the
    // case in doing it. Without this, a person moved often while reviews wait would gather one more
    // unfinished review with each move.
    if (p.assessed && !p.tasks.some((task) => task.kind === 'oasysReview')) {
      startTracked(ctx, p, 'oasysReview', ctx.params.assessment.transferHours, ctx.sim.now + TRANSFER_REVIEW_WEEKS * WEEK);
    }
  }
  // Open work follows the case to whoever in the new establishment should do it.
  for (const task of openWorkAbout(p)) {
    const worker = workerFor(ctx, p, task.kind);
    if (task.status === 'open' && worker !== null && task.owner !== worker) giveTask(task, worker);
  }
  scheduleTransfer(ctx, p);
}
