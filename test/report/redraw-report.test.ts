/**
 * src/report/redraw-report.ts (`omsim report <folder>`): the report is drawn
 * into a copy of the folder staged beside it and swapped in whole, so a
 * redraw that fails halfway leaves the old report as it was, and no file is
 * written through a symbolic link.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ReportFolderError } from '../../src/report/messages.ts';
import { redrawReport } from '../../src/report/redraw-report.ts';
import { writeReport } from '../../src/report/write-report.ts';
import { folderContents } from '../experiment/support/files.ts';
import { makeRunFolder, scratchFolder } from './fixtures.ts';

/** Charts drawn before rendering fails (Infinity: it never fails). */
const rendering = vi.hoisted(() => ({ failAfter: Infinity, drawn: 0 }));

vi.mock('../../src/report/render.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/report/render.ts')>();
  return {
    ...real,
    renderChart: async (...args: Parameters<typeof real.renderChart>) => {
      if (rendering.drawn++ >= rendering.failAfter) throw new Error('the renderer crashed');
      return real.renderChart(...args);
    },
  };
});

/** A run folder with its report drawn, as `omsim run` leaves it. */
async function reportedFolder(): Promise<string> {
  const folder = makeRunFolder();
  await writeReport(folder, { png: { width: 300 } });
  return folder;
}

describe('redrawReport', () => {
  it('leaves the old report and charts untouched, and nothing beside the folder, when drawing fails halfway', async () => {
    const folder = await reportedFolder();
    const before = folderContents(folder);
    Object.assign(rendering, { failAfter: 1, drawn: 0 });
    try {
      await expect(redrawReport(folder, { png: { width: 500 } })).rejects.toThrow('the renderer crashed');
    } finally {
      rendering.failAfter = Infinity;
    }
    expect(folderContents(folder)).toEqual(before);
    expect(readdirSync(dirname(folder))).toEqual([basename(folder)]);
  });

  it('replaces the old report whole: a chart the new report does not draw is gone', async () => {
    const folder = await reportedFolder();
    writeFileSync(join(folder, 'charts', 'retired-chart.svg'), '<svg/>');
    const result = await redrawReport(folder, { png: { width: 300 } });
    expect(result.charts).toEqual(['backlog', 'staff-time', 'workload']);
    expect(existsSync(join(folder, 'charts', 'retired-chart.svg'))).toBe(false);
    expect(existsSync(join(folder, 'charts', 'backlog.png'))).toBe(true);
    expect(readdirSync(dirname(folder))).toEqual([basename(folder)]);
  });

  it('keeps the results and anything else in the folder, byte for byte', async () => {
    const folder = await reportedFolder();
    mkdirSync(join(folder, 'notes'));
    writeFileSync(join(folder, 'notes', 'reading.txt'), 'what we made of it');
    const kept = [...folderContents(folder)].filter(([path]) => !/^(charts\/|report\.html|methods\.md)/.test(path));
    await redrawReport(folder, { png: { width: 300 } });
    const after = folderContents(folder);
    for (const [path, bytes] of kept) expect([path, after.get(path)]).toEqual([path, bytes]);
  });

  it('refuses a charts folder that is a symbolic link, writing nothing through it', async () => {
    const folder = makeRunFolder();
    const elsewhere = join(scratchFolder(), 'somewhere-else');
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(folder, 'charts'));
    await expect(redrawReport(folder, { png: { width: 300 } })).rejects.toThrow(ReportFolderError);
    await expect(redrawReport(folder, { png: { width: 300 } })).rejects.toThrow(/charts is a symbolic link/);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(existsSync(join(folder, 'report.html'))).toBe(false);
  });

  it('redraws a folder named through a symbolic link, which stays a link', async () => {
    const folder = makeRunFolder();
    const latest = join(scratchFolder(), 'latest');
    symlinkSync(folder, latest);
    await redrawReport(latest, { png: { width: 300 } });
    expect(lstatSync(latest).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toContain('</html>');
  });
});
