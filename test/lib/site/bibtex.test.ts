import { describe, expect, it } from 'vitest';
import { bibtexEntry, citationKey, citationKeys, escapeBibtexText, type CitablePaper } from '../../../src/lib/site/bibtex';
import { looksLikeCitationKey, safeCitationKey } from '../../../src/lib/cite/citation-key';

const paper: CitablePaper = {
  id: 'beyond-aha-meta-abilities-alignment',
  title: "Beyond 'Aha!': Toward Systematic Meta-Abilities Alignment in Large Reasoning Models",
  authors: ['Zhiyuan Hu', 'Yibo Wang', 'Hanze Dong'],
  year: 2025,
  arxiv: '2505.10554',
  links: [{ url: 'https://github.com/zhiyuanhubj/Meta-Ability-Alignment', kind: 'code', label: 'GitHub' }],
};

describe('citationKeys', () => {
  it("gives each paper a key of its own: a made key another paper's already is takes a letter, by id", () => {
    const second = { ...paper, id: 'beyond-aha-the-sequel', title: 'Beyond scaling' };
    const third = { ...paper, id: 'beyond-aha-again', title: 'Beyond words' };
    const owner = { ...paper, id: 'zz-input-key', title: 'Something else', citationKey: 'hu2025beyondb' };
    const keys = citationKeys([paper, second, third, owner]);
    expect(keys).toEqual(
      new Map([
        ['zz-input-key', 'hu2025beyondb'],
        ['beyond-aha-again', 'hu2025beyond'],
        ['beyond-aha-meta-abilities-alignment', 'hu2025beyonda'],
        ['beyond-aha-the-sequel', 'hu2025beyondc'],
      ]),
    );
    expect(bibtexEntry(second, keys.get(second.id)).startsWith('@misc{hu2025beyondc,\n')).toBe(true);
    // One paper alone keeps the key made for it.
    expect(citationKeys([paper]).get(paper.id)).toBe(citationKey(paper));
  });
});

describe('bibtexEntry', () => {
  it('writes an arXiv entry with title, authors, year and eprint', () => {
    const entry = bibtexEntry(paper);
    expect(entry.startsWith('@misc{hu2025beyond,\n')).toBe(true);
    expect(entry).toContain("title         = {{Beyond 'Aha!': Toward Systematic Meta-Abilities Alignment in Large Reasoning Models}}");
    expect(entry).toContain('author        = {Zhiyuan Hu and Yibo Wang and Hanze Dong}');
    expect(entry).toContain('eprint        = {2505.10554}');
    expect(entry).toContain('archivePrefix = {arXiv}');
    expect(entry.endsWith('\n}')).toBe(true);
    // Code links are not the paper's URL.
    expect(entry).not.toContain('github.com');
  });

  it('cites the paper, not the version the page was read from', () => {
    const entry = bibtexEntry({ ...paper, arxiv: '2301.00001v2' });
    expect(entry).toContain('eprint        = {2301.00001}');
  });

  it('writes the author keywords, separated by ";" where one holds a comma, braces escaped', () => {
    expect(bibtexEntry({ ...paper, authorKeywords: ['reasoning', 'alignment'] })).toContain('keywords      = {reasoning, alignment}');
    expect(bibtexEntry({ ...paper, authorKeywords: ['Hand, foot and mouth disease', 'Enterovirus A71'] })).toContain('keywords      = {Hand, foot and mouth disease; Enterovirus A71}');
    expect(bibtexEntry({ ...paper, authorKeywords: ['a}b'] })).toContain('keywords      = {a\\textbraceright{}b}');
    expect(bibtexEntry(paper)).not.toContain('keywords');
  });

  it('writes a journal article when there is a venue and a DOI', () => {
    const entry = bibtexEntry({ ...paper, arxiv: undefined, venue: 'Nature', doi: '10.1038/s41586-021-03819-2' });
    expect(entry.startsWith('@article{')).toBe(true);
    expect(entry).toContain('journal = {Nature}');
    expect(entry).toContain('doi     = {10.1038/s41586-021-03819-2}');
  });

  it('writes the stated type and names the container as that type does', () => {
    const icml = { ...paper, arxiv: undefined, venue: 'Proceedings of ICML', entryType: 'inproceedings' as const };
    const entry = bibtexEntry(icml);
    expect(entry.startsWith('@inproceedings{')).toBe(true);
    expect(entry).toContain('booktitle = {Proceedings of ICML}');
    expect(entry).not.toContain('journal');
    const preprint = bibtexEntry({ ...paper, venue: 'arXiv preprint', entryType: 'article' });
    expect(preprint.startsWith('@article{')).toBe(true);
    expect(preprint).toContain('journal       = {arXiv preprint}');
    expect(bibtexEntry({ ...paper, venue: 'Zenodo', entryType: 'misc' })).toContain('howpublished  = {Zenodo}');
  });

  it('names a venue on a @misc `howpublished` whatever the input, as @misc has no `journal`', () => {
    // An arXiv Atom journal_ref beside a DOI, and a JSON venue beside an arXiv id alone.
    const journalRef = bibtexEntry({ ...paper, venue: 'ICML 2022', doi: '10.1000/edm.2023' });
    const jsonVenue = bibtexEntry({ ...paper, venue: 'NeurIPS 2023' });
    for (const [entry, venue] of [[journalRef, 'ICML 2022'], [jsonVenue, 'NeurIPS 2023']] as const) {
      expect(entry.startsWith('@misc{')).toBe(true);
      expect(entry).toContain(`howpublished  = {${venue}}`);
      expect(entry).not.toMatch(/^ {2}journal/m);
    }
  });

  it('cites a venue with an arXiv id as the journal it appeared in when a volume or pages say where (review 16 M5)', () => {
    const dantzig = bibtexEntry({ ...paper, venue: 'The Annals of Statistics', bibliographic: { volume: '35', number: '6', pages: '2313-2351' } });
    expect(dantzig.startsWith('@article{')).toBe(true);
    expect(dantzig).toContain('journal       = {The Annals of Statistics}');
    expect(dantzig).not.toContain('howpublished');
  });

  it('braces a name that is one unit and keeps "and others"', () => {
    const entry = bibtexEntry({
      ...paper,
      authors: ['Wei Zhang', 'Na Li', 'The RLHF Consortium'],
      literalAuthors: ['The RLHF Consortium'],
      etAl: true,
    });
    expect(entry).toContain('author        = {Wei Zhang and Na Li and {The RLHF Consortium} and others}');
    // A hostile literal name is escaped inside its braces; the entry still balances.
    const hostile = bibtexEntry({ ...paper, authors: ['A} and {B'], literalAuthors: ['A} and {B'] });
    expect(hostile).toContain('author        = {{A\\textbraceright{} and \\textbraceleft{}B}}');
  });

  it('writes a name BibTeX would split wrongly in its "von Last, Jr, First" form', () => {
    const entry = bibtexEntry({
      ...paper,
      authors: ['John Smith Jr.', 'Émile Zola', 'Jan van der Berg', 'Gabriel García Márquez', 'Jane Doe Esq.', 'Ann Comma'],
      nameParts: [
        { name: 'Gabriel García Márquez', given: 'Gabriel', family: 'García Márquez' },
        { name: 'Jane Doe Esq.', given: 'Jane', family: 'Doe', suffix: 'Esq.' },
        { name: 'Ann Comma', given: 'Ann', family: 'Comma, Inc' },
      ],
    });
    expect(entry).toContain('author        = {Smith, Jr., John and Émile Zola and Jan van der Berg and García Márquez, Gabriel and Doe, Esq., Jane and {Comma, Inc}, Ann}');
    expect(entry.startsWith('@misc{smith2025beyond,')).toBe(true);
  });

  it('keeps hostile text from unbalancing the entry', () => {
    const entry = bibtexEntry({
      ...paper,
      title: 'Evil} @misc{x, title={y} 100% & #1 $\\frac{a}{$',
      authors: ['A } B'],
      url: 'https://example.org/{x}',
    });
    expectBalanced(entry);
    // Each field on its own, or braces of one field could make up for another's.
    const values = entry.split('\n').slice(1, -1).map((line) => /^ {2}\w+ *= \{(.*)\},?$/.exec(line)?.[1]);
    expect(values.length).toBeGreaterThanOrEqual(3);
    for (const value of values) expectBalanced(value!);
    expect(entry).toContain('100\\% \\& \\#1');
    expect(entry).toContain('url           = {https://example.org/%7Bx%7D}');
  });

  it('says in a note what an incomplete record lacks, so an entry with a title alone does not pass for complete (review 41 finding 5)', () => {
    const bare = { id: 'vintix', title: 'Vintix: Action Model & <b>"x"</b> 100%}', authors: [], links: [] };
    const entry = bibtexEntry(bare);
    expect(entry).toMatch(/^ {2}note {2}= \{Incomplete record: no authors or year in the source\}$/m);
    expect(entry).toContain('title = {{Vintix: Action Model \\& <b>"x"</b> 100\\%\\textbraceright{}}}');
    expectBalanced(entry);
    expect(bibtexEntry({ ...bare, year: 2025 })).toContain('note  = {Incomplete record: no authors in the source}');
    expect(bibtexEntry({ ...bare, authors: ['Ada Lee'] })).toContain('note   = {Incomplete record: no year in the source}');
    // Both notes, for a made title too.
    expect(bibtexEntry({ ...bare, madeTitle: true })).toContain('note  = {No title in the source record; the title is taken from its abstract; no authors or year in the source}');
    // A complete record has none.
    expect(bibtexEntry(paper)).not.toContain('note');
  });

  it('skips a javascript: URL', () => {
    expect(bibtexEntry({ ...paper, url: 'javascript:alert(1)' })).not.toContain('javascript');
  });
});

describe('citationKey', () => {
  it('uses surname, year and the first significant title word, in ASCII', () => {
    expect(citationKey({ id: 'x', title: 'The Über Model for Graphs', authors: ['José Núñez'], year: 2024 })).toBe('nunez2024uber');
    expect(citationKey({ id: 'x', title: 'Graph nets', authors: ['Battaglia, Peter'], year: 2018 })).toBe('battaglia2018graph');
  });

  it('takes the family name without its suffix or particle, or as the input split it', () => {
    const graphs = { id: 'x', title: 'Graph nets', year: 2018 };
    expect(citationKey({ ...graphs, authors: ['John Smith Jr.'] })).toBe('smith2018graph');
    expect(citationKey({ ...graphs, authors: ['Smith, Jr., John'] })).toBe('smith2018graph');
    expect(citationKey({ ...graphs, authors: ['Émile Zola'] })).toBe('zola2018graph');
    expect(citationKey({ ...graphs, authors: ['Jan van der Berg'] })).toBe('berg2018graph');
    const marquez = { name: 'Gabriel García Márquez', given: 'Gabriel', family: 'García Márquez' };
    expect(citationKey({ ...graphs, authors: [marquez.name], nameParts: [marquez] })).toBe('garciamarquez2018graph');
  });

  it('keeps the particle of a name the title opens with (review 17 L7: rodgers2020bruijnnewman)', () => {
    const dbn = { id: 'x', title: 'The De Bruijn-Newman constant is non-negative', authors: ['Brad Rodgers', 'Terence Tao'], year: 2020 };
    expect(citationKey(dbn)).toBe('rodgers2020debruijnnewman');
    expect(citationKey({ ...dbn, title: 'Van Kampen Diagrams and Small Cancellation' })).toBe('rodgers2020vankampen');
    // A particle in lower case is a word of the sentence, and a capitalised one before a lower-case word too.
    expect(citationKey({ ...dbn, title: 'Histoire de la France rurale' })).toBe('rodgers2020histoire');
    expect(citationKey({ ...dbn, title: 'De rerum natura' })).toBe('rodgers2020rerum');
  });

  it("takes an organisation's first significant word, not its last word or the whole name", () => {
    const report = (name: string) => citationKey({ id: 'x', title: 'The Report on Health', authors: [name], literalAuthors: [name], year: 2020 });
    expect(report('World Health Organization')).toBe('world2020report');
    expect(report('OpenAI')).toBe('openai2020report');
    expect(report('The RLHF Consortium')).toBe('rlhf2020report');
    expect(report('Institut für Physik')).toBe('institut2020report');
    // A CSL family name given alone is read as one unit too.
    expect(report('van Gogh')).toBe('gogh2020report');
    expect(report('l’Oréal')).toBe('loreal2020report');
    // The same name not known to be one unit is a person's.
    expect(citationKey({ id: 'x', title: 'The Report on Health', authors: ['World Health Organization'], year: 2020 })).toBe('organization2020report');
  });

  it("uses the input's own key rather than inventing one", () => {
    const mueller = { id: 'graph-neural-networks', title: 'Graph Neural Networks', authors: ['Jörg Müller'], year: 2021 };
    expect(citationKey(mueller)).toBe('muller2021graph');
    expect(citationKey({ ...mueller, citationKey: 'mueller2021graph' })).toBe('mueller2021graph');
    expect(bibtexEntry({ ...paper, citationKey: 'Hu:2025:aha' }).startsWith('@misc{Hu:2025:aha,\n')).toBe(true);
  });

  it('makes a hand-edited or hostile key safe, and invents one when nothing is left', () => {
    const hostile = ['evil}, title={pwned', 'a b%c', 'müller,2021', '__proto__', '{}', '2021', 'x'.repeat(300), '\\end{document}'];
    for (const key of hostile) {
      const entry = bibtexEntry({ ...paper, citationKey: key });
      const head = entry.slice(0, entry.indexOf('\n'));
      expect(head).toMatch(/^@misc\{[A-Za-z0-9][A-Za-z0-9_:.+-]{0,99},$/);
    }
    expect(citationKey({ ...paper, citationKey: 'evil}, title={pwned' })).toBe('eviltitlepwned');
    expect(citationKey({ ...paper, citationKey: 'müller,2021' })).toBe('muller2021');
    expect(citationKey({ ...paper, citationKey: '__proto__' })).toBe('proto__');
    expect(citationKey({ ...paper, citationKey: '{}' })).toBe('hu2025beyond');
    expect(citationKey({ ...paper, citationKey: '2021' })).toBe('hu2025beyond');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('falls back to the slug when there is nothing to build a key from', () => {
    expect(citationKey({ id: 'some-paper', title: '$x$', authors: [] })).toBe('somepaper');
    expect(citationKey({ id: '3d-$x$', title: '$x$', authors: [] })).toBe('paper3dx');
  });

  it('spells Latin letters in ASCII rather than dropping them', () => {
    const zur = { id: 'x', title: 'Zur Theorie der Graphen', year: 2020 };
    expect(citationKey({ ...zur, authors: ['Jürgen Groß'] })).toBe('gross2020zur');
    expect(citationKey({ ...zur, authors: ['Søren Østergaard'] })).toBe('ostergaard2020zur');
    expect(citationKey({ ...zur, authors: ['Łukasz Wałęsa'] })).toBe('walesa2020zur');
    expect(citationKey({ ...zur, authors: ['Ævar Þórðarson'] })).toBe('thordarson2020zur');
    expect(citationKey({ id: 'x', title: 'Ærø and Łódź', authors: [], year: 2020 })).toBe('aero2020');
    // A key from the input is spelled the same way, its case kept.
    expect(citationKey({ ...zur, authors: [], citationKey: 'Groß2020Ærø' })).toBe('Gross2020AEro');
  });

  it('never starts a made key with a digit: with no author, or none in Latin letters, the title takes its place', () => {
    const rtl = { id: 'rtl-graph-neural-networks', title: 'RTL: שלום עולם graph neural networks', year: 2021 };
    expect(citationKey({ ...rtl, authors: ['مريم العلي'] })).toBe('rtl2021');
    expect(citationKey({ ...rtl, authors: ['דוד לוי'] })).toBe('rtl2021');
    expect(citationKey({ ...rtl, authors: [] })).toBe('rtl2021');
    // With no year either, the key is that word, as it was.
    expect(citationKey({ id: 'x', title: 'The Graph Report', authors: [] })).toBe('graph');
    // A title word that is a number cannot stand for the author; the next word that is a word can.
    expect(citationKey({ id: 'x', title: '2020 Census of Graphs', authors: [], year: 2020 })).toBe('census2020');
    expect(citationKey({ id: 'x', title: '2020 Census of Graphs', authors: [] })).toBe('census');
    expect(citationKey({ id: '2020', title: '2020', authors: [], year: 2020 })).toBe('paper2020');
    // An organisation whose name opens with a digit, too.
    expect(citationKey({ id: 'x', title: 'Annual Report', authors: ['3M'], literalAuthors: ['3M'], year: 2020 })).toBe('annual2020');
  });
});

describe('looksLikeCitationKey', () => {
  it('takes ids that are keys and leaves URLs, DOIs and row numbers alone', () => {
    expect(looksLikeCitationKey('doe2020sci')).toBe(true);
    expect(looksLikeCitationKey('Hu:2025:aha')).toBe(true);
    expect(looksLikeCitationKey('http://dx.doi.org/10.1000/xyz1')).toBe(false);
    expect(looksLikeCitationKey('10.1000/xyz1')).toBe(false);
    expect(looksLikeCitationKey('12345')).toBe(false);
    expect(looksLikeCitationKey('two words')).toBe(false);
    expect(safeCitationKey('  ')).toBeUndefined();
  });
});

describe('escapeBibtexText', () => {
  it('keeps balanced inline math and escapes LaTeX specials elsewhere', () => {
    expect(escapeBibtexText('UR$^2$: 50% of_R&D')).toBe('UR$^2$: 50\\% of\\_R\\&D');
  });

  it('writes a literal brace as a command, since BibTeX counts `\\{` as a brace', () => {
    expect(escapeBibtexText('50% & {unbalanced brace')).toBe('50\\% \\& \\textbraceleft{}unbalanced brace');
    expect(escapeBibtexText('More }')).toBe('More \\textbraceright{}');
    // Math whose braces balance only when an escaped one is skipped is text, escaped as such.
    expect(escapeBibtexText('$\\{a$ and $\\{a\\}$')).toBe('\\$\\textbackslash{}\\textbraceleft{}a\\$ and $\\{a\\}$');
    for (const text of ['{', '}', 'a } b { c', '$\\}{$', '\\{x']) expectBalanced(escapeBibtexText(text));
  });
});

/** Braces as BibTeX and biber count them: every one, a backslash before it or not. */
function expectBalanced(text: string): void {
  let depth = 0;
  for (const ch of text) {
    if (ch === '{') depth += 1;
    if (ch === '}') depth -= 1;
    expect(depth, text).toBeGreaterThanOrEqual(0);
  }
  expect(depth, text).toBe(0);
}
