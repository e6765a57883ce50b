/** Who does the work: staff groups, their hours, absences and protection from redeployment. */
import { z } from 'zod';
import { count, hoursPerWeek, share } from './units.ts';

export const staffGroups = ['offenderSupervisors', 'probationOfficers', 'probationServiceOfficers', 'caseAdministrators'] as const;
export type StaffGroup = (typeof staffGroups)[number];

/** What a staff group's people do in the offender management unit. */
export const staffRoles = ['caseload', 'oversight', 'caseloadAndOversight', 'administration'] as const;

function staffGroupSchema(what: string, defaults: { count: number; hours: number; role: (typeof staffRoles)[number]; redeployable: boolean }) {
  return z
    .object({
      count: count(`head count of ${what}`, 100_000).default(defaults.count),
      scale: z
        .number()
        .min(0)
        .max(10)
        .default(1)
        .describe(`multiplier on the head count of ${what} in every establishment, rounded to whole people (e.g. 0.9 for a 10% cut)`),
      contractedHoursPerWeek: hoursPerWeek(`contracted hours of one full-time ${what.replace(/s$/, '')}`).default(defaults.hours),
      omShare: share('share of contracted hours set aside for offender management (the rest goes to other duties)').default(1),
      leaveShare: share('share of contracted hours lost to annual leave and public holidays').default(0.12),
      sicknessShare: share('share of contracted hours lost to sickness').default(0.05),
      trainingShare: share('share of contracted hours spent in training').default(0.02),
      caseloadCap: count(`most cases one of the ${what} may hold, as well as caseload.cap; null for no cap of the group's own`, 10_000)
        .nullable()
        .default(null),
      ringFenced: z
        .boolean()
        .default(!defaults.redeployable)
        .describe('true when offender-management time is protected: never redeployed to other prison duties'),
      role: z
        .enum(staffRoles)
        .default(defaults.role)
        .describe(
          'caseload: supervises prisoners; oversight: quality assurance and oversight with no caseload; caseloadAndOversight: both; administration: the administrative casework named in allocation.administrativeWork, no caseload',
        ),
    })
    .strict();
}

export const staffSchema = z
  .object({
    // Full-time hours 37.5 a week: CODE offender-management-allocation-manager pom_detail.rb (docs/sources.md).
    offenderSupervisors: staffGroupSchema('prison-officer offender supervisors', { count: 12, hours: 37.5, role: 'caseload', redeployable: true })
      .prefault({})
      .describe('prison officers working as offender supervisors'),
    // Default contracted hours 37 for PO and PSO: CODE hmpps-workload seed data (docs/sources.md).
    probationOfficers: staffGroupSchema('custody probation officers', { count: 4, hours: 37, role: 'caseload', redeployable: false })
      .prefault({})
      .describe('probation officers working in the prison'),
    probationServiceOfficers: staffGroupSchema('probation service officers', { count: 0, hours: 37, role: 'caseload', redeployable: false })
      .prefault({})
      .describe('probation service officers working in the prison'),
    // Assumption: none by default; a scenario that has case administrators says how many.
    caseAdministrators: staffGroupSchema('case administrators', { count: 0, hours: 37, role: 'administration', redeployable: false })
      .prefault({})
      .describe('case administrators in the offender management unit'),
  })
  .strict();

export type StaffParams = z.infer<typeof staffSchema>;
export type StaffGroupParams = StaffParams[StaffGroup];

export const redeploymentSchema = z
  .object({
    shiftProbability: z
      .number()
      .min(0)
      .max(1)
      .default(0.15)
      .describe('base chance that an offender supervisor who is not ring-fenced is redeployed on a shift (probability, 0–1)'),
    shortfallSensitivity: z
      .number()
      .min(0)
      .max(100)
      .default(2)
      .describe('how much the chance rises per unit of operational shortfall: chance = base + sensitivity × shortfall, at most 1'),
    whenInShift: z
      .enum(['start', 'during'])
      .default('during')
      .describe('start: the whole shift is lost; during: the person is pulled away at a random moment of the shift'),
    interruptedTask: z
      .enum(['resume', 'restart', 'abandon'])
      .default('resume')
      .describe('what happens to the task in hand: resumed later, restarted from scratch, or abandoned (a contact is missed; written work loses its progress)'),
    groups: z
      .array(z.enum(staffGroups))
      .default(['offenderSupervisors'])
      .describe('staff groups that can be redeployed (unless ring-fenced)'),
  })
  .strict();

export type RedeploymentParams = z.infer<typeof redeploymentSchema>;
