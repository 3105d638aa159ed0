/**
 * For every fixture folder under test/fixtures/, the content stage's ledger (content/ledger.json) must add
 * up: every input record is written as a page, merged into one, used by others (a crossref parent), or
 * rejected with its file:line and a reason, checked against the files the run wrote and against record
 * counts taken from the inputs independently.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerSchema, paperFrontmatterSchema, type Ledger } from '../../src/lib/content/schema';
import { describeRun, ROOT, runContentStage, tempDirs } from './content-stage';

const FIXTURES = join(ROOT, 'test', 'fixtures');
const INPUT_FILE = /\.(txt|json|jsonl|bib|atom|xml)$/i;
const temp = tempDirs('atlas-ledger-');
afterAll(() => temp.cleanup());

/** One run per fixture folder (and one for loose files at the top), as a user would point the tool at a folder. */
function fixtureRuns(): Array<{ name: string; inputs: string[]; files: string[] }> {
  const runs: Array<{ name: string; inputs: string[]; files: string[] }> = [];
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .filter((n) => !n.startsWith('.'))
      .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  const loose: string[] = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const path = join(FIXTURES, name);
    if (statSync(path).isDirectory()) {
      const files = walk(path).filter((f) => INPUT_FILE.test(f));
      if (files.length > 0) runs.push({ name, inputs: [path], files });
    } else if (INPUT_FILE.test(name)) loose.push(path);
  }
  if (loose.length > 0) runs.push({ name: '(top level)', inputs: loose, files: loose });
  return runs;
}

/**
 * How many records a file holds, counted without the project's parsers, where the format makes that
 * unambiguous; undefined where it does not (a truncated JSON document, a listing without its header).
 */
function independentCount(file: string): number | undefined {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (/\.jsonl$/i.test(file)) return text.split(/\r?\n/).filter((l) => l.trim() !== '').length;
  if (/\.json$/i.test(file)) {
    try {
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) ? value.length : undefined;
    } catch {
      return undefined;
    }
  }
  if (/\.bib$/i.test(file)) {
    return [...text.matchAll(/^[ \t]*@([a-zA-Z]+)[ \t]*[{(]/gm)].filter((m) => !/^(comment|string|preamble)$/i.test(m[1]!)).length;
  }
  if (/\.(atom|xml)$/i.test(file)) return [...text.matchAll(/<entry[\s>]/g)].length;
  return undefined;
}

const key = (s: { file: string; line: number }) => `${resolve(ROOT, s.file)}:${s.line}`;

describe.each(fixtureRuns())('ledger of test/fixtures/$name', ({ inputs, files }) => {
  it('accounts for every input record: written, merged or rejected with file:line and reason', () => {
    const contentDir = temp.make();
    const run = runContentStage({ contentDir, inputs });
    expect(run.status, describeRun(run)).toBe(0);
    const ledger: Ledger = ledgerSchema.parse(JSON.parse(readFileSync(join(contentDir, 'ledger.json'), 'utf8')));

    // Every input file is listed, none silently skipped.
    const listed = new Set(ledger.files.map((f) => resolve(ROOT, f.file)));
    expect(files.map((f) => resolve(f)).filter((f) => !listed.has(f))).toEqual([]);

    // Totals add up and match the entries.
    const { read, written, merged, used, rejected } = ledger.totals;
    expect(written + merged + used + rejected).toBe(read);
    expect(ledger.entries.length).toBe(read);
    const count = (o: string) => ledger.entries.filter((e) => e.outcome === o).length;
    expect([count('written'), count('merged'), count('used'), count('rejected')]).toEqual([written, merged, used, rejected]);

    // Per file: at least one entry, its count the entries', and the independent count where there is one.
    const perFile: string[] = [];
    for (const f of ledger.files) {
      const entries = ledger.entries.filter((e) => resolve(ROOT, e.source.file) === resolve(ROOT, f.file));
      if (entries.length === 0) perFile.push(`${f.file}: no ledger entry at all`);
      // The file's count is every record read from it, as the summary prints it.
      if (entries.length !== f.records) perFile.push(`${f.file}: ${f.records} records read, ${entries.length} accounted for`);
      const expected = independentCount(resolve(ROOT, f.file));
      if (expected !== undefined && entries.length !== expected) {
        const lines = entries.map((e) => e.source.line).join(', ');
        perFile.push(`${f.file}: holds ${expected} records, the ledger accounts for ${entries.length} (lines ${lines})`);
      }
    }
    expect(perFile).toEqual([]);

    // Rejections are located and explained, and the run printed each one.
    for (const e of ledger.entries.filter((x) => x.outcome === 'rejected')) {
      expect(e.reason?.trim(), `${e.source.file}:${e.source.line}`).toBeTruthy();
      expect(e.source.line).toBeGreaterThanOrEqual(1);
      const lines = readFileSync(resolve(ROOT, e.source.file), 'latin1').split('\n').length;
      expect(e.source.line, `${e.source.file}:${e.source.line} is past the end of the file`).toBeLessThanOrEqual(lines);
      expect(run.stdout + run.stderr).toContain(`${e.source.file}:${e.source.line}`);
    }

    // Every written entry is exactly one page, read back from disk, that names the same source.
    const pages = readdirSync(join(contentDir, 'papers')).filter((n) => n.endsWith('.md'));
    const writtenEntries = ledger.entries.filter((e) => e.outcome === 'written');
    expect(new Set(writtenEntries.map((e) => e.page)).size).toBe(writtenEntries.length);
    expect(pages.map((n) => n.slice(0, -3)).sort()).toEqual(writtenEntries.map((e) => e.page!).sort());
    const duplicatesByPage = new Map<string, Set<string>>();
    for (const e of writtenEntries) {
      const fm = paperFrontmatterSchema.parse(matter(readFileSync(join(contentDir, 'papers', `${e.page}.md`), 'utf8')).data);
      expect(fm.id).toBe(e.page);
      expect(key(fm.source)).toBe(key(e.source));
      duplicatesByPage.set(e.page!, new Set(fm.duplicates.map(key)));
    }
    // Every merged entry points at a written page that lists it among its duplicates.
    for (const e of ledger.entries.filter((x) => x.outcome === 'merged')) {
      expect(duplicatesByPage.has(e.page!), `${key(e.source)} merged into ${e.page}, which was not written`).toBe(true);
      expect(duplicatesByPage.get(e.page!)!.has(key(e.source)), `${e.page} does not list ${key(e.source)} as a duplicate`).toBe(true);
    }
    for (const w of ledger.warnings) expect(w.line).toBeGreaterThanOrEqual(1);
  }, 180_000);
});

describe('ledger of records that name one work', () => {
  it('merges a preprint into its published version by DOI and warns, naming both places, about a DOI given to another title', () => {
    const contentDir = temp.make();
    const run = runContentStage({ contentDir, inputs: [join(FIXTURES, 'same-work')] });
    expect(run.status, describeRun(run)).toBe(0);
    const ledger: Ledger = ledgerSchema.parse(JSON.parse(readFileSync(join(contentDir, 'ledger.json'), 'utf8')));
    const at = (s: { file: string; line: number }) => `${s.file.replace(/^.*same-work\//, '')}:${s.line}`;
    expect(ledger.entries.map((e) => [at(e.source), e.outcome, e.page, e.reason])).toEqual([
      ['library.bib:1', 'written', 'semi-supervised-classification-with-graph-convolutional-networks', undefined],
      ['notes.jsonl:1', 'written', 'attention-is-all-you-need', undefined],
      [
        'zotero.csl.json:2',
        'merged',
        'semi-supervised-classification-with-graph-convolutional-networks',
        expect.stringMatching(/^the same work as \S*same-work\/library\.bib:1 \(same DOI 10\.48550\/arXiv\.1609\.02907\)$/),
      ],
      ['zotero.csl.json:11', 'written', 'deep-residual-learning-for-image-recognition', undefined],
    ]);
    expect(readdirSync(join(contentDir, 'papers')).sort()).toEqual([
      'attention-is-all-you-need.md',
      'deep-residual-learning-for-image-recognition.md',
      'semi-supervised-classification-with-graph-convolutional-networks.md',
    ]);
    const page = paperFrontmatterSchema.parse(matter(readFileSync(join(contentDir, 'papers', 'semi-supervised-classification-with-graph-convolutional-networks.md'), 'utf8')).data);
    expect(page).toMatchObject({ year: 2017, venue: 'International Conference on Learning Representations (ICLR)' });
    expect(ledger.warnings.map((w) => [at(w), w.reason.replace(/\S*same-work\//g, '')])).toEqual([
      ['notes.jsonl:1', 'DOI 10.1109/cvpr.2016.90 is also given by "Deep Residual Learning for Image Recognition" at zotero.csl.json:11, but their titles differ: kept as separate papers; correct the id if one is wrong'],
      ['zotero.csl.json:11', 'DOI 10.1109/CVPR.2016.90 is also given by "Attention Is All You Need" at notes.jsonl:1, but their titles differ: kept as separate papers; correct the id if one is wrong'],
    ]);
  }, 180_000);
});

describe('a BibTeX file that uses @string macros it does not define (it relies on IEEEabrv)', () => {
  it('is read under --on-error stop: every entry written, none rejected, a warning at each entry that uses one', () => {
    const contentDir = temp.make();
    const bib = join(FIXTURES, 'ingest', 'ieee-abrv.bib');
    const run = runContentStage({ contentDir, inputs: [bib], args: ['--on-error', 'stop'] });
    expect(run.status, describeRun(run)).toBe(0);
    const ledger: Ledger = ledgerSchema.parse(JSON.parse(readFileSync(join(contentDir, 'ledger.json'), 'utf8')));
    expect(ledger.totals).toMatchObject({ read: 3, written: 3, rejected: 0 });
    expect(ledger.warnings.map((w) => [w.line, w.reason.replace(/:.*/, '')])).toEqual([
      [6, '@article{zhang2021pruning}'],
      [31, '@article{lee2019sampling}'],
    ]);
    expect(run.stdout + run.stderr).toMatch(/ieee-abrv\.bib:6: @article\{zhang2021pruning\}: journal: @string IEEE_J_PAMI is not defined in this file; kept as the text IEEE_J_PAMI/);
  }, 120_000);
});
