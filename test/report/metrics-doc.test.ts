/** docs/metrics.md is the metric catalogue as a page (src/report/metrics-doc.ts), kept in step with it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metricCatalogue } from '../../src/experiment/metric-catalogue.ts';
import { metricsMarkdown } from '../../src/report/metrics-doc.ts';

describe('docs/metrics.md', () => {
  it('is what the catalogue writes now: after changing the catalogue, run npm run metrics-doc', () => {
    expect(readFileSync('docs/metrics.md', 'utf8')).toBe(metricsMarkdown());
  });

  it('gives every family of the catalogue a row with its label, unit, kind and range', () => {
    const page = metricsMarkdown();
    for (const entry of metricCatalogue) expect(page).toContain(`| \`${entry.family}\` | ${entry.label} | ${entry.unit} | ${entry.kind} | `);
    expect(page).toContain('| `reports.backlog` | Reports in the backlog | reports | level | 0 or more | lower | stock, weekly.csv only |');
    expect(page).toMatch(/\| `\{work\}\.onTimeShare` \| \{work\} on time \| a share, 0 to 1 \| share \| 0 to 1 \| higher \| flow \| `\{work\}\.onTime` ÷ `\{work\}\.due` \| onTime ÷ due \|/);
  });
});
