/** Absolute page URLs for the exports: open data is read away from the site, so relative links would break. */
import { conceptPath, paperPath } from '../site/url';

export interface PageUrls {
  paper: (id: string) => string;
  concept: (id: string) => string;
}

export function absolutePageUrls(base: string, site: URL | undefined): PageUrls {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  return {
    paper: (id) => absolute(paperPath(base, id)),
    concept: (id) => absolute(conceptPath(base, id)),
  };
}
