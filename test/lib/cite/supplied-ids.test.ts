import { describe, expect, it } from 'vitest';
import { assignCitationKeys } from '../../../src/lib/cite/supplied-ids';
import { ingestFile } from '../../../src/lib/ingest/index';
import type { RawRecord } from '../../../src/lib/model/paper';
import { normaliseRecords } from '../../../src/lib/normalise/index';
import { utf8 } from '../ingest/fixture';

/** Ingest then normalise, as the content stage does. */
function run(...files: Array<[string, string]>) {
  const records: RawRecord[] = files.flatMap(([name, text]) => ingestFile(name, utf8(text)).records);
  return normaliseRecords(records);
}

const DUPLICATE_IDS = [
  '{"id": "same", "title": "Message Passing for Molecules", "abstract": "Message passing neural networks predict molecular properties."}',
  '{"id": "same", "title": "Sparse Attention for Long Documents", "abstract": "Sparse attention lets transformers read long documents."}',
  '{"id": "x", "title": "Sparse Attention for Long Documents", "abstract": "Sparse attention lets transformers read long documents!"}',
].join('\n');

const REUSED_KEY = `@online{dupkey,
  title = {Percolation on Random Graphs},
  author = {Alpha, Ann},
  date = {2021-03-01},
  abstract = {Percolation models on random graphs, read with the biblatex date field.}
}
@article{dupkey,
  title = {A Second Entry Reusing the Same Citation Key},
  author = {Beta, Bob},
  year = {2020},
  abstract = {Percolation models on random graphs again, under a citation key already taken.}
}
@article{mueller2021graph,
  title = {Graph Neural Networks for Molecular Property Prediction},
  author = {M{\\"u}ller, J{\\"o}rg},
  year = {2021},
  abstract = {Graph neural networks predict molecular properties.}
}
`;

describe('supplied ids and citation keys', () => {
  it('warns, naming both places, when two different papers share a JSON id; the first keeps it as its key', () => {
    const { papers, warnings } = run(['dup.jsonl', DUPLICATE_IDS]);
    expect(papers.map((p) => p.citationKey)).toEqual(['same', undefined]);
    expect(warnings).toEqual([
      {
        file: 'dup.jsonl',
        line: 2,
        severity: 'warning',
        reason: 'id "same" is also the id of a different paper, "Message Passing for Molecules" at dup.jsonl:1: an id should name one paper; this paper\'s Cite box uses a key made from author, year and title instead',
      },
    ]);
  });

  it('warns about a BibTeX key used by two entries and keeps the key of an entry used once', () => {
    const { papers, warnings } = run(['refs.bib', REUSED_KEY]);
    expect(papers.map((p) => p.citationKey)).toEqual(['dupkey', undefined, 'mueller2021graph']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'refs.bib', line: 7, severity: 'warning' });
    expect(warnings[0]!.reason).toMatch(/^id "dupkey" is also the id of a different paper, "Percolation on Random Graphs" at refs\.bib:1/);
  });

  it('says nothing when the same paper is read twice under one id (it is merged, not two papers)', () => {
    const line = '{"id": "doe2020", "title": "Knowledge Graphs", "abstract": "Knowledge graphs from abstracts."}';
    const { papers, warnings, merged } = run(['a.jsonl', line], ['b.jsonl', line]);
    expect(merged).toHaveLength(1);
    expect(warnings).toEqual([]);
    expect(papers[0]!.citationKey).toBe('doe2020');
  });

  it('warns across files too', () => {
    const { warnings } = run(['refs.bib', REUSED_KEY.slice(0, REUSED_KEY.indexOf('@article{dupkey'))], ['more.jsonl', DUPLICATE_IDS.replace(/"same"/g, '"dupkey"')]);
    expect(warnings.map((w) => `${w.file}:${w.line}`)).toEqual(['more.jsonl:1', 'more.jsonl:2']);
    expect(warnings[0]!.reason).toContain('at refs.bib:1');
  });

  it('uses a CSL citation-key, or an id that reads as a key, but not a URL id', () => {
    const csl = JSON.stringify([
      { id: 'http://dx.doi.org/10.1000/xyz1', type: 'article-journal', title: 'Percolation with Heavy Tails', abstract: 'Heavy-tailed percolation.', issued: { 'date-parts': [[2015]] } },
      { id: 'item2', type: 'article-journal', title: 'Giant Components', abstract: 'Random intersection graphs.', issued: { 'date-parts': [[2016]] } },
      { id: 'http://zotero.org/users/1/items/AB', 'citation-key': 'ng2017giant', type: 'book', title: 'Giant Books', abstract: 'A book.', issued: { 'date-parts': [[2017]] } },
    ]);
    const { papers, warnings } = run(['refs.csl.json', csl]);
    expect(papers.map((p) => p.citationKey)).toEqual([undefined, 'item2', 'ng2017giant']);
    expect(warnings).toEqual([]);
  });

  it("keeps an ACM Digital Library key, a DOI, as the user's documents cite it (review 14 N3), but never takes a DOI id for a key", () => {
    const bib = `@inproceedings{10.1145/3290605.3300233,
  title = {Guidelines for Human-AI Interaction},
  author = {Amershi, Saleema},
  year = {2019},
  abstract = {We propose guidelines for human-AI interaction.}
}`;
    const fromBib = run(['acm.bib', bib]);
    expect(fromBib.papers.map((p) => p.citationKey)).toEqual(['10.1145/3290605.3300233']);
    expect(fromBib.warnings).toEqual([]);
    const csl = JSON.stringify([{ id: '10.1145/3290605.3300233', type: 'paper-conference', title: 'Guidelines', abstract: 'Guidelines for interaction.' }]);
    expect(run(['acm.json', csl]).papers.map((p) => p.citationKey)).toEqual([undefined]);
    // A DOI with brackets would end a BibTeX key early: it is made safe as any other key.
    const { keys } = assignCitationKeys([{ title: 'L', ids: [{ citationKey: '10.1016/S0140-6736(97)11096-0', source: { file: 'l.bib', line: 1 } }] }]);
    expect(keys).toEqual(['10.1016S0140-67369711096-0']);
  });

  it("keeps DBLP's keys, slashes and all, as the user's documents cite them", () => {
    const bib = `@inproceedings{DBLP:conf/nips/VaswaniSPUJGKP17,
  title = {Attention is All you Need},
  author = {Ashish Vaswani and Noam Shazeer},
  year = {2017},
  abstract = {We propose the Transformer.}
}`;
    const { papers, warnings } = run(['dblp.bib', bib]);
    expect(papers.map((p) => p.citationKey)).toEqual(['DBLP:conf/nips/VaswaniSPUJGKP17']);
    expect(warnings).toEqual([]);
    // Only DBLP's shape: a slash elsewhere in a key is still dropped.
    expect(assignCitationKeys([{ title: 'X', ids: [{ citationKey: 'my/key', source: { file: 'x.bib', line: 1 } }] }]).keys).toEqual(['mykey']);
  });

  it('makes a hostile BibTeX key safe and says what the Cite box uses', () => {
    const { keys, warnings } = assignCitationKeys([
      { title: 'A', ids: [{ id: 'müller 2021,%x}', citationKey: 'müller 2021,%x}', source: { file: 'k.bib', line: 1 } }] },
      { title: 'B', ids: [{ citationKey: '__proto__', source: { file: 'k.bib', line: 9 } }] },
      { title: 'C', ids: [{ citationKey: '{}%', source: { file: 'k.bib', line: 20 } }] },
      { title: 'D', ids: [{ id: '__proto__', source: { file: 'k.bib', line: 30 } }] },
    ]);
    expect(keys).toEqual(['muller2021x', 'proto__', undefined, undefined]);
    const rule = '(a key keeps letters, digits and _:.+- only, starts with a letter or digit and holds a letter)';
    expect(warnings.map((w) => `${w.line}: ${w.reason}`)).toEqual([
      `1: citation key "müller 2021,%x}" is not safe in every BibTeX reader ${rule}; the Cite box uses "muller2021x"`,
      `9: citation key "__proto__" is not safe in every BibTeX reader ${rule}; the Cite box uses "proto__"`,
      `20: citation key "{}%" leaves nothing usable ${rule}; the Cite box uses a key made from author, year and title`,
      '30: id "__proto__" is also the id of a different paper, "B" at k.bib:9: an id should name one paper',
    ]);
    expect(({} as Record<string, unknown>).title).toBeUndefined();
  });

  it("gives an IEEE Xplore entry's article number (a key of digits only) the made key without a warning", () => {
    const { keys, warnings } = assignCitationKeys([
      { title: 'A', ids: [{ citationKey: '9123456', source: { file: 'ieee.bib', line: 1 } }] },
      { title: 'B', ids: [{ citationKey: '12-34', source: { file: 'ieee.bib', line: 9 } }] },
    ]);
    expect(keys).toEqual([undefined, undefined]);
    // A key of digits and punctuation is not a record number: it is still said.
    expect(warnings.map((w) => w.line)).toEqual([9]);
  });

  it('keeps the first of two keys that become the same once made safe', () => {
    const { keys, warnings } = assignCitationKeys([
      { title: 'A', ids: [{ citationKey: 'smith2020', source: { file: 'k.bib', line: 1 } }] },
      { title: 'B', ids: [{ citationKey: 'smith 2020', source: { file: 'k.bib', line: 8 } }] },
    ]);
    expect(keys).toEqual(['smith2020', undefined]);
    expect(warnings[1]!.reason).toBe('citation key "smith2020" is also the key of a different paper, "A" at k.bib:1; this paper\'s Cite box uses a key made from author, year and title instead');
  });
});

describe('hostile BibTeX keys, from the file to the Cite box', () => {
  const HOSTILE_KEYS = `@article{__proto__,
  title = {Prototype Keys in Bibliographies},
  abstract = {A key named after the object prototype.}
}
@article{müller2021über,
  title = {Umlauts in Keys},
  abstract = {A key with non-ASCII letters.}
}
@article{50%off,
  title = {Percent in Keys},
  abstract = {A key cut short by a comment sign.}
}
@article{constructor,
  title = {Constructor Keys},
  abstract = {A key named like an object's own property.}
}
`;

  it('reaches every entry as a safe key, or as none, with a warning for each key it changed', async () => {
    const { bibtexEntry } = await import('../../../src/lib/site/bibtex');
    const { papers, warnings } = run(['keys.bib', HOSTILE_KEYS]);
    expect(papers.map((p) => p.citationKey)).toEqual(['proto__', 'muller2021uber', undefined, 'constructor']);
    // "50%off" is read up to its comment sign: "50", too short a number to be a record's, so said.
    expect(warnings.map((w) => w.line)).toEqual([1, 5, 9]);
    for (const p of papers) {
      const entry = bibtexEntry({ ...p, id: p.slug });
      expect(entry.slice(0, entry.indexOf('\n'))).toMatch(/^@article\{[A-Za-z0-9][A-Za-z0-9_:.+-]*,$/);
    }
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
