/**
 * Builds the sites the end-to-end tests drive, once per test run, under a non-root base path as GitHub
 * Pages serves a project site. Tests read them back with `inject('sites')`.
 */
import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSite, ROOT, type BuiltSite } from '../support/build-site';

export const E2E_BASE = '/paper-atlas/';
export const E2E_PAPERS_PER_PAGE = 50;
export const E2E_CONCEPTS_PER_PAGE = 60;

declare module 'vitest' {
  export interface ProvidedContext {
    sites: { seed: BuiltSite; hostile: BuiltSite };
  }
}

export default function setup(project: TestProject): () => void {
  // 50 papers and 60 concepts a page (500 and 2,000 by default) so that the bundled corpus's lists have
  // pages to walk.
  const seed = buildSite({
    name: 'e2e-seed',
    basePath: E2E_BASE,
    env: { ATLAS_PAPERS_PER_PAGE: String(E2E_PAPERS_PER_PAGE), ATLAS_CONCEPTS_PER_PAGE: String(E2E_CONCEPTS_PER_PAGE) },
  });
  const hostile = buildSite({
    name: 'e2e-hostile',
    basePath: E2E_BASE,
    input: [join(ROOT, 'test', 'fixtures', 'hostile')],
  });
  project.provide('sites', { seed, hostile });
  // Each run builds into folders named after its process: without this every run left two sites behind.
  return () => {
    for (const site of [seed, hostile]) rmSync(dirname(site.outDir), { recursive: true, force: true });
  };
}
