/** Checks several scenario files at once, for `omsim validate`. */
import { checkScenario } from './load.ts';
import { type Problem, sortProblems } from './problems.ts';

/** One file's verdict: no problems means it loads. */
export interface Verdict {
  file: string;
  problems: Problem[];
}

/** Every problem in every file, each file checked with the same `--set` options. */
export function validateScenarioFiles(files: readonly string[], options: { overrides?: readonly string[] } = {}): Verdict[] {
  return files.map((file) => ({ file, problems: sortProblems(checkScenario(file, options).problems) }));
}
