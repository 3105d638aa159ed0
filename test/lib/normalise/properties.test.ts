/**
 * Property-based tests for cleaning, slugging and the JSONL round trip: slugs are always unique,
 * non-empty, URL-safe, deterministic and stable when unrelated papers are added; any Unicode title and
 * abstract written as JSONL and read back comes out as the same cleaned text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/lib/ingest/index';
import type { RawRecord } from '../../../src/lib/model/paper';
import { titleCaseShouted } from '../../../src/lib/normalise/shouted-title';
import { normaliseRecords } from '../../../src/lib/normalise/index';
import { assignSlugs, MAX_SLUG_LENGTH, slugify } from '../../../src/lib/normalise/slug';
import { cleanText, decodeTex } from '../../../src/lib/normalise/text';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Titles that collide often: few words, accents, punctuation, case variants, and text with no ASCII at all. */
const title = fc.oneof(
  fc.array(fc.constantFrom('Deep', 'deep', 'Learning', 'learning!', 'Über', 'uber', '—', '???', '数学', '😀', 'index', 'A', '__proto__', '$R^3$', '  '), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 120 }),
);
const abstract = fc.oneof(fc.constantFrom('One.', 'Two.', 'one', 'Three!'), fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }));
const records = fc.array(fc.record({ title, abstract }), { maxLength: 25 }).map((rs) =>
  rs.map((r, i): RawRecord => ({ ...r, source: { file: 'p.jsonl', line: i + 1 } })),
);

describe('slug properties', () => {
  it('slugs are unique, non-empty, URL-safe and at most 80 characters', () => {
    fc.assert(
      fc.property(records, (rs) => {
        const { papers } = normaliseRecords(rs);
        const slugs = papers.map((p) => p.slug);
        expect(new Set(slugs).size).toBe(slugs.length);
        for (const s of slugs) {
          expect(s).toMatch(SLUG);
          expect(s.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('are deterministic and do not depend on input order', () => {
    fc.assert(
      fc.property(
        records.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }))),
        ([rs, shuffled]) => {
          const a = normaliseRecords(rs);
          expect(normaliseRecords(rs)).toEqual(a);
          const bySlug = new Map(normaliseRecords(shuffled).papers.map((p) => [p.hash, p.slug]));
          for (const p of a.papers) expect(bySlug.get(p.hash)).toBe(p.slug);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('do not change when an unrelated paper is added', () => {
    fc.assert(
      fc.property(records, fc.record({ title, abstract }), (rs, extra) => {
        const before = normaliseRecords(rs).papers;
        const added = normaliseRecords([...rs, { ...extra, source: { file: 'q.jsonl', line: 1 } }]).papers;
        const newcomer = added.find((p) => p.sources.some((s) => s.file === 'q.jsonl'));
        // Unrelated: its title gives a slug base no existing paper has.
        fc.pre(newcomer !== undefined && newcomer.sources.length === 1 && !before.some((p) => slugify(p.title) === slugify(newcomer.title)));
        const after = new Map(added.map((p) => [p.hash, p.slug]));
        for (const p of before) expect(after.get(p.hash)).toBe(p.slug);
      }),
      { numRuns: 200 },
    );
  });

  it('assignSlugs is unique for any titles and distinct hashes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[0-9a-f]{64}$/), { maxLength: 30 }).chain((hashes) => fc.tuple(fc.constant(hashes), fc.array(title, { minLength: hashes.length, maxLength: hashes.length }))), ([hashes, titles]) => {
        const slugs = assignSlugs(hashes.map((hash, i) => ({ hash, title: titles[i]! })));
        expect(new Set(slugs).size).toBe(slugs.length);
        for (const s of slugs) expect(s).toMatch(SLUG);
      }),
      { numRuns: 200 },
    );
  });
});

describe('text properties', () => {
  it('any Unicode title and abstract written as JSONL and read back gives the same cleaned text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 400 }), (t, a) => {
        const line = JSON.stringify({ title: t, abstract: a });
        const ingested = ingestFile('rt.jsonl', new TextEncoder().encode(`${line}\n`));
        if (t.trim() === '') {
          expect(ingested.problems.map((p) => p.reason)).toEqual([expect.stringMatching(/"title": expected a non-empty title/)]);
          return;
        }
        if (a.trim() === '') {
          expect(ingested.problems).toEqual([expect.objectContaining({ severity: 'warning', dropped: true, reason: expect.stringMatching(/has no abstract; skipped/) })]);
          return;
        }
        expect(ingested.problems).toEqual([]);
        expect(ingested.records).toHaveLength(1);
        const { papers, rejected } = normaliseRecords(ingested.records);
        if (cleanText(decodeTex(t, { typography: false })) === '' || cleanText(decodeTex(a, { typography: false })) === '') {
          expect(papers).toEqual([]);
          expect(rejected).toHaveLength(1);
          return;
        }
        // JSON text is typed: only backslash commands are read, never TeX typography.
        // (A title all in capitals is shown in title case: shouted-title.ts.)
        const abstract = cleanText(decodeTex(a, { typography: false }));
        expect(papers[0]!.title).toBe(titleCaseShouted(cleanText(decodeTex(t, { typography: false })), abstract));
        expect(papers[0]!.abstract).toBe(abstract);
      }),
      { numRuns: 400 },
    );
  });

  it('cleaned text is well-formed, NFC and without outer or repeated whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const c = cleanText(s);
        expect(c).toBe(c.normalize('NFC'));
        expect(c).toBe(c.trim());
        expect(c).not.toMatch(/\s\s/);
        expect(c.isWellFormed()).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('cleaning is idempotent on LaTeX- and Markdown-heavy text', () => {
    const piece = fc.constantFrom('\\%', '\\&', '\\_', '``', "''", '`', "'", '--', '---', '**', '*', '\\emph{', '\\textbf{', '{', '}', '{\\sc ', '\\"o', "\\'{e}", '\\ss{}', '$', '$x^2$', '\\(', '\\)', 'https://a.org/x_y', '{https://a.org/x_y}', ' ', 'word', '<b>', '\\url{', '\\method', '~', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), (s) => {
        const once = cleanText(s);
        expect(cleanText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
