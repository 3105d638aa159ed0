/**
 * Builds a whole site (content stage + Astro + post-build steps) the way `npm run build` does, but into a
 * folder of its own, from the inputs a test names, for a given base path.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { astroCacheDir } from '../../src/lib/config/astro-cache-dir';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuiltSite {
  /** The built site (what `dist/` would be). */
  outDir: string;
  /** The content folder the build wrote and read. */
  contentDir: string;
  basePath: string;
}

export interface BuildOptions {
  /** A name for the work folder under `.cache/test-builds/`. */
  name: string;
  basePath: string;
  /** Input files or folders; default: the bundled corpus in content/sources. */
  input?: string[];
  /** Extra arguments for the content stage. */
  contentArgs?: string[];
  /** Build again over the work folder a previous call with the same name left (a re-run), instead of afresh. */
  rerun?: boolean;
  /** Settings given through the environment (src/lib/config/schema.ts, ENV_KEYS). */
  env?: Record<string, string>;
}

/**
 * The test process's environment as a build should inherit it: Vitest workers put Vite's import.meta.env
 * (BASE_URL, MODE, DEV, PROD, SSR) and NODE_ENV=test into process.env, and Astro would read them as its own
 * (BASE_URL=/ overrides the configured base path).
 */
export function buildProcessEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, NODE_ENV: _n, ...inherited } = process.env;
  return inherited;
}

const astroCacheRootOf = (work: string) => join(work, 'astro-cache');

/** Astro's cache folder of a site `buildSite` made (src/lib/config/astro-cache-dir.ts). */
export function astroCacheOf(site: BuiltSite): string {
  return astroCacheDir({ ATLAS_CACHE_DIR: astroCacheRootOf(dirname(site.outDir)), ATLAS_CONTENT_DIR: site.contentDir });
}

export function buildSite({ name, basePath, input, contentArgs = [], rerun = false, env = {} }: BuildOptions): BuiltSite & { log: string } {
  // One folder per process: test runs started side by side must not wipe each other's builds.
  const work = join(ROOT, '.cache', 'test-builds', `${name}-${process.pid}`);
  if (!rerun) rmSync(work, { recursive: true, force: true });
  const contentDir = join(work, 'content');
  const outDir = join(work, 'dist');
  mkdirSync(contentDir, { recursive: true });
  const inputs = input ?? [join(ROOT, 'content', 'sources')];
  const args = ['--import', 'tsx', 'scripts/build.ts', ...inputs.flatMap((i) => ['--input', i]), ...contentArgs];
  const inherited = buildProcessEnv();
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...inherited,
      ...env,
      BASE_PATH: basePath,
      ATLAS_CONTENT_DIR: contentDir,
      ATLAS_OUT_DIR: outDir,
      ATLAS_CACHE_DIR: astroCacheRootOf(work),
    },
    maxBuffer: 64 * 1024 * 1024,
    // A hung build would otherwise stall the whole run: spawnSync keeps Vitest's own timeouts from firing.
    timeout: 600_000,
  });
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit ${result.status}`;
    throw new Error(`build "${name}" failed (${why}):\n${result.stdout}\n${result.stderr}`);
  }
  return { outDir, contentDir, basePath, log: result.stdout };
}
