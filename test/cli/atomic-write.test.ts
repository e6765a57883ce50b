import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishRunFolder, runFolderName, writeFileAtomic } from '../../src/cli/atomic-write.ts';

const freshFolder = () => mkdtempSync(join(tmpdir(), 'omsim-write-'));

describe('cli/atomic-write', () => {
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

  it('names a run folder after the scenario and the time it started', () => {
    expect(runFolderName('ring-fenced 20/%', new Date('2025-03-04T05:06:07.890Z'))).toBe('ring-fenced-20-2025-03-04-050607');
    expect(runFolderName('...', new Date('2025-03-04T05:06:07Z'))).toBe('run-2025-03-04-050607');
  });

  it('makes the run folder appear only once everything in it is written', async () => {
    const root = join(freshFolder(), 'output');
    const started = new Date('2025-03-04T05:06:07Z');
    const folder = await publishRunFolder(
      root,
      'baseline',
      (staging) => {
        writeFileAtomic(join(staging, 'scenario.yaml'), 'name: baseline\n');
        expect(readdirSync(root)).not.toContain('baseline-2025-03-04-050607');
      },
      started,
    );
    expect(folder).toBe(join(root, 'baseline-2025-03-04-050607'));
    expect(readdirSync(root)).toEqual(['baseline-2025-03-04-050607']);
    expect(readdirSync(folder)).toEqual(['scenario.yaml']);
  });

  it('leaves nothing behind when the run fails', async () => {
    const root = join(freshFolder(), 'output');
    await expect(
      publishRunFolder(root, 'baseline', async () => {
        throw new Error('replication 3 failed');
      }),
    ).rejects.toThrow('replication 3 failed');
    expect(readdirSync(root)).toEqual([]);
  });

  it('never overwrites an earlier run started in the same second', async () => {
    const root = join(freshFolder(), 'output');
    const started = new Date('2025-03-04T05:06:07Z');
    const first = await publishRunFolder(root, 'baseline', () => {}, started);
    const second = await publishRunFolder(root, 'baseline', () => {}, started);
    expect(second).toBe(`${first}-2`);
  });
});
