import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readConceptsFile } from '../../../src/lib/site/concepts-file';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  vi.restoreAllMocks();
});

function contentDir(concepts?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-concepts-'));
  dirs.push(dir);
  if (concepts !== undefined) writeFileSync(join(dir, 'concepts.json'), concepts);
  return dir;
}

const concept = (id: string, label = id) => ({ id, label, aliases: [], df: 1, papers: ['p'], cooccurs: [] });

describe('readConceptsFile', () => {
  it('reads the registry in file order, hostile text as plain data', () => {
    const hostile = { ...concept('__proto__', '</script><script>alert(1)</script>'), aliases: ['constructor'] };
    const dir = contentDir(JSON.stringify([concept('rag', 'Retrieval-augmented generation'), hostile]));
    const concepts = readConceptsFile(dir);
    expect(concepts.map((c) => c.id)).toEqual(['rag', '__proto__']);
    expect(concepts[1]!.label).toBe('</script><script>alert(1)</script>');
    expect(Object.getPrototypeOf(concepts[1])).toBe(Object.prototype);
  });

  it('gives no concepts before the content stage wrote the file', () => {
    expect(readConceptsFile(contentDir())).toEqual([]);
  });

  it('keeps the last of two entries with one id, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const concepts = readConceptsFile(contentDir(JSON.stringify([concept('a', 'first'), concept('a', 'second')])));
    expect(concepts).toEqual([concept('a', 'second')]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"a" appears more than once'));
  });

  it('names the file and the entry that is wrong', () => {
    const dir = contentDir(JSON.stringify([concept('a'), { id: 'b', label: 3 }]));
    expect(() => readConceptsFile(dir)).toThrow(/concepts\.json: concept 1 "b" does not match the concept schema:\n {2}- label:/);
    expect(() => readConceptsFile(contentDir('{"id": "a"}'))).toThrow(/concepts\.json: expected an array of concepts/);
    expect(() => readConceptsFile(contentDir('[{"id": '))).toThrow(/concepts\.json: not valid JSON/);
  });
});
