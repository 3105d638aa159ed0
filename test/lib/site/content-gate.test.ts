import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterContentStage, contentStageDone, GO, waitForGo } from '../../../src/lib/site/content-gate';

describe('waitForGo', () => {
  it('resolves once "go" has arrived, in however many pieces', async () => {
    const pipe = new PassThrough();
    let heard = false;
    const waiting = waitForGo(pipe).then(() => (heard = true));
    pipe.write('g');
    await new Promise((done) => setImmediate(done));
    expect(heard).toBe(false);
    pipe.write('o\n');
    await waiting;
    expect(heard).toBe(true);
  });

  it('fails when the pipe closes without "go" (the content stage failed or the build script is gone)', async () => {
    const pipe = new PassThrough();
    const waiting = waitForGo(pipe);
    pipe.end();
    await expect(waiting).rejects.toThrow(/content stage did not finish/);
  });

  it('fails on anything but "go"', async () => {
    const pipe = new PassThrough();
    const waiting = waitForGo(pipe);
    pipe.write('stop\n');
    await expect(waiting).rejects.toThrow(/"stop\\n" where "go" was expected/);
  });
});

describe('contentStageDone', () => {
  it('does not wait when no gate was set up (a plain astro build, the dev server)', async () => {
    await expect(contentStageDone({})).resolves.toBeUndefined();
  });

  it('rejects a gate that is not a file descriptor', async () => {
    await expect(contentStageDone({ ATLAS_CONTENT_GATE_FD: 'three' })).rejects.toThrow(/expected a file descriptor number/);
  });
});

describe('afterContentStage', () => {
  const context = {} as LoaderContext;

  it('runs the loader only after the content stage is done', async () => {
    const calls: string[] = [];
    const inner: Loader = { name: 'inner', load: async () => void calls.push('load') };
    let open!: () => void;
    const ready = new Promise<void>((done) => (open = done));
    const gated = afterContentStage(inner, () => ready);
    expect(gated.name).toBe('inner');
    const loading = gated.load(context);
    await new Promise((done) => setImmediate(done));
    expect(calls).toEqual([]);
    open();
    await loading;
    expect(calls).toEqual(['load']);
  });

  it('reads nothing when the content stage failed', async () => {
    let loaded = false;
    const gated = afterContentStage({ name: 'inner', load: async () => void (loaded = true) }, () => Promise.reject(new Error('no go')));
    await expect(gated.load(context)).rejects.toThrow('no go');
    expect(loaded).toBe(false);
  });

  /** A child process that waits on its file descriptor 3 as Astro does and says whether it got through. */
  async function gatedChild() {
    const { spawn } = await import('node:child_process');
    const gate = new URL('../../../src/lib/site/content-gate.ts', import.meta.url).pathname;
    const script = `import(${JSON.stringify(gate)}).then(({ contentStageDone }) => contentStageDone()).then(() => console.log('through'), (e) => { console.log('failed: ' + e.message); process.exitCode = 3; })`;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit', 'pipe'],
      env: { ...process.env, ATLAS_CONTENT_GATE_FD: '3' },
    });
    let out = '';
    child.stdout!.on('data', (chunk) => (out += chunk));
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    return { gate: child.stdio[3] as NodeJS.WritableStream, output: () => out, exited };
  }

  it('hears the go over a real pipe from another process', async () => {
    const child = await gatedChild();
    await new Promise((done) => setTimeout(done, 300));
    expect(child.output()).toBe('');
    child.gate.end(GO);
    expect(await child.exited).toBe(0);
    expect(child.output().trim()).toBe('through');
  });

  it('fails in the other process when the pipe closes without the go', async () => {
    const child = await gatedChild();
    child.gate.end();
    expect(await child.exited).toBe(3);
    expect(child.output()).toMatch(/^failed: the content stage did not finish/);
  });
});
