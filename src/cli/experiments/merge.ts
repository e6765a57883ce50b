/** `omsim merge`'s work: read shard files, check they make one whole study, and write the folder one machine would have written. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ExperimentError } from '../../experiment/errors.ts';
import { mergeShards, type NamedShard } from '../../experiment/merge.ts';
import { outcomeOf, type StudyOutcome } from '../../experiment/outcome.ts';
import { readShardFile } from '../../experiment/shard-file.ts';
import { checkStudyFits } from '../../experiment/study-size.ts';
import { writeMessages } from '../../report/messages.ts';
import { toJson } from '../../report/json.ts';
import { headline } from '../headline.ts';
import { comparisonTable } from './comparison-table.ts';
import { checkTargetFree } from './study-folder.ts';
import { sensitivityText } from './sensitivity-text.ts';
import { sweepTable } from './sweep-table.ts';
import { writeStudyFolder } from './write-folder.ts';

export interface MergeOptions {
  /** Shard files, or folders whose shard-*.json files are all taken. */
  inputs: readonly string[];
  out: string;
  /** Replace an omsim results folder already at `out`, once the merged one is complete. */
  replace?: boolean;
  quiet: boolean;
  json: boolean;
}

export async function mergeShardFiles(options: MergeOptions): Promise<void> {
  checkTargetFree(options.out, options.replace);
  const shards: NamedShard[] = [];
  for (const file of shardFiles(options.inputs)) {
    const shard = readShardFile(file);
    // The whole study is held in memory to be merged: one too large for that is refused before the other shards are read.
    if (shards.length === 0) checkStudyFits(shard.design);
    shards.push({ file, shard });
  }
  const merged = mergeShards(shards);
  // The version that ran the shards is the one the folder records, as it would on one machine.
  const outcome = outcomeOf(merged.design, merged.records, merged.version);
  const folder = await writeStudyFolder(options.out, outcome, { replace: options.replace, lost: writeMessages.mergeNotWritten });
  if (options.json) process.stdout.write(toJson(mainFile(outcome)));
  else if (!options.quiet) process.stdout.write(`merged ${shards.length} shard${shards.length === 1 ? '' : 's'}\n${describe(outcome, folder)}\n`);
}

/** The files named, with each folder replaced by the shard files in it. */
function shardFiles(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    if (!existsSync(input)) throw new ExperimentError(`${input} does not exist`);
    if (!statSync(input).isDirectory()) return [input];
    const files = readdirSync(input).filter((name) => /^shard-.*\.json$/.test(name)).sort();
    if (files.length === 0) throw new ExperimentError(`${input} holds no shard files (shard-*.json)`);
    return files.map((name) => join(input, name));
  });
}

function mainFile(outcome: StudyOutcome): unknown {
  if (outcome.kind === 'sensitivity') return outcome.sensitivity;
  return outcome.kind === 'run' ? outcome.summary : outcome.kind === 'comparison' ? outcome.comparison : outcome.sweep;
}

function describe(outcome: StudyOutcome, folder: string): string {
  if (outcome.kind === 'run') return headline(outcome.summary, folder);
  if (outcome.kind === 'comparison') return comparisonTable(outcome.comparison, folder);
  if (outcome.kind === 'sensitivity') return sensitivityText(outcome.sensitivity, folder);
  return sweepTable(outcome.sweep, folder);
}
