// @ts-check
import { readFileSync, existsSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { resolveConfig } from './src/lib/config/resolve.ts';

const configFile = 'content/atlas.config.json';
const atlas = resolveConfig({
  file: existsSync(configFile) ? JSON.parse(readFileSync(configFile, 'utf8')) : undefined,
  env: process.env,
});

// BASE_PATH and SITE_URL come from the environment (or content/atlas.config.json) so one build serves `/`
// or a GitHub Pages project path such as `/paper-atlas/`.
export default defineConfig({
  site: atlas.siteUrl,
  base: atlas.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.ATLAS_OUT_DIR || './dist',
  // A build from another content folder (tests, benchmarks) keeps its own content-layer cache.
  ...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
});
