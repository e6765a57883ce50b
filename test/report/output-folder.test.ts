import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StagedFolder, writeFileAtomic } from '../../src/report/output-folder.ts';

const freshFolder = () => mkdtempSync(join(tmpdir(), 'omsim-write-'));

describe('report/output-folder', () => {
  it('writes a file, replacing what was there, and leaves no temporary file', () => {
    const folder = freshFolder();
    const file = join(folder, 'summary.json');
    writeFileSync(file, 'old');
    writeFileAtomic(file, '{"new": true}');
    expect(readFileSync(file, 'utf8')).toBe('{"new": true}');
    expect(readdirSync(folder)).toEqual(['summary.json']);
  });

  it('creates the folder a file goes in', () => {
    const folder = freshFolder();
    writeFileAtomic(join(folder, 'a', 'b.csv'), new Uint8Array([65, 66]));
    expect(readFileSync(join(folder, 'a', 'b.csv'), 'utf8')).toBe('AB');
  });

  it('makes a result folder appear only once it is committed', () => {
    const root = freshFolder();
    const staged = new StagedFolder(join(root, 'baseline-run'));
    staged.write('scenario.yaml', 'name: baseline\n');
    staged.write('charts/a.svg', '<svg/>');
    expect(readdirSync(root)).not.toContain('baseline-run');
    expect(staged.commit()).toBe(join(root, 'baseline-run'));
    expect(readdirSync(root)).toEqual(['baseline-run']);
    expect(readdirSync(join(root, 'baseline-run')).sort()).toEqual(['charts', 'scenario.yaml']);
  });

  it('leaves nothing behind when a run is discarded', () => {
    const root = freshFolder();
    const staged = new StagedFolder(join(root, 'baseline-run'));
    staged.write('summary.json', '{}');
    staged.discard();
    expect(readdirSync(root)).toEqual([]);
  });

  it('refuses to commit over a folder that appeared meanwhile, an empty one too, keeping what it wrote for the caller to put elsewhere', () => {
    const root = freshFolder();
    const staged = new StagedFolder(join(root, 'done'));
    staged.write('summary.json', '{}');
    mkdirSync(join(root, 'done'));
    expect(() => staged.commit()).toThrow('already exists');
    expect(readdirSync(staged.staging)).toEqual(['summary.json']);
  });

  it('writes text given in pieces (a large table, line by line) as it comes, in writes of about the chunk size, the same bytes as the text whole', () => {
    const folder = freshFolder();
    const lines = ['scenario,week,value\n', ...Array.from({ length: 50 }, (_, i) => `café,${i},${i / 7}\n`)];
    function* pieces(): Generator<string> {
      yield* lines;
    }
    writeFileAtomic(join(folder, 'weekly.csv'), pieces(), 16);
    expect(readFileSync(join(folder, 'weekly.csv'), 'utf8')).toBe(lines.join(''));
    expect(readdirSync(folder)).toEqual(['weekly.csv']);
  });
});
