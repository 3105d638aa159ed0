import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/lib/ingest/index';
import { titleFromAbstract } from '../../../src/lib/ingest/untitled';
import { resolveConfig } from '../../../src/lib/config/resolve';
import { utf8 } from './fixture';
import { normaliseRecords } from '../../../src/lib/normalise/index';
import { bibtexEntry } from '../../../src/lib/site/bibtex';

const ABSTRACT =
  'In summary, we have shown that one can describe the experimental data with a simple model. The model has two parameters.';
const LONG =
  'We study the transport of heat through thin films of amorphous silicon deposited at low temperature on glass substrates and compare it with theory.';

describe('titleFromAbstract', () => {
  it('takes a short first sentence whole, without its full stop', () => {
    expect(titleFromAbstract('Graphs are everywhere. We count them.')).toBe('Graphs are everywhere');
  });
  it('cuts a long first sentence after twelve words and marks the cut', () => {
    expect(titleFromAbstract(LONG)).toBe('We study the transport of heat through thin films of amorphous silicon…');
    expect(titleFromAbstract(ABSTRACT)).toBe('In summary, we have shown that one can describe the experimental data…');
  });
  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(titleFromAbstract('Methods, e.g. Newton iteration, converge. Others do not.')).toBe('Methods, e.g. Newton iteration, converge');
    expect(titleFromAbstract('As J. Smith showed in Fig. 2 the flow. More text here.')).toBe('More text here');
    expect(titleFromAbstract('As J. Smith showed in Fig. 2 the flow.')).toBe('As J. Smith showed in Fig. 2 the flow');
    expect(titleFromAbstract('Methods (e.g. Newton iteration) converge. Others do not.')).toBe('Methods (e.g. Newton iteration) converge');
  });
  // Review 22 finding 11: paragraphs cut from papers open with sentences that name nothing the paper is about.
  it('skips a sentence about the text itself: its tables, figures, sections, or how it goes on', () => {
    expect(titleFromAbstract('Table 1 lists 8 pairs of B decays. In fact, there are more decay pairs, since many of the particles can be replaced by excited states.')).toBe(
      'In fact, there are more decay pairs, since many of the particles…',
    );
    expect(titleFromAbstract('The remainder of our discussion proceeds as follows. We present the geometric evolution law model we seek to fit.')).toBe(
      'We present the geometric evolution law model we seek to fit',
    );
    expect(titleFromAbstract('Fig. 7 shows the relationship between testing time and friction. Wear has a running-in and a steady period.')).toBe(
      'Wear has a running-in and a steady period',
    );
  });
  it('skips a sentence that goes on from one before it, or reports other work by number; drops numbered citations (review 41 finding 10)', () => {
    expect(titleFromAbstract('I also could not resist mentioning another wild speculation [10]. Neutrino masses may come from a hidden sector.')).toBe(
      'Neutrino masses may come from a hidden sector',
    );
    expect(titleFromAbstract('An OPE of VQCD(r) was developed in [3]. We compute the static potential at two loops.')).toBe('We compute the static potential at two loops');
    // Where every sentence cites, the first is kept; a citation that is part of its clause stays.
    expect(titleFromAbstract('The potential was computed in [3]. It was refined in [4, 5].')).toBe('The potential was computed in [3]');
  });
  it('skips a sentence that points back at one before it, but not "this paper" or a noun the sentence named', () => {
    expect(titleFromAbstract('There are many possible applications for this mechanism. In this Letter, we have concentrated on its contribution to leptogenesis.')).toBe(
      'In this Letter, we have concentrated on its contribution to leptogenesis',
    );
    expect(titleFromAbstract('This paper presents a solver for sparse systems. It is fast.')).toBe('This paper presents a solver for sparse systems');
    expect(titleFromAbstract('We propose an approach to meshing, and this approach is fast. Other text.')).toBe('We propose an approach to meshing, and this approach is fast');
    expect(titleFromAbstract('It is well known that graphene conducts heat. More text here.')).toBe('It is well known that graphene conducts heat');
  });
  it('keeps the first sentence when every sentence is about the text or points back', () => {
    expect(titleFromAbstract('This phase was completed in 2005. Table 2 gives the costs.')).toBe('This phase was completed in 2005');
    expect(titleFromAbstract('Table 2 gives the costs. See Fig. 3.')).toBe('Table 2 gives the costs');
  });
  it('drops a comma left at a cut', () => {
    expect(titleFromAbstract('one two three four five six seven eight nine ten eleven twelve, thirteen fourteen')).toBe(
      'one two three four five six seven eight nine ten eleven twelve…',
    );
  });
});

const files: Record<string, string> = {
  'a.jsonl': `{"title": "A titled one", "abstract": "First abstract here."}\n{"abstract": ${JSON.stringify(ABSTRACT)}}\n`,
  'b.json': JSON.stringify([{ id: 'x', type: 'article-journal', title: '', abstract: ABSTRACT, author: [{ family: 'Lee', given: 'A.' }] }]),
  'c.bib': `@article{lee2020,\n  author = {Lee, A.},\n  abstract = {${ABSTRACT}},\n  year = {2020}\n}\n`,
  'd.atom': `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>\n<id>http://arxiv.org/abs/2101.00001v1</id>\n<summary>${ABSTRACT}</summary>\n</entry>\n</feed>\n`,
};
const MADE = 'In summary, we have shown that one can describe the experimental data…';

describe('a record with an abstract and no title', () => {
  for (const [name, text] of Object.entries(files)) {
    it(`${name}: is not read by default, with an error naming the option that keeps it`, () => {
      const result = ingestFile(name, utf8(text));
      expect(result.records.map((r) => r.title)).toEqual(name === 'a.jsonl' ? ['A titled one'] : []);
      const errors = result.problems.filter((p) => p.severity === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.dropped).toBe(true);
      expect(errors[0]!.reason).toMatch(/title.*--untitled from-abstract/);
    });

    it(`${name}: with --untitled from-abstract, is titled by a sentence of its abstract, with a located warning`, () => {
      const result = ingestFile(name, utf8(text), { untitled: 'from-abstract' });
      const made = result.records.find((r) => r.title !== 'A titled one');
      expect(made?.title).toBe(MADE);
      expect(made?.abstract).toContain('In summary');
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const warning = result.problems.find((p) => /no title; titled by a sentence of its abstract/.test(p.reason));
      expect(warning).toMatchObject({ file: name, severity: 'warning' });
      expect(warning!.line).toBe(name === 'a.jsonl' ? 2 : name === 'd.atom' ? 3 : 1);
      expect(warning!.dropped).toBeUndefined();
      // Marked, so that the page and the Cite box do not pass the made-up title off as the authors' (review 20 M6).
      expect(made?.madeTitle).toBe(true);
      expect(result.records.find((r) => r.title === 'A titled one')?.madeTitle).toBeUndefined();
    });
  }

  it('still needs an abstract: a record with neither is not read under either policy', () => {
    const result = ingestFile('e.jsonl', utf8('{"title": ""}\n'), { untitled: 'from-abstract' });
    expect(result.records).toEqual([]);
    expect(result.problems[0]).toMatchObject({ severity: 'error', dropped: true });
  });
});

describe('the untitled setting', () => {
  it('is skip by default and read from the file, the environment and the flags', () => {
    expect(resolveConfig({}).untitled).toBe('skip');
    expect(resolveConfig({ file: { untitled: 'from-abstract' } }).untitled).toBe('from-abstract');
    expect(resolveConfig({ env: { ATLAS_UNTITLED: 'from-abstract' } }).untitled).toBe('from-abstract');
    expect(resolveConfig({ env: { ATLAS_UNTITLED: 'from-abstract' }, flags: { untitled: 'skip' } }).untitled).toBe('skip');
  });
  it('rejects another value, naming the setting', () => {
    expect(() => resolveConfig({ flags: { untitled: 'first-line' } })).toThrow(/untitled/);
  });
});

describe('a paper titled from its abstract, downstream (review 20 M6)', () => {
  it('keeps the mark through normalising, and its BibTeX entry says in a note that the title is made up', () => {
    const { records } = ingestFile('a.jsonl', utf8(files['a.jsonl']!), { untitled: 'from-abstract' });
    const papers = normaliseRecords(records).papers;
    const made = papers.find((p) => p.title === MADE)!;
    const titled = papers.find((p) => p.title === 'A titled one')!;
    expect(made.madeTitle).toBe(true);
    expect(titled.madeTitle).toBeUndefined();
    const cite = (p: typeof made) => bibtexEntry({ id: p.slug, title: p.title, madeTitle: p.madeTitle, authors: ['Ada Lee'], year: 2020, links: [] });
    expect(cite(made)).toMatch(/note\s*= \{No title in the source record; the title is taken from its abstract\}/);
    expect(cite(titled)).not.toMatch(/note\s*=/);
    expect(cite(titled)).toMatch(/title\s*= \{\{A titled one\}\}/);
  });
});

