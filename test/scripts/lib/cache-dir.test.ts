import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openKeyedCache, readCacheFile, saveKeyedCache, writeCacheFile } from '../../../scripts/lib/cache-dir';

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

describe('saveKeyedCache', () => {
  const asText = (v: unknown) => (typeof v === 'string' ? v : undefined);
  function seeded(dir: string, n: number): string {
    const c = openKeyedCache('k.jsonl', 'v1', asText, dir);
    for (let i = 0; i < n; i++) c.put(`key ${i}`, `value ${i}`);
    saveKeyedCache('k.jsonl', c, dir);
    return readFileSync(join(dir, 'k.jsonl'), 'utf8');
  }

  it('adds a changed entry at the end of the file, leaving what was there as it was', () => {
    const dir = tempDir();
    const before = seeded(dir, 30);
    const c = openKeyedCache('k.jsonl', 'v1', asText, dir);
    for (let i = 0; i < 30; i++) c.get(`key ${i}`);
    c.put('key 7', 'changed');
    saveKeyedCache('k.jsonl', c, dir);
    const after = readFileSync(join(dir, 'k.jsonl'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length).split('\n')).toHaveLength(2);
    expect(openKeyedCache('k.jsonl', 'v1', asText, dir).get('key 7')).toBe('changed');
  });

  it('writes the whole file anew when it changed on disk after it was read', () => {
    const dir = tempDir();
    seeded(dir, 30);
    const c = openKeyedCache('k.jsonl', 'v1', asText, dir);
    for (let i = 0; i < 30; i++) c.get(`key ${i}`);
    c.put('key 7', 'changed');
    // Another run rewrote it meanwhile (with other entries): adding lines to that file would mix the two.
    const other = openKeyedCache('k.jsonl', 'v1', asText, tempDir());
    other.put('elsewhere', 'x');
    writeCacheFile('k.jsonl', other.serialise() + 'padding\tline\n', dir);
    saveKeyedCache('k.jsonl', c, dir);
    const now = openKeyedCache('k.jsonl', 'v1', asText, dir);
    expect(now.size).toBe(30);
    expect(now.get('key 7')).toBe('changed');
    expect(now.get('elsewhere')).toBeUndefined();
  });
});
