/** `omsim merge <shards…> --out DIR`: put the shard files of a study split over machines back into the folder one machine would have written. */
import type { Argv, CommandModule } from 'yargs';
import { replaceOption } from '../experiment-options.ts';
import { mergeShardFiles } from '../experiments/merge.ts';

interface MergeArgs {
  shards: string[];
  out: string;
  replace: boolean;
  quiet: boolean;
  json: boolean;
}

export const mergeCommand: CommandModule<object, MergeArgs> = {
  command: 'merge <shards..>',
  describe: 'Merge the shard files of a run, comparison or sweep into its results folder',
  builder: (y: Argv) =>
    y
      .positional('shards', { type: 'string', array: true, demandOption: true, describe: 'shard files, or folders holding them (shard-*.json)' })
      .option('out', { type: 'string', demandOption: true, requiresArg: true, describe: 'output folder (must not exist, unless --replace)' })
      .option('replace', replaceOption)
      .option('quiet', { type: 'boolean', default: false, describe: 'print nothing but errors' })
      .option('json', { type: 'boolean', default: false, describe: 'print the study\'s main file (summary, comparison or sweep) on stdout' })
      .example('$0 merge shards/ --out results/baseline', 'every shard file in shards/')
      .example('$0 merge shards/shard-1-of-2.json shards/shard-2-of-2.json --out results/baseline', 'named shard files') as unknown as Argv<MergeArgs>,
  handler: async (args) => {
    await mergeShardFiles({ inputs: args.shards, out: args.out, replace: args.replace, quiet: args.quiet, json: args.json });
  },
};
