/**
 * Related-paper links that have no shared concept to explain them, as `npm run eval` reports them. Each
 * paper's related list is counted entry by entry: a pair of papers in each other's lists counts twice. Two
 * counts differ: the linker's (no concept both papers carry or name, the links it scales down,
 * src/lib/graph/link.ts) and the pages' (no shared concept with a page of its own, so the page shows
 * "Similar wording" only): a concept one paper is tagged with and the other names shares for the linker,
 * but has no page while fewer than `minConceptPapers` papers carry it.
 */
import type { RelatedPaper } from '../model/graph';

export interface UnexplainedLinks {
  /** Entries of all related lists. */
  entries: number;
  /** Distinct pairs of papers among them. */
  pairs: number;
  /** Entries (and pairs) that share no concept at all. */
  noConcept: { entries: number; pairs: number };
  /** Entries (and pairs) that share no concept with a page: shown as "Similar wording". */
  noPageConcept: { entries: number; pairs: number };
}

export function countUnexplainedLinks(related: Readonly<Record<string, readonly RelatedPaper[]>>, conceptsWithPages: ReadonlySet<string>): UnexplainedLinks {
  const pairs = new Set<string>();
  const noConcept = { entries: 0, pairs: new Set<string>() };
  const noPageConcept = { entries: 0, pairs: new Set<string>() };
  for (const [slug, links] of Object.entries(related)) {
    for (const link of links) {
      const pair = slug < link.id ? `${slug}\u0000${link.id}` : `${link.id}\u0000${slug}`;
      pairs.add(pair);
      if (link.shared.length === 0) {
        noConcept.entries++;
        noConcept.pairs.add(pair);
      }
      if (!link.shared.some((id) => conceptsWithPages.has(id))) {
        noPageConcept.entries++;
        noPageConcept.pairs.add(pair);
      }
    }
  }
  return {
    entries: [...Object.values(related)].reduce((sum, links) => sum + links.length, 0),
    pairs: pairs.size,
    noConcept: { entries: noConcept.entries, pairs: noConcept.pairs.size },
    noPageConcept: { entries: noPageConcept.entries, pairs: noPageConcept.pairs.size },
  };
}

const share = (part: number, whole: number) => `${whole ? ((100 * part) / whole).toFixed(1) : '0'}%`;
const pairs = (n: number) => `${n} pair${n === 1 ? '' : 's'}`;

/** The report's line. */
export function describeUnexplainedLinks(u: UnexplainedLinks, minConceptPapers: number): string {
  return (
    `Related-list entries: ${u.entries} (${pairs(u.pairs)} of papers; a pair in both papers' lists counts twice), of which ` +
    `${u.noConcept.entries} (${share(u.noConcept.entries, u.entries)}, ${pairs(u.noConcept.pairs)}) share no concept (abstract similarity only, scored × 0.5) ` +
    `and ${u.noPageConcept.entries} (${share(u.noPageConcept.entries, u.entries)}, ${pairs(u.noPageConcept.pairs)}) no concept with a page ` +
    `(in ${minConceptPapers} or more papers), shown as "Similar wording".`
  );
}
