/**
 * src/report/read/study-folder.ts: a results folder is drawn only after
 * checking. A summary.json, comparison.json, sweep.json or weekly.csv that
 * is not as omsim wrote it is refused, naming the file and the field at
 * fault, and no file is read through a symbolic link.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportFolderError } from '../../../src/report/messages.ts';
import { readStudy, readText } from '../../../src/report/read/study-folder.ts';
import { makeComparisonFolder, makeRunFolder, makeSweepFolder, scratchFolder } from '../fixtures.ts';

/** Edits a JSON file of a folder in place. */
function editJson(path: string, edit: (data: any) => void): void {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data));
}

/** The message readStudy refuses `folder` with (failing the test if it reads it). */
function refusal(folder: string): string {
  try {
    readStudy(folder);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportFolderError);
    return (error as Error).message;
  }
  throw new Error(`${folder} was read`);
}

describe('a results file that is not as omsim wrote it', () => {
  it('is refused by name and field: a metric whose mean is not a number', () => {
    const folder = makeRunFolder();
    editJson(join(folder, 'summary.json'), (s) => (s.metrics['contacts.deliveredShare'].mean = 'abc'));
    expect(refusal(folder)).toContain(`${join(folder, 'summary.json')}: metrics["contacts.deliveredShare"].mean: expected a number, found "abc".`);
  });

  it.each<[string, () => string, string]>([
    ['a study whose replications are text', () => {
      const folder = makeRunFolder();
      editJson(join(folder, 'summary.json'), (s) => (s.study.replications = 'five'));
      return folder;
    }, 'summary.json: study.replications: expected a number, found "five"'],
    ['a scenario the scenario loader would refuse', () => {
      const folder = makeRunFolder();
      editJson(join(folder, 'summary.json'), (s) => (s.scenario.staff.offenderSupervisors.count = -3));
      return folder;
    }, 'summary.json: scenario.staff.offenderSupervisors.count: expected at least 0, found -3'],
    ['a comparison whose scenario folder leads out of it', () => {
      const folder = makeComparisonFolder(['a', 'b']);
      editJson(join(folder, 'comparison.json'), (c) => (c.scenarios[1].folder = '../elsewhere'));
      return folder;
    }, 'comparison.json: scenarios[1].folder: expected the name of a folder inside this one, found "../elsewhere"'],
    ['a sweep point whose value is not a number', () => {
      const folder = makeSweepFolder();
      editJson(join(folder, 'sweep.json'), (s) => (s.points[2].values['staff.offenderSupervisors.count'] = 'twelve'));
      return folder;
    }, 'sweep.json: points[2].values["staff.offenderSupervisors.count"]: expected a number, found "twelve"'],
    ['a scenario name holding an escape character', () => {
      const folder = makeRunFolder();
      editJson(join(folder, 'summary.json'), (s) => (s.scenario.name = 'base\u001b[31mline'));
      return folder;
    }, 'summary.json: scenario.name: holds a control character (U+001B), which omsim never writes'],
    ['a compared scenario whose name holds a NUL', () => {
      const folder = makeComparisonFolder(['a', 'b']);
      editJson(join(folder, 'comparison.json'), (c) => (c.scenarios[1].name = 'b\u0000'));
      return folder;
    }, 'comparison.json: scenarios[1].name: holds a control character (U+0000), which omsim never writes'],
    ['a weekly.csv whose charted value is not a number', () => {
      const folder = makeRunFolder();
      const path = join(folder, 'weekly.csv');
      writeFileSync(path, readFileSync(path, 'utf8').replace(/,reports\.backlog,\d+\n/, ',reports.backlog,abc\n'));
      return folder;
    }, 'weekly.csv: line 4, value: expected a number, found "abc"'],
    ['a weekly.csv without its columns', () => {
      const folder = makeRunFolder();
      writeFileSync(join(folder, 'weekly.csv'), '');
      return folder;
    }, 'weekly.csv: expected the columns scenario,replication,week,metric,value in its first line, found nothing'],
  ])('is refused by name and field: %s', (_case, make, problem) => {
    expect(refusal(make())).toContain(problem);
  });
});

describe('a results folder holding a symbolic link', () => {
  it('is refused rather than read through the link: a summary.json linked to a file elsewhere', () => {
    const folder = makeRunFolder();
    const elsewhere = join(scratchFolder(), 'summary.json');
    writeFileSync(elsewhere, readFileSync(join(folder, 'summary.json')));
    rmSync(join(folder, 'summary.json'));
    symlinkSync(elsewhere, join(folder, 'summary.json'));
    expect(refusal(folder)).toMatch(/summary\.json is a symbolic link; omsim report never follows a link/);
  });

  it('is refused rather than read through the link: a comparison scenario folder linked elsewhere', () => {
    const folder = makeComparisonFolder(['a', 'b']);
    const elsewhere = join(scratchFolder(), 'scenario');
    mkdirSync(elsewhere);
    rmSync(join(folder, '2-scenario'), { recursive: true });
    symlinkSync(elsewhere, join(folder, '2-scenario'));
    expect(refusal(folder)).toMatch(/2-scenario is a symbolic link/);
  });
});

describe('a results file that is not a regular file of bounded size', () => {
  it('is refused at once when it is a named pipe, naming it, rather than waited on', () => {
    const folder = makeRunFolder();
    rmSync(join(folder, 'summary.json'));
    execFileSync('mkfifo', [join(folder, 'summary.json')]);
    expect(refusal(folder)).toBe(`could not read ${join(folder, 'summary.json')}: it is not a regular file (a device, a named pipe or a socket)`);
  });

  it('is refused when it is larger than the limit it is read with, naming it and the limit', () => {
    const path = join(makeRunFolder(), 'weekly.csv');
    expect(() => readText(path, undefined, 100)).toThrow(ReportFolderError);
    expect(() => readText(path, undefined, 100)).toThrow(`could not read ${path}: it is larger than 100 bytes`);
    expect(readText(path, undefined, 100_000_000)).toBe(readFileSync(path, 'utf8'));
  });
});
