import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../../src/lib/ingest/bibtex';
import { ingestFile } from '../../../src/lib/ingest/index';
import { ingestFixture, utf8 } from './fixture';
import { bibtexEntry, type CitablePaper } from '../../../src/lib/site/bibtex';

describe('BibTeX', () => {
  it('reads a Zotero export: accents decoded, braces removed, authors, year, DOI, arXiv id, lines', () => {
    const r = ingestFixture('zotero.bib');
    expect(r.format).toBe('bibtex');
    expect(r.records.map((x) => x.source.line)).toEqual([2, 16, 34]);
    expect(r.records[0]).toMatchObject({
      id: 'vaswani_attention_2017',
      citationKey: 'vaswani_attention_2017',
      title: 'Attention Is All You Need',
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit'],
      year: 2017,
      doi: '10.48550/arXiv.1706.03762',
      arxiv: '1706.03762',
      url: 'http://arxiv.org/abs/1706.03762',
    });
    expect(r.records[0]!.abstract).toContain('the Transformer, based solely');
    expect(r.records[0]!.abstract).toContain('50% less time');
    const second = r.records[1]!;
    expect(second.title).toBe('Über die Robustheit von Sprachmodellen: a “stress test” – revisited');
    expect(second.authors).toEqual(['Jörg Müller', 'Anaïs François', 'Andrew Y. Ng']);
    expect(second.venue).toBe('Proceedings of the Workshop on Robust NLP');
    expect(second.entryType).toBe('inproceedings');
    expect(r.records[0]!.entryType).toBe('article');
    // Math stays renderable as $...$ instead of becoming Unicode look-alikes; \url{} leaves the URL as text.
    expect(second.abstract).toContain('$O(n^2)$');
    expect(second.abstract).toContain('adversarial paraphrases');
    expect(second.abstract).toContain('https://github.com/example/robust_nlp');
    expect(r.records[2]).toMatchObject({ arxiv: '1810.04805', title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding' });
  });

  it('keeps each formula whole when one holds a font command in a group (review 13 M1: `$g_{\\mathrm{Na}}$` unpaired every later `$`)', () => {
    const bib = String.raw`@article{hh52,
  title = {Membrane current},
  abstract = {The sodium conductance $g_{\mathrm{Na}}$ is described by $m^3 h$ and the potassium conductance $g_{\mathrm{K}}$ by $n^4$, each. Also $E_{\text{F}}$ and $\mathrm{CO_2}$ and $T_{\rm c}$ and $\mathbf{x}_{\textrm{in}, {\mathit{j}}}$ and $g_{Na}$.}
}
% budget: $5 a copy
@article{next, title = {T}, abstract = {After a lone dollar in a comment, $x_{\mathrm{a}}$ is math.}}
`;
    const [hh, next] = parseBibtex('neuro.bib', bib).records;
    expect(hh!.abstract).toBe(
      String.raw`The sodium conductance $g_{\mathrm{Na}}$ is described by $m^3 h$ and the potassium conductance $g_{\mathrm{K}}$ by $n^4$, each. Also $E_{\text{F}}$ and $\mathrm{CO_2}$ and $T_{\rm c}$ and $\mathbf{x}_{\textrm{in}, {\mathit{j}}}$ and $g_{Na}$.`,
    );
    expect(next!.abstract).toBe(String.raw`After a lone dollar in a comment, $x_{\mathrm{a}}$ is math.`);
  });

  it('keeps an entry with a dollar that opens nothing, as BibTeX does (review 44 finding 1: "Unclosed math section" lost the paper)', () => {
    const bib = String.raw`@article{price2020,
  title = {What a \$ buys: from $5 up},
  abstract = {Each unit costs $5, and the world $stems the tide; later $x_{\mathrm{a}}$ is math.},
  year = {2020}
}
@article{display, title = {T}, abstract = {A lone display $$ opener stays text.}}
@article{next, title = {After}, abstract = {The entry after them is read too.}}
`;
    const r = parseBibtex('prices.bib', bib);
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => [x.source.line, x.title])).toEqual([
      [1, 'What a $ buys: from $5 up'],
      [6, 'T'],
      [7, 'After'],
    ]);
    expect(r.records[0]!.abstract).toBe(String.raw`Each unit costs $5, and the world $stems the tide; later $x_{\mathrm{a}}$ is math.`);
    expect(r.records[1]!.abstract).toBe('A lone display $$ opener stays text.');
  });

  it('pairs the dollars after display math and math across lines, which the parser reads itself', () => {
    const bib = '@article{d, title = {T}, abstract = {Display $$x^2$$ then $y_{\\rm 1}$; two lines $a +\nb$ then $c_{\\mathrm{d}}$.}}\n';
    const abstract = parseBibtex('d.bib', bib).records[0]!.abstract;
    expect(abstract).toContain('then $y_{\\rm 1}$;');
    expect(abstract).toContain('then $c_{\\mathrm{d}}$.');
    expect(abstract).not.toContain('$a');
  });

  it('gives a chapter crossref to a @book its title as booktitle, as biblatex does for a @collection (review 13 L2)', () => {
    const bib = `@book{bower_1974,
  title = {The {Psychology} of {Learning} and {Motivation}},
  volume = {8}, publisher = {Academic Press}, editor = {Bower, Gordon H.}, year = {1974},
}
@incollection{baddeley_1974,
  title = {Working {Memory}}, crossref = {Bower_1974}, pages = {47--89},
  abstract = {We propose a working memory comprising a central executive.},
  author = {Baddeley, Alan D. and Hitch, Graham},
}
@incollection{own_1974,
  title = {Chapter}, crossref = {bower_1974}, booktitle = {Its Own Book},
  abstract = {A chapter that names its book itself.},
}
@proceedings{procs, title = {Proceedings of the Workshop}, publisher = {ACL}, year = {2020}}
@inproceedings{talk, title = {Talk}, crossref = {procs}, abstract = {A talk at the workshop.}}
@incollection{talk2, title = {Talk two}, crossref = {procs}, abstract = {A chapter in the proceedings.}}
`;
    const { records, used } = parseBibtex('neuro.bib', bib);
    const [baddeley, own, talk, talk2] = records;
    expect(baddeley).toMatchObject({ venue: 'The Psychology of Learning and Motivation', entryType: 'incollection', year: 1974, bibliographic: { volume: '8', publisher: 'Academic Press' } });
    expect(bibtexEntry({ links: [], ...baddeley } as unknown as CitablePaper)).toContain('booktitle = {The Psychology of Learning and Motivation}');
    expect(own!.venue).toBe('Its Own Book');
    // The book's editor comes with it, and the Cite entry names them (review 13 L2).
    expect(baddeley!.bibliographic?.editors).toEqual(['Gordon H. Bower']);
    expect(bibtexEntry({ links: [], ...baddeley } as unknown as CitablePaper)).toMatch(/editor\s+= \{Gordon H\. Bower\}/);
    expect(talk!.venue).toBe('Proceedings of the Workshop');
    expect(talk2!.venue).toBe('Proceedings of the Workshop');
    expect(used?.map((u) => u.line)).toEqual([1, 14]);
  });

  it("writes a conference's acronym from `series` after its venue, where only `series` names it (review 14 N3: 'ICSE' found nothing)", () => {
    const bib = `@inproceedings{10.1145/1,
  title = {Guidelines}, abstract = {An abstract.}, year = {2019}, location = {Glasgow},
  booktitle = {Proceedings of the 2019 CHI Conference on Human Factors in Computing Systems}, series = {CHI '19},
}
@inproceedings{icse,
  title = {Naturalness of Software}, abstract = {Code is repetitive.}, booktitle = {Proceedings of the 34th International Conference on Software Engineering}, series = {ICSE '12},
}
@inproceedings{sigchi,
  title = {Tangible Bits}, abstract = {Bits and atoms.}, booktitle = {Proceedings of the SIGCHI Conference}, series = {CHI '97},
}
@incollection{lncs,
  title = {Chapter}, abstract = {A chapter.}, booktitle = {Advances in Cryptology}, series = {Lecture Notes in Computer Science},
}`;
    // ACM's article number and page count, the only locator such a paper has, reach the Cite entry as biblatex names them.
    const [chi] = parseBibtex('acm.bib', bib.replace('location = {Glasgow},', 'location = {Glasgow}, articleno = {332}, numpages = {13},')).records;
    expect(chi!.bibliographic).toMatchObject({ articleNumber: '332', pageCount: '13' });
    const entry = bibtexEntry({ links: [], ...chi } as unknown as CitablePaper);
    expect(entry).toMatch(/eid\s+= \{332\}/);
    expect(entry).toMatch(/pagetotal\s+= \{13\}/);
    expect(parseBibtex('acm.bib', bib).records.map((r) => r.venue)).toEqual([
      "Proceedings of the 2019 CHI Conference on Human Factors in Computing Systems (CHI '19)",
      "Proceedings of the 34th International Conference on Software Engineering (ICSE '12)",
      "Proceedings of the SIGCHI Conference (CHI '97)",
      'Advances in Cryptology',
    ]);
  });

  it('reads `note` as the record\'s note (where a retraction is said)', () => {
    const bib = '@article{wakefield1998,\n  title = {Ileal-lymphoid-nodular hyperplasia},\n  note = {Retracted in: Lancet 2010;375:445},\n  abstract = {We investigated children.}\n}\n';
    expect(parseBibtex('a.bib', bib).records[0]!.note).toBe('Retracted in: Lancet 2010;375:445');
  });

  it('keeps braced names whole and turns "and others" into a flag', () => {
    const bib = `@article{zhang2022rl,
  title = {Reinforcement Learning from Human Feedback for Dialogue Agents},
  author = {Zhang, Wei and Li, Na and {The RLHF Consortium} and others},
  abstract = {Reinforcement learning from human feedback aligns dialogue agents.}
}`;
    const r = parseBibtex('rl.bib', bib);
    expect(r.records[0]).toMatchObject({
      authors: ['Wei Zhang', 'Na Li', 'The RLHF Consortium'],
      literalAuthors: ['The RLHF Consortium'],
      etAl: true,
    });
  });

  it('shows "von Last, Jr, First" names as "First von Last Jr." and keeps the parts the name shown does not say', () => {
    const bib = `@article{k,
  title = {Names},
  author = {Smith, Jr., John and {\\'E}mile Zola and van der Berg, Jan and Ludwig van Beethoven and Garc{\\'i}a M{\\'a}rquez, Gabriel and {OpenAI}},
  abstract = {Names in every form.}
}`;
    const r = parseBibtex('names.bib', bib);
    expect(r.records[0]).toMatchObject({
      authors: ['John Smith Jr.', 'Émile Zola', 'Jan van der Berg', 'Ludwig van Beethoven', 'Gabriel García Márquez', 'OpenAI'],
      literalAuthors: ['OpenAI'],
      nameParts: [{ name: 'Gabriel García Márquez', given: 'Gabriel', family: 'García Márquez' }],
    });
  });

  it('reads "First Last Jr." as a suffix after the family name, not a family name "Jr."', () => {
    const bib = `@article{k,
  title = {Names},
  author = {Martin Luther King Jr. and Jr., Gomez},
  abstract = {Names with suffixes.}
}`;
    const r = parseBibtex('names.bib', bib);
    expect(r.records[0]!.authors).toEqual(['Martin Luther King Jr.', 'Gomez Jr.']);
    expect(r.records[0]!.nameParts ?? []).toEqual([{ name: 'Gomez Jr.', given: 'Gomez', family: 'Jr.' }]);
  });

  it('warns about an entry without abstract (it cannot become a page) and counts it as dropped', () => {
    const r = ingestFixture('zotero.bib');
    expect(r.problems).toEqual([expect.objectContaining({ line: 27, severity: 'warning', dropped: true })]);
    expect(r.problems[0]!.reason).toMatch(/@book\{knuth_art_1997\}.*no abstract/);
  });

  it('reads a JabRef export with @String macros, comments and nested accent braces', () => {
    const r = ingestFixture('jabref.bib');
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => x.authors)).toEqual([
      ['Sepp Hochreiter', 'Jürgen Schmidhuber'],
      ['Tomáš Mikolov', 'Kai Chen'],
    ]);
    expect(r.records[0]).toMatchObject({ venue: 'Neural Computation', doi: '10.1162/neco.1997.9.8.1735', year: 1997, source: { line: 5 } });
    expect(r.records[0]!.abstract).toContain('long short-term memory (LSTM)');
  });

  it('reports a broken entry and a title-less entry by line and keeps the good ones', () => {
    const r = ingestFixture('malformed.bib');
    expect(r.records.map((x) => x.id)).toEqual(['good_one', 'another_good']);
    expect(r.problems.map((p) => [p.line, p.severity, p.dropped])).toEqual([
      [7, 'error', true],
      [16, 'error', true],
    ]);
    expect(r.problems[0]!.reason).toMatch(/broken_brace: the \{ that opens field "title" \(line 8\) is not closed/);
    expect(r.problems[1]!.reason).toMatch(/no_title.*no title/);
  });

  it('reads the entries of a truncated file up to the cut', () => {
    const r = ingestFixture('truncated.bib');
    expect(r.records.map((x) => x.id)).toEqual(['first']);
    expect(r.problems).toEqual([expect.objectContaining({ line: 6, severity: 'error', dropped: true })]);
  });

  it('keeps HTML in the input as text while dropping the parser\'s own markup', () => {
    const bib = '@misc{x, title = {<b>Bold</b> \\textbf{claims} <script>alert(1)</script>}, abstract = {See \\href{https://a.org/x}{the site} and <img src=x onerror=alert(1)>.}}';
    const r = parseBibtex('h.bib', bib);
    expect(r.records[0]!.title).toBe('<b>Bold</b> claims <script>alert(1)</script>');
    expect(r.records[0]!.abstract).toBe('See the site (https://a.org/x) and <img src=x onerror=alert(1)>.');
  });

  it("keeps an unknown macro's word instead of silently dropping it, without the backslash of its TeX source", () => {
    const r = parseBibtex('m.bib', '@misc{x, title = {T}, abstract = {We propose \\method, a framework.}}');
    expect(r.records[0]!.abstract).toBe('We propose method, a framework.');
  });

  it('is detected by content in a .txt file', () => {
    const r = ingestFile('refs.txt', utf8('% exported\n@article{a, title={T}, abstract={A}}\n'));
    expect(r.format).toBe('bibtex');
    expect(r.records[0]!.source.line).toBe(2);
  });

  it('keeps a bare % in a value as text, as BibTeX does, while % lines outside values stay comments', () => {
    const bib = [
      '% Exported from the ACM DL; 100% of entries have abstracts.',
      '@string{venue = "Workshop on Sparse Models (20% acceptance)"}',
      '% @article{draft, title={A draft}, abstract={Commented out.}}',
      '@inproceedings{p1,',
      ' title={Dropout of 50% in graph networks},',
      ' booktitle = venue,',
      ' % a comment between two fields',
      ' abstract={We find that 50% dropout helps, improving accuracy by 8%',
      '  on the benchmark; the rate \\% of errors and the rate % of losses fall.},',
      ' year=2017}',
      '',
      '@article(p2, title = "Pruning 90% of weights", abstract = "It keeps 99% of the accuracy.")',
    ].join('\n');
    const r = parseBibtex('acm.bib', bib);
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => [x.id, x.source.line])).toEqual([
      ['p1', 4],
      ['p2', 12],
    ]);
    expect(r.records[0]).toMatchObject({
      title: 'Dropout of 50% in graph networks',
      abstract: 'We find that 50% dropout helps, improving accuracy by 8% on the benchmark; the rate % of errors and the rate % of losses fall.',
      venue: 'Workshop on Sparse Models (20% acceptance)',
    });
    expect(r.records[1]).toMatchObject({ title: 'Pruning 90% of weights', abstract: 'It keeps 99% of the accuracy.' });
  });

  it('reads a % in the entries after a broken one as text', () => {
    const bib = '@article{bad, title = {Unclosed 50%, abstract = {x}}\n\n@article{good, title = {Good at 10%}, abstract = {Fine at 5% and\n 6%.}}\n';
    const r = parseBibtex('b.bib', bib);
    expect(r.records).toEqual([expect.objectContaining({ title: 'Good at 10%', abstract: 'Fine at 5% and 6%.', source: { file: 'b.bib', line: 3 } })]);
    expect(r.problems).toEqual([expect.objectContaining({ line: 1, severity: 'error', dropped: true })]);
  });

  it('reads a % as text in an entry after a broken one on the same line, where the parser starts again', () => {
    // The parser gives up on @article{a} at the e-mail's @ and starts again at the next @; the % in its title
    // is no comment that hides @article{b}.
    const bib = '@article{a, title = {Cut by 50%}, note = ann@uni.edu} @article{b, title = {Kept at 10%}, abstract = {Fine at 10%.}}\n';
    const r = parseBibtex('l.bib', bib);
    expect(r.records).toEqual([expect.objectContaining({ id: 'b', title: 'Kept at 10%', abstract: 'Fine at 10%.' })]);
    expect(r.problems.every((p) => p.severity === 'error' && p.line === 1)).toBe(true);
  });

  it('reads an entry commented out with % after a broken one as the comment it is: no page, no rejected record', () => {
    // The parser starts again at the next @ after a syntax error, wherever it stands: it read %@inproceedings
    // as a broken entry (one more record lost) and a one-line "% @misc{...}" as a paper.
    const r = ingestFixture('commented-out.bib');
    expect(r.records.map((x) => [x.source.line, x.id])).toEqual([[28, 'hamilton2017sage']]);
    expect(r.problems.map((p) => [p.line, p.severity, p.dropped, p.reason.replace(/:.*/, '')])).toEqual([
      [3, 'error', true, 'malformed BibTeX in @article{kipf2017gcn'],
      [20, 'error', true, 'malformed BibTeX in @article{broken2019gin'],
    ]);
  });

  it('keeps an entry inside @comment{...} a comment where the parser has to read the file entry by entry', () => {
    // An @string the parser's LaTeX reading throws on (a broken \newcommand) makes it read a chunk per
    // directive; those chunks started at every line beginning with @, inside a @comment block too.
    const bib = [
      '@string{pami = "IEEE Trans. \\newcommand"}',
      '@misc{a, title = {Good}, abstract = {Fine.}}',
      '@comment{',
      '@article{old, title = {Dropped from the list}, abstract = {Kept here for the record.}}',
      '}',
      '@misc{c, title = {Also good}, abstract = {Fine too.}}',
      '',
    ].join('\n');
    const r = parseBibtex('c.bib', bib);
    expect(r.records.map((x) => x.id)).toEqual(['a', 'c']);
    expect(r.problems.map((p) => [p.line, p.severity, p.dropped, p.reason.replace(/:.*/, '')])).toEqual([[1, 'error', undefined, 'malformed BibTeX in @string{pami']]);
  });

  it('says a @string written inside @comment is not read there, rather than undefined or empty', () => {
    const r = parseBibtex('c.bib', '@comment{@string{pami = {IEEE PAMI}}}\n@article{a,\n  title = {A},\n  journal = pami,\n  abstract = {T.}\n}\n');
    expect(r.problems.map((p) => p.reason)).toEqual([
      '@article{a}: journal: @string pami has a definition on line 1 that BibTeX does not read (inside @comment, or in a broken entry); kept as the text pami',
    ]);
  });

  it('says a @string defined only after the entry that uses it is, naming its line, rather than undefined', () => {
    const r = parseBibtex('late.bib', '@article{frost2021,\n  title = {Frost Damage},\n  journal = frostj,\n  abstract = {Text.}\n}\n@string{frostj = {Frost Journal}}\n');
    expect(r.records[0]!.venue).toBe('frostj');
    expect(r.problems.map((p) => p.reason)).toEqual([
      '@article{frost2021}: journal: @string frostj is defined only after this entry, on line 6 (BibTeX reads a @string from its definition on: move it above the entries that use it); kept as the text frostj',
    ]);
  });

  it('reads a hand-kept file of IEEE Xplore abstracts with bare % and IEEEabrv macros it does not define', () => {
    const r = ingestFixture('ieee-abrv.bib');
    expect(r.records.map((x) => [x.id, x.source.line, x.venue])).toEqual([
      ['zhang2021pruning', 6, 'IEEE_J_PAMI'],
      ['kim2020dropout', 22, 'Advances in Neural Information Processing Systems 33 (NeurIPS 2020, 20% acceptance)'],
      ['lee2019sampling', 31, 'IEEE_J_PAMI (early access)'],
    ]);
    expect(r.records[0]).toMatchObject({
      title: 'Pruning 90% of the Weights of Graph Convolutional Networks',
      abstract:
        'Graph convolutional networks are over-parameterised: we prune 90% of their weights with no loss of accuracy, and 95% with a loss of 0.4% on Cora, Citeseer and PubMed. Inference is 3.1 times faster.',
    });
    expect(r.records[1]!.title).toBe('Dropout of 50% in Message Passing Networks');
    expect(r.records[1]!.abstract).toContain('falls by 2.3% on QM9, and the share % of over-smoothed nodes halves.');
    expect(r.records[2]!.abstract).toBe("Sampling 10% of each node's neighbours keeps 99% of the accuracy of full-batch training.");
    // Each entry that uses the undefined macro gets a warning at its own line; nothing is counted as lost.
    expect(r.problems).toEqual([
      {
        file: 'test/fixtures/ingest/ieee-abrv.bib',
        line: 6,
        severity: 'warning',
        reason: '@article{zhang2021pruning}: journal: @string IEEE_J_PAMI is not defined in this file; kept as the text IEEE_J_PAMI',
      },
      expect.objectContaining({ line: 31, severity: 'warning', reason: expect.stringMatching(/^@article\{lee2019sampling\}: journal: @string IEEE_J_PAMI is not defined/) }),
    ]);
  });

  it('warns where an undefined @string macro is used, through another @string too, and keeps genuine errors as errors', () => {
    const bib = [
      '@string{trans = ieeeT # " on Graphs"}',
      '@article{a, title = {A}, abstract = {About A.}, journal = trans, author = lab # { Group}}',
      '@article{b, title = {B}, abstract = {About B.},',
      '  journal = ieeeT, year = yr}',
      '@article{broken, title = {Never closed, abstract = {x}',
      '',
      '@article{c, title = {C}, abstract = {About C.}, journal = {Graphs}}',
    ].join('\n');
    const r = parseBibtex('t.bib', bib);
    expect(r.records.map((x) => [x.id, x.source.line, x.venue, x.authors])).toEqual([
      ['a', 2, 'ieeeT on Graphs', ['lab Group']],
      ['b', 3, 'ieeeT', []],
      ['c', 7, 'Graphs', []],
    ]);
    expect(r.problems.map((p) => [p.line, p.severity, p.dropped ?? false, p.reason.replace(/ is not defined.*/, '')])).toEqual([
      [5, 'error', true, expect.stringMatching(/^malformed BibTeX in @article\{broken/)],
      [2, 'warning', false, '@article{a}: journal: @string ieeeT'],
      [2, 'warning', false, '@article{a}: author: @string lab'],
      [3, 'warning', false, '@article{b}: journal: @string ieeeT'],
      [3, 'warning', false, '@article{b}: year: @string yr'],
    ]);
  });

  it('survives a malformed \\newcommand, reading the other entries', () => {
    const bib = '@misc{a, title = {Good}, abstract = {Fine.}}\n@misc{b, title = {\\newcommand}, abstract = {x}}\n@misc{c, title = {Also good}, abstract = {Fine too.}}\n';
    const r = parseBibtex('n.bib', bib);
    expect(r.records.map((x) => x.title)).toEqual(expect.arrayContaining(['Good', 'Also good']));
    for (const p of r.problems) expect(p.line).toBeGreaterThanOrEqual(1);
  });
});

describe('BibTeX text', () => {
  const read = (bib: string) => ingestFile('refs.bib', utf8(bib)).records;

  it('puts accents over \\i on the letter i, as precomposed letters', () => {
    const [r] = read(String.raw`@article{g, author = {Garc{\'\i}a, Mar{\'i}a and {\v{S}}koda, Ji{\v{r}}{\'\i}}, title = {A na\"{\i}ve Study}, abstract = {Na\"{\i}ve.}}`);
    expect(r!.authors).toEqual(['María García', 'Jiří Škoda']);
    expect(r!.title).toBe('A naïve Study');
  });

  it('keeps the space after Bib\\TeX{}, literal escaped braces, and a line break as a space; drops citations', () => {
    const [r] = read(String.raw`@article{e, title = {Bib\TeX{} Injection}, abstract = {Backslash \\ and \{braces\}, as shown in \cite{bollobas} and \cite[p.~3]{a,b}. Line\\break.}}`);
    expect(r!.title).toBe('BibTeX Injection');
    expect(r!.abstract).toBe('Backslash and {braces}, as shown in and. Line break.');
  });

  it('keeps its line numbers when a citation spanning lines is dropped', () => {
    const recs = read('@article{a, title = {A}, abstract = {See\n\\cite{x,\n y}.}}\n\n@article{b, title = {B}, abstract = {Two.}}\n');
    expect(recs.map((r) => r.source.line)).toEqual([1, 5]);
  });
});

describe('BibTeX doi and eprint', () => {
  it('leave out a value that is not an id as JSON does: silently for a placeholder, with a located warning otherwise', () => {
    const entry = (key: string, fields: string) => `@article{${key},\n  title = {Graph networks ${key}},\n  abstract = {About graph networks, ${key}.},\n${fields}\n}\n`;
    const r = parseBibtex(
      'lib.bib',
      entry('a', '  doi = {N/A},') + entry('b', '  doi = {see publisher},') + entry('c', '  eprinttype = {arxiv},\n  eprint = {to appear},') + entry('d', '  doi = {10.1000/d.1},'),
    );
    expect(r.records.map((x) => [x.citationKey, x.doi, x.arxiv])).toEqual([
      ['a', undefined, undefined],
      ['b', undefined, undefined],
      ['c', undefined, undefined],
      ['d', '10.1000/d.1', undefined],
    ]);
    expect(r.problems.map((p) => [p.line, p.severity, p.reason])).toEqual([
      [6, 'warning', expect.stringMatching(/^@article\{b\}: doi "see publisher" is not a DOI; left out/)],
      [11, 'warning', expect.stringMatching(/^@article\{c\}: eprint "to appear" is not an arXiv id; left out/)],
    ]);
  });

  it('warns, as JSON does, of a year it cannot read, and keeps the paper without one (review 20 M3)', () => {
    const text = ['20201', 'n.d.', '2021'].map((y, k) => `@article{k${k},\n  title = {Paper ${k}},\n  abstract = {An abstract.},\n  year = {${y}}\n}\n`).join('\n');
    const r = parseBibtex('lab.bib', text);
    expect(r.records.map((p) => p.year)).toEqual([undefined, undefined, 2021]);
    const warnings = r.problems.filter((p) => /is not a year/.test(p.reason));
    expect(warnings.map((p) => [p.line, p.severity, p.reason])).toEqual([
      [1, 'warning', '@article{k0}: year = {20201} is not a year; expected a four-digit year such as 2021 or a date such as 2021-05-04 (the paper is kept without a year)'],
      [7, 'warning', expect.stringMatching(/^@article\{k1\}: year = \{n\.d\.\} is not a year/)],
    ]);
  });

  it('takes a year later than next year for a typo, as a year it cannot read: warned about and left out (review 20 M3)', () => {
    const entry = (k: number, field: string) => `@article{k${k},\n  title = {Paper ${k}},\n  abstract = {An abstract.},\n  ${field}\n}\n`;
    const text = [entry(0, 'year = {2109}'), entry(1, 'date = {2109-05-01}'), entry(2, 'year = {2031}'), entry(3, 'year = {2032}')].join('\n');
    // The run's year is given, never read from the clock: 2030 here, so 2031 is next year and 2032 too late.
    const r = parseBibtex('lab.bib', text, { currentYear: 2030 });
    expect(r.records.map((p) => p.year)).toEqual([undefined, undefined, 2031, undefined]);
    expect(r.problems.map((p) => [p.line, p.severity, p.reason])).toEqual([
      [1, 'warning', '@article{k0}: year = {2109} is later than next year (2031); expected the year the paper appeared, 2031 at the latest (the paper is kept without a year)'],
      [7, 'warning', expect.stringMatching(/^@article\{k1\}: date = \{2109-05-01\} is later than next year \(2031\)/)],
      [19, 'warning', expect.stringMatching(/^@article\{k3\}: year = \{2032\} is later than next year \(2031\)/)],
    ]);
    // Without the run's year, no year is too late: what the parser makes of a file depends on nothing else.
    expect(parseBibtex('lab.bib', text).records.map((p) => p.year)).toEqual([2109, 2109, 2031, 2032]);
  });
});

