import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_LOCK, commitContent, lockContentDir, recoverInterruptedRun } from '../../../scripts/lib/atomic-content';
import { spawn } from 'node:child_process';
import { hostname } from 'node:os';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-atomic-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const files = (n: number, tag: string) =>
  new Map<string, string>([
    ...Array.from({ length: n }, (_, i) => [`papers/p${i}.md`, `${tag} ${i}`] as [string, string]),
    ['concepts.json', `${tag} concepts`],
  ]);

describe('commitContent', () => {
  it('replaces generated files, removes stale ones and leaves the user’s files alone', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'sources', 'mine.bib'), 'user data');
    commitContent(dir, files(3, 'one'));
    commitContent(dir, files(2, 'two'));
    expect(readdirSync(join(dir, 'papers')).sort()).toEqual(['p0.md', 'p1.md']);
    expect(readFileSync(join(dir, 'papers', 'p1.md'), 'utf8')).toBe('two 1');
    expect(readFileSync(join(dir, 'sources', 'mine.bib'), 'utf8')).toBe('user data');
    expect(readdirSync(dir).filter((e) => e.startsWith('.'))).toEqual([]);
  });

  it('leaves the previous content untouched when the run fails before the swap', () => {
    const dir = tempDir();
    commitContent(dir, files(2, 'old'));
    expect(() =>
      commitContent(dir, files(5, 'new'), {
        beforeSwap: () => {
          throw new Error('killed');
        },
      }),
    ).toThrow('killed');
    expect(readdirSync(join(dir, 'papers')).sort()).toEqual(['p0.md', 'p1.md']);
    expect(readFileSync(join(dir, 'concepts.json'), 'utf8')).toBe('old concepts');
    // The next run clears the abandoned staging folder and succeeds.
    expect(recoverInterruptedRun(dir)).toBe('clean');
    commitContent(dir, files(1, 'next'));
    expect(readdirSync(dir).filter((e) => e.startsWith('.'))).toEqual([]);
    expect(readFileSync(join(dir, 'papers', 'p0.md'), 'utf8')).toBe('next 0');
  });

  it('rolls a half-done swap forward from its journal', () => {
    const dir = tempDir();
    commitContent(dir, files(2, 'old'));
    // Simulate a run killed right after it moved the old papers away.
    mkdirSync(join(dir, '.staging-x', 'papers'), { recursive: true });
    writeFileSync(join(dir, '.staging-x', 'papers', 'p9.md'), 'new 9');
    writeFileSync(join(dir, '.staging-x', 'concepts.json'), 'new concepts');
    mkdirSync(join(dir, '.previous-x'));
    writeFileSync(join(dir, '.commit-journal.json'), JSON.stringify({ staging: '.staging-x', trash: '.previous-x' }));
    rmSync(join(dir, 'papers'), { recursive: true });
    expect(recoverInterruptedRun(dir)).toBe('rolled-forward');
    expect(readdirSync(join(dir, 'papers'))).toEqual(['p9.md']);
    expect(readFileSync(join(dir, 'concepts.json'), 'utf8')).toBe('new concepts');
    expect(existsSync(join(dir, '.commit-journal.json'))).toBe(false);
  });
});

describe('the user\'s own files in a generated folder', () => {
  it('go with the folder: a note and a folder of figures in papers/ are there after the swap', () => {
    const dir = tempDir();
    commitContent(dir, files(2, 'one'));
    writeFileSync(join(dir, 'papers', 'notes.txt'), 'my note');
    mkdirSync(join(dir, 'papers', 'img'));
    writeFileSync(join(dir, 'papers', 'img', 'fig.png'), 'png');
    commitContent(dir, files(1, 'two'));
    expect(readdirSync(join(dir, 'papers')).sort()).toEqual(['img', 'notes.txt', 'p0.md']);
    expect(readFileSync(join(dir, 'papers', 'img', 'fig.png'), 'utf8')).toBe('png');
  });

  it('go with it when a killed swap is finished by the next run', () => {
    const dir = tempDir();
    commitContent(dir, files(2, 'old'));
    writeFileSync(join(dir, 'papers', 'notes.txt'), 'my note');
    mkdirSync(join(dir, '.staging-x', 'papers'), { recursive: true });
    writeFileSync(join(dir, '.staging-x', 'papers', 'p9.md'), 'new 9');
    mkdirSync(join(dir, '.previous-x'));
    writeFileSync(join(dir, '.commit-journal.json'), JSON.stringify({ staging: '.staging-x', trash: '.previous-x' }));
    expect(recoverInterruptedRun(dir)).toBe('rolled-forward');
    expect(readdirSync(join(dir, 'papers')).sort()).toEqual(['notes.txt', 'p9.md']);
  });
});

describe('lockContentDir', () => {
  it('takes a free folder, refuses one a live run holds, and takes over the lock of a run that died', async () => {
    const dir = tempDir();
    const lock = join(dir, CONTENT_LOCK);
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(lock, JSON.stringify({ pid: sleeper.pid, host: hostname() }));
      expect(lockContentDir(dir)).toEqual({ held: false, by: `process ${sleeper.pid}` });
    } finally {
      sleeper.kill();
      await new Promise((done) => sleeper.on('exit', done));
    }
    // Its process gone, the lock is stale: taken over.
    expect(lockContentDir(dir)).toEqual({ held: true });
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toEqual({ pid: process.pid, host: hostname() });
  });
});

describe('lockContentDir, many runs at once', () => {
  it('lets exactly one of four runs that start together take over a stale lock', async () => {
    const dir = tempDir();
    // A lock left by a run that died: its process is gone.
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => dead.on('exit', done));
    writeFileSync(join(dir, CONTENT_LOCK), JSON.stringify({ pid: dead.pid, host: hostname() }));
    const startAt = Date.now() + 3000;
    const script = [
      `import { lockContentDir } from ${JSON.stringify(join(process.cwd(), 'scripts/lib/atomic-content.ts'))};`,
      `while (Date.now() < ${startAt}) {}`,
      `const got = lockContentDir(${JSON.stringify(dir)});`,
      'console.log(JSON.stringify(got));',
      // Held a moment, as a run would, so that the others meet it.
      'await new Promise((done) => setTimeout(done, 1500));',
    ].join('\n');
    const runs = Array.from({ length: 4 }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: process.cwd() });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      return new Promise<{ held: boolean }>((done) => child.on('exit', () => done(JSON.parse(out.trim() || '{"held":false}') as { held: boolean })));
    });
    const results = await Promise.all(runs);
    expect(results.filter((r) => r.held)).toHaveLength(1);
    // The one that held it let it go when it ended.
    expect(existsSync(join(dir, CONTENT_LOCK))).toBe(false);
  }, 30_000);
});

describe('commitContent with the live files it was told about', () => {
  it('links unchanged generated files instead of copying them, and writes changed ones', () => {
    const dir = tempDir();
    commitContent(dir, files(3, 'one'));
    const live = new Map([...files(3, 'one')].filter(([p]) => p.startsWith('papers/')));
    const next = files(3, 'one');
    next.set('papers/p1.md', 'two 1');
    const before = statSync(join(dir, 'papers', 'p0.md')).ino;
    commitContent(dir, next, { current: live });
    // Same inode: linked, not rewritten; the changed file has its new text.
    expect(statSync(join(dir, 'papers', 'p0.md')).ino).toBe(before);
    expect(readFileSync(join(dir, 'papers', 'p1.md'), 'utf8')).toBe('two 1');
    expect(readdirSync(join(dir, 'papers')).sort()).toEqual(['p0.md', 'p1.md', 'p2.md']);
    expect(readdirSync(dir).filter((e) => e.startsWith('.'))).toEqual([]);
  });

  it('never trusts a stale description of the live file: different text is written', () => {
    const dir = tempDir();
    commitContent(dir, files(1, 'one'));
    commitContent(dir, files(1, 'two'), { current: new Map([['papers/p0.md', 'two 0']]) });
    // The caller claimed the live file already said "two 0"; it said "one 0". A link would share those
    // bytes: what the run planned is what must be on disk.
    expect(readFileSync(join(dir, 'papers', 'p0.md'), 'utf8')).toBe('two 0');
  });
});
