/**
 * A sweep's (or a sensitivity analysis's) finished point as saved in its staging folder, so that a sweep
 * that was stopped resumes (`--resume`) without running the point again:
 * its replications' records and the SHA-256 checksum of them, as a shard
 * file carries one. It is trusted only after checking, since a resumed sweep
 * writes its records into the results as they are: a point whose contents
 * no longer match its checksum, or that is not the whole point it should
 * be, is not taken (and is run again).
 */
import { replicationsOf, type PointDesign } from './design.ts';
import { checkAgainst, problemText } from './schema-problems.ts';
import { checksumOf } from './shard-checksum.ts';
import { decodeRecord, encodeJson, plural } from './shard-file.ts';
import { replicationRecordSchema } from './shard-schema.ts';
import type { ReplicationRecord } from './study.ts';

/** The text of the file that keeps a finished point's records. */
export function encodePointFile(point: number, records: readonly ReplicationRecord[]): string {
  const contents = { point, records };
  return encodeJson({ ...contents, checksum: checksumOf(contents) });
}

/** A point file read back: its records, or why they are not taken, in words (the caller names the file). */
export type ReadPoint = { records: ReplicationRecord[] } | { problem: string };

/** Reads the text of point `point`'s file, checking it is that whole point of `design`, as omsim wrote it. */
export function decodePointFile(text: string, design: PointDesign, point: number): ReadPoint {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'it is not JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { problem: 'it is not a point file' };
  const { checksum, ...contents } = data as { checksum?: unknown; point?: unknown; records?: unknown };
  if (contents.point !== point) return { problem: `it holds point ${JSON.stringify(contents.point) ?? 'nothing'} rather than point ${point}` };
  if (!Array.isArray(contents.records)) return { problem: 'it holds no records' };
  const replications = replicationsOf(design);
  if (contents.records.length !== replications) return { problem: `it holds ${plural(contents.records.length, 'replication')} rather than ${replications}` };
  // Sweeps keep no weekly series, so each record is small: checked whole.
  const records: ReplicationRecord[] = [];
  for (const [i, record] of contents.records.entries()) {
    const checked = checkAgainst(replicationRecordSchema(false), record);
    if (!checked.ok) return { problem: `records[${i}] is damaged: ${problemText(checked.problem)}` };
    if (checked.value.replication !== i || checked.value.weekly.length > 0) return { problem: `records[${i}] is not replication ${i} of a ${design.kind === 'sweep' ? 'sweep' : 'sensitivity analysis'}` };
    records.push(record as ReplicationRecord);
  }
  if (checksum !== checksumOf(contents)) return { problem: 'its contents no longer match the SHA-256 checksum it carries (it was changed after omsim wrote it)' };
  return { records: records.map(decodeRecord) };
}
