/**
 * The settings as every step of a build sees them: `<contentDir>/atlas.config.json` under the environment
 * under the flags. The content stage, astro.config.mjs, the pages and the exports all load them here, so a
 * setting cannot reach one step and miss another (a title from a content folder other than `content/`
 * once reached only the exports).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { resolveConfig, type ConfigSources } from './resolve';
import { DEFAULT_SITE_URL, type AtlasConfig } from './schema';

type Env = Record<string, string | undefined>;

/** The content folder: the flag, else `ATLAS_CONTENT_DIR`, else `content`. Its config file says nothing about it. */
export function contentDirOf(env: Env, flag?: string): string {
  return flag ?? (env.ATLAS_CONTENT_DIR || 'content');
}

/**
 * Why `dir` cannot be the content folder, or undefined: it, or a folder it would be made in, is a file. The
 * content stage found out only when it made the folder, with Node's EEXIST and a stack.
 */
export function contentDirProblem(dir: string): string | undefined {
  for (let at = resolve(dir); ; at = dirname(at)) {
    const stat = statSync(at, { throwIfNoEntry: false });
    if (stat !== undefined) {
      if (stat.isDirectory()) return undefined;
      return at === resolve(dir) ? 'is a file, not a folder: expected the folder the content is written to (new or existing)' : `cannot be made: ${at} is a file, not a folder`;
    }
    if (dirname(at) === at) return undefined;
  }
}

/** Reads `<contentDir>/atlas.config.json` and resolves every setting; throws with the file named on bad JSON. */
export function loadAtlasConfig(env: Env, flags: ConfigSources['flags'] = {}): AtlasConfig {
  const flag = flags.contentDir as string | undefined;
  const contentDir = contentDirOf(env, flag);
  const dirProblem = contentDir === '' ? undefined : contentDirProblem(contentDir);
  if (dirProblem !== undefined) {
    const named = flag !== undefined ? '--content-dir' : env.ATLAS_CONTENT_DIR ? "the environment's ATLAS_CONTENT_DIR" : 'the content folder';
    throw new Error(`${named} ${contentDir}: ${dirProblem}`);
  }
  const configFile = join(contentDir, 'atlas.config.json');
  let file: unknown;
  // An empty --content-dir is refused by the schema; joined, it would read a config file from the working folder.
  if (contentDir !== '' && existsSync(configFile)) {
    try {
      // Windows Notepad starts the file with a byte-order mark, which JSON.parse refuses.
      file = JSON.parse(readFileSync(configFile, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new Error(`${configFile}: not valid JSON (${(error as Error).message})`);
    }
  }
  return resolveConfig({ file: withInputsFrom(file, contentDir), fileName: configFile, env, flags });
}

/**
 * `loadAtlasConfig`, or the message of what it refused: for astro.config.mjs, which prints it as `npm run build`
 * does and ends the process. Thrown from a config, it reached the user as Astro's "Unable to load your Astro
 * config" with a stack trace (a bare `astro build` or `astro dev` with BASE_PATH=http://x, user probe).
 */
export function atlasConfigOrProblem(env: Env): { config: AtlasConfig; problem?: undefined } | { config?: undefined; problem: string } {
  try {
    return { config: loadAtlasConfig(env) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The file's `input` paths as read from the folder that holds it: a file kept with its content folder (and its
 * sources beside it, `"input": ["mine"]`) means the same wherever the build is started from. Flags stay relative to
 * where they are typed.
 */
function withInputsFrom(file: unknown, contentDir: string): unknown {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return file;
  const input = (file as { input?: unknown }).input;
  if (!Array.isArray(input)) return file;
  return { ...file, input: input.map((p) => (typeof p === 'string' && p !== '' && !isAbsolute(p) ? join(contentDir, p) : p)) };
}

/**
 * What to tell the user when the site's absolute URLs (canonical links, the sitemap, the exports' `url`s) point
 * at the preview server because no site URL was set; undefined when one was.
 */
export function siteUrlWarning(config: Pick<AtlasConfig, 'siteUrl' | 'basePath'>): string | undefined {
  if (new URL(config.siteUrl).origin !== new URL(DEFAULT_SITE_URL).origin) return undefined;
  return (
    `no site URL is set, so canonical links, the sitemap and the exports' page URLs point at ${DEFAULT_SITE_URL}${config.basePath}. ` +
    'Fine for a look with `npm run preview`; for a site you publish, build with SITE_URL=https://<your host> ' +
    '(or "siteUrl" in atlas.config.json). The GitHub Pages workflow sets it for you.'
  );
}
