/** The things the model moves and the people who do the work: plain records. */
import type { Reoffending, Rosh, SentenceType, StaffGroup, Tier } from '../scenario/schema/index.ts';
import type { Caseload } from './caseload.ts';
import type { Establishment } from './establishment.ts';
import type { Counter } from './metrics.ts';
import type { Timer } from './timers.ts';
import type { WeeklyWorkload } from './workload.ts';
import type { WorkList } from './worklist.ts';

/** The determinate sentence a remand ends in: its length, and the time in custody it means, counted from reception. */
export interface SentenceAfterRemand {
  readonly sentenceMonths: number;
  readonly custodyHours: number;
}

/** Who owns the case in the community. */
export type CaseOwner = 'trust' | 'nps' | 'crc';

/** One person in custody. */
export interface Prisoner {
  readonly id: number;
  establishment: Establishment;
  /** Changes once, from remand to determinate, when a remand ends in a sentence (sentenceAfterRemand). */
  sentence: SentenceType;
  /** Sentence length (determinate) or tariff (indeterminate), in months; remand time for remand. */
  sentenceMonths: number;
  /** When the sentence (or remand) began; before 0 for the initial population. A sentence after remand begins with the remand, at reception: the time on remand counts towards it. */
  readonly sentencedAt: number;
  /** For a person on remand: the determinate sentence the remand ends in, or null when they leave at its end. */
  sentenceAfterRemand: SentenceAfterRemand | null;
  /** When this person arrived in the establishment system (0 for the initial population). */
  readonly receivedAt: number;
  /** When the timetable of a sentenced person's work (OASys, plan, reviews) begins: reception, or for a remand that ends in a sentence, the day of sentence. */
  timetableFrom: number;
  /** Scheduled release time; Infinity for an indeterminate sentence until the Parole Board directs release. */
  releaseAt: number;
  readonly rosh: Rosh;
  readonly reoffending: Reoffending;
  readonly prolific: boolean;
  readonly youngAdult: boolean;
  readonly owner: CaseOwner;
  /** 0 until assessed. Set only by `tierCase`, which keeps the supervisor's caseload counts by tier in step. */
  tier: Tier | 0;
  inScope: boolean;
  assessed: boolean;
  /** True when the initial sentence plan is drawn up as part of the OASys assessment (sentencePlan.withAssessment), not as work of its own. */
  planWithAssessment: boolean;
  assessor: StaffMember | null;
  supervisor: StaffMember | null;
  /** When the case started waiting for a supervisor (NaN when not waiting). */
  unallocatedSince: number;
  /** The HDC eligibility date passed with the assessment not done: since when (NaN otherwise). */
  hdcWaitingSince: number;
  inCustody: boolean;
  /** For an indeterminate sentence: true once the tariff is served (`prisoners.heldPastTariff.<sentence>`). */
  pastTariff: boolean;
  /** OASys assessment, plan or review work about this person past its deadline and not finished (`prisoners.heldWithOasysOverdue.<sentence>`). */
  oasysWorkOverdue: number;
  /** The contact most recently put on the list, if any (it may since have been done, missed or cancelled). */
  contact: Task | null;
  /** The timer of the next contact falling due. */
  contactCycle: { cancel(): void } | null;
  /** Open work about this person other than the contact (see `contact`), oldest first, so it can be cancelled or moved. */
  /** Chance decisions taken about this prisoner so far: the counter of their own draws (decisions.ts). */
  decisionsTaken: number;
  readonly tasks: Task[];
  /**
   * Under OMiC, when the community offender manager becomes responsible for
   * the case: -Infinity when they hold it from the start, NaN when no date
   * is set (before OMiC, or not yet in scope).
   */
  comResponsibleFrom: number;
  /** Under OMiC, whether the pre-release work once started was done: null while none has started (none is owed). */
  preReleaseDone: boolean | null;
  /** The pending release, review cycle and other timers, for release to cancel (in no particular order). */
  readonly timers: Timer[];
}

/** What a piece of work is. */
export type TaskKind =
  | 'contact'
  | 'assessment'
  | 'sentencePlan'
  | 'oasysReview'
  | 'parole'
  | 'hdc'
  | 'handover'
  | 'preRelease'
  | 'oversight';

export type TaskStatus = 'open' | 'done' | 'missed' | 'cancelled';

/** A piece of work on somebody's list. */
export interface Task {
  readonly kind: TaskKind;
  readonly prisoner: Prisoner | null;
  /** Total staff time it takes (hours); less if overdue work is cut down to a short review. */
  hours: number;
  /** Of which face-to-face contact (hours), done first. */
  directHours: number;
  /** Work still to do (hours). */
  remaining: number;
  readonly createdAt: number;
  /** Deadline (hours); a contact not done by then is missed, other work becomes late. */
  readonly due: number;
  status: TaskStatus;
  owner: StaffMember | null;
  /** True once the deadline has passed with the work unfinished. */
  overdue: boolean;
  /** True once overdue work has been cut down to a short risk review, which triage puts before contacts. */
  escalated: boolean;
  /** True once a colleague with nothing left to do took it over from the person whose list it was on. */
  takenOver: boolean;
  /** True while the finished work waits for, or is under, an overseer's sign-off (its time is oversight). */
  signOff: boolean;
  /**
   * Asked when the work runs out: true if it has been handed on for more
   * (a sign-off, or rework after one), so it is not yet done.
   */
  readonly handOn: ((task: Task) => boolean) | null;
  /** Told once when the work is finished. */
  readonly onDone: TaskListener | null;
}

/**
 * What is told when a piece of work is finished. An object with a method,
 * not a closure: a contact is finished every few seconds of run time, and a
 * closure would be two more objects (the function and the scope it keeps) to
 * reach, long out of the processor's cache, on every one.
 */
export interface TaskListener {
  done(task: Task): void;
}

/**
 * Where a person's hours went, each with its position in the arrays that
 * keep hours: hours are added for every slice of work, and a store into a
 * property chosen by a string at run time costs several times more.
 */
export const timeIndex = {
  contact: 0,
  admin: 1,
  reports: 2,
  oversight: 3,
  idle: 4,
  otherDuties: 5,
  redeployed: 6,
  absent: 7,
} as const;
export type TimeCategory = keyof typeof timeIndex;
/** The categories in order of position. */
export const timeCategories = Object.keys(timeIndex) as readonly TimeCategory[];
export type TimeIndex = (typeof timeIndex)[TimeCategory];

/** One member of staff, with their workload tallies (see workload.ts). */
export interface StaffMember extends WeeklyWorkload {
  readonly id: number;
  readonly group: StaffGroup;
  readonly establishment: Establishment;
  /** False once removed by a timeline change; the person stops at the next shift. */
  active: boolean;
  /** People this member supervises. */
  readonly caseload: Caseload;
  /** The task this person is at work on now, if any: a colleague may not take it over. */
  inHand: Task | null;
  readonly work: WorkList;
  /** When this person finished parole reports lately (for the WMT's 30-day window). */
  readonly paroleReportsDone: number[];
  /** Hours by category (indexed by `timeIndex`) over the run: the per-person view of the group counters. */
  readonly hours: Float64Array;
  /** The counters of this person's group that their hours add to, by `timeIndex`. */
  readonly hourCounters: readonly Counter[];
}
