/**
 * Paper files rendered by earlier runs, for the write phase (src/lib/content/plan.ts `rendered`). The
 * cache file holds only the hash of each rendered text, by the hash of its inputs; the text itself is
 * the file of that hash now in the content folder, so 10,000 paper files are not stored twice. A file
 * the user edited, or deleted, since has another hash or none, and is simply rendered again.
 */
import { contentHash } from './hash-set-cache';
import type { KeyedCache } from './keyed-cache';

/** Files whose content decides a rendered paper file: the renderers and their libraries' installed versions. */
export const RENDERED_FILE_SOURCES = [
  'src/lib/content/plan.ts',
  'src/lib/content/markdown.ts',
  'src/lib/content/mentions.ts',
  'src/lib/content/paper-file.ts',
  'src/lib/content/frontmatter-yaml.ts',
  'src/lib/content/schema.ts',
  // The body's section labels and italics, the short-form keys of its mentions, the frontmatter's text hash and
  // the schema's entry types and retraction states (test/lib/cache/code-versions.test.ts keeps this list whole).
  'src/lib/content/abstract-sections.ts',
  'src/lib/normalise/italic-spans.ts',
  'src/lib/normalise/tex-chars.ts',
  'src/lib/concepts/short-form.ts',
  'src/lib/normalise/hash.ts',
  'src/lib/cite/entry-type.ts',
  'src/lib/normalise/retraction.ts',
  'src/lib/normalise/urls.ts',
  // Mentions are found in the abstract with its formulas read as text.
  'src/lib/normalise/math-text.ts',
  'src/lib/normalise/super-subscripts.ts',
  'src/lib/normalise/tex-style.ts',
  'src/lib/normalise/greek.ts',
  'src/lib/cache/rendered-files.ts',
  'node_modules/gray-matter/package.json',
  'node_modules/gray-matter/node_modules/js-yaml/package.json',
  'node_modules/js-yaml/package.json',
  'node_modules/unified/package.json',
  'node_modules/remark-stringify/package.json',
  'node_modules/mdast-util-to-markdown/package.json',
] as const;

/** A cache of rendered texts over `hashes` (input hash → text hash) and the texts at hand (`files`). */
export function renderedFiles(hashes: KeyedCache<string>, files: Iterable<string>): KeyedCache<string> {
  const byHash = new Map<string, string>();
  for (const text of files) byHash.set(contentHash(text), text);
  return {
    get(key) {
      const hash = hashes.get(key);
      return hash === undefined ? undefined : byHash.get(hash);
    },
    put(key, text) {
      hashes.put(key, contentHash(text));
    },
  };
}

export function checkText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function checkHash(value: unknown): string | undefined {
  return typeof value === 'string' && /^[\w-]{43}$/.test(value) ? value : undefined;
}
