/**
 * The settings as every step of a build sees them: `<contentDir>/atlas.config.json` under the environment
 * under the flags. The content stage, astro.config.mjs, the pages and the exports all load them here, so a
 * setting cannot reach one step and miss another (a title from a content folder other than `content/`
 * once reached only the exports).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig, type ConfigSources } from './resolve';
import { DEFAULT_SITE_URL, type AtlasConfig } from './schema';

type Env = Record<string, string | undefined>;

/** The content folder: the flag, else `ATLAS_CONTENT_DIR`, else `content`. Its config file says nothing about it. */
export function contentDirOf(env: Env, flag?: string): string {
  return flag ?? (env.ATLAS_CONTENT_DIR || 'content');
}

/** Reads `<contentDir>/atlas.config.json` and resolves every setting; throws with the file named on bad JSON. */
export function loadAtlasConfig(env: Env, flags: ConfigSources['flags'] = {}): AtlasConfig {
  const configFile = join(contentDirOf(env, flags.contentDir as string | undefined), 'atlas.config.json');
  let file: unknown;
  if (existsSync(configFile)) {
    try {
      file = JSON.parse(readFileSync(configFile, 'utf8'));
    } catch (error) {
      throw new Error(`${configFile}: not valid JSON (${(error as Error).message})`);
    }
  }
  return resolveConfig({ file, fileName: configFile, env, flags });
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
