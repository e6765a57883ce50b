/** src/report/write-report.ts: a report written from each kind of results folder, from the files alone; clear errors for folders that are not results. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportFolderError } from '../../src/report/messages.ts';
import { detectStudyKind } from '../../src/report/read/study-folder.ts';
import { writeReport } from '../../src/report/write-report.ts';
import { fakeRun, makeComparisonFolder, makeRunFolder, makeSweepFolder, scratchFolder, writeFakeRun } from './fixtures.ts';
import { pngSize } from './png.ts';

const attack = '<img src=x onerror=alert(1)>';

describe('writeReport', () => {
  it('writes each chart’s spec, SVG and PNG, methods.md with its diagram, and report.html for a run', async () => {
    const folder = makeRunFolder();
    const result = await writeReport(folder, { png: { width: 700 } });
    expect(result.kind).toBe('run');
    expect(result.warnings).toEqual([]);
    expect(result.charts).toEqual(['backlog', 'staff-time', 'workload']);
    for (const name of result.charts) {
      for (const ext of ['vl.json', 'svg', 'png']) expect(existsSync(join(folder, 'charts', `${name}.${ext}`))).toBe(true);
      expect(pngSize(readFileSync(join(folder, 'charts', `${name}.png`))).width).toBe(700);
      expect(JSON.parse(readFileSync(join(folder, 'charts', `${name}.vl.json`), 'utf8')).$schema).toMatch(/vega-lite/);
    }
    for (const file of ['charts/pathway.svg', 'methods.md', 'report.html']) expect(result.files).toContain(file);
    expect(readFileSync(join(folder, 'report.html'), 'utf8').trimEnd().endsWith('</html>')).toBe(true);
    // No temporary files left behind by the atomic writes.
    expect(readdirSync(folder).concat(readdirSync(join(folder, 'charts'))).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('says under the headline when the unit never catches up: its backlog still grows at the end of the run', async () => {
    const run = fakeRun({ name: 'behind' });
    const change = { mean: 26, sd: 4, ci95: [22, 30] as [number, number], n: 5 };
    const settled = { level: 1200, change: { ...change, mean: 0 }, perWeek: 0, tolerance: 36, beyondNoise: false, settled: true, weeksMeasured: 52 };
    run.summary.study.drift = { population: settled, backlog: { level: 300, change, perWeek: 2, tolerance: 9, beyondNoise: true, settled: false, weeksMeasured: 52 } };
    const folder = join(scratchFolder(), 'run');
    writeFakeRun(folder, run);
    await writeReport(folder, { png: { width: 300 } });
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain(
      'This unit never catches up: the backlog grows by about 2.0 a week at the end of the run (reports past their deadline and cases waiting for a supervisor).',
    );
  });

  it('writes the comparison chart for a comparison and the central curve for a sweep', async () => {
    expect((await writeReport(makeComparisonFolder(), { png: { width: 400 } })).charts).toContain('comparison');
    expect((await writeReport(makeSweepFolder(true), { png: { width: 400 } })).charts).toContain('central-curve');
  });

  it('briefs a comparison: what changed between the scenarios, and each key measure\'s levels beside its difference', async () => {
    const folder = makeComparisonFolder();
    await writeReport(folder, { png: { width: 300 } });
    const page = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(page).toContain('“ten per cent fewer staff” differs from “baseline” in: staff.offenderSupervisors.count 12 → 10.');
    expect(page).toMatch(/Required contacts delivered: \d+\.\d% → \d+\.\d%, [−+]\d+\.\d percentage points \(95% confidence interval/);
  });

  it('lists every measure by its name in the results files, beside its label', async () => {
    const folder = makeRunFolder();
    await writeReport(folder, { png: { width: 300 } });
    const page = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(page).toContain('<th scope="col">Name in the results files</th>');
    expect(page).toMatch(/<th scope="row">contacts\.deliveredShare<\/th><td>Required contacts delivered<\/td>/);
  });

  it('gives the same files when run twice (nothing depends on the time)', async () => {
    const folder = makeRunFolder();
    await writeReport(folder, { png: { width: 300 } });
    const first = readFileSync(join(folder, 'report.html'), 'utf8');
    const md = readFileSync(join(folder, 'methods.md'), 'utf8');
    await writeReport(folder, { png: { width: 300 } });
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toBe(first);
    expect(readFileSync(join(folder, 'methods.md'), 'utf8')).toBe(md);
  });
});

describe('report.html and methods.md', async () => {
  const folder = makeRunFolder(attack, `${attack}\n</script><script>alert(2)</script>`);
  await writeReport(folder, { png: { width: 300 } });
  const html = readFileSync(join(folder, 'report.html'), 'utf8');
  const md = readFileSync(join(folder, 'methods.md'), 'utf8');
  /** The page without the bodies of its script elements (the libraries are long and hold markup-like strings). */
  const markup = html.replace(/(<script[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
  const has = (text: string, part: string | RegExp) => (typeof part === 'string' ? text.includes(part) : part.test(text));

  it('hold scenario names and descriptions as text, never markup', () => {
    expect(has(html, attack)).toBe(false);
    expect(has(markup, '&lt;img src=x onerror=alert(1)&gt;')).toBe(true);
    // The chart data, three libraries and the page's own script: no script element was closed early.
    expect(html.match(/<\/script>/g)).toHaveLength(5);
    expect(html.match(/<script/g)).toHaveLength(5);
    expect(has(md, attack)).toBe(false);
    expect(has(md, '&lt;img src=x onerror=alert(1)&gt;')).toBe(true);
  });

  it('load nothing from elsewhere: no src attribute, links only to the chart files, and a policy that forbids connections', () => {
    expect(has(markup, /<[^>]*\ssrc=/)).toBe(false);
    expect((markup.match(/href="[^"#]*"/g) ?? []).filter((h) => !h.startsWith('href="charts/'))).toEqual([]);
    expect(has(markup, "default-src 'none'")).toBe(true);
    for (const library of ['vega', 'vega-lite', 'vega-embed']) expect(has(markup, `data-library="${library}"`)).toBe(true);
  });

  it('give the methods under the STRESS-DES headings, with the command that reproduces the run', () => {
    for (const heading of ['1. Objectives', '2. Logic', '2.1 Base model overview diagram', '3. Data', '3.4 Assumptions', '4. Experimentation', '4.1 Initialisation', '4.2 Run length', '5. Implementation', '6. Code access']) {
      expect([heading, has(md, heading), has(markup, heading)]).toEqual([heading, true, true]);
    }
    expect(has(md, 'omsim run scenario.yaml --out rerun')).toBe(true);
    expect(has(md, '![The pathway from reception to release](charts/pathway.svg)')).toBe(true);
    expect(has(md, /warm-up of 10 weeks/)).toBe(true);
    expect(has(md, 'Replication seeds: 1.0, 1.1, 1.2, 1.3, 1.4')).toBe(true);
  });

  it('state the headline numbers in words with their intervals', () => {
    expect(has(markup, /Each supervisor held on average [\d.]+ \(95% confidence interval [\d.]+ to [\d.]+\) cases\./)).toBe(true);
  });
});

describe('results folders that are not', () => {
  it('a missing folder, or one without a results file, is the person’s to fix', async () => {
    await expect(writeReport(join(scratchFolder(), 'nowhere'))).rejects.toThrow(/is not a folder/);
    await expect(writeReport(scratchFolder())).rejects.toThrow(ReportFolderError);
    await expect(writeReport(scratchFolder())).rejects.toMatchObject({ isUserError: true });
  });

  it('a broken summary.json is reported by name', async () => {
    const folder = scratchFolder();
    writeFileSync(join(folder, 'summary.json'), '{"omsim": ');
    await expect(writeReport(folder)).rejects.toThrow(/summary\.json is not a results file omsim can read/);
    writeFileSync(join(folder, 'summary.json'), '{"metrics": {}}');
    await expect(writeReport(folder)).rejects.toThrow(/summary\.json: omsim: expected an object, found nothing/);
  });

  it('the kind of study is told by its main file', () => {
    expect(detectStudyKind(makeRunFolder())).toBe('run');
    expect(detectStudyKind(makeComparisonFolder())).toBe('comparison');
    expect(detectStudyKind(makeSweepFolder())).toBe('sweep');
  });
});
