// @ts-check
import { defineConfig, logHandlers } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { atlasConfigOrProblem, contentDirOf } from './src/lib/config/load.ts';
import { astroCacheDir } from './src/lib/config/astro-cache-dir.ts';
import { markdownProcessorOptions } from './src/lib/site/markdown-options.ts';
import { dataStoreFromFile } from './src/lib/site/data-store-module.ts';
import { readMovedUrlsFile } from './src/lib/site/moved-redirects.ts';

// A bad setting is said in one line, as `npm run build` says it, not thrown: Astro showed a thrown one as "Unable to
// load your Astro config" with a stack trace.
const loaded = atlasConfigOrProblem(process.env);
if (loaded.problem !== undefined) {
  console.error(`✖ ${loaded.problem}`);
  process.exit(1);
}
const atlas = loaded.config;

/** @type {Set<string> | undefined} */
let movedPaths;
/**
 * Whether a page of the sitemap is a redirect page at an old path (src/pages/[...moved].astro). Read when the
 * sitemap is written, at the build's end: under `npm run build` Astro reads this config before the content
 * stage has written this run's moves.
 */
function isMovedPage(/** @type {string} */ page) {
  movedPaths ??= new Set(readMovedUrlsFile(contentDirOf(process.env)).map((m) => m.from));
  const base = atlas.basePath.endsWith('/') ? atlas.basePath : `${atlas.basePath}/`;
  const path = new URL(page).pathname;
  return path.startsWith(base) && movedPaths.has(path.slice(base.length));
}

/**
 * The open-data files (`<base>/api/...`) are written by a post-build step (scripts/lib/post-build.ts), not
 * by Astro; the dev server makes them on request instead, from the same code, so its links work too.
 */
function openDataInDev() {
  /** @type {import('vite').Plugin} */
  const plugin = {
    name: 'atlas-open-data-dev',
    // Ahead of Astro's own routing, which would answer 404 for a path no page or endpoint has.
    enforce: 'pre',
    configureServer(server) {
      const base = atlas.basePath.endsWith('/') ? atlas.basePath : `${atlas.basePath}/`;
      server.middlewares.use(async (req, res, next) => {
        // Astro's dev server has taken the base path off `url` by now; `originalUrl` still has it.
        const url = (/** @type {{ originalUrl?: string }} */ (req).originalUrl ?? req.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith(`${base}api/`)) return next();
        try {
          const { openDataFile } = await server.ssrLoadModule('/scripts/lib/open-data.ts');
          const body = await openDataFile(url.slice(base.length), contentDirOf(process.env));
          if (body === undefined) return next();
          const type = url.endsWith('.json') || url.endsWith('.cyjs') ? 'application/json' : url.endsWith('.csv') ? 'text/csv' : 'application/xml';
          res.setHeader('content-type', `${type}; charset=utf-8`);
          res.end(body);
        } catch (error) {
          next(error);
        }
      });
    },
  };
  return {
    name: 'atlas-open-data-dev',
    hooks: {
      /** @param {{ command: string, updateConfig: (config: object) => void }} options */
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}

// BASE_PATH and SITE_URL come from the environment (or content/atlas.config.json) so one build serves `/`
// or a GitHub Pages project path such as `/paper-atlas/`.
export default defineConfig({
  site: atlas.siteUrl,
  base: atlas.basePath,
  trailingSlash: 'always',
  // Stylesheets always as files: a strict Content-Security-Policy forbids inline <style>.
  // concurrency 3: rendering one page at a time, Astro's main thread spent over a quarter of the page phase
  // waiting for each page's folder and file to be written; three pages in flight fill those waits
  // (docs/bench/analysis.md, fifteenth round).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 3 },
  // dataStoreFromFile: Astro's content store reaches the build as one huge string literal, slow to compile
  // and to bundle (src/lib/site/data-store-module.ts); the build reads it from a file instead.
  integrations: [sitemap({ filter: (page) => !/\/(404|offline)\/?$/.test(page) && !isMovedPage(page) }), openDataInDev(), dataStoreFromFile()],
  outDir: process.env.ATLAS_OUT_DIR || './dist',
  // Under `npm run build` Astro logs its warnings and errors only: its line per page (thousands) buried the
  // build's own summary, and its timings count the wait for the content stage (scripts/build.ts times the
  // step from the content's end instead). A bare `astro build` or `astro dev` logs as usual.
  ...(process.env.ATLAS_QUIET_ASTRO === '1' ? { logger: logHandlers.node({ level: 'warn' }) } : {}),
  // One cache folder per content folder (src/lib/config/astro-cache-dir.ts): libraries never share a store.
  cacheDir: astroCacheDir(process.env),
  // Markdown bodies: raw HTML stays text, script URLs lose their href, external links get noopener, no
  // smart punctuation (src/lib/site/markdown-options.ts).
  // No syntax highlighting: abstracts have no code, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false, processor: satteri(markdownProcessorOptions) },
  // Paper and concept pages carry a cacheKey (a hash of everything they render, src/lib/cache/page-key.ts):
  // a re-run copies the unchanged ones from the last build instead of rendering them again.
  experimental: { incrementalBuild: true },
  // scripts/build.ts keeps the previous output folder when it can (the cache built it) and removes stale
  // files itself; a plain `astro build` empties it as usual.
  // The dev server's file watcher skips the benchmark's work folder (.cache/bench: generated sites of
  // tens of thousands of files, which took it half a minute to walk at start-up).
  // assetsInlineLimit 0: no script is inlined into pages, however small. Every page carries a fixed CSP that
  // allows scripts from the site's own files only (src/lib/security/csp.ts), so an inlined one would be refused.
  // Module workers (the search worker, src/client/search/search-worker.ts), so that it can import Pagefind.
  // Its annotation comments (`@__PURE__`, `@vite-ignore`) are for a bundler, and none reads the built worker:
  // 160 bytes of a first search that is at its budget.
  // chunkSizeWarningLimit: the graph explorer's chunk holds Cytoscape (about 500 kB minified) and loads on the graph
  // page only; Vite's default limit of 500 kB warned on every build, advice no one building an atlas could act on.
  // Twice Cytoscape's size still warns if a library is pulled into it by mistake.
  vite: {
    worker: { format: 'es', rolldownOptions: { output: { comments: { annotation: false } } } },
    build: { emptyOutDir: process.env.ATLAS_KEEP_OUT_DIR !== '1', assetsInlineLimit: 0, chunkSizeWarningLimit: 1000 },
    server: { watch: { ignored: ['**/.cache/**'] } },
  },
});
