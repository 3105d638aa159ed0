/**
 * A rule about the code, kept as a test: no array is spread into the arguments of push, unshift, splice,
 * Math.max/min or String.fromCharCode/fromCodePoint. Every argument takes a slot on the stack, so a spread
 * of a collection-sized array overflows it somewhere past 100,000 items: the open-data exports of a
 * 50,000-paper build stopped with "Maximum call stack size exceeded" on `edges.push(...links)`.
 * A loop or a reduce does the same work at any size.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build-site';

const CHECKED = ['src', 'scripts', 'bench'];
const SPREAD_CALL = /\b(?:push|unshift|splice|max|min|fromCharCode|fromCodePoint)\((?:[^(){}[\]]*,\s*)?\.\.\./;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(ts|mts|mjs|js|astro)$/.test(path))
    .map((path) => join(dir, path));
}

function spreadCalls(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (SPREAD_CALL.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [i + 1] : []));
}

describe('spread arguments', () => {
  it('finds the calls the rule is about, and not object or array spreads inside an argument', () => {
    expect(spreadCalls('edges.push(...related);\nconst m = Math.max(0, ...xs);\ns.splice(0, s.length, ...a, ...b);')).toEqual([1, 2, 3]);
    expect(spreadCalls('out.push({ id, ...(a ? { a } : {}) });\nconst all = [...a, ...b];\nf(...args);\n// push(...x) in a comment')).toEqual([]);
  });

  it('are not used in src/, scripts/ or bench/', () => {
    const found = CHECKED.flatMap((dir) =>
      sourceFiles(join(ROOT, dir)).flatMap((file) => spreadCalls(readFileSync(file, 'utf8')).map((line) => `${relative(ROOT, file)}:${line}`)),
    );
    expect(found).toEqual([]);
  });
});
