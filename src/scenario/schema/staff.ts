/** Who does the work: staff groups, their hours, absences and protection from redeployment. */
import { z } from 'zod';
import { assumed, setting, withEvidence, type Evidence } from './evidence.ts';
import { count, hoursPerWeek, share } from './units.ts';

export const staffGroups = ['offenderSupervisors', 'probationOfficers', 'probationServiceOfficers', 'caseAdministrators'] as const;
export type StaffGroup = (typeof staffGroups)[number];

/** What a staff group's people do in the offender management unit. */
export const staffRoles = ['caseload', 'oversight', 'caseloadAndOversight', 'administration'] as const;

/** A staff group's defaults, each with its evidence (schema/evidence.ts). */
interface GroupDefaults {
  count: number;
  hours: number;
  role: (typeof staffRoles)[number];
  redeployable: boolean;
  evidence: { count: Evidence; hours: Evidence; role: Evidence; ringFenced: Evidence; omShare: Evidence };
}

function staffGroupSchema(what: string, defaults: GroupDefaults) {
  const { evidence } = defaults;
  return z
    .object({
      count: withEvidence(count(`head count of ${what}`, 100_000).default(defaults.count), evidence.count),
      scale: setting(
        z
          .number()
          .min(0)
          .max(10)
          .default(1)
          .describe(`multiplier on the head count of ${what} in every establishment, rounded to whole people (e.g. 0.9 for a 10% cut)`),
        'a lever for what-ifs: 1 leaves the head count as given',
      ),
      contractedHoursPerWeek: withEvidence(hoursPerWeek(`contracted hours of one full-time ${what.replace(/s$/, '')}`).default(defaults.hours), evidence.hours),
      omShare: withEvidence(share('share of contracted hours set aside for offender management (the rest goes to other duties)').default(1), evidence.omShare),
      leaveShare: assumed(share('share of contracted hours lost to annual leave and public holidays').default(0.12), {
        why: `annual leave and public holidays of ${what}: 25 to 30 days’ leave and 8 public holidays are 13–15% of some 260 working days, a little above the default`,
        range: [0.1, 0.16],
      }),
      sicknessShare: assumed(share('share of contracted hours lost to sickness').default(0.05), {
        why: `about 13 working days a year lost to sickness by ${what}; the Prison Service lost 14.7 days a person in 2002–03 and 13.3 in 2003–04, against a target of 9`,
        range: [0.035, 0.07],
        informedBy: 'naoSickness2004',
      }),
      trainingShare: assumed(share('share of contracted hours spent in training').default(0.02), {
        why: `about five days a year of training for ${what}; no published figure was found`,
        range: [0.01, 0.05],
      }),
      caseloadCap: assumed(
        count(`most cases one of the ${what} may hold, as well as caseload.cap; null for no cap of the group's own`, 10_000)
          .nullable()
          .default(null),
        {
          why: `no cap of the group’s own: none is named for ${what} by the Offender Management Model’s standards or the 2011 inspection; a cap, when set, is a policy to try`,
          range: [15, 60],
          informedBy: 'hmipCaseloads2021',
        },
      ),
      ringFenced: withEvidence(
        z.boolean().default(!defaults.redeployable).describe('true when offender-management time is protected: never redeployed to other prison duties'),
        evidence.ringFenced,
      ),
      role: withEvidence(
        z
          .enum(staffRoles)
          .default(defaults.role)
          .describe(
            'caseload: supervises prisoners; oversight: quality assurance and oversight with no caseload; caseloadAndOversight: both; administration: the administrative casework named in allocation.administrativeWork, no caseload',
          ),
        evidence.role,
      ),
    })
    .strict();
}

/** Evidence shared by the probation grades, who are not prison officers and are not detailed to run the prison. */
const notRedeployed: Evidence = {
  kind: 'assumption',
  why: 'probation staff and administrators in the prison are not operational prison officers, so they are not detailed to run the prison when it is short of officers',
};

const allHoursOnCasework = (who: string): Evidence => ({
  kind: 'assumption',
  why: `${who} spend all their contracted hours in the offender management unit; other duties come in as redeployment and overheads`,
  range: [0.5, 1],
});

export const staffSchema = z
  .object({
    offenderSupervisors: staffGroupSchema('prison-officer offender supervisors', {
      count: 12,
      hours: 39,
      role: 'caseload',
      redeployable: true,
      evidence: {
        count: {
          kind: 'assumption',
          why: 'no published count of offender supervisors per prison, or ratio of supervisors to cases, was found; the national estate’s locals have about 26 for 1,050 people',
          range: [6, 30],
        },
        hours: {
          kind: 'published',
          source: 'prisonOfficerHours2007',
          era: { from: 2007, to: 2019 },
          how: 'the prison officer’s contracted week of 39 hours, the offender supervisor being a prison officer',
          otherEras: [{ value: 37.5, era: { from: 2019 }, source: 'pomDetail' }],
        },
        omShare: allHoursOnCasework('offender supervisors'),
        ringFenced: {
          kind: 'published',
          source: 'jointInspection2011',
          era: { from: 2011, to: 2019 },
          how: 'not ring-fenced: offender management staff were “deployed to other duties due to operational demands” (2011), and supervisors “re-deployed on a daily basis” (a staff comment on the NOMS letter of 19 May 2014)',
        },
        role: { kind: 'setting', why: 'the organisational model: under the Offender Management Model prison-officer offender supervisors hold caseloads' },
      },
    })
      .prefault({})
      .describe('prison officers working as offender supervisors'),
    probationOfficers: staffGroupSchema('custody probation officers', {
      count: 4,
      hours: 37,
      role: 'caseload',
      redeployable: false,
      evidence: {
        count: {
          kind: 'assumption',
          why: 'a small seconded probation team for one local prison; only national totals are published (626 probation officers in prisons in 2022, about one to 140 prisoners)',
          range: [2, 10],
          informedBy: 'howardLeague2024',
        },
        hours: { kind: 'published', source: 'wmtPoints2017', era: { from: 2017 }, how: 'default contracted hours of a probation officer, 37 a week (the same in the 2021 reference data)' },
        omShare: allHoursOnCasework('custody probation officers'),
        ringFenced: notRedeployed,
        role: { kind: 'setting', why: 'the organisational model: under the Offender Management Model seconded probation officers held the highest-harm and indeterminate cases' },
      },
    })
      .prefault({})
      .describe('probation officers working in the prison'),
    probationServiceOfficers: staffGroupSchema('probation service officers', {
      count: 0,
      hours: 37,
      role: 'caseload',
      redeployable: false,
      evidence: {
        count: { kind: 'assumption', why: 'no probation service officers in this offender management unit; a scenario that has them says how many', range: [0, 6] },
        hours: { kind: 'published', source: 'wmtPoints2017', era: { from: 2017 }, how: 'default contracted hours of a probation service officer, 37 a week (the same in the 2021 reference data)' },
        omShare: allHoursOnCasework('probation service officers'),
        ringFenced: notRedeployed,
        role: { kind: 'setting', why: 'the organisational model: probation service officers, where there are any, hold caseloads' },
      },
    })
      .prefault({})
      .describe('probation service officers working in the prison'),
    caseAdministrators: staffGroupSchema('case administrators', {
      count: 0,
      hours: 37,
      role: 'administration',
      redeployable: false,
      evidence: {
        count: { kind: 'assumption', why: 'none by default; a scenario that has case administrators says how many', range: [0, 6] },
        hours: { kind: 'assumption', why: 'the full-time week of the probation grades (37 hours); no published figure for administrators in offender management units was found', range: [36, 39] },
        omShare: allHoursOnCasework('case administrators'),
        ringFenced: notRedeployed,
        role: { kind: 'setting', why: 'what the group is: administrators write the administrative casework and hold no caseload' },
      },
    })
      .prefault({})
      .describe('case administrators in the offender management unit'),
  })
  .strict();

export type StaffParams = z.infer<typeof staffSchema>;
export type StaffGroupParams = StaffParams[StaffGroup];

export const redeploymentSchema = z
  .object({
    shiftProbability: assumed(
      z
        .number()
        .min(0)
        .max(1)
        .default(0.15)
        .describe('base chance that an offender supervisor who is not ring-fenced is redeployed on a shift (probability, 0–1)'),
      {
        why: 'about one shift in seven lost to other duties in a prison under ordinary pressure; no published rate was found, but offender management staff were “deployed to other duties due to operational demands” (2011) and “re-deployed on a daily basis” (2014)',
        range: [0.02, 0.5],
        informedBy: 'jointInspection2011',
      },
    ),
    shortfallSensitivity: assumed(
      z
        .number()
        .min(0)
        .max(100)
        .default(2)
        .describe('how much the chance rises per unit of operational shortfall: chance = base + sensitivity × shortfall, at most 1'),
      { why: 'a fifth of posts unfilled adds 0.4 to the chance per shift; no published relation was found', range: [0.5, 4] },
    ),
    whenInShift: assumed(
      z
        .enum(['start', 'during'])
        .default('during')
        .describe('start: the whole shift is lost; during: the person is pulled away at a random moment of the shift'),
      { why: 'staff described being pulled away as the day’s needs arose, rather than rostered elsewhere from the start' },
    ),
    interruptedTask: assumed(
      z
        .enum(['resume', 'restart', 'abandon'])
        .default('resume')
        .describe('what happens to the task in hand: resumed later, restarted from scratch, or abandoned (a contact is missed; written work loses its progress)'),
      { why: 'work in hand is picked up again on return; no source says what happens to it' },
    ),
    groups: assumed(z.array(z.enum(staffGroups)).default(['offenderSupervisors']).describe('staff groups that can be redeployed (unless ring-fenced)'), {
      why: 'only prison officers are detailed to run the prison; the inspections tell of offender management staff who were prison officers being redeployed',
      informedBy: 'jointInspection2011',
    }),
  })
  .strict();

export type RedeploymentParams = z.infer<typeof redeploymentSchema>;
