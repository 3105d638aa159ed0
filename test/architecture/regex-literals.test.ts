/**
 * A rule about the code, kept as a test: no regex literal that tsx rewrites into `new RegExp(…)` sits
 * inside a function in src/, scripts/ or bench/. tsx (which runs the content stage, its workers and the
 * post-build steps) compiles for the running Node with esbuild, and esbuild turns literals with some
 * `\p{…}` escapes into constructor calls, so such a literal in a function builds a new object on every
 * call. The concept stages test word shapes per word of every abstract: hoisting those literals into
 * module constants made the per-document analysis about 17% faster. Write them at module level.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build-site';

const CHECKED = ['src/lib', 'scripts', 'bench'];
/** What tsx passes esbuild (node_modules/tsx: `target: node${process.versions.node}`). */
const TSX_TARGET = `node${process.versions.node}`;

/** Constructor calls on a string inside a function (esbuild indents everything below the top level). */
function innerConstructions(code: string): number {
  return code.split('\n').filter((line) => /^\s+\S.*new RegExp\("/.test(line)).length;
}

/** Literals that tsx's compilation turns into constructor calls inside functions. */
function loweredInFunctions(source: string): number {
  const compile = (target: string) => transformSync(source, { loader: 'ts', format: 'esm', target }).code;
  return innerConstructions(compile(TSX_TARGET)) - innerConstructions(compile('esnext'));
}

describe('regex literals', () => {
  it('finds a literal that tsx rewrites inside a function, and not one at module level or one written as a call', () => {
    expect(loweredInFunctions('export function f(s: string) { return /^\\p{Lu}/u.test(s); }')).toBe(1);
    expect(loweredInFunctions('const UPPER = /^\\p{Lu}/u;\nexport function f(s: string) { return UPPER.test(s); }')).toBe(0);
    expect(loweredInFunctions('export function f(s: string, w: string) { return new RegExp(`^${w}`).test(s) || /^[a-z]+$/.test(s); }')).toBe(0);
  });

  it('that tsx would rebuild on every call are not written inside functions', () => {
    const found = CHECKED.flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((path) => /\.(ts|mts)$/.test(path))
        .map((path) => join(ROOT, dir, path))
        .filter((file) => loweredInFunctions(readFileSync(file, 'utf8')) > 0)
        .map((file) => relative(ROOT, file)),
    );
    expect(found).toEqual([]);
  });
});
