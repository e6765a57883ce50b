/** The exact command that re-runs a study from the files in its results folder. */
import type { Study } from '../read/study-folder.ts';

/** A word for a POSIX shell: as is when plain, else single-quoted. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9._/=,:@+-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The command, to be run from inside the results folder (paths are relative to it). */
export function reproduceCommand(study: Study): string {
  const words = commandWords(study);
  return ['omsim', ...words, '--out', 'rerun'].map(shellWord).join(' ');
}

function commandWords(study: Study): string[] {
  if (study.kind === 'run') return ['run', 'scenario.yaml'];
  if (study.kind === 'comparison') return ['compare', ...study.comparison.scenarios.map((s) => `${s.folder}/scenario.yaml`)];
  const sweep = study.sweep;
  const vary = sweep.parameters.flatMap((path) => {
    const values = [...new Set(sweep.points.map((p) => p.values[path]))];
    return ['--vary', `${path}=${values.join(',')}`];
  });
  return ['sweep', 'scenario.yaml', ...vary, '--reps', String(sweep.study.replications)];
}
