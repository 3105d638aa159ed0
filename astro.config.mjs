// @ts-check
import { readFileSync, existsSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { contentSecurityPolicy } from './src/lib/security/csp.ts';
import { markdownSafety } from './src/lib/security/markdown.ts';
import { resolveConfig } from './src/lib/config/resolve.ts';
import { markdownMath } from './src/lib/site/markdown-math.ts';

const configFile = `${process.env.ATLAS_CONTENT_DIR || 'content'}/atlas.config.json`;
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
  // Stylesheets always as files: a strict Content-Security-Policy forbids inline <style>.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
  outDir: process.env.ATLAS_OUT_DIR || './dist',
  // A build from another content folder (tests, benchmarks) keeps its own content-layer cache.
  ...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
  // Every page carries a CSP meta tag with hashes of Astro's own scripts and styles: text from an abstract
  // can never run as script (src/lib/security/csp.ts says what is allowed and why).
  security: { csp: contentSecurityPolicy() },
  // Markdown bodies: raw HTML stays text, script URLs lose their href, external links get noopener.
  // No syntax highlighting: abstracts have no code, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [markdownSafety, markdownMath] }) },
  // Paper and concept pages carry a cacheKey (a hash of everything they render, src/lib/cache/page-key.ts):
  // a re-run copies the unchanged ones from the last build instead of rendering them again.
  experimental: { incrementalBuild: true },
  // scripts/build.ts keeps the previous output folder when it can (the cache built it) and removes stale
  // files itself; a plain `astro build` empties it as usual.
  vite: { build: { emptyOutDir: process.env.ATLAS_KEEP_OUT_DIR !== '1' } },
});
