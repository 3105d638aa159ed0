/**
 * The settings the pages need (title, description), resolved the same way astro.config.mjs resolves the
 * base path: content/atlas.config.json overridden by the environment.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolveConfig } from '../config/resolve';
import type { AtlasConfig } from '../config/schema';

const CONFIG_FILE = 'content/atlas.config.json';

let cached: AtlasConfig | undefined;

export function siteConfig(): AtlasConfig {
  cached ??= resolveConfig({
    file: existsSync(CONFIG_FILE) ? JSON.parse(readFileSync(CONFIG_FILE, 'utf8')) : undefined,
    fileName: CONFIG_FILE,
    env: process.env,
  });
  return cached;
}
