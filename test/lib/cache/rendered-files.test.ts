import { describe, expect, it } from 'vitest';
import { checkHash, renderedFiles, RENDERED_FILE_SOURCES } from '../../../src/lib/cache/rendered-files';
import { KeyedCacheFile } from '../../../src/lib/cache/keyed-cache';
import { contentHash } from '../../../src/lib/cache/hash-set-cache';
import { moduleClosure } from '../../support/module-closure';

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

describe('RENDERED_FILE_SOURCES', () => {
  // The section labels, italics and short-form keys of the body, and the text hash of the frontmatter, were
  // made by modules the list did not name: changed, they left every cached file and body as the old code wrote it.
  it('lists every module that renders a paper file or its body (plan.ts runs them; its inputs are in the key)', () => {
    const listed = new Set<string>(RENDERED_FILE_SOURCES);
    const renderers = ['src/lib/content/markdown.ts', 'src/lib/content/paper-file.ts'].flatMap((entry) => [...moduleClosure(entry)]);
    const missing = [...new Set(['src/lib/content/plan.ts', 'src/lib/cache/rendered-files.ts', ...renderers])].filter((f) => !listed.has(f)).sort();
    expect(missing).toEqual([]);
  });
});
