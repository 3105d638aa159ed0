/**
 * All settings of a Paper Atlas build in one typed place. Sources, lowest precedence first: the defaults
 * below, `content/atlas.config.json`, environment variables, command-line flags. `BASE_PATH` and
 * `SITE_URL` are also read by astro.config.mjs through `resolveSiteConfig`.
 */
import { z } from 'zod';

/** Where `astro preview` serves the site: right for a local look, wrong in a published site's links. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** An empty value is most often a shell variable that was never set (`--input "$BIB"`). */
const EMPTY = 'is empty (an unset shell variable?): expected a file or folder';

/**
 * A whole number in range, and nothing that only turns into one: the file's `true`, `["7"]` or `"0x10"` once
 * passed as 1, 7 and 16. Text from the environment or a flag is read as digits before it gets here (resolve.ts).
 */
function count(min: number, max: number) {
  const expected = `expected a whole number from ${min} to ${max}`;
  return z.number({ error: expected }).int(expected).min(min, expected).max(max, expected);
}

/** A check that reports the problem `problemOf` finds in a value, in its own words. */
function refuse(problemOf: (value: string) => string | undefined) {
  return (value: string, ctx: z.RefinementCtx) => {
    const message = problemOf(value);
    if (message !== undefined) ctx.addIssue({ code: 'custom', message });
  };
}

export const atlasConfigSchema = z.object({
  /** Shown in the header, the page titles and the home page. */
  title: z.string().default('Paper Atlas'),
  description: z.string().default('A knowledge graph of research papers, linked through the concepts they share.'),
  /** Where the site is served from, with leading and trailing slash: `/` or `/<repo>/` on GitHub Pages. */
  basePath: z
    .string()
    .default('/')
    .superRefine(refuse(basePathProblem))
    .transform((p) => normaliseBasePath(p)),
  /**
   * Absolute origin for canonical URLs and the sitemap, e.g. `https://user.github.io`. A path after the host is
   * refused unless it is the base path (resolve.ts): the site's links take their path from `basePath` only.
   */
  siteUrl: z.string().default(DEFAULT_SITE_URL).superRefine(refuse(siteUrlProblem)),
  /** The folder the content stage writes and the site reads (papers/, concepts.json, graph.json, ...). */
  contentDir: z.string().min(1, EMPTY).default('content'),
  /** Files or folders to read; default: everything supported in `<contentDir>/sources/`. */
  input: z.array(z.string().min(1, EMPTY)).optional(),
  /** What to do with a record that cannot be read: skip it with a warning, or stop the run. */
  onError: z.enum(['skip', 'stop']).default('skip'),
  /**
   * A record with an abstract but no title: not read, with an error (`skip`), or titled by a sentence of
   * its abstract, with a warning (`from-abstract`; src/lib/ingest/untitled.ts).
   */
  untitled: z.enum(['skip', 'from-abstract']).default('skip'),
  /** How many concepts each paper gets at most. */
  conceptsPerPaper: count(1, 50).default(8),
  /**
   * A concept gets a page, a place in the registry and the graph when at least this many papers carry it;
   * a rarer one stays a plain keyword of its paper (it would link nothing).
   */
  minConceptPapers: count(1, 100).default(2),
  /** How many related papers each paper gets at most. */
  relatedPerPaper: count(0, 50).default(10),
  /** How many papers each page of the list of papers shows. */
  papersPerPage: count(1, 100_000).default(500),
  /** How many concepts each page of the A–Z list of concepts shows. */
  conceptsPerPage: count(1, 1_000_000).default(2000),
});
export type AtlasConfig = z.infer<typeof atlasConfigSchema>;
export type AtlasConfigInput = z.input<typeof atlasConfigSchema>;

export function normaliseBasePath(path: string): string {
  const trimmed = path.trim().replace(/\/{2,}/g, '/').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

const HOST_AND_PATH = 'SITE_URL=https://owner.github.io with BASE_PATH=/repo/ for a GitHub Pages project site';

/**
 * Why a base path cannot be used, or undefined. Astro puts it in front of every link as it is: a URL there
 * built `/https://x.org/lab/` and failed on "Missing parameter: id", and `..` would climb out of the site.
 */
export function basePathProblem(path: string): string | undefined {
  const trimmed = path.trim();
  // Git Bash hands a Windows program `/repo/` as `C:/Program Files/Git/repo/`.
  if (/^[a-z]:[\\/]/i.test(trimmed)) {
    return 'is a Windows path, not the path the site is served under (Git Bash turns /repo/ into one: set MSYS_NO_PATHCONV=1, or write //repo/)';
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    const url = URL.parse(trimmed);
    const split =
      url !== null && /^https?:$/.test(url.protocol) ? ` (here SITE_URL=${url.origin}${url.pathname === '/' ? '' : ` and BASE_PATH=${normaliseBasePath(url.pathname)}`})` : '';
    return `is a URL, not a path: the host goes in SITE_URL and only the path in BASE_PATH${split}, as in ${HOST_AND_PATH}`;
  }
  const unsafe = [...new Set(trimmed.replace(/[A-Za-z0-9._~/-]/g, ''))];
  if (unsafe.length > 0) {
    return `has characters a path cannot carry as they are (${unsafe.map((c) => JSON.stringify(c)).join(' ')}): expected letters, digits, - _ . ~ and /, as in /repo/`;
  }
  if (trimmed.split('/').some((segment) => segment === '.' || segment === '..')) {
    return 'has a . or .. segment: expected the path from the host\'s root, as in /repo/';
  }
  return undefined;
}

const HOST_ALONE = /^[a-z0-9][\w.-]*(:\d+)?(\/|$)/i;

/** Why a site URL cannot be used, or undefined: it must be an http(s) address (its path is checked in resolve.ts). */
export function siteUrlProblem(value: string): string | undefined {
  const expected = 'expected an http:// or https:// address, as in https://owner.github.io';
  const trimmed = value.trim();
  const url = URL.parse(trimmed);
  // A host with no scheme: `example.org` is no URL, and `localhost:4321` is one of the scheme `localhost:`.
  if (HOST_ALONE.test(trimmed) && (url === null || !/^https?:$/.test(url.protocol))) {
    return `has no http:// or https:// in front: ${expected} (${/^(localhost|127\.)/.test(trimmed) ? 'http' : 'https'}://${trimmed}?)`;
  }
  if (url === null) return `is not a URL: ${expected}`;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `is a ${url.protocol} URL: ${expected}`;
  if (url.search !== '' || url.hash !== '') return `has a ${url.search !== '' ? 'query' : 'fragment'}, which the site's links would lose: ${expected}`;
  if (url.username !== '' || url.password !== '') return `has a user name or password in it, which would be published in every page: ${expected}`;
  return undefined;
}

/**
 * Why a site URL's path does not fit the base path, or undefined: the links are made from the host and the
 * base path, so `https://example.org/prefix/` with the base path `/` lost its `/prefix/` without a word. A
 * path that is the base path (configure-pages' `base_url`) says the same twice and is taken.
 */
export function siteUrlPathProblem(siteUrl: string, basePath: string): string | undefined {
  const url = new URL(siteUrl.trim());
  if (url.pathname === '/' || normaliseBasePath(url.pathname) === basePath) return undefined;
  return (
    `has a path (${url.pathname}), which the site's links do not take from it: set the host alone and the path as the base path, ` +
    `here SITE_URL=${url.origin} and BASE_PATH=${normaliseBasePath(url.pathname)} ("siteUrl" and "basePath" in atlas.config.json), as in ${HOST_AND_PATH}`
  );
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

/** The flags of `npm run content` (and `npm run build`) that set a setting, by setting: error messages name them. */
export const FLAG_NAMES = {
  input: '--input',
  onError: '--on-error',
  untitled: '--untitled',
  contentDir: '--content-dir',
  conceptsPerPaper: '--concepts-per-paper',
  relatedPerPaper: '--related',
  title: '--title',
} as const satisfies Partial<Record<keyof AtlasConfig, string>>;
