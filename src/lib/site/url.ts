/**
 * Internal URLs. Every page builds links from Astro's `import.meta.env.BASE_URL` through these helpers so
 * the same build works at `/` and under a project path such as `/paper-atlas/`.
 */

/** Join the site base (`/` or `/<repo>/`) and a path inside the site. */
export function withBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

/** Paper and concept ids are URL-safe slugs, but encode anyway: a hand-edited id must not break out of the path. */
export function paperPath(base: string, id: string): string {
  return withBase(base, `papers/${encodeURIComponent(id)}/`);
}

export function conceptPath(base: string, id: string): string {
  return withBase(base, `concepts/${encodeURIComponent(id)}/`);
}

/** The search page with a query filled in (it searches on load). */
export function searchPath(base: string, query: string): string {
  return withBase(base, `search/?q=${encodeURIComponent(query)}`);
}

/**
 * A link taken from a paper record, or undefined when it is not a plain web link. Records come from
 * user files, so `javascript:` and other schemes must never reach an href.
 */
export function safeExternalUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')}`;
}

/** PubMed's page of a record; the site only links to it. */
export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(pmid)}/`;
}

export function arxivUrl(arxiv: string): string {
  return `https://arxiv.org/abs/${encodeURIComponent(arxiv.trim().replace(/^arxiv:/i, ''))}`;
}
