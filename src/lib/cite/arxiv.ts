/**
 * arXiv ids with and without their version. The paper's `arxiv` keeps the version the input named (its
 * link opens the version whose abstract the page shows); a citation or an identifier names the paper itself,
 * as arXiv's own "Export BibTeX citation" does, so a later version does not make it a different work.
 */
const VERSIONED = /^(\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})v\d+$/i;

/** `2301.00001v2` → `2301.00001`, `hep-th/9901001v1` → `hep-th/9901001`; anything else as it is. */
export function unversionedArxiv(id: string): string {
  return id.trim().replace(VERSIONED, '$1');
}
