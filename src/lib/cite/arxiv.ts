/**
 * arXiv ids with and without their version. The paper's `arxiv` keeps the version the input named (its
 * link opens the version whose abstract the page shows); a citation or an identifier names the paper itself,
 * as arXiv's own "Export BibTeX citation" does, so a later version does not make it a different work.
 */

/** An id as arXiv gives them: new-style `YYMM.NNNN(N)`, or old-style `archive(.XX)/YYMMNNN` (`hep-th/9901001`, `math.AG/0601001`). */
const ARXIV_ID = String.raw`\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7}`;
const VERSIONED = new RegExp(`^(${ARXIV_ID})v\\d+$`, 'i');
const WHOLE_ID = new RegExp(`^((?:${ARXIV_ID})(?:v\\d+)?)$`, 'i');
const ABS_OR_PDF = /arxiv\.org\/(?:abs|pdf)\/([^\s?#]+?)(?:\.pdf)?(?:[?#]|$)/i;
const PREFIX = /^arxiv:\s*/i;
/** arXiv's DataCite DOI for a paper, bare or as a link: `10.48550/arXiv.2401.00001`. */
const ARXIV_DOI = /^(?:(?:https?:\/\/)?(?:dx\.)?doi\.org\/|doi:\s*)?10\.48550\/arxiv\./i;

/** `2301.00001v2` → `2301.00001`, `hep-th/9901001v1` → `hep-th/9901001`; anything else as it is. */
export function unversionedArxiv(id: string): string {
  return id.trim().replace(VERSIONED, '$1');
}

/**
 * "arXiv:2401.00001v2", "https://arxiv.org/abs/2401.00001", "hep-th/9901001", and arXiv's DOI for it
 * ("10.48550/arXiv.2401.00001", written where the id goes as often as not) → the id (version kept);
 * anything else (`N/A`, `none`) → undefined.
 */
export function normaliseArxiv(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim().replace(PREFIX, '').replace(ARXIV_DOI, '');
  const fromUrl = ABS_OR_PDF.exec(trimmed);
  return WHOLE_ID.exec(fromUrl ? fromUrl[1]! : trimmed)?.[1];
}
