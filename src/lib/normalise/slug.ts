/**
 * Slugs: readable (from the title), URL-safe (`[a-z0-9-]`, at most 80 characters), unique and stable.
 * Stable means a paper's slug depends only on its own title and on the papers whose title gives the same
 * slug: adding an unrelated paper never renames a page. Within such a group the paper with the smallest
 * content hash keeps the plain slug and the others get a short hash suffix — input order plays no part.
 */
import { foldToAscii } from './accents';
import { spellLoneGreek } from './greek';

export const MAX_SLUG_LENGTH = 80;
const SUFFIX_LENGTH = 6;

/** Names that clash with routes or files next to the paper pages. */
export const RESERVED_SLUGS = new Set(['index', '404', '500', 'api', 'assets', 'concepts', 'papers', 'graph', 'search', 'about', 'pagefind', 'sitemap', 'rss', 'feed', '_astro']);

function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const lastHyphen = head.lastIndexOf('-');
  // Break at a word boundary when one is near; otherwise cut the long word.
  const cutAt = lastHyphen > max / 2 ? lastHyphen : max;
  return slug.slice(0, cutAt).replace(/-+$/, '');
}

/**
 * The readable part of a slug; may be empty (a title of only symbols, CJK or emoji). A lone Greek letter is
 * spelled as TeX names it, so `IL-1β`, `IL-1$\beta$` and `IL-1 beta` all give `il-1-beta`; a Greek word is dropped
 * as other scripts are.
 */
export function slugify(title: string, max = MAX_SLUG_LENGTH): string {
  const ascii = spellLoneGreek(foldToAscii(title.replace(/&/g, ' and ')))
    .toLowerCase()
    // Apostrophes join words ("model's" → "models") rather than split them.
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cut(ascii, max);
}

export interface Sluggable {
  title: string;
  /** Content hash (hex); distinct papers have distinct hashes. */
  hash: string;
}

function baseSlug(item: Sluggable): string {
  const readable = slugify(item.title, MAX_SLUG_LENGTH);
  if (readable === '') return `paper-${item.hash.slice(0, 8)}`;
  if (RESERVED_SLUGS.has(readable)) return `${readable}-paper`;
  return readable;
}

function withSuffix(base: string, hash: string, length: number): string {
  const suffix = hash.slice(0, length).toLowerCase().replace(/[^a-z0-9]/g, '') || '0';
  return `${cut(base, MAX_SLUG_LENGTH - suffix.length - 1)}-${suffix}`;
}

/** One slug per item, same order. Deterministic and independent of the order of the items. */
export function assignSlugs(items: Sluggable[]): string[] {
  const bases = items.map(baseSlug);
  const groups = new Map<string, number[]>();
  bases.forEach((base, i) => {
    const group = groups.get(base);
    if (group) group.push(i);
    else groups.set(base, [i]);
  });
  const slugs: string[] = new Array<string>(items.length);
  const taken = new Set<string>();
  // Plain slugs first, so a suffixed slug can never take a plain one away from its owner.
  const suffixed: number[] = [];
  for (const [base, members] of groups) {
    const ordered = [...members].sort((a, b) => compareHash(items[a]!, items[b]!));
    slugs[ordered[0]!] = base;
    taken.add(base);
    for (const i of ordered.slice(1)) suffixed.push(i);
  }
  suffixed.sort((a, b) => compareKey(bases[a]!, items[a]!, bases[b]!, items[b]!));
  for (const i of suffixed) {
    const item = items[i]!;
    let slug = '';
    for (let length = SUFFIX_LENGTH; length <= item.hash.length + 1; length++) {
      slug = length <= item.hash.length ? withSuffix(bases[i]!, item.hash, length) : `${withSuffix(bases[i]!, item.hash, item.hash.length)}-${i}`;
      if (!taken.has(slug)) break;
    }
    let counter = 2;
    while (taken.has(slug)) slug = `${withSuffix(bases[i]!, item.hash, SUFFIX_LENGTH)}-${counter++}`;
    slugs[i] = slug;
    taken.add(slug);
  }
  return slugs;
}

function compareHash(a: Sluggable, b: Sluggable): number {
  return a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

function compareKey(baseA: string, a: Sluggable, baseB: string, b: Sluggable): number {
  return baseA < baseB ? -1 : baseA > baseB ? 1 : compareHash(a, b);
}
