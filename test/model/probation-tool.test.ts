/** src/model/probation-tool.ts: the 2014 resource allocation tool's complement, and the count it sets. */
import { describe, expect, it } from 'vitest';
import { establishmentConfig } from '../../src/model/config.ts';
import { toolComplement, turnover } from '../../src/model/probation-tool.ts';
import { YEAR } from '../../src/model/time.ts';
import { meanStayHours } from '../../src/model/calibration.ts';
import { run, scenario, smallPrison } from './helpers.ts';

const tool = scenario().probationTool;

describe('the resource allocation tool', () => {
  it('is supervisors × officers per supervisor at the reference turnover and risk', () => {
    expect(toolComplement(tool, 12, tool.referenceTurnover, tool.referenceHighRiskShare)).toBeCloseTo(12 * tool.officersPerSupervisor, 12);
    expect(toolComplement(tool, 0, 5, 0.5)).toBe(0);
  });

  it('doubles with the supervisors, grows with the square root of turnover and in proportion to the high-risk share (the assumed weights)', () => {
    const base = toolComplement(tool, 10, 2, 0.2);
    expect(toolComplement(tool, 20, 2, 0.2)).toBeCloseTo(2 * base, 12);
    expect(toolComplement(tool, 10, 8, 0.2)).toBeCloseTo(2 * base, 12);
    expect(toolComplement(tool, 10, 2, 0.4)).toBeCloseTo(2 * base, 12);
  });

  it('reads turnover as receptions per place per year: a year over the mean stay', () => {
    const s = scenario();
    expect(turnover(s.population, s)).toBeCloseTo(YEAR / meanStayHours(s.population, s), 12);
  });

  it('sets the probation officers’ count when told to (at least one where there are supervisors), and is recorded in every run', () => {
    const told = scenario({ staff: { offenderSupervisors: { count: 24 } }, probationTool: { setsCount: true } });
    const config = establishmentConfig(told, null);
    expect(config.staffCount.probationOfficers).toBe(Math.max(1, Math.ceil(config.toolComplement)));
    // Rounded up, not to the nearest: a complement of about 2.46 is staffed by three officers, not two.
    const short = establishmentConfig(scenario({ staff: { offenderSupervisors: { count: 10 } }, probationTool: { setsCount: true, officersPerSupervisor: 0.246, turnoverWeight: 0, riskWeight: 0 } }), null);
    expect([short.toolComplement > 2.4 && short.toolComplement < 2.5, short.staffCount.probationOfficers]).toEqual([true, 3]);
    expect(establishmentConfig(scenario({ probationTool: { setsCount: false } }), null).staffCount.probationOfficers).toBe(4);
    const m = run(smallPrison(0.3), 1, 0).metrics;
    expect(m['staff.probationOfficers.toolComplement']).toBeCloseTo(establishmentConfig(smallPrison(0.3), null).toolComplement, 12);
  });

  it('rises when the offender supervisors double (12 → 24)', () => {
    const complement = (count: number) => run(scenario({ horizon: { years: 0.2 }, staff: { offenderSupervisors: { count } } }), 1, 0).metrics['staff.probationOfficers.toolComplement'];
    expect(complement(24)).toBeCloseTo(2 * complement(12), 9);
  });
});
