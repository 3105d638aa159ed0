/**
 * Property-based tests for every parser: no input — random text, random bytes, or a real fixture cut and
 * corrupted anywhere — makes ingest throw, and every failure comes back as a problem located in the file
 * (line ≥ 1), never as an internal error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAtom } from '../../../src/lib/ingest/atom';
import { parseBibtex } from '../../../src/lib/ingest/bibtex';
import { ingestFile, type IngestResult } from '../../../src/lib/ingest/index';
import { parseJsonDocument, parseJsonLines } from '../../../src/lib/ingest/json';
import { parseListing } from '../../../src/lib/ingest/listing';
import { parseMedline } from '../../../src/lib/ingest/medline';
import { parseRis } from '../../../src/lib/ingest/ris';
import { parseWos } from '../../../src/lib/ingest/wos';
import { INGEST_FIXTURES } from './fixture';

const NAMES = ['in.txt', 'in.json', 'in.jsonl', 'in.ndjson', 'in.bib', 'in.ris', 'in.nbib', 'in.ciw', 'in.atom', 'in.xml', 'in.csl.json'];

function checkResult(file: string, result: IngestResult): void {
  expect(result.file).toBe(file);
  for (const p of result.problems) {
    expect(p.file).toBe(file);
    expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    expect(['error', 'warning']).toContain(p.severity);
    expect(p.reason.trim()).not.toBe('');
    expect(p.reason).not.toMatch(/^internal error/);
  }
  for (const r of result.records) {
    expect(r.source.file).toBe(file);
    expect(Number.isInteger(r.source.line) && r.source.line >= 1).toBe(true);
    expect(typeof r.title).toBe('string');
    expect(typeof r.abstract).toBe('string');
  }
}

/** Characters that matter to the formats, so random text reaches deep into each parser. */
const SYNTAX = fc.constantFrom('{', '}', '[', ']', '"', "'", ',', ':', '\n', '\r\n', '@', '=', '\\', '$', '%', '<', '>', '/', '&', ';', '#', 'title', 'abstract', '@article{', '<entry>', '</entry>', '<feed>', '<![CDATA[', '<!--', '\\"o', '{\\', 'Subscribe', ' ', 'é', '\u0000', '\ufeff', 'TY  - ', 'ER  - ', '\nAU  - ', '\nAB  - ', 'PMID- ', '\n      ', '\nFAU - ', 'FN WoS\nVR 1.0\n', '\nPT J', '\nER', '\n   ');
const structured = fc.array(fc.oneof(SYNTAX, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''));

const fixtures = readdirSync(INGEST_FIXTURES).map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${INGEST_FIXTURES}${name}`)) }));

describe('ingest properties', () => {
  it('never throws on arbitrary Unicode text, under any supported extension', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), structured), (name, text) => {
        checkResult(name, ingestFile(name, new TextEncoder().encode(text)));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.uint8Array({ maxLength: 300 }), (name, bytes) => {
        checkResult(name, ingestFile(name, bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on real exports cut off or corrupted anywhere', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.nat(),
        fc.nat(),
        fc.oneof(SYNTAX, fc.string({ maxLength: 4 })),
        fc.boolean(),
        ({ name, bytes }, cutAt, insertAt, inserted, truncate) => {
          const text = new TextDecoder('latin1').decode(bytes);
          const at = insertAt % (text.length + 1);
          const mutated = truncate ? text.slice(0, cutAt % (text.length + 1)) : text.slice(0, at) + inserted + text.slice(at);
          const file = `fixtures/${name}`;
          checkResult(file, ingestFile(file, new TextEncoder().encode(mutated)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('each parser on its own never throws and locates every problem', () => {
    const parsers = [parseListing, parseJsonDocument, parseJsonLines, parseBibtex, parseAtom, parseRis, parseMedline, parseWos];
    fc.assert(
      fc.property(fc.constantFrom(...parsers), fc.oneof(structured, fc.string({ unit: 'grapheme', maxLength: 200 })), (parse, text) => {
        const result = parse('p.x', text);
        checkResult('p.x', { file: 'p.x', format: 'unknown', ...result });
        const lines = text.split('\n').length;
        for (const p of result.problems) expect(p.line).toBeLessThanOrEqual(Math.max(lines, 1));
      }),
      { numRuns: 400 },
    );
  });
});
