/**
 * What a transfer would weigh from a host that gzips text (GitHub Pages, most static hosts): text files
 * (JS, JSON, CSS, HTML) are counted gzipped, everything else as measured. Pagefind's index, filter and
 * fragment files and its WebAssembly are compressed already, and hosts send them as they are.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TEXT = new Set(['.js', '.mjs', '.json', '.css', '.html', '.svg', '.xml', '.txt']);

export interface MeasuredTransfer {
  /** Site path as requested, e.g. `/pagefind/pagefind.js` or `/pagefind/pagefind-entry.json?ts=1`. */
  path: string;
  /** Bytes measured on the wire from a server that does not compress (body + headers). */
  bytes: number;
}

/** The file a site path maps to (query string dropped, `/` → `index.html`), or undefined. */
export function fileFor(site: string, path: string): string | undefined {
  let rel = decodeURIComponent(path.split(/[?#]/)[0]!).replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = join(site, rel);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Chromium reports no body size for a Web Worker's own script (the search worker's comes out as about 200 bytes:
 * its headers). A transfer that measured less than its file on disk is counted as headers plus the file.
 */
function headersAndBody(site: string, t: MeasuredTransfer): { headers: number; body: Buffer } | undefined {
  const file = fileFor(site, t.path);
  if (!file) return undefined;
  const body = readFileSync(file);
  return { headers: t.bytes >= body.length ? t.bytes - body.length : t.bytes, body };
}

/** Total bytes from a server that does not compress, with bodies the browser did not report added back. */
export function uncompressedTotal(site: string, transfers: readonly MeasuredTransfer[]): number {
  let bytes = 0;
  for (const t of transfers) {
    const parts = headersAndBody(site, t);
    bytes += parts ? parts.headers + parts.body.length : t.bytes;
  }
  return bytes;
}

/** Total bytes with text files gzipped (headers kept as measured); files no longer on disk count as measured. */
export function gzippedTotal(site: string, transfers: readonly MeasuredTransfer[]): { bytes: number; missing: number } {
  let bytes = 0;
  let missing = 0;
  for (const t of transfers) {
    const file = fileFor(site, t.path);
    if (!file || !TEXT.has(extname(file).toLowerCase())) {
      if (!file && TEXT.has(extname(t.path.split(/[?#]/)[0]!).toLowerCase())) missing++;
      bytes += file ? uncompressedTotal(site, [t]) : t.bytes;
      continue;
    }
    const { headers, body } = headersAndBody(site, t)!;
    bytes += headers + gzipSync(body, { level: 6 }).length;
  }
  return { bytes, missing };
}
