/** Running one shard of a study and writing its shard file, for `omsim merge` to put together. */
import { join } from 'node:path';
import { seedOf, taskCount, type StudyDesign } from '../../experiment/design.ts';
import type { ShardFile } from '../../experiment/formats.ts';
import { runSlice } from '../../experiment/run-study.ts';
import { encodeShard, fingerprintOf, shardFileName, shardFormat } from '../../experiment/shard-file.ts';
import { sliceIndices, type Slice } from '../../experiment/shards.ts';
import { checkShardFits, checkStudyFits } from '../../experiment/study-size.ts';
import { writeFileAtomic } from '../../report/output-folder.ts';
import { fileSystemReason, isFileSystemRefusal } from '../../report/file-system-errors.ts';
import { writeMessages } from '../../report/messages.ts';
import { checkOutputTarget, OutputTargetError } from '../../report/output-target.ts';
import { startProgress } from '../progress.ts';
import { version } from '../version.ts';

export interface ShardRunOptions {
  workers: number;
  /** The folder the shard file goes into (shared by every shard). */
  folder: string;
  quiet: boolean;
  label: string;
}

/**
 * The default folder of a study's shard files: output/<name>-shards, with no
 * time stamp, so that every job of a cluster run finds the same folder.
 */
export function defaultShardFolder(name: string): string {
  return join('output', `${name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'study'}-shards`);
}

/** Runs the slice and writes its shard file (atomically, so a half-written shard is never merged); returns its path. */
export async function runShard(design: StudyDesign, slice: Slice, options: ShardRunOptions): Promise<string> {
  // The shard folder is shared by every job and may exist already; it must be one that can be written, checked before computing.
  checkOutputTarget(options.folder);
  const tasks = taskCount(design);
  const indices = sliceIndices(tasks, slice);
  // Its file must be one omsim merge can read back, and the whole study one it can hold: checked before computing.
  checkShardFits(design, indices, slice.count);
  checkStudyFits(design);
  const progress = startProgress(`${options.label} shard ${slice.index + 1}/${slice.count}`, indices.length, options.quiet);
  const records = await runSlice(design, indices, { workers: options.workers, onReplicationDone: (done, total) => progress.update(done, total) });
  progress.stop();
  const shard: ShardFile = {
    format: shardFormat,
    omsim: { version },
    kind: design.kind,
    seed: seedOf(design),
    fingerprint: fingerprintOf(design),
    shard: slice,
    tasks,
    design,
    records: indices.map((task, i) => ({ task, record: records[i] })),
  };
  const path = join(options.folder, shardFileName(slice.index, slice.count));
  try {
    writeFileAtomic(path, encodeShard(shard));
  } catch (error) {
    throw isFileSystemRefusal(error) ? new OutputTargetError(writeMessages.shardNotWritten(path, fileSystemReason(error))) : error;
  }
  if (!options.quiet) process.stdout.write(`shard ${slice.index + 1} of ${slice.count}: ${indices.length} of ${tasks} replications → ${path}\n`);
  return path;
}
