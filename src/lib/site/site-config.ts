/**
 * The settings the pages need (title, description), loaded once per process the way every step loads them
 * (src/lib/config/load.ts): the content folder's atlas.config.json overridden by the environment.
 */
import { loadAtlasConfig } from '../config/load';
import type { AtlasConfig } from '../config/schema';

let cached: AtlasConfig | undefined;

export function siteConfig(): AtlasConfig {
  cached ??= loadAtlasConfig(process.env);
  return cached;
}
