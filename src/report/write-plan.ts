/** The files of a plan's folder: plan.json (format in src/experiment/formats.ts), the base scenario as run, and the data dictionary of its target's metric. */
import type { PlanFile } from '../experiment/formats.ts';
import { serialiseScenario } from '../scenario/index.ts';
import { toJson } from './json.ts';
import { dataDictionary, runFiles } from './write-run.ts';
import type { FileSink } from './write-study.ts';

export const planFiles = { plan: 'plan.json', scenario: 'scenario.yaml' } as const;

export function writePlanOutput(folder: FileSink, plan: PlanFile): void {
  folder.write(planFiles.scenario, serialiseScenario(plan.scenario));
  folder.write(planFiles.plan, toJson(plan));
  folder.write(runFiles.dictionary, dataDictionary([plan.target.metric]));
}
