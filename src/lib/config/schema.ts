/**
 * All settings of a Paper Atlas build in one typed place. Sources, lowest precedence first: the defaults
 * below, `content/atlas.config.json`, environment variables, command-line flags. `BASE_PATH` and
 * `SITE_URL` are also read by astro.config.mjs through `resolveSiteConfig`.
 */
import { z } from 'zod';

/** Where `astro preview` serves the site: right for a local look, wrong in a published site's links. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

export const atlasConfigSchema = z.object({
  /** Shown in the header, the page titles and the home page. */
  title: z.string().default('Paper Atlas'),
  description: z.string().default('A knowledge graph of research papers, linked through the concepts they share.'),
  /** Where the site is served from, with leading and trailing slash: `/` or `/<repo>/` on GitHub Pages. */
  basePath: z
    .string()
    .default('/')
    .transform((p) => normaliseBasePath(p)),
  /** Absolute origin for canonical URLs and the sitemap, e.g. `https://user.github.io`. */
  siteUrl: z.url().default(DEFAULT_SITE_URL),
  /** The folder the content stage writes and the site reads (papers/, concepts.json, graph.json, ...). */
  contentDir: z.string().default('content'),
  /** Files or folders to read; default: everything supported in `<contentDir>/sources/`. */
  input: z.array(z.string()).optional(),
  /** What to do with a record that cannot be read: skip it with a warning, or stop the run. */
  onError: z.enum(['skip', 'stop']).default('skip'),
  /**
   * A record with an abstract but no title: not read, with an error (`skip`), or titled by a sentence of
   * its abstract, with a warning (`from-abstract`; src/lib/ingest/untitled.ts).
   */
  untitled: z.enum(['skip', 'from-abstract']).default('skip'),
  /** How many concepts each paper gets at most. */
  conceptsPerPaper: z.number().int().min(1).max(50).default(8),
  /**
   * A concept gets a page, a place in the registry and the graph when at least this many papers carry it;
   * a rarer one stays a plain keyword of its paper (it would link nothing).
   */
  minConceptPapers: z.number().int().min(1).max(100).default(2),
  /** How many related papers each paper gets at most. */
  relatedPerPaper: z.number().int().min(0).max(50).default(10),
  /** How many papers each page of the list of papers shows (from the environment as text, hence coerced). */
  papersPerPage: z.coerce.number().int().min(1).max(100_000).default(500),
  /** How many concepts each page of the A–Z list of concepts shows. */
  conceptsPerPage: z.coerce.number().int().min(1).max(1_000_000).default(2000),
});
export type AtlasConfig = z.infer<typeof atlasConfigSchema>;
export type AtlasConfigInput = z.input<typeof atlasConfigSchema>;

export function normaliseBasePath(path: string): string {
  const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Environment variables that map onto settings. */
export const ENV_KEYS = {
  BASE_PATH: 'basePath',
  SITE_URL: 'siteUrl',
  ATLAS_TITLE: 'title',
  ATLAS_ON_ERROR: 'onError',
  ATLAS_UNTITLED: 'untitled',
  ATLAS_CONTENT_DIR: 'contentDir',
  ATLAS_PAPERS_PER_PAGE: 'papersPerPage',
  ATLAS_CONCEPTS_PER_PAGE: 'conceptsPerPage',
} as const satisfies Record<string, keyof AtlasConfig>;
