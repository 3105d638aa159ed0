/**
 * URLs in abstracts and record fields → typed links. Only http(s) URLs ever become links, so a
 * `javascript:` or `data:` URL in the text stays inert text.
 */
import type { LinkKind, PaperLink } from '../model/paper';

/** A URL runs until whitespace, a quote, angle bracket, brace or backslash (LaTeX and HTML around it); `\_`-style escapes from LaTeX sources are part of it. */
const URL_IN_TEXT = /https?:\/\/(?:[^\s<>"'`{}\\|^\u00A0-\u00BF\u2000-\u206F\u3000-\u303F\uFF00-\uFF0F]|\\[_%&#~])+/gi;

/** `https://x{https://x}`: a LaTeX `\href`/`\url` flattened by the source, leaving the URL twice. */
const DUPLICATED_URL = /(https?:\/\/[^\s{}]+)\{\s*(https?:\/\/[^\s{}]+?)\s*\}/gi;

export function fixDuplicatedUrls(text: string): string {
  return text.replace(DUPLICATED_URL, (_m, outer: string, inner: string) => (outer === inner ? outer : `${outer} ${inner}`));
}

/** Cuts sentence punctuation and unbalanced closing brackets off the end of a matched URL. */
function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url[url.length - 1];
    if (last === undefined) return url;
    if ('.,;:!?*\'"'.includes(last)) {
      url = url.slice(0, -1);
      continue;
    }
    const pairs: Record<string, string> = { ')': '(', ']': '[' };
    const open = pairs[last];
    if (open && url.split(last).length > url.split(open).length) {
      url = url.slice(0, -1);
      continue;
    }
    return url;
  }
}

export interface FoundUrl {
  url: string;
  index: number;
}

/** URLs in running text, in order, with trailing punctuation removed. */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const url = trimUrl(m[0]);
    if (/^https?:\/\/[^/?#]*[a-z0-9]/i.test(url)) found.push({ url, index: m.index });
  }
  return found;
}

/**
 * A record's own `url` as the paper's page may link it, or why not: only an http(s) address, and none with a
 * user name or password in it (which a published site would give away). A lab's intranet or local address is
 * kept: it is the user's to link.
 */
export function recordUrl(raw: string): { url: string } | { refused: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { refused: 'is not a web address (http or https)' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { refused: 'is not a web address (http or https)' };
  if (url.username || url.password) return { refused: 'holds a user name or password, which the site would publish' };
  return { url: raw.trim() };
}

/** A parsed, safe http(s) URL, or undefined for anything else (other schemes, credentials, no host). */
export function safeHttpUrl(raw: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || !url.hostname.includes('.')) return undefined;
  return url;
}

function classify(url: URL): { kind: LinkKind; label: string } {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.toLowerCase();
  if (host === 'github.com') return { kind: 'code', label: 'GitHub' };
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return { kind: 'code', label: 'GitLab' };
  if (host === 'bitbucket.org') return { kind: 'code', label: 'Bitbucket' };
  if (host === 'codeberg.org') return { kind: 'code', label: 'Codeberg' };
  if (host === 'huggingface.co' || host === 'hf.co') {
    if (path.startsWith('/datasets/')) return { kind: 'data', label: 'Hugging Face dataset' };
    if (path.startsWith('/papers/')) return { kind: 'paper', label: 'Hugging Face paper' };
    return { kind: 'code', label: 'Hugging Face' };
  }
  if (host === 'arxiv.org' || host.endsWith('.arxiv.org')) return { kind: 'arxiv', label: 'arXiv' };
  if (host === 'doi.org' || host === 'dx.doi.org') return { kind: 'doi', label: 'DOI' };
  if (host === 'zenodo.org' || host === 'kaggle.com' || host === 'figshare.com' || host.endsWith('.figshare.com')) return { kind: 'data', label: 'Data' };
  if (['openreview.net', 'aclanthology.org', 'proceedings.neurips.cc', 'papers.nips.cc', 'openaccess.thecvf.com', 'dl.acm.org', 'ieeexplore.ieee.org', 'link.springer.com', 'semanticscholar.org'].includes(host) || path.endsWith('.pdf')) {
    return { kind: 'paper', label: 'Paper' };
  }
  if (/\/projects?\//.test(path) || host.endsWith('.github.io') || host === 'sites.google.com' || host.endsWith('.gitlab.io') || host.endsWith('.pages.dev') || host.endsWith('.netlify.app') || host.endsWith('.vercel.app')) {
    return { kind: 'project', label: 'Project page' };
  }
  // Any other site is named by its host: an abstract's links are as often references, images or a
  // publisher's page as the paper's project, and a button called "Project page" said otherwise.
  return { kind: 'other', label: host };
}

/** A typed link for an http(s) URL, or undefined when the URL is not safe to link. */
export function toLink(raw: string): PaperLink | undefined {
  const url = safeHttpUrl(raw);
  if (!url) return undefined;
  return { url: url.href, ...classify(url) };
}

const DOI_HOSTS = new Set(['doi.org', 'dx.doi.org', 'www.doi.org']);

/**
 * What a link points at, for telling repeats apart: one target is often spelled several ways in a record
 * (its `URL` field `http://dx.doi.org/10.1000/xyz1`, its `DOI` field `10.1000/XYZ1`). DOIs are
 * case-insensitive and every doi.org resolver is the same; for other links scheme, `www.`, the host's
 * case, a trailing slash and the fragment do not matter, the path's case does.
 */
export function linkTarget(href: string): string {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return href;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (DOI_HOSTS.has(url.hostname.toLowerCase()) && url.pathname.length > 1) {
    let doi = url.pathname.slice(1);
    try {
      doi = decodeURIComponent(doi);
    } catch {
      // A stray `%` is part of the DOI as written.
    }
    return `doi:${doi.toLowerCase()}`;
  }
  return `${host}${url.port ? `:${url.port}` : ''}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

export interface LinkFields {
  abstract: string;
  url?: string;
  doi?: string;
  arxiv?: string;
}

/** Links from the abstract (in order of appearance), then from the record's url/doi/arxiv, without repeats. */
export function collectLinks({ abstract, url, doi, arxiv }: LinkFields): PaperLink[] {
  const candidates: Array<PaperLink | undefined> = findUrls(abstract).map((f) => toLink(f.url));
  if (url) candidates.push(toLink(url));
  if (doi) candidates.push(toLink(`https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`));
  if (arxiv) candidates.push(toLink(`https://arxiv.org/abs/${arxiv}`));
  const seen = new Set<string>();
  const links: PaperLink[] = [];
  for (const link of candidates) {
    if (!link) continue;
    const key = linkTarget(link.url);
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(link);
  }
  return links;
}
