/**
 * The working policy as a headline assumption: what order staff take their
 * work in, said beside every headline, with the one command that measures
 * how the headline moves under each other policy.
 */
import { priorityPolicies, priorityPolicyWords, type PriorityPolicy } from '../scenario/schema/index.ts';
import { paragraph, type Block } from './document.ts';
import { scenariosOf } from './methods/study-facts.ts';
import type { Study } from './read/study-folder.ts';


/** The command that compares a scenario file with itself under every other policy. */
export function policyCompareCommand(scenarioFile: string, policy: PriorityPolicy): string {
  const others = priorityPolicies.filter((p) => p !== policy);
  return `omsim compare ${scenarioFile} --vary workingPattern.priority=${others.join(',')}`;
}

/** The working policy of each scenario of the study, as an assumption, with the command that tests it. */
export function workingPolicyBlocks(study: Study): Block[] {
  const seen = new Set<string>();
  return scenariosOf(study).flatMap((s): Block[] => {
    const policy = (s.scenario as { workingPattern?: { priority?: PriorityPolicy } }).workingPattern?.priority;
    if (policy === undefined || seen.has(policy)) return [];
    seen.add(policy);
    const file = s.folder === '.' ? 'scenario.yaml' : `${s.folder}/scenario.yaml`;
    return [
      paragraph(
        `Assumption: staff take their work in the order of the working policy “${policy}” (${priorityPolicyWords[policy]}). The headline depends on it; to see how it moves under each other policy, on common random numbers, run from this folder:`,
      ),
      { kind: 'code', text: policyCompareCommand(file, policy) },
    ];
  });
}
