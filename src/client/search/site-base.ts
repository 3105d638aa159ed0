/** The site's base path with a trailing slash (`/`, or `/paper-atlas/` for a GitHub Pages project site). */
export function siteBase(): string {
  const base = import.meta.env.BASE_URL || '/';
  return base.endsWith('/') ? base : `${base}/`;
}
