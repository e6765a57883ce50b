/** JSON text for result files: stable, readable, and with NaN (a metric that could not be estimated) written as null. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}
