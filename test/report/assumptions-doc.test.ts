/** docs/assumptions.md is the evidence on the schema's fields as a page (src/report/assumptions-doc.ts), kept in step with it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assumptionsMarkdown } from '../../src/report/assumptions-doc.ts';
import { schemaEvidence } from '../../src/scenario/schema-evidence.ts';

describe('docs/assumptions.md', () => {
  it('is what the schema’s evidence writes now: after changing the schema, run npm run assumptions-doc', () => {
    expect(readFileSync('docs/assumptions.md', 'utf8')).toBe(assumptionsMarkdown());
  });

  it('lists every parameter with a default once, under its kind of evidence', () => {
    const page = assumptionsMarkdown();
    for (const { path } of schemaEvidence()) expect([path, page.split(`| \`${path}\` |`).length - 1]).toEqual([path, 1]);
    expect(page).not.toContain('## Without evidence');
  });

  it('gives each assumption its default, range and reasoning, and each published default its source, years and other years', () => {
    const page = assumptionsMarkdown();
    expect(page).toMatch(/\| `redeployment\.shiftProbability` \| 0\.15 \| [\d.]+ to [\d.]+ \| .* \|/);
    expect(page).toMatch(/\| `hdc\.maxDaysEarly` \| 135 \| Home Detention Curfew Scheme, written ministerial statement, House of Commons \(Hansard\), 10 April 2003 \| in 2003–2023 \| .* \| 180 since 2023 \(The Criminal Justice Act 2003 \(Home Detention Curfew\) Order 2023 \(SI 2023\/390\), .*\) \|/);
    expect(page).toContain('| `seed` | 1 | any seed will do: it fixes the random numbers so a run can be repeated |');
  });
});
