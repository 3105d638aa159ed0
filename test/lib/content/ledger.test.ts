import { describe, expect, it } from 'vitest';
import { buildLedger, describeStop, githubAnnotations, ledgerProblems, summariseLedger, summaryToReplay } from '../../../src/lib/content/ledger';
import { parseJsonDocument } from '../../../src/lib/ingest/json';
import { parseAtom } from '../../../src/lib/ingest/atom';
import { parseBibtex } from '../../../src/lib/ingest/bibtex';
import { ingestFile } from '../../../src/lib/ingest/index';
import type { PaperRecord } from '../../../src/lib/model/paper';
import { normaliseRecords, SAME_TEXT } from '../../../src/lib/normalise/index';

const paper = (slug: string, line: number): PaperRecord => ({
  slug,
  title: slug,
  abstract: 'x',
  authors: [],
  links: [],
  sources: [{ file: 'in.jsonl', line }],
  hash: slug,
});

describe('summaryToReplay', () => {
  it("leaves out the warnings about paper files, which said what that run did to them, and says how many", () => {
    const ledger = buildLedger({
      files: [{ file: 'in.jsonl', format: 'jsonl' }],
      papers: [paper('a', 1)],
      merged: [],
      rejected: [],
      warnings: [
        { file: 'in.jsonl', line: 1, reason: 'field not read: "keyphrases"', severity: 'warning' },
        { file: 'content/papers/a.md', line: 9, reason: 'text under no heading was moved under "## Notes"', severity: 'warning' },
      ],
    });
    const replay = summaryToReplay(ledger, 3, 'content/papers/');
    expect(replay.summary).toContain('field not read');
    expect(replay.summary).not.toContain('moved under');
    expect(replay.summary).toContain('(1 warning about paper files, on what the last run did to them, not repeated: ledger.json holds them)');
    expect(replay.annotations.join('\n')).not.toContain('a.md');
    expect(summaryToReplay({ ...ledger, warnings: ledger.warnings.filter((w) => w.file === 'in.jsonl') }, 3, 'content/papers/').summary).not.toContain('not repeated');
  });
});

describe('buildLedger', () => {
  it('accounts for every record, sorted by file and line', () => {
    const ledger = buildLedger({
      // The file gave three records; its fourth could not be read.
      files: [{ file: 'in.jsonl', format: 'jsonl' }],
      papers: [paper('b', 3), paper('a', 1)],
      merged: [{ source: { file: 'in.jsonl', line: 2 }, into: 'a', reason: 'the same work as in.jsonl:1 (same DOI 10.1/x)' }],
      rejected: [{ file: 'in.jsonl', line: 4, reason: 'empty abstract', severity: 'error' }],
      warnings: [],
    });
    expect(ledger.totals).toEqual({ read: 4, written: 2, merged: 1, used: 0, rejected: 1 });
    // Review 10 LOW: the file's count in ledger.json was its usable records (3) while the summary said 4.
    expect(ledger.files).toEqual([{ file: 'in.jsonl', format: 'jsonl', records: 4 }]);
    expect(ledger.entries.map((e) => [e.source.line, e.outcome, e.page])).toEqual([
      [1, 'written', 'a'],
      [2, 'merged', 'a'],
      [3, 'written', 'b'],
      [4, 'rejected', undefined],
    ]);
    expect(ledger.entries[1]!.reason).toBe('the same work as in.jsonl:1 (same DOI 10.1/x)');
    expect(summariseLedger(ledger, 7)).toContain('skipped in.jsonl:4: empty abstract');
    // The file's line counts what the total counts, the skipped record included.
    expect(summariseLedger(ledger, 7)).toContain('  in.jsonl (jsonl): 4 records, 1 skipped\n');
    expect(summariseLedger(ledger, 7)).toContain('1 skipped; 7 concepts');
    expect(summariseLedger(ledger, 1)).toContain('1 skipped; 1 concept\n');
    expect(summariseLedger(ledger, 7)).toContain('4 read → 2 papers written, 1 merged as duplicates');
    // Merged as the same work, a record may have changed its work's page: it is named.
    expect(summariseLedger(ledger, 7)).toContain('merged in.jsonl:2 into papers/a: the same work as in.jsonl:1 (same DOI 10.1/x)');
  });

  it('lists a .txt that is no listing as not read, not as a listing of 0 records (user probe)', () => {
    const notes = ingestFile('notes.txt', new TextEncoder().encode('TODO for the atlas\nI should add the remaining papers from the reading group, and also check why the graph looks so sparse on the phone when zoomed in.\nbuy milk\n'));
    const ledger = buildLedger({
      files: [
        { file: notes.file, format: notes.format, ...(notes.notRead !== undefined ? { notRead: notes.notRead } : {}) },
        { file: 'in.jsonl', format: 'jsonl' },
      ],
      papers: [paper('a', 1)],
      merged: [],
      rejected: [],
      warnings: notes.problems,
    });
    const summary = summariseLedger(ledger, 0);
    expect(summary).toContain('  notes.txt: not a trending-papers listing, not read\n');
    expect(summary).not.toContain('(listing)');
    expect(summary).toContain('  in.jsonl (jsonl): 1 record\n');
    expect(summary).toContain('warning notes.txt:1: not a trending-papers listing, so not read');
    expect(ledger.files[1]).toEqual({ file: 'notes.txt', format: 'listing', records: 0, notRead: 'not a trending-papers listing' });
  });

  it('counts a BibTeX crossref parent as used by its children, neither rejected nor warned about', () => {
    // Review 9: @proceedings{asm2018} was "skipped … has no abstract" and counted rejected.
    const bib = [
      '@inproceedings{proceedings2018asm,',
      '  crossref = {ASM2018},',
      '  title = {Gut microbiota composition predicts response to anti-{PD-1} immunotherapy},',
      '  abstract = {We profiled the gut microbiome of melanoma patients.}',
      '}',
      '',
      '@proceedings{asm2018,',
      '  title = {Proceedings of the ASM Microbe Meeting 2018},',
      '  booktitle = {Proceedings of the ASM Microbe Meeting 2018},',
      '  publisher = {ASM Press},',
      '  year = {2018}',
      '}',
      '',
      '@book{alberts2014mboc,',
      '  title = {Molecular Biology of the Cell},',
      '  year = {2014}',
      '}',
      '',
    ].join('\n');
    const parsed = parseBibtex('biomed.bib', bib);
    expect(parsed.records.map((r) => [r.source.line, r.venue, r.bibliographic?.publisher])).toEqual([[1, 'Proceedings of the ASM Microbe Meeting 2018', 'ASM Press']]);
    expect(parsed.used).toEqual([
      { file: 'biomed.bib', line: 7, reason: '@proceedings{asm2018} has no abstract: it is the crossref of @inproceedings{proceedings2018asm}, which takes fields from it; no page of its own' },
    ]);
    // The book no entry crossrefs is still a record without an abstract.
    expect(parsed.problems.map((p) => [p.line, p.dropped])).toEqual([[14, true]]);
    const normalised = normaliseRecords(parsed.records);
    const ledger = buildLedger({
      files: [{ file: 'biomed.bib', format: 'bibtex' }],
      papers: normalised.papers,
      merged: normalised.merged,
      used: parsed.used,
      rejected: parsed.problems.filter((p) => p.dropped),
      warnings: normalised.warnings,
    });
    expect(ledger.totals).toEqual({ read: 3, written: 1, merged: 0, used: 1, rejected: 1 });
    expect(ledger.entries.map((e) => [e.source.line, e.outcome])).toEqual([
      [1, 'written'],
      [7, 'used'],
      [14, 'rejected'],
    ]);
    expect(ledger.warnings).toEqual([]);
    const summary = summariseLedger(ledger, 0);
    expect(summary).toContain('  biomed.bib (bibtex): 3 records, 1 skipped\n');
    expect(summary).toContain('3 read → 1 paper written, 0 merged as duplicates, 1 used by the entries that crossref it, 1 skipped');
    expect(summary).not.toContain('asm2018');
  });

  it('names no exact duplicate in the summary: it changed nothing', () => {
    const ledger = buildLedger({
      files: [{ file: 'in.jsonl', format: 'jsonl' }],
      papers: [paper('a', 1)],
      merged: [{ source: { file: 'in.jsonl', line: 2 }, into: 'a', reason: `duplicate of in.jsonl:1 ${SAME_TEXT}` }],
      rejected: [],
      warnings: [],
    });
    expect(summariseLedger(ledger, 0)).not.toContain('merged in.jsonl:2');
  });

  it('folds many warnings of one kind in one file into their first two and a count with the lines', () => {
    const keyWarning = (line: number) => ({ file: 'lib.bib', line, severity: 'warning' as const, reason: `citation key "núñez${line}" is not safe in every BibTeX reader; the Cite box uses "nunez${line}"` });
    const ledger = buildLedger({
      files: [{ file: 'lib.bib', format: 'bibtex' }],
      papers: [],
      merged: [],
      rejected: [],
      warnings: [
        ...[10, 20, 30, 40, 50, 60, 70, 80, 90].map(keyWarning),
        { file: 'lib.bib', line: 25, severity: 'warning', reason: 'no abstract: not a paper of the site' },
        { file: 'other.bib', line: 5, ...{ severity: 'warning' as const, reason: keyWarning(5).reason } },
      ],
    });
    const summary = summariseLedger(ledger, 0);
    expect(summary).toContain('warning lib.bib:10: citation key "núñez10"');
    expect(summary).toContain('warning lib.bib:20: citation key "núñez20"');
    expect(summary).not.toContain('núñez30');
    expect(summary).toContain('warning lib.bib: 7 more like these, at lines 30, 40, 50, 60, 70, 80, 90 (every one is in ledger.json)');
    // Another kind, and the same kind in another file, are shown as they are.
    expect(summary).toContain('warning lib.bib:25: no abstract');
    expect(summary).toContain('warning other.bib:5: citation key "núñez5"');
    // A handful of a kind (eight) are all shown.
    const eight = buildLedger({ files: [], papers: [], merged: [], rejected: [], warnings: [10, 20, 30, 40, 50, 60, 70, 80].map(keyWarning) });
    expect(summariseLedger(eight, 0).match(/warning lib\.bib:\d+/g)).toHaveLength(8);
    expect(ledger.warnings).toHaveLength(11);
  });

  it('says "1 paper written", not "1 papers"', () => {
    const ledger = buildLedger({ files: [{ file: 'in.jsonl', format: 'jsonl' }], papers: [paper('a', 1)], merged: [], rejected: [], warnings: [] });
    expect(summariseLedger(ledger, 0)).toBe('  in.jsonl (jsonl): 1 record\n  1 read → 1 paper written, 0 merged as duplicates, 0 skipped; 0 concepts');
  });

  it("puts what a re-run changed right after the totals, before the skipped records and warnings (review 20 L1)", () => {
    const ledger = buildLedger({ files: [{ file: 'in.jsonl', format: 'jsonl' }], papers: [paper('a', 1)], merged: [], rejected: [], warnings: [{ file: 'in.jsonl', line: 1, severity: 'warning', reason: 'w' }] });
    expect(summariseLedger(ledger, 0, 'changes since last run: \u22121 removed (b)').split('\n')).toEqual([
      '  in.jsonl (jsonl): 1 record',
      '  1 read → 1 paper written, 0 merged as duplicates, 0 skipped; 0 concepts',
      '  changes since last run: \u22121 removed (b)',
      '  warning in.jsonl:1: w',
    ]);
  });
});

describe('ledgerProblems', () => {
  const none = { rejected: [], warnings: [] };
  const ledgerOf = (file: string, parsed: { records: { source: { file: string; line: number } }[]; problems: Parameters<typeof ledgerProblems>[0] }) => {
    const { rejected, fileErrors, warnings, errors } = ledgerProblems(parsed.problems, none, { records: parsed.records, used: [] });
    const ledger = buildLedger({ files: [{ file, format: 'x' }], papers: parsed.records.map((r, k) => ({ ...paper(`p${k}`, r.source.line), sources: [r.source] })), merged: [], rejected, fileErrors, warnings });
    return { ledger, errors };
  };

  it('counts no record for an error about a file that gave records: a trailing comma, an Atom feed damaged inside an entry', () => {
    const trailing = ledgerOf('t.json', parseJsonDocument('t.json', '[\n  {"title": "A", "abstract": "a."},\n  {"title": "B", "abstract": "b."},\n]\n'));
    expect(trailing.ledger.files).toEqual([{ file: 't.json', format: 'x', records: 2 }]);
    expect(trailing.ledger.totals.rejected).toBe(0);
    expect(trailing.ledger.fileErrors).toEqual([expect.objectContaining({ line: 4, reason: expect.stringMatching(/^malformed JSON/) })]);
    expect(trailing.ledger.warnings).toEqual([]);
    // It is said as an error, and annotated as one; it still stops an --on-error stop run.
    expect(summariseLedger(trailing.ledger, 0)).toMatch(/\n {2}error t\.json:4: malformed JSON/);
    expect(githubAnnotations(trailing.ledger)).toEqual([expect.stringMatching(/^::warning title=Paper Atlas found damage in a file::t\.json:4: malformed JSON/)]);
    expect(trailing.errors).toHaveLength(1);

    const entry = (t: string, summary = `About ${t}.`) => `  <entry><id>http://arxiv.org/abs/${t}</id><title>${t}</title><summary>${summary}</summary></entry>`;
    const feed = parseAtom('f.atom', `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entry('A')}\n${entry('B', 'x < y')}\n${entry('C')}\n</feed>\n`);
    const { ledger } = ledgerOf('f.atom', feed);
    // Three entries: two read, one lost; before, the feed-level message was a fourth record.
    expect(ledger.files[0]!.records).toBe(3);
    expect(ledger.totals).toMatchObject({ written: 2, rejected: 1 });
  });

  it('counts a BibTeX entry whose opening brace is missing as one lost record', () => {
    const bib = parseBibtex('refs.bib', '@article{ok,\n  title = {Fine Paper},\n  abstract = {Soils.}\n}\n@article lost2020,\n  title = {Lost Paper},\n  abstract = {Water.}\n}\n');
    const { ledger } = ledgerOf('refs.bib', bib);
    expect(ledger.totals).toMatchObject({ read: 2, written: 1, rejected: 1 });
    expect(ledger.entries.find((e) => e.outcome === 'rejected')).toMatchObject({ source: { line: 5 }, reason: 'malformed BibTeX: @article is followed by "lost2020,", not by { or (; expected @article{key, …}' });
  });

  it('counts no record for a comment line that starts with "@" and no entry type', () => {
    const bib = parseBibtex('refs.bib', '@todo check these entries\n@article{ok,\n  title = {Fine Paper},\n  abstract = {Soils.}\n}\n');
    const { ledger } = ledgerOf('refs.bib', bib);
    expect(ledger.totals).toMatchObject({ read: 1, written: 1, rejected: 0 });
    expect(ledger.fileErrors.map((e) => e.line)).toEqual([1]);
  });

  it('counts a file of which nothing was read as one rejected entry, as before', () => {
    const { ledger } = ledgerOf('o.json', parseJsonDocument('o.json', '{"meta": 1, "other": 2}'));
    expect(ledger.files[0]!.records).toBe(1);
    expect(ledger.totals.rejected).toBe(1);
  });
});

describe('describeStop', () => {
  const bad = (line: number, dropped?: boolean) => ({ file: 'in.json', line, severity: 'error' as const, reason: 'x', ...(dropped ? { dropped } : {}) });

  it('counts as records only the problems that stand for one lost record', () => {
    // A JSON array cut between two records: both records are read, none is lost.
    const cut = parseJsonDocument('cut.json', '[\n{"title": "A", "abstract": "a."},\n{"title": "B", "abstract": "b."},\n');
    expect(cut.records).toHaveLength(2);
    const message = describeStop(cut.problems.filter((p) => p.severity === 'error'));
    expect(message).toBe(
      '1 problem outside any one record (a file cut off or malformed between records, or not read at all); nothing was written (--on-error stop). Fix it or run with --on-error skip.',
    );
    expect(message).not.toMatch(/records? could not be read/);
  });

  it('counts an Atom feed cut between entries the same way', () => {
    const entry = (t: string) => `<entry><id>http://arxiv.org/abs/${t}</id><title>${t}</title><summary>About ${t}.</summary></entry>`;
    const feed = parseAtom('cut.atom', `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entry('A')}\n${entry('B')}\n`);
    expect(feed.records).toHaveLength(2);
    expect(describeStop(feed.problems.filter((p) => p.severity === 'error'))).toMatch(/^1 problem outside any one record/);
  });

  it('names both kinds when both stopped the run', () => {
    expect(describeStop([bad(2, true), bad(5, true), bad(9)])).toBe(
      '2 records could not be read and 1 problem outside any one record (a file cut off or malformed between records, or not read at all); nothing was written (--on-error stop). Fix them or run with --on-error skip.',
    );
    expect(describeStop([bad(2, true)])).toMatch(/^1 record could not be read; nothing was written/);
  });
});

describe('githubAnnotations (review 20 L6: a broken export lost papers while the Pages workflow showed ✔)', () => {
  it('lists each skipped record as a warning and each warning as a notice, in one line each', () => {
    const ledger = buildLedger({
      files: [{ file: 'content/sources/lab.bib', format: 'bibtex' }],
      papers: [paper('a', 1)],
      merged: [],
      rejected: [{ file: 'content/sources/lab.bib', line: 9, reason: 'malformed BibTeX: 100% broken\nhere', severity: 'error' }],
      warnings: [{ file: 'content/sources/lab.bib', line: 1, reason: 'year = {n.d.} is not a year', severity: 'warning' }],
    });
    expect(githubAnnotations(ledger)).toEqual([
      '::warning title=Paper Atlas skipped a record::content/sources/lab.bib:9: malformed BibTeX: 100%25 broken%0Ahere',
      '::notice title=Paper Atlas::content/sources/lab.bib:1: year = {n.d.} is not a year',
    ]);
  });
});
