/** The scenario the explorer offers to download: an `extends` of the starting file that loads, on the command line, as the scenario the explorer ran. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesAsMapping, changesYaml } from '../../src/explorer/changes-yaml.ts';
import { loadScenario } from '../../src/scenario/index.ts';

describe('the explorer’s scenario file', () => {
  it('states only the changes, under extends, and loads as the same scenario as --set gives', () => {
    const changes = ['staff.offenderSupervisors.count=9', 'redeployment.shiftProbability=0.3', 'caseload.cap=null', 'scope={"rules":[{"sentence":["determinate","ipp","life"]}],"assessEveryone":true}', 'replications=3'];
    const text = changesYaml('baseline.yaml', changes);
    expect(text).toMatch(/^# Made with the omsim explorer: baseline.yaml/);
    expect(text).toContain('extends: baseline.yaml\n');
    // Written beside the bundled scenarios, as the comment asks.
    const folder = mkdtempSync(join(tmpdir(), 'omsim-changes-'));
    writeFileSync(join(folder, 'baseline.yaml'), readFileSync('scenarios/baseline.yaml'));
    writeFileSync(join(folder, 'baseline-explored.yaml'), text);
    const fromFile = loadScenario(join(folder, 'baseline-explored.yaml')).scenario;
    const fromSet = loadScenario('scenarios/baseline.yaml', { overrides: changes }).scenario;
    expect(fromFile).toEqual(fromSet);
  });

  it('lets a later change replace an earlier one', () => {
    expect(changesAsMapping(['staff.offenderSupervisors.count=9', 'staff.offenderSupervisors.count=8', 'staff.probationOfficers.count=2'])).toEqual({
      staff: { offenderSupervisors: { count: 8 }, probationOfficers: { count: 2 } },
    });
  });
});
