/**
 * How big the built site is, by part, and whether the host it is made for takes it. GitHub Pages publishes
 * sites of up to 1 GB (https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits),
 * and a collection of 10,000 papers already comes to about 0.8 GB: the pages grow with the papers and the
 * concepts, the open-data exports with the links. A build over the limit still succeeds (other hosts have
 * none), but says so before anyone finds out from a refused deployment.
 */

export interface SiteFile {
  /** Relative to the site root, `/`-separated. */
  path: string;
  bytes: number;
}

export interface SitePart {
  label: string;
  bytes: number;
  files: number;
}

export interface SiteSize {
  bytes: number;
  files: number;
  /** Largest first; parts with no file are left out. */
  parts: SitePart[];
}

/** GitHub's limit for a published Pages site, read as decimal gigabytes so that the warning errs early. */
export const GITHUB_PAGES_MAX_BYTES = 1_000_000_000;

const PARTS: ReadonlyArray<readonly [prefix: string, label: string]> = [
  ['papers/', 'paper pages'],
  ['concepts/', 'concept pages'],
  ['api/', 'open-data exports'],
  ['pagefind/', 'search index'],
];

export function summariseSiteSize(files: readonly SiteFile[]): SiteSize {
  const parts = new Map<string, SitePart>();
  let bytes = 0;
  for (const f of files) {
    const label = PARTS.find(([prefix]) => f.path.startsWith(prefix))?.[1] ?? 'the rest';
    const part = parts.get(label) ?? { label, bytes: 0, files: 0 };
    part.bytes += f.bytes;
    part.files += 1;
    parts.set(label, part);
    bytes += f.bytes;
  }
  return { bytes, files: files.length, parts: [...parts.values()].sort((a, b) => b.bytes - a.bytes || (a.label < b.label ? -1 : 1)) };
}

function megabytes(bytes: number): string {
  if (bytes < 1e6) return `${Math.round(bytes / 1e3)} kB`;
  return `${(bytes / 1e6).toFixed(bytes < 10e6 ? 1 : 0)} MB`;
}

/** One line for the build's output, e.g. `site: 825 MB in 35,060 files (concept pages 287 MB, ...)`. */
export function describeSiteSize(size: SiteSize): string {
  const parts = size.parts.map((p) => `${p.label} ${megabytes(p.bytes)}`).join(', ');
  return `site: ${megabytes(size.bytes)} in ${size.files.toLocaleString('en-US')} files${parts ? ` (${parts})` : ''}`;
}

/** What to tell the user when the site is too big for GitHub Pages; empty when it fits. */
export function hostingWarnings(size: SiteSize): string[] {
  if (size.bytes <= GITHUB_PAGES_MAX_BYTES) return [];
  const largest = size.parts[0];
  return [
    `the site is ${megabytes(size.bytes)}, over the 1 GB that a site published on GitHub Pages may take ` +
      `(https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits). ` +
      `${largest ? `The largest part is the ${largest.label} (${megabytes(largest.bytes)}). ` : ''}` +
      'In atlas.config.json, a higher minConceptPapers gives fewer concept pages, and a lower relatedPerPaper or ' +
      'conceptsPerPaper smaller pages and exports; other static hosts take the site as it is.',
  ];
}
