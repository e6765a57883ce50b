/**
 * The checksum a shard file carries: SHA-256 of everything else in the file
 * (design, records, seed, slice, version), in a canonical serialisation, so
 * that a shard edited after it was written — a metric changed, a record
 * dropped, a design altered and its fingerprint recomputed — is refused by
 * `omsim merge` instead of merged.
 *
 * Canonical: object keys sorted, no spaces, and numbers JSON cannot hold
 * written as the strings the shard file holds ("NaN", "Infinity",
 * "-Infinity", "-0"). The same text therefore comes from the records in
 * memory when the file is written and from the parsed file when it is read,
 * whatever the order of its keys.
 */
import { createHash, type Hash } from 'node:crypto';

/** SHA-256 (hex) of `contents` in the canonical serialisation. */
export function checksumOf(contents: unknown): string {
  const hash = createHash('sha256');
  const out = new ChunkedText(hash);
  writeCanonical(contents, out);
  out.flush();
  return hash.digest('hex');
}

function writeCanonical(value: unknown, out: ChunkedText): void {
  if (typeof value === 'number') out.add(isPlainNumber(value) ? String(value) : JSON.stringify(Object.is(value, -0) ? '-0' : String(value)));
  else if (typeof value === 'string') out.add(JSON.stringify(value));
  else if (typeof value === 'boolean' || value === null) out.add(String(value));
  else if (Array.isArray(value)) {
    out.add('[');
    value.forEach((item, i) => {
      if (i > 0) out.add(',');
      // As JSON.stringify writes it: a list entry that has no JSON value is null.
      if (hasJsonValue(item)) writeCanonical(item, out);
      else out.add('null');
    });
    out.add(']');
  } else if (typeof value === 'object') {
    out.add('{');
    let first = true;
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      // As JSON.stringify writes it: a key whose value has no JSON form is left out.
      if (!hasJsonValue(item)) continue;
      out.add(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
      first = false;
      writeCanonical(item, out);
    }
    out.add('}');
  }
}

/** A number JSON can hold as it is (the shard file writes the others, and −0, as strings). */
function isPlainNumber(value: number): boolean {
  return Number.isFinite(value) && !Object.is(value, -0);
}

function hasJsonValue(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/** Text fed to a hash in chunks: one update per small piece would dominate the time for a shard of many weekly series. */
class ChunkedText {
  private pending = '';

  constructor(private readonly hash: Hash) {}

  add(text: string): void {
    this.pending += text;
    if (this.pending.length >= 1 << 16) this.flush();
  }

  flush(): void {
    this.hash.update(this.pending, 'utf8');
    this.pending = '';
  }
}
