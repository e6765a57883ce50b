/**
 * The probation resource allocation tool of the 2014 PSP benchmark: "based on
 * the number of Prison Officer Offender Supervisors and ... weighted for the
 * prisoner turnover, and risk profile of the prisoners in each prison" (the
 * NOMS letter of 19 May 2014). Its weights were not published; the form and
 * weights here are assumptions (src/scenario/schema/workload.ts):
 *
 *   complement = supervisors × officersPerSupervisor
 *              × (turnover ÷ referenceTurnover) ^ turnoverWeight
 *              × (high-risk share ÷ referenceHighRiskShare) ^ riskWeight
 */
import { pow } from '../engine/index.ts';
import type { PopulationParams, Scenario } from '../scenario/schema/index.ts';
import { meanStayHours } from './calibration.ts';
import { YEAR } from './time.ts';

/** Receptions per place per year: a year over the mean stay. */
export function turnover(population: PopulationParams, scenario: Scenario): number {
  return population.size > 0 ? YEAR / meanStayHours(population, scenario) : 0;
}

/** The share of prisoners of high or very high Risk of Serious Harm. */
export function highRiskShare(population: PopulationParams): number {
  return population.rosh.high + population.rosh.veryHigh;
}

/** The tool's complement of probation officers (a real number; staffing rounds it). */
export function toolComplement(tool: Scenario['probationTool'], supervisors: number, turnoverPerPlace: number, highRisk: number): number {
  if (supervisors <= 0) return 0;
  const turnoverFactor = pow(turnoverPerPlace / tool.referenceTurnover, tool.turnoverWeight);
  const riskFactor = tool.referenceHighRiskShare > 0 ? pow(highRisk / tool.referenceHighRiskShare, tool.riskWeight) : 1;
  return supervisors * tool.officersPerSupervisor * turnoverFactor * riskFactor;
}
