import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCacheFile, writeCacheFile } from '../../../scripts/lib/cache-dir';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-cache-dir-'));
  dirs.push(dir);
  return dir;
};

describe('writeCacheFile', () => {
  it('writes a text given in pieces as the same bytes as the whole text', () => {
    const dir = tempDir();
    const pieces = ['{"format":1}\n', 'a1\tétude\n', 'b2\t"x"\n'];
    writeCacheFile('pieces.jsonl', pieces.values(), dir);
    writeCacheFile('whole.jsonl', pieces.join(''), dir);
    expect(readFileSync(join(dir, 'pieces.jsonl'))).toEqual(readFileSync(join(dir, 'whole.jsonl')));
    expect(readCacheFile('pieces.jsonl', dir)).toBe(pieces.join(''));
    expect(readdirSync(dir).sort()).toEqual(['pieces.jsonl', 'whole.jsonl']);
  });

  it('keeps the previous file when the pieces fail half-way, and leaves no temporary file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'c.jsonl'), 'previous\n');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    function* failing() {
      yield 'first\n';
      throw new Error('disk gone');
    }
    writeCacheFile('c.jsonl', failing(), dir);
    expect(readFileSync(join(dir, 'c.jsonl'), 'utf8')).toBe('previous\n');
    expect(readdirSync(dir)).toEqual(['c.jsonl']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('disk gone'));
  });
});
