/** Reports with deadlines, and the release decisions that depend on them. */
import { z } from 'zod';
import { hours, months, probability, weeks } from './units.ts';

const reportSchema = (what: string, defaults: { hours: number; start: number; due: number }) =>
  z
    .object({
      hours: hours(`staff time to write ${what}`).default(defaults.hours),
      startWeeksBefore: weeks(`work on ${what} can start this long before the event it serves`).default(defaults.start),
      dueWeeksBefore: weeks(`${what} is due this long before the event it serves`).default(defaults.due),
    })
    .strict()
    .prefault({});

export const reportsSchema = z
  .object({
    // Dossier work starts about 26 weeks before the parole date: PAC 2000 evidence (docs/sources.md).
    // Assumption: 10 hours of writing, due 8 weeks before the hearing (no published timetable for the parole report was found).
    parole: reportSchema('a parole report', { hours: 10, start: 26, due: 8 }),
    // Assumption: 3 hours, started 10 weeks and due 4 weeks before the HDC eligibility date.
    hdc: reportSchema('a home detention curfew assessment', { hours: 3, start: 10, due: 4 }),
    // Assumption: 3 hours for the pre-release handover to the community offender manager.
    handover: reportSchema('a pre-release handover', { hours: 3, start: 4, due: 0 }),
    // Handover before Apr 2023: release − 7 months 15 days; none for 10 months' custody or less (docs/sources.md).
    handoverMonthsBeforeRelease: months('the handover to the community offender manager happens this long before release').default(7.5),
    handoverMinCustodyMonths: months('no handover when time in custody is this short or shorter').default(10),
  })
  .strict();

export const paroleSchema = z
  .object({
    // Parole Board 2023/24: 4,370 released, 11,355 refused (docs/sources.md): 4,370 / 15,725 ≈ 0.28.
    releaseProbability: probability('chance a hearing with a complete dossier directs release').default(0.28),
    // Assumption: release is rare without reports (Role of the Prison Officer, Justice Committee 2009, para 179).
    releaseProbabilityWithoutReports: probability('chance a hearing without the reports directs release').default(0.05),
    // Assumption: the dossier must be complete four weeks before the hearing, so that the
    // panel and the parties can read it (the Parole Board's rules set the listing timetable).
    // At most a year: a deferred hearing is listed again deferralWeeks later, and when its new
    // cut-off has passed already it is deferred again at once — with a cut-off of years,
    // thousands of times at one instant.
    dossierCutOffWeeks: weeks('the dossier must be complete this long before the hearing').max(52).default(4),
    // The dossier holds the case's OASys and sentence plan as well as the reports: 97 of 276 lifer
    // cases lacked one or the other (NAO, Protecting the public: the work of the Parole Board, 2008; docs/sources.md).
    dossierNeedsCurrentOasys: z
      .boolean()
      .default(true)
      .describe('a dossier is complete only if the case has no OASys assessment, sentence plan or OASys review overdue at the cut-off'),
    // Assumption: most panels put a hearing back rather than decide without the reports.
    deferralProbabilityIncompleteDossier: probability(
      'chance a hearing whose dossier is incomplete at the cut-off is deferred; otherwise it is heard without the reports',
    ).default(0.8),
    // Assumption: deferrals for reasons other than missing reports (witnesses, panel, legal representation).
    otherDeferralProbability: probability('chance a hearing is deferred on the day for reasons other than the dossier').default(0.05),
    // Assumption: at least a week. A hearing put back by no time comes round again at the same
    // instant, where it may be put back again, for ever.
    deferralWeeks: weeks('how long a deferred hearing is put back', 1).default(12),
    // Assumption: at least a month. A refused case with no time to its next hearing is heard again
    // at the same instant, for ever; and the initial population replays each lifer's hearings over
    // up to 40 years, one for each interval.
    reviewMonths: months('time to the next hearing after a refusal', 1).default(12),
  })
  .strict();

export const hdcSchema = z
  .object({
    // Sentences of 12 weeks to under 4 years; release up to 180 days before the halfway point;
    // at least 14 days in custody: HDC policy framework (docs/sources.md).
    minSentenceWeeks: weeks('shortest sentence eligible for home detention curfew').default(12),
    maxSentenceMonths: months('sentences this long or longer are not eligible').default(48),
    maxDaysEarly: z.number().min(0).max(365).default(180).describe('most days before the automatic release date that HDC may start (days)'),
    // At least a day (the policy says 14): with none, HDC could release people the moment they
    // arrive, stays of no time that receptions without end would have to replace.
    minDaysInCustody: z.number().min(1).max(365).default(14).describe('least time in custody before HDC (days)'),
    // Assumption: share of eligible people granted HDC when assessed in time.
    grantProbability: probability('chance HDC is granted when the assessment is done in time').default(0.6),
  })
  .strict();
