/** `omsim validation`: compares the model with published figures and writes the page that records it (docs/validation.md). */
import type { Argv, CommandModule } from 'yargs';
import { compareWithPublishedFigures } from '../../experiment/validation.ts';
import { writeFileAtomic } from '../../report/output-folder.ts';
import { checkOutputTarget } from '../../report/output-target.ts';
import { toJson } from '../../report/json.ts';
import { validationMarkdown } from '../../report/validation-doc.ts';
import { workerOption, workersFrom, type WorkerArgs } from '../experiment-options.ts';
import { startProgress, type Progress } from '../progress.ts';
import { version } from '../version.ts';

interface ValidationArgs extends WorkerArgs {
  out: string;
  reps?: number;
  scenarios: string;
  quiet: boolean;
  json: boolean;
}

export const validationCommand: CommandModule<object, ValidationArgs> = {
  command: 'validation',
  describe: 'Compare the model with published figures and write the page that records it',
  builder: (y: Argv) =>
    workerOption(
      y
        .option('out', { type: 'string', requiresArg: true, default: 'docs/validation.md', describe: 'the page to write (Markdown)' })
        .option('reps', { type: 'number', requiresArg: true, describe: 'replications of every scenario (default: each scenario’s own)' })
        .option('scenarios', { type: 'string', default: 'scenarios', describe: 'the folder of bundled scenarios' })
        .option('quiet', { type: 'boolean', default: false, describe: 'no progress bar' })
        .option('json', { type: 'boolean', default: false, describe: 'print the comparison with the published figures as JSON too (each figure, the model’s value and whether it is reproduced)' }),
    ).example('$0 validation', 'rewrite docs/validation.md (npm run validation)') as unknown as Argv<ValidationArgs>,
  handler: async (args) => {
    checkOutputTarget(args.out, '--out', 'file');
    // The bar starts with the first replication done, when the study's size is known.
    let progress: Progress | null = null;
    const result = await compareWithPublishedFigures({
      scenariosFolder: args.scenarios,
      replications: args.reps ?? null,
      workers: workersFrom(args),
      onReplicationDone: (done, total) => {
        progress ??= startProgress('validation', total, args.quiet);
        progress.update(done, total);
      },
    });
    (progress as Progress | null)?.stop();
    writeFileAtomic(args.out, validationMarkdown(result, version));
    if (args.json) process.stdout.write(toJson({ page: args.out, ...result }));
    else if (!args.quiet) process.stdout.write(`omsim: wrote ${args.out}\n`);
  },
};
