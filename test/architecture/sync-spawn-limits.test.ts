/**
 * A rule about the tests, kept as a test: every `spawnSync` in test/ passes a `timeout`. spawnSync blocks the event
 * loop, so Vitest's own test and hook timeouts cannot fire while it waits: a child that never ends (tsx's loader was
 * seen to hang once) would stall the whole run until CI's hard limit, where a limit ends it with a message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build-site';

/** The text of each `spawnSync(…)` call, from its name to its closing parenthesis. */
function syncSpawnCalls(text: string): { line: number; call: string }[] {
  const calls: { line: number; call: string }[] = [];
  for (const found of text.matchAll(/\bspawnSync\(/g)) {
    let depth = 1;
    let end = found.index + found[0].length;
    while (depth > 0 && end < text.length) {
      const c = text[end++];
      if (c === '(') depth++;
      else if (c === ')') depth--;
    }
    calls.push({ line: text.slice(0, found.index).split('\n').length, call: text.slice(found.index, end) });
  }
  return calls;
}

const unlimited = (text: string) => syncSpawnCalls(text).filter(({ call }) => !/\btimeout\s*:/.test(call)).map(({ line }) => line);

describe('sync spawns in tests', () => {
  it('finds a call without a limit, over several lines too, and passes one with it', () => {
    expect(unlimited("const a = spawnSync('git', ['x'], { cwd });\nconst b = spawnSync(process.execPath, args(1), {\n  env,\n});")).toEqual([1, 2]);
    expect(unlimited("spawnSync('git', ['x'], { cwd, timeout: 30_000 });\nimport { spawnSync } from 'node:child_process';")).toEqual([]);
  });

  it('all pass a timeout in test/', () => {
    const dir = join(ROOT, 'test');
    const found = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      // This file's own examples are calls without a limit on purpose.
      .filter((path) => /\.(ts|mts)$/.test(path) && join(dir, path) !== fileURLToPath(import.meta.url))
      .flatMap((path) => unlimited(readFileSync(join(dir, path), 'utf8')).map((line) => `${relative(ROOT, join(dir, path))}:${line}`));
    expect(found).toEqual([]);
  });
});
