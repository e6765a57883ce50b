/** provenance.json: what made a results folder (src/cli/provenance.ts). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitOf, provenance } from '../../src/cli/provenance.ts';

describe('commitOf', () => {
  it('reads the commit checked out from .git, without running git, and null outside a checkout', () => {
    const root = mkdtempSync(join(tmpdir(), 'omsim-provenance-'));
    expect(commitOf(root)).toBeNull();
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: root, encoding: 'utf8' }).trim();
    git('init', '-q');
    writeFileSync(join(root, 'a.txt'), 'a');
    git('add', 'a.txt');
    git('commit', '-qm', 'a');
    expect(commitOf(root)).toBe(git('rev-parse', 'HEAD'));
    // A branch whose ref is only in packed-refs.
    git('pack-refs', '--all');
    expect(commitOf(root)).toBe(git('rev-parse', 'HEAD'));
  });

  it('reads the commit of a linked worktree (git worktree add), whose .git is a file naming its folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'omsim-provenance-'));
    const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' }).trim();
    git(root, 'init', '-q');
    writeFileSync(join(root, 'a.txt'), 'a');
    git(root, 'add', 'a.txt');
    git(root, 'commit', '-qm', 'a');
    const tree = join(root, 'tree');
    git(root, 'worktree', 'add', '-q', '-b', 'other', tree);
    writeFileSync(join(tree, 'b.txt'), 'b');
    git(tree, 'add', 'b.txt');
    git(tree, 'commit', '-qm', 'b');
    expect(commitOf(tree)).toBe(git(tree, 'rev-parse', 'HEAD'));
    expect(commitOf(tree)).not.toBe(commitOf(root));
    git(root, 'pack-refs', '--all');
    expect(commitOf(tree)).toBe(git(tree, 'rev-parse', 'HEAD'));
  });
});

describe('provenance', () => {
  it('records the omsim version, this checkout’s commit, Node and the platform', () => {
    const p = provenance();
    expect(p.omsim).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(p.commit).toBe(execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim());
    expect(p.node).toBe(process.version);
    expect(p.platform).toBe(process.platform);
  });
});
