/**
 * Two full builds (content stage, Astro, post-build steps) of the same input, in two different work folders,
 * give byte-identical sites. Small input on purpose: this runs inside `npm test` on two cores.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../support/build-site';
import { snapshot } from './content-stage';

describe('full build', () => {
  it('is deterministic: same input, byte-identical dist/ and content/', () => {
    const input = [join(ROOT, 'test/fixtures/runs/ten-papers.jsonl')];
    const a = buildSite({ name: 'determinism-a', basePath: '/paper-atlas/', input });
    const b = buildSite({ name: 'determinism-b', basePath: '/paper-atlas/', input });
    // Both builds really are the site under its base path (a stray BASE_URL in the environment once made them `/`).
    for (const site of [a, b]) expect(readFileSync(join(site.outDir, 'index.html'), 'utf8')).toContain('href="/paper-atlas/papers/');
    // Content first: a difference there explains the differences in the site.
    expect(snapshot(b.contentDir)).toEqual(snapshot(a.contentDir));
    const siteA = snapshot(a.outDir);
    const siteB = snapshot(b.outDir);
    expect(Object.keys(siteA).filter((f) => f.endsWith('.html')).length).toBeGreaterThan(10);
    expect(Object.keys(siteB)).toEqual(Object.keys(siteA));
    const differing = Object.keys(siteA).filter((f) => siteA[f] !== siteB[f]);
    expect(differing).toEqual([]);
    // Kept when the test fails, to compare by hand.
    for (const site of [a, b]) rmSync(dirname(site.outDir), { recursive: true, force: true });
  }, 600_000);
});
