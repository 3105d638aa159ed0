import { describe, expect, it } from 'vitest';
import { checkHash, renderedFiles } from '../../../src/lib/cache/rendered-files';
import { KeyedCacheFile } from '../../../src/lib/cache/keyed-cache';
import { contentHash } from '../../../src/lib/cache/hash-set-cache';

describe('rendered files cache', () => {
  it('hands back a rendered text only while a file with exactly that text is at hand', () => {
    const hashes = new KeyedCacheFile<string>(undefined, 'v', checkHash);
    renderedFiles(hashes, []).put('inputs of a', '---\nid: a\n---\nBody a.\n');
    const saved = hashes.serialise();

    const onDisk = ['---\nid: a\n---\nBody a.\n', '---\nid: b\n---\n'];
    expect(renderedFiles(new KeyedCacheFile(saved, 'v', checkHash), onDisk).get('inputs of a')).toBe(onDisk[0]);
    // The user edited the file since: its text has another hash, so the paper is rendered again.
    expect(renderedFiles(new KeyedCacheFile(saved, 'v', checkHash), ['---\nid: a\nmine: 1\n---\nBody a.\n']).get('inputs of a')).toBeUndefined();
    expect(renderedFiles(new KeyedCacheFile(saved, 'v', checkHash), []).get('inputs of a')).toBeUndefined();
    expect(renderedFiles(new KeyedCacheFile(saved, 'v', checkHash), onDisk).get('other inputs')).toBeUndefined();
  });

  it('accepts only hashes as stored values', () => {
    expect(checkHash(contentHash('x'))).toBe(contentHash('x'));
    expect(checkHash('short')).toBeUndefined();
    expect(checkHash(3)).toBeUndefined();
  });
});
