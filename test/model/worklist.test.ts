/** A person's work list: ordering under each priority policy, lazy removal, and the open-hours tally. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StaffMember, Task, TaskKind } from '../../src/model/types.ts';
import { WorkList, type PriorityPolicy } from '../../src/model/worklist.ts';

const me = { id: 1 } as StaffMember;
const someoneElse = { id: 2 } as StaffMember;

function task(kind: TaskKind, due: number, hours = 1, owner: StaffMember = me): Task {
  return {
    kind,
    prisoner: null,
    hours,
    directHours: 0,
    remaining: hours,
    createdAt: 0,
    due,
    status: 'open',
    owner,
    overdue: false,
    escalated: false,
    takenOver: false,
    signOff: false,
    handOn: null,
    onDone: null,
  };
}

/** Takes every task off the list in the order the list gives them. */
function drain(list: WorkList): Task[] {
  const out: Task[] = [];
  for (let t = list.front(me); t !== undefined; t = list.front(me)) {
    out.push(t);
    list.removeFront();
  }
  return out;
}

function listOf(policy: PriorityPolicy, tasks: Task[], assessmentBeforeTier: number | null = 2): WorkList {
  const list = new WorkList({ priority: policy, assessmentBeforeTier });
  for (const t of tasks) list.add(t);
  return list;
}

const mixed = () => [task('parole', 30), task('contact', 50), task('hdc', 10), task('contact', 20), task('oversight', 40)];

describe('ordering', () => {
  it('puts a contact with a case unseen past the floor before all other work under every policy but triage, which keeps parole and release work first', () => {
    const withFloorContact = () => {
      const unseen = task('contact', 90);
      unseen.escalated = true;
      return [...mixed(), unseen];
    };
    for (const policy of ['deadline', 'contactsFirst', 'reportsFirst'] as const) {
      expect([policy, drain(listOf(policy, withFloorContact()))[0].due]).toEqual([policy, 90]);
    }
    expect(drain(listOf('triage', withFloorContact())).map((t) => [t.kind, t.due])).toEqual([
      ['parole', 30],
      ['hdc', 10],
      ['contact', 90],
      ['contact', 20],
      ['contact', 50],
      ['oversight', 40],
    ]);
  });

  it('under "deadline", gives the nearest deadline first whatever the kind of work', () => {
    expect(drain(listOf('deadline', mixed())).map((t) => t.due)).toEqual([10, 20, 30, 40, 50]);
  });

  it('under "contactsFirst", gives every contact (nearest deadline first) before any other work', () => {
    expect(drain(listOf('contactsFirst', mixed())).map((t) => [t.kind, t.due])).toEqual([
      ['contact', 20],
      ['contact', 50],
      ['hdc', 10],
      ['parole', 30],
      ['oversight', 40],
    ]);
  });

  it('under "reportsFirst", gives all written and oversight work before any contact', () => {
    expect(drain(listOf('reportsFirst', mixed())).map((t) => [t.kind, t.due])).toEqual([
      ['hdc', 10],
      ['parole', 30],
      ['oversight', 40],
      ['contact', 20],
      ['contact', 50],
    ]);
  });

  it('re-sorts the work already on the list when the policy changes', () => {
    const list = listOf('reportsFirst', mixed());
    list.setOrder({ priority: 'contactsFirst', assessmentBeforeTier: 2 });
    expect(drain(list).map((t) => t.kind)).toEqual(['contact', 'contact', 'hdc', 'parole', 'oversight']);
  });

  // Deadlines on a grid of 1/64 hour: the list's sort key (rank × 1e9 + deadline) resolves
  // deadlines to about 1e-7 hours, far finer than any deadline the model sets.
  it('for any tasks and policy, gives them sorted by (policy rank, deadline)', () => {
    const kinds: TaskKind[] = ['contact', 'assessment', 'sentencePlan', 'oasysReview', 'parole', 'hdc', 'handover', 'oversight'];
    fc.assert(
      fc.property(
        fc.constantFrom<PriorityPolicy>('deadline', 'contactsFirst', 'reportsFirst'),
        fc.array(fc.tuple(fc.constantFrom(...kinds), fc.integer({ min: 0, max: 64 * 500_000 }).map((n) => n / 64)), { maxLength: 60 }),
        (policy, specs) => {
          const out = drain(listOf(policy, specs.map(([kind, due]) => task(kind, due))));
          const rank = (t: Task) => (policy === 'deadline' ? 0 : (t.kind === 'contact') === (policy === 'contactsFirst') ? 0 : 1);
          expect(out).toHaveLength(specs.length);
          for (let i = 1; i < out.length; i++) {
            const [a, b] = [out[i - 1], out[i]];
            expect(rank(a) < rank(b) || (rank(a) === rank(b) && a.due <= b.due)).toBe(true);
          }
        },
      ),
      { seed: 20261123 },
    );
  });
});

describe('lazy removal', () => {
  it('skips and drops finished, missed and cancelled tasks when they reach the front', () => {
    const [a, b, c, d] = [task('hdc', 1), task('contact', 2), task('parole', 3), task('handover', 4)];
    const list = listOf('deadline', [a, b, c, d]);
    a.status = 'done';
    b.status = 'missed';
    c.status = 'cancelled';
    expect(list.size).toBe(4);
    expect(list.front(me)).toBe(d);
    expect(list.size).toBe(1);
  });

  it('skips and drops tasks that have moved to someone else’s list', () => {
    const [a, b] = [task('hdc', 1), task('parole', 2)];
    const list = listOf('deadline', [a, b]);
    a.owner = someoneElse;
    expect(list.front(me)).toBe(b);
    expect(list.size).toBe(1);
  });

  it('keeps a task no longer at the front until it gets there, then drops it', () => {
    const [a, b, c] = [task('hdc', 1), task('parole', 2), task('handover', 3)];
    const list = listOf('deadline', [a, b, c]);
    b.status = 'cancelled';
    expect(list.front(me)).toBe(a);
    expect(list.size).toBe(3);
    list.removeFront();
    expect(list.front(me)).toBe(c);
    expect(list.size).toBe(1);
  });

  it('returns undefined from an empty list, or one holding only dead tasks', () => {
    expect(new WorkList({ priority: 'deadline', assessmentBeforeTier: 2 }).front(me)).toBeUndefined();
    const a = task('hdc', 1);
    const list = listOf('deadline', [a]);
    a.status = 'done';
    expect(list.front(me)).toBeUndefined();
    expect(list.size).toBe(0);
  });
});

describe('open hours', () => {
  it('adds the remaining hours of each task put on the list', () => {
    const list = listOf('deadline', [task('hdc', 1, 3), task('parole', 2, 10)]);
    expect(list.openHours).toBe(13);
  });
});

describe('triage (the default policy)', () => {
  /** A task about a case of tier `tier` (0: not yet tiered). */
  function about(kind: TaskKind, due: number, tier: 0 | 1 | 2 | 3 | 4): Task {
    return { ...task(kind, due), prisoner: { tier } as Task['prisoner'] };
  }

  it('puts work with release consequences first (parole reports before HDC and handovers, however overdue those are), then contacts from the highest tier down (untiered between 2 and 1) with first assessments before tier 2, then plans, reviews and oversight, each band by deadline', () => {
    const tasks = [
      about('oasysReview', 1, 2),
      about('contact', 50, 1),
      about('assessment', 2, 0),
      about('contact', 40, 0),
      about('contact', 30, 2),
      about('contact', 90, 4),
      about('hdc', 80, 2),
      about('contact', 20, 3),
      about('parole', 95, 4),
      about('handover', 70, 1),
      { ...task('oversight', 3) },
      about('sentencePlan', 4, 3),
    ];
    const order = drain(listOf('triage', tasks)).map((t) => `${t.kind}@${t.due}`);
    expect(order).toEqual([
      'parole@95',
      'handover@70',
      'hdc@80',
      'contact@90',
      'contact@20',
      'assessment@2',
      'contact@30',
      'contact@40',
      'contact@50',
      'oasysReview@1',
      'oversight@3',
      'sentencePlan@4',
    ]);
  });

  it('puts a first assessment just before the contacts of the tier the scenario names, or after every contact when it names none', () => {
    const tasks = () => [about('contact', 10, 4), about('contact', 20, 3), about('contact', 30, 2), about('contact', 35, 0), about('contact', 40, 1), about('assessment', 50, 0)];
    const position = (beforeTier: number | null) => drain(listOf('triage', tasks(), beforeTier)).findIndex((t) => t.kind === 'assessment');
    expect([4, 3, 2, 1, null].map(position)).toEqual([0, 1, 2, 4, 5]);
    // A plan or review is not a first assessment: it stays after every contact.
    expect(drain(listOf('triage', [about('sentencePlan', 1, 3), about('contact', 40, 1)], 4)).map((t) => t.kind)).toEqual(['contact', 'sentencePlan']);
  });

  it('re-sorts the work already on the list when the first assessment’s tier changes', () => {
    const list = listOf('triage', [about('contact', 10, 3), about('assessment', 50, 0)], null);
    list.setOrder({ priority: 'triage', assessmentBeforeTier: 4 });
    expect(drain(list).map((t) => t.kind)).toEqual(['assessment', 'contact']);
  });

  it('puts overdue work cut down to a short risk review after release work and before every contact', () => {
    const order = drain(listOf('triage', [about('contact', 10, 4), { ...about('assessment', -500, 0), escalated: true }, about('parole', 900, 1)])).map((t) => t.kind);
    expect(order).toEqual(['parole', 'assessment', 'contact']);
  });

  it('lets overdue written work block no contact: a plan months overdue still comes after a contact due next month', () => {
    const order = drain(listOf('triage', [about('sentencePlan', -2000, 2), about('contact', 700, 1)])).map((t) => t.kind);
    expect(order).toEqual(['contact', 'sentencePlan']);
    // Under the nearest deadline first, the same overdue plan blocks the contact.
    expect(drain(listOf('deadline', [about('sentencePlan', -2000, 2), about('contact', 700, 1)])).map((t) => t.kind)).toEqual(['sentencePlan', 'contact']);
  });
});

describe('the most urgent task another may take over', () => {
  it('is the task the owner would reach first among those the predicate accepts, and none of anyone else’s', () => {
    const list = listOf('deadline', [task('contact', 5), task('parole', 3), task('hdc', 9), task('parole', 1, 1, someoneElse)]);
    expect(list.mostUrgentWhere(me, (t) => t.kind !== 'parole')?.due).toBe(5);
    expect(list.mostUrgentWhere(me, (t) => t.kind === 'parole')?.due).toBe(3);
    expect(list.mostUrgentWhere(me, () => false)).toBeUndefined();
  });
});
