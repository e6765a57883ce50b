/** Checks several scenario files at once, for `omsim validate`. */
import { checkScenario } from './load.ts';
import { type Problem, sortProblems } from './problems.ts';

/** One file's verdict: no problems means it loads; warnings name settings that have no effect. */
export interface Verdict {
  file: string;
  problems: Problem[];
  warnings: Problem[];
}

/** Every problem in every file, each file checked with the same `--set` options. */
export function validateScenarioFiles(files: readonly string[], options: { overrides?: readonly string[] } = {}): Verdict[] {
  return files.map((file) => {
    const checked = checkScenario(file, options);
    return { file, problems: sortProblems(checked.problems), warnings: sortProblems(checked.warnings ?? []) };
  });
}
