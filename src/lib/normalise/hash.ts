import { createHash } from 'node:crypto';

/** SHA-256 (hex) of the cleaned title and abstract: identifies a paper's text, for caches and slug suffixes. */
export function paperTextHash(title: string, abstract: string): string {
  return createHash('sha256').update(title).update('\u0000').update(abstract).digest('hex');
}
