/**
 * Page URLs for the exports: absolute, because open data is read away from the site, and relative to the
 * site's base path beside them, because a build without `SITE_URL` has only localhost to make them absolute
 * against (a file passed on from such a build still leads to the page once joined to where the site is).
 */
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

/** `papers/<id>/` and `concepts/<id>/`: the page paths relative to the base path, no leading slash. */
export const relativePagePaths: PageUrls = {
  paper: (id) => paperPath('/', id).slice(1),
  concept: (id) => conceptPath('/', id).slice(1),
};
