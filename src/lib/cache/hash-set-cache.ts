/**
 * A cache of content hashes known to have some property (e.g. "this paper file carries no user edits"),
 * kept between runs in one JSON file. It is only ever a shortcut: a file that is missing, corrupt, from
 * another version of the code or shaped wrong reads as empty, and the caller recomputes.
 */
import { createHash } from 'node:crypto';

const FORMAT = 1;

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** Version of a cache from the source text of the code whose results it holds: any edit there invalidates it. */
export function codeVersion(sources: readonly string[]): string {
  const h = createHash('sha256');
  for (const s of sources) h.update(contentHash(s)).update('\0');
  return h.digest('base64url').slice(0, 22);
}

export function parseHashSet(text: string | undefined, version: string): Set<string> {
  if (text === undefined) return new Set();
  try {
    const doc = JSON.parse(text) as { format?: unknown; version?: unknown; hashes?: unknown };
    if (doc.format !== FORMAT || doc.version !== version || !Array.isArray(doc.hashes)) return new Set();
    return new Set(doc.hashes.filter((h): h is string => typeof h === 'string'));
  } catch {
    return new Set();
  }
}

export function serialiseHashSet(hashes: Iterable<string>, version: string): string {
  return JSON.stringify({ format: FORMAT, version, hashes: [...hashes].sort() });
}
