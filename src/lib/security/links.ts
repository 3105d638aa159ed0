/**
 * Which URLs from input may become a link on a page, and the attributes an external link carries. URLs in
 * abstracts and record fields are user text: a `javascript:` or `data:` URL must never become an `href`,
 * and a link to another origin must not hand that origin a `window.opener` or the page's address.
 */

/** `rel` of every link that leaves the site. */
export const EXTERNAL_LINK_REL = 'noopener noreferrer';

const SAFE_EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Whether `href` leaves the site: it names a scheme or is protocol-relative (`//host/...`). */
export function isExternalHref(href: string): boolean {
  // As the URL parser does: drop leading/trailing C0 controls and spaces, and tabs/newlines anywhere.
  const cleaned = href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^[a-z][a-z0-9+.-]*:/i.test(cleaned) || /^[\\/]{2}/.test(cleaned);
}

/**
 * The URL to use as an external `href`, or undefined when it must not be one: only absolute http(s) and
 * mailto URLs pass (browsers strip tabs and newlines inside a scheme, so the URL is parsed, not matched).
 */
export function safeExternalUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!SAFE_EXTERNAL_PROTOCOLS.has(parsed.protocol)) return undefined;
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return undefined;
  return parsed.href;
}

export interface ExternalLinkAttributes {
  href: string;
  rel: typeof EXTERNAL_LINK_REL;
}

/** Spread onto an `<a>` for a link to another site: `<a {...externalLink(url)}>`; undefined for an unsafe URL. */
export function externalLink(url: string): ExternalLinkAttributes | undefined {
  const href = safeExternalUrl(url);
  return href === undefined ? undefined : { href, rel: EXTERNAL_LINK_REL };
}
