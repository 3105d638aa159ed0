import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { fileFor, gzippedTotal, uncompressedTotal } from '../../bench/compression';

const site = mkdtempSync(join(tmpdir(), 'bench-gzip-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
mkdirSync(join(site, 'pagefind'), { recursive: true });
const js = 'export function search(q) { return q.split(" ").map((w) => w.toLowerCase()); }\n'.repeat(200);
writeFileSync(join(site, 'pagefind', 'pagefind.js'), js);
const binary = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
writeFileSync(join(site, 'pagefind', 'wasm.en.pagefind'), binary);
writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');

describe('gzippedTotal', () => {
  it('maps paths to files, dropping the query string', () => {
    expect(fileFor(site, '/pagefind/pagefind.js?ts=123')).toBe(join(site, 'pagefind', 'pagefind.js'));
    expect(fileFor(site, '/')).toBe(join(site, 'index.html'));
    expect(fileFor(site, '/nope.js')).toBeUndefined();
  });

  it('gzips text files, keeps headers and leaves compressed binaries as measured', () => {
    const headers = 200;
    const total = gzippedTotal(site, [
      { path: '/pagefind/pagefind.js', bytes: js.length + headers },
      { path: '/pagefind/wasm.en.pagefind', bytes: binary.length + headers },
    ]);
    expect(total.missing).toBe(0);
    expect(total.bytes).toBe(headers + gzipSync(js, { level: 6 }).length + binary.length + headers);
    expect(total.bytes).toBeLessThan(js.length / 5 + binary.length + 2 * headers);
  });

  it('adds back a body the browser did not report (a Web Worker script) in both totals', () => {
    const headers = 202;
    const worker = [{ path: '/pagefind/pagefind.js', bytes: headers }];
    expect(uncompressedTotal(site, worker)).toBe(headers + js.length);
    expect(gzippedTotal(site, worker).bytes).toBe(headers + gzipSync(js, { level: 6 }).length);
    // Measured in full: unchanged.
    expect(uncompressedTotal(site, [{ path: '/pagefind/wasm.en.pagefind', bytes: binary.length + headers }])).toBe(binary.length + headers);
  });

  it('counts a text file that is gone as measured and says so', () => {
    expect(gzippedTotal(site, [{ path: '/search/aliases.json', bytes: 5000 }])).toEqual({ bytes: 5000, missing: 1 });
  });
});
