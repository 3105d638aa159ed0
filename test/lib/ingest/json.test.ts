import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../../src/lib/ingest/index';
import { parseJsonDocument, parseJsonLines } from '../../../src/lib/ingest/json';
import { ingestFixture, utf8 } from './fixture';
import { normaliseRecords } from '../../../src/lib/normalise';
import { bibtexEntry } from '../../../src/lib/site/bibtex';

describe('JSON array', () => {
  it('reads records with every optional field, locating each by line', () => {
    const r = ingestFixture('papers.json');
    expect(r.format).toBe('json');
    expect(r.problems).toEqual([]);
    expect(r.records).toEqual([
      {
        id: 'rag-2020',
        title: 'Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks',
        abstract: expect.stringMatching(/^Large pre-trained language models/),
        authors: ['Patrick Lewis', 'Ethan Perez'],
        year: 2020,
        arxiv: '2005.11401',
        source: { file: 'test/fixtures/ingest/papers.json', line: 2 },
      },
      {
        title: 'Proximal Policy Optimization Algorithms',
        abstract: expect.any(String),
        authors: ['John Schulman', 'Filip Wolski', 'Prafulla Dhariwal'],
        year: 2017,
        url: 'https://arxiv.org/abs/1707.06347',
        source: { file: 'test/fixtures/ingest/papers.json', line: 10 },
      },
    ]);
  });

  it('keeps a collaboration given as a name whole when cited, as a list or in a string', () => {
    const lines = [
      '{"title": "Planck 2018 results", "abstract": "Parameters.", "authors": ["Planck Collaboration", "Aghanim, N."]}',
      '{"title": "Dexamethasone in hospitalized patients", "abstract": "Trial.", "authors": "RECOVERY Collaborative Group; Horby, Peter; Group, Jane"}',
    ].join('\n');
    const { records } = parseJsonLines('a.jsonl', lines);
    expect(records.map((r) => r.literalAuthors)).toEqual([['Planck Collaboration'], ['RECOVERY Collaborative Group']]);
    expect(records[1]!.authors).toEqual(['RECOVERY Collaborative Group', 'Peter Horby', 'Jane Group']);
  });

  it('reads a single object as one record', () => {
    const r = parseJsonDocument('one.json', '\n{"title": "T", "abstract": "A"}');
    expect(r.records).toEqual([{ title: 'T', abstract: 'A', source: { file: 'one.json', line: 2 } }]);
  });

  it('locates a syntax error JSON.parse gives no position for', () => {
    const r = parseJsonDocument('x.json', '[\n  {"title": "a", "abstract": "b"},\n  {"title": tru}\n]');
    expect(r.problems).toEqual([expect.objectContaining({ line: 3, severity: 'error', dropped: true })]);
    expect(r.problems[0]!.reason).toMatch(/malformed JSON: expected a value/);
    expect(r.records.map((x) => x.title)).toEqual(['a']);
  });

  it('keeps the complete records of a truncated array and reports the cut with its line', () => {
    const r = ingestFixture('truncated.json');
    expect(r.records.map((x) => [x.title, x.source.line])).toEqual([['Complete Before Cut', 2]]);
    expect(r.problems).toEqual([expect.objectContaining({ file: 'test/fixtures/ingest/truncated.json', line: 3, severity: 'error', dropped: true })]);
    expect(r.problems[0]!.reason).toMatch(/closing quote before the end of the file/);
  });

  it('says what a cut array holds, not that its records were read: under --on-error stop none is written', () => {
    const r = ingestFixture('truncated.json');
    expect(r.problems[0]!.reason).toMatch(/; nothing past this point can be read, and the file holds 1 complete record\(s\) before it$/);
    expect(r.problems[0]!.reason).not.toMatch(/were read|are read|readable/);
  });

  it('reads every record of an array with a comma left out between two of them, with a warning at the line (review 44 finding 4)', () => {
    const text = '[\n  {"title": "First", "abstract": "One."}\n  {"title": "Second", "abstract": "Two."},\n  {"title": "Third", "abstract": "Three."}\n  {"title": "Fourth", "abstract": "Four."}\n]\n';
    const r = parseJsonDocument('hand.json', text);
    expect(r.records.map((x) => [x.title, x.source.line])).toEqual([['First', 2], ['Second', 3], ['Third', 4], ['Fourth', 5]]);
    expect(r.problems).toEqual([
      { file: 'hand.json', line: 3, severity: 'warning', reason: "malformed JSON: expected ',' between the record ending on line 2 and the one starting here; read as if it were there" },
      { file: 'hand.json', line: 5, severity: 'warning', reason: "malformed JSON: expected ',' between the record ending on line 4 and the one starting here; read as if it were there" },
    ]);
    // A later error still stops the reading there, the records before it kept.
    const cut = parseJsonDocument('hand.json', '[\n{"title": "A", "abstract": "a"}\n{"title": "B", "abstract": "b"},\n{"title": "C", "abstract": "c"\n');
    expect(cut.records.map((x) => x.title)).toEqual(['A', 'B']);
    expect(cut.problems.map((p) => [p.line, p.severity])).toEqual([[3, 'warning'], [5, 'error']]);
  });

  describe('a broken record in an array laid out a record to a line (the records after it still read)', () => {
    const pretty = (second: string) =>
      ['[', '  {', '    "title": "Glacier Melt",', '    "abstract": "One."', '  },', '  {', second, '    "abstract": "Two."', '  },', '  {', '    "title": "Deep Water Formation",', '    "authors": [', '      {"given": "Ada", "family": "Lovelace"}', '    ],', '    "abstract": "Three."', '  }', ']', ''].join('\n');

    it('skips the record a missing colon is in, and reads on from the next record', () => {
      const r = parseJsonDocument('lab.json', pretty('    "title" "Sea Ice Loss",'));
      expect(r.records.map((x) => [x.title, x.source.line])).toEqual([['Glacier Melt', 2], ['Deep Water Formation', 10]]);
      expect(r.problems).toEqual([
        { file: 'lab.json', line: 7, severity: 'error', dropped: true, reason: "malformed JSON: expected ':' after the property name; the record this is in cannot be read, and reading goes on with the record that opens on line 10" },
      ]);
    });

    it('does so for a quote left open, and for two broken records', () => {
      const open = parseJsonDocument('lab.json', pretty('    "title": "Sea Ice Loss,'));
      expect(open.records.map((x) => x.title)).toEqual(['Glacier Melt', 'Deep Water Formation']);
      expect(open.problems.map((p) => [p.line, p.dropped])).toEqual([[7, true]]);
      const twice = parseJsonDocument('lab.json', pretty('    "title" "Sea Ice Loss",').replace('"title": "Glacier Melt",', '"title": Glacier Melt,'));
      expect(twice.records.map((x) => x.title)).toEqual(['Deep Water Formation']);
      expect(twice.problems.map((p) => [p.line, p.dropped])).toEqual([[3, true], [7, true]]);
    });

    it('names a record left open at its own line, and reads the next one, which the error is at', () => {
      const text = ['[', '  {', '    "title": "A",', '    "abstract": "a."', '  },', '  {', '    "title": "B",', '    "abstract": "b."', '  {', '    "title": "C",', '    "abstract": "c."', '  }', ']', ''].join('\n');
      const r = parseJsonDocument('lab.json', text);
      expect(r.records.map((x) => [x.title, x.source.line])).toEqual([['A', 2], ['C', 9]]);
      expect(r.problems).toEqual([
        {
          file: 'lab.json',
          line: 6,
          severity: 'error',
          dropped: true,
          reason: "malformed JSON: the record that opens here is not closed before the next one opens on line 9 (expected ',' or '}' after a property value); it cannot be read, and reading goes on with that one",
        },
      ]);
    });

    it('does not read on in an array written on one line, where the next "{" may be inside a record', () => {
      const r = parseJsonDocument('x.json', '[{"title": "A", "abstract": "a"}, {"title" "B", "abstract": "b", "authors": [{"name": "C"}, {"name": "D"}]}, {"title": "E", "abstract": "e"}]');
      expect(r.records.map((x) => x.title)).toEqual(['A']);
      expect(r.problems).toEqual([expect.objectContaining({ line: 1, dropped: true, reason: expect.stringMatching(/nothing past this point can be read, and the file holds 1 complete record\(s\) before it$/) })]);
    });
  });

  it('rejects a document that is not an array of objects', () => {
    const r = ingestFixture('not-an-array.json');
    expect(r.records).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ line: 1, severity: 'error' })]);
  });

  it('names the field a record is missing or has the wrong type', () => {
    const r = parseJsonDocument('x.json', '[\n{"title": 5, "abstract": "a"},\n{"abstract": "b"},\n{"title": "ok", "abstract": "c", "authors": 7}\n]');
    expect(r.records).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.reason])).toEqual([
      [2, expect.stringMatching(/"title": expected string, received number/)],
      [3, expect.stringMatching(/"title": expected a non-empty title \(to keep records that have none.*--untitled from-abstract\)/)],
      [4, expect.stringMatching(/"authors"/)],
    ]);
  });

  it('keeps __proto__ and friends as plain data', () => {
    const r = parseJsonDocument('x.json', '[{"title": "__proto__", "abstract": "constructor", "__proto__": {"polluted": true}}]');
    expect(r.records[0]).toMatchObject({ title: '__proto__', abstract: 'constructor' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.records[0])).toBe(Object.prototype);
  });
});

describe('JSON Lines', () => {
  it('reads one record per line, skipping blank lines', () => {
    const r = ingestFixture('papers.jsonl');
    expect(r.format).toBe('jsonl');
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => [x.id, x.source.line])).toEqual([
      ['dqn', 1],
      ['adam', 3],
    ]);
    expect(r.records[1]).toMatchObject({ arxiv: '1412.6980', authors: ['Diederik P. Kingma', 'Jimmy Ba'] });
  });

  it('says a cut line ends before its line does, not the file: the next line is read (review 9)', () => {
    const r = parseJsonLines('m.jsonl', ['{"id":"trunc1","title":"A truncated rec', '{"title":"Next","abstract":"Read."}', '{"title":"T","abstract":"A",'].join('\n'));
    expect(r.records.map((x) => [x.title, x.source.line])).toEqual([['Next', 2]]);
    expect(r.problems.map((p) => [p.line, p.reason])).toEqual([
      [1, 'malformed JSON on this line (column 40): expected a closing quote before the end of the line; line starts "{\\"id\\":\\"trunc1\\",\\"title\\":\\"A truncated rec"'],
      [3, 'malformed JSON on this line (column 29): expected a property name before the end of the line; line starts "{\\"title\\":\\"T\\",\\"abstract\\":\\"A\\","'],
    ]);
  });

  it('reads "and others" or "et al." at the end of an author list as a cut list, not a person', () => {
    const r = parseJsonLines(
      'p.jsonl',
      '{"title": "Water on Surfaces", "abstract": "Adsorption.", "authors": "Gil Gamma and others"}\n{"title": "Ice", "abstract": "Freezing.", "authors": ["Dan Delta", "et al."]}',
    );
    expect(r.records.map((x) => [x.authors, x.etAl])).toEqual([
      [['Gil Gamma'], true],
      [['Dan Delta'], true],
    ]);
  });

  it('reports each bad line and still reads the good ones', () => {
    const r = ingestFixture('malformed.jsonl');
    expect(r.records.map((x) => x.title)).toEqual(['Good First Line', 'Good Last Line']);
    expect(r.problems.map((p) => [p.line, p.severity, p.dropped])).toEqual([
      [2, 'error', true],
      [3, 'error', true],
      // A record without an abstract is normal in an export: a warning, its record still counted as dropped.
      [4, 'warning', true],
    ]);
    expect(r.problems[0]!.reason).toMatch(/column \d+/);
  });

  it('detects JSON Lines in a .json file and a JSON array in a .jsonl file by content', () => {
    const lines = '{"title": "a", "abstract": "b"}\n{"title": "c", "abstract": "d"}\n';
    expect(ingestFile('x.json', utf8(lines))).toMatchObject({ format: 'jsonl', problems: [] });
    const array = '[{"title": "a", "abstract": "b"}]';
    expect(ingestFile('x.jsonl', utf8(array))).toMatchObject({ format: 'json', problems: [] });
  });

  it('reads a .json of JSON Lines with a line that is no record (a tool\'s comment) as JSON Lines, that line reported', () => {
    const lines = '{"title": "a", "abstract": "b"}\n{"title": "c", "abstract": "d"}\n// exported by tool\n{"title": "e", "abstract": "f"}\n';
    const r = ingestFile('x.json', utf8(lines));
    expect(r.format).toBe('jsonl');
    expect(r.records.map((x) => x.title)).toEqual(['a', 'c', 'e']);
    expect(r.problems.map((p) => [p.line, p.severity])).toEqual([[3, 'error']]);
    // Its first line broken, or one record beside a comment line, it is still JSON Lines.
    const first = ingestFile('x.json', utf8('{"title" "a", "abstract": "b"}\n{"title": "c", "abstract": "d"}\n{"title": "e", "abstract": "f"}\n'));
    expect([first.format, first.records.map((x) => x.title), first.problems.map((p) => p.line)]).toEqual(['jsonl', ['c', 'e'], [1]]);
    const two = ingestFile('x.json', utf8('// exported by tool\n{"title": "a", "abstract": "b"}\n'));
    expect([two.format, two.records.map((x) => x.title), two.problems.map((p) => p.line)]).toEqual(['jsonl', ['a'], [1]]);
    // A list wrapped in a key and laid out a record to a line, broken in one record, is still one JSON document.
    const recordLine = (n: number, colon = ':') => `    {"title"${colon} "Title ${n}", "abstract": "About ${n}."}`;
    const wrapped = ['{', '  "papers": [', `${recordLine(1)},`, `${recordLine(2, '')},`, `${recordLine(3)},`, `${recordLine(4)},`, recordLine(5), '  ]', '}', ''].join('\n');
    const read = ingestFile('export.json', utf8(wrapped));
    expect([read.format, read.problems.map((p) => p.line)]).toEqual(['json', [4]]);
    // One object written over several lines is one JSON document, with its error where it is.
    const pretty = ingestFile('y.json', utf8('{\n  "title": "a",\n  "abstract": "b"\n}\n}\n'));
    expect(pretty.format).toBe('json');
    expect(pretty.problems.map((p) => p.line)).toEqual([5]);
  });

  it('parses NDJSON the same way', () => {
    expect(parseJsonLines('x.ndjson', '{"title":"t","abstract":"a"}').records).toHaveLength(1);
  });
});

describe('JSON text', () => {
  it('is typed text: TeX typography is not applied, backslash commands are read', () => {
    const abstract = "Run graph-mine --verbose --threads=4; the option 'fast', alert('x'), <!-- c -->, the C++ operator i--, ~/data, Tilde~here, ``q'' and 10--20 nodes.";
    const line = JSON.stringify({ title: 'Command-Line Tools -- A Survey', abstract: `${abstract} Costs 10\\% in \\emph{Bal\\'azs}.` });
    const { records } = ingestFile('typo.jsonl', utf8(`${line}\n`));
    expect(records[0]!.title).toBe('Command-Line Tools -- A Survey');
    expect(records[0]!.abstract).toBe(`${abstract} Costs 10% in Balázs.`);
  });
});

describe('JSON authors, years and wrappers', () => {
  const jsonl = (...objs: object[]) => ingestFile('a.jsonl', utf8(objs.map((o) => JSON.stringify(o)).join('\n') + '\n'));
  const base = { title: 'T', abstract: 'A.' };

  it('accepts author objects and shows inverted names as BibTeX names show', () => {
    const r = jsonl(
      { ...base, authors: [{ name: 'Ada Lovelace' }, { given: 'Alan', family: 'Turing' }] },
      { ...base, authors: 'Lovelace, Ada; Turing, Alan' },
      { ...base, authors: 'Ada Lovelace, Alan Turing' },
    );
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => x.authors)).toEqual([['Ada Lovelace', 'Alan Turing'], ['Ada Lovelace', 'Alan Turing'], ['Ada Lovelace, Alan Turing']]);
  });

  it('reads author objects in the ACL Anthology and S2ORC shape, {first, middle, last}, and {firstName, lastName}', () => {
    const r = jsonl(
      { ...base, authors: [{ first: 'Sergey', last: 'Ioffe' }, { first: 'Christian', last: 'Szegedy' }] },
      { ...base, authors: [{ first: 'Michael', middle: ['I.'], last: 'Jordan', suffix: '' }, { first: 'Gertjan', middle: [], last: 'van Noord' }] },
      { ...base, authors: [{ firstName: 'Ada', lastName: 'Lovelace' }] },
    );
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => x.authors)).toEqual([['Sergey Ioffe', 'Christian Szegedy'], ['Michael I. Jordan', 'Gertjan van Noord'], ['Ada Lovelace']]);
    expect(r.records[1]!.nameParts).toEqual([{ name: 'Gertjan van Noord', given: 'Gertjan', family: 'van Noord' }]);
  });

  it('reads "Family, Jr., Given" and a suffix in an author object, and does not take an initial or "Xi" for a suffix', () => {
    const r = jsonl(
      { ...base, authors: 'Smith, Jr., John; García Márquez, Gabriel; Nguyen, V.; Li, Xi' },
      { ...base, authors: [{ given: 'John', family: 'Smith', suffix: 'Jr.' }, 'Smith, Jr., John'] },
    );
    expect(r.records.map((x) => x.authors)).toEqual([
      ['John Smith Jr.', 'Gabriel García Márquez', 'V. Nguyen', 'Xi Li'],
      ['John Smith Jr.', 'John Smith Jr.'],
    ]);
    expect(r.records[0]!.nameParts).toEqual([{ name: 'Gabriel García Márquez', given: 'Gabriel', family: 'García Márquez' }]);
  });

  it('reads an inverted name with initials or in capitals as the tagged exports are read: "Smith, JA" is J. A. Smith', () => {
    const r = jsonl({ ...base, authors: ['Smith, JA', 'ROSE, G', 'Jones, Robert S 3rd'] });
    expect(r.records[0]!.authors).toEqual(['J. A. Smith', 'G. Rose', 'Robert S. Jones 3rd']);
  });

  it('shows "John Smith, Jr." without the comma before the suffix, alone, in a list or in an array, as the Cite box reads it', () => {
    const r = jsonl(
      { ...base, authors: 'John Smith, Jr.' },
      { ...base, authors: ['John Smith, Jr.', 'Smith, John'] },
      { ...base, authors: 'John Smith, Jr. and Jane Doe' },
      { ...base, authors: 'John Smith, Jr., Jane Doe, Ada Lovelace' },
      { ...base, authors: 'Smith, Jr., John' },
      { ...base, authors: 'Smith, John' },
      { ...base, authors: 'A, B, C' },
    );
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => x.authors)).toEqual([
      ['John Smith Jr.'],
      ['John Smith Jr.', 'John Smith'],
      ['John Smith Jr.', 'Jane Doe'],
      // A suffix in a comma list is the name's before it, not a person called "Jr.".
      ['John Smith Jr.', 'Jane Doe', 'Ada Lovelace'],
      ['John Smith Jr.'],
      // One comma without ";" or "and" is not known to invert a name: left as written.
      ['Smith, John'],
      ['A', 'B', 'C'],
    ]);
    // The name shown reads back as the same parts, so none are stored beside it.
    expect(r.records[0]!.nameParts).toBeUndefined();
  });

  it('reads "A, B and C" and APA\'s "Family, I. J." lists as the people they name', () => {
    const r = jsonl(
      { ...base, authors: 'Daniel Spielman, Nikhil Srivastava and Joshua Batson' },
      { ...base, authors: 'Ian J. Goodfellow, Jean Pouget-Abadie, Mehdi Mirza, and Bing Xu' },
      { ...base, authors: 'Candès, E. J., Romberg, J., Tao, T.' },
      { ...base, authors: 'Smith, John and Doe, Jane' },
    );
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => x.authors)).toEqual([
      ['Daniel Spielman', 'Nikhil Srivastava', 'Joshua Batson'],
      ['Ian J. Goodfellow', 'Jean Pouget-Abadie', 'Mehdi Mirza', 'Bing Xu'],
      ['E. J. Candès', 'J. Romberg', 'T. Tao'],
      ['John Smith', 'Jane Doe'],
    ]);
  });

  it('says what authors were expected, warns about a year that is not one, and lists errors in line order', () => {
    const r = jsonl({ ...base, authors: 42 }, { title: ' ', abstract: 'x' }, { ...base, year: 'nineteen' });
    expect(r.problems.map((p) => [p.line, p.severity])).toEqual([
      [1, 'error'],
      [2, 'error'],
      [3, 'warning'],
    ]);
    expect(r.problems[0]!.reason).toMatch(/"authors": expected a list of names \(strings\) or objects with "name", "given" \+ "family" or "first" \+ "last"/);
    expect(r.problems[2]!.reason).toMatch(/"year": "nineteen" is not a year/);
    expect(r.records).toHaveLength(1);
  });

  it('takes a year later than next year for a typo, as a year it cannot read: warned about and left out (review 20 M3)', () => {
    const lines = [{ year: 2109 }, { year: '2109-01-02' }, { year: 2031 }, { year: 2032 }].map((y, k) => JSON.stringify({ title: `T${k}`, abstract: `Abstract ${k}.`, ...y }));
    const text = utf8(lines.join('\n') + '\n');
    const r = ingestFile('y.jsonl', text, { currentYear: 2030 });
    expect(r.records.map((p) => p.year)).toEqual([undefined, undefined, 2031, undefined]);
    expect(r.problems.map((p) => [p.file, p.line, p.severity, p.reason])).toEqual([
      ['y.jsonl', 1, 'warning', '"year": 2109 is later than next year (2031); expected the year the paper appeared, 2031 at the latest (the paper is kept without a year)'],
      ['y.jsonl', 2, 'warning', expect.stringMatching(/^"year": "2109-01-02" is later than next year \(2031\)/)],
      ['y.jsonl', 4, 'warning', expect.stringMatching(/^"year": 2032 is later than next year \(2031\)/)],
    ]);
    expect(ingestFile('y.jsonl', text).records.map((p) => p.year)).toEqual([2109, 2109, 2031, 2032]);
  });

  it('reads a list wrapped in one top-level key, and names the problem otherwise', () => {
    const wrapped = ingestFile('w.json', utf8('{"papers": [\n {"title": "T", "abstract": "A.", "authors": [{"name": "Obj Author"}]}\n]}\n'));
    expect(wrapped.problems).toEqual([]);
    expect(wrapped.records).toMatchObject([{ title: 'T', authors: ['Obj Author'], source: { line: 2 } }]);
    const other = ingestFile('o.json', utf8('{"count": 1, "next": null}\n'));
    expect(other.problems[0]!.reason).toMatch(/^expected a list of records .* got an object with keys "count", "next"/);
  });
});

describe('JSON records without an abstract', () => {
  const reasonsOf = (text: string) => parseJsonLines('lib.jsonl', text).problems.map((p) => [p.line, p.severity, p.dropped, p.reason]);

  it('skips a missing, null, empty or blank abstract with the warning BibTeX and CSL give, not a schema error', () => {
    const lines = ['{"title":"no abstract here"}', '{"title":"Null Abstract","abstract":null}', '{"title":"Empty Abstract","abstract":""}', '{"title":"Blank Abstract","abstract":"  \\n "}'];
    const r = parseJsonLines('lib.jsonl', lines.join('\n'));
    expect(r.records).toEqual([]);
    expect(r.problems).toEqual([
      { file: 'lib.jsonl', line: 1, severity: 'warning', dropped: true, reason: 'record "no abstract here" has no abstract; skipped (a paper page needs one)' },
      { file: 'lib.jsonl', line: 2, severity: 'warning', dropped: true, reason: 'record "Null Abstract" has no abstract; skipped (a paper page needs one)' },
      { file: 'lib.jsonl', line: 3, severity: 'warning', dropped: true, reason: 'record "Empty Abstract" has no abstract; skipped (a paper page needs one)' },
      { file: 'lib.jsonl', line: 4, severity: 'warning', dropped: true, reason: 'record "Blank Abstract" has no abstract; skipped (a paper page needs one)' },
    ]);
    // A JSON array says the same, at the item's line.
    expect(parseJsonDocument('lib.json', '[\n  {"title": "Good", "abstract": "Read."},\n  {"title": "Book Without Abstract"}\n]').problems).toEqual([
      { file: 'lib.json', line: 3, severity: 'warning', dropped: true, reason: 'record "Book Without Abstract" has no abstract; skipped (a paper page needs one)' },
    ]);
  });

  it('is treated as BibTeX and CSL-JSON treat the same item', () => {
    const json = ingestFile('a.jsonl', utf8('{"title":"Speech and Language Processing"}\n'));
    const csl = ingestFile('a.json', utf8('[{"id":"jurafsky","type":"book","title":"Speech and Language Processing"}]'));
    const bib = ingestFile('a.bib', utf8('@book{jurafsky,\n  title = {Speech and Language Processing}\n}\n'));
    const shape = (r: typeof json) => r.problems.map((p) => ({ severity: p.severity, dropped: p.dropped, ending: p.reason.replace(/^.*"Speech and Language Processing"/, '') }));
    expect(shape(json)).toEqual([{ severity: 'warning', dropped: true, ending: ' has no abstract; skipped (a paper page needs one)' }]);
    expect(shape(csl)).toEqual(shape(json));
    expect(shape(bib)).toEqual(shape(json));
  });

  it('names an abstract of the wrong type plainly, with its line, as an error', () => {
    expect(reasonsOf('{"title":"Good","abstract":"Read."}\n{"title":"Numbered","abstract":12345}\n{"title":"Listed","abstract":["a","b"]}\n{"title":"Nested","abstract":{"en":"x"}}\n{"title":"Flag","abstract":true}')).toEqual([
      [2, 'error', true, 'record not read: "abstract" should be text, found a number'],
      [3, 'error', true, 'record not read: "abstract" should be text, found a list'],
      [4, 'error', true, 'record not read: "abstract" should be text, found an object'],
      [5, 'error', true, 'record not read: "abstract" should be text, found true'],
    ]);
    // CSL-JSON reads its abstract the same way.
    const item = (id: string, abstract: string) => `{"id":"${id}","type":"article-journal","title":"${id}","issued":{"date-parts":[[2020]]},"abstract":${abstract}}`;
    const zotero = parseJsonDocument('z.json', `[\n${item('a', '"Read."')},\n${item('b', '"Read."')},\n${item('c', '12345')}\n]`);
    expect(zotero.csl).toBe(true);
    expect(zotero.problems.map((p) => [p.line, p.reason])).toEqual([[4, 'CSL item not read: "abstract" should be text, found a number']]);
  });
});

describe('JSON keys only the Cite box reads', () => {
  it('leaves out a value of a shape they are not read in, with a warning naming the key and what it held, and keeps the paper', () => {
    const base = { title: 'Graph nets', abstract: 'Graph nets for physics.', volume: 7 };
    const lines = [
      { ...base, publisher: { name: 'ACM' } },
      { ...base, pages: { first: 1, last: 9 } },
      { ...base, volume: ['3'], number: true },
      { ...base, month: { value: 3 }, issue: null },
    ].map((o) => JSON.stringify(o));
    const r = parseJsonLines('cite.jsonl', lines.join('\n'));
    expect(r.records.map((x) => [x.source.line, x.bibliographic])).toEqual([
      [1, { volume: '7' }],
      [2, { volume: '7' }],
      [3, undefined],
      [4, { volume: '7' }],
    ]);
    expect(r.problems.map((p) => [p.line, p.severity, p.dropped, p.reason])).toEqual([
      [1, 'warning', undefined, '"publisher": expected text, found an object {"name":"ACM"}; left out (the paper is kept without it)'],
      [2, 'warning', undefined, '"pages": expected text or a number, found an object {"first":1,"last":9}; left out (the paper is kept without it)'],
      [3, 'warning', undefined, '"volume": expected text or a number, found a list ["3"]; left out (the paper is kept without it); "number": expected text or a number, found true; left out (the paper is kept without it)'],
      [4, 'warning', undefined, '"month": expected text or a number, found an object {"value":3}; left out (the paper is kept without it)'],
    ]);
  });
});

describe('JSON doi and arxiv', () => {
  const paper = (title: string, extra: object) => JSON.stringify({ title, abstract: `${title}: an abstract of its own, about graphs.`, ...extra });

  it('take a placeholder for no id, silently: spreadsheet-made papers sharing "N/A" stay different papers', () => {
    const placeholders = ['N/A', 'n/a', 'NA', 'nan', 'None', 'null', '-', '', '  '];
    const lines = [
      ...placeholders.map((doi, k) => paper(`Graph neural networks for molecule set ${k}`, { doi })),
      paper('Attention for time series forecasting', { arxiv: 'none' }),
      paper('Attention for traffic forecasting', { arxiv: 'NaN' }),
    ];
    const r = parseJsonLines('sheet.jsonl', lines.join('\n'));
    expect(r.problems).toEqual([]);
    expect(r.records.filter((x) => x.doi !== undefined || x.arxiv !== undefined)).toEqual([]);
    expect(normaliseRecords(r.records).papers).toHaveLength(lines.length);
  });

  it('leave out any other text that is not an id, with a located warning, and keep the ids they can read', () => {
    const r = parseJsonLines(
      'ids.jsonl',
      [
        paper('Graph attention networks', { doi: 'see the publisher', year: 2018 }),
        paper('Graph convolutional networks', { arxiv: 'arXiv preprint', doi: 'https://doi.org/10.1000/GCN.1' }),
        paper('Graph isomorphism networks', { arxiv: 'arXiv:1810.00826v3' }),
      ].join('\n'),
    );
    expect(r.records.map((x) => [x.title, x.doi, x.arxiv, x.year])).toEqual([
      ['Graph attention networks', undefined, undefined, 2018],
      ['Graph convolutional networks', '10.1000/GCN.1', undefined, undefined],
      ['Graph isomorphism networks', undefined, '1810.00826v3', undefined],
    ]);
    expect(r.problems.map((p) => [p.line, p.severity, p.dropped, p.reason])).toEqual([
      [1, 'warning', undefined, '"doi": "see the publisher" is not a DOI; left out (expected one such as "10.1000/xyz123" or a doi.org link)'],
      [2, 'warning', undefined, expect.stringMatching(/^"arxiv": "arXiv preprint" is not an arXiv id; left out \(expected one such as "2401\.00001"/)],
    ]);
  });
});

describe('JSON fields a paper is kept without', () => {
  it('leaves out a year, url, venue, doi or arxiv of the wrong type with a located warning naming the field and what was expected, and keeps the paper', () => {
    const r = ingestFixture('odd-fields.jsonl');
    expect(r.records.map((x) => [x.source.line, x.title, x.year, x.url, x.venue, x.doi, x.arxiv])).toEqual([
      [1, 'Deep Residual Learning for Image Recognition', undefined, undefined, undefined, undefined, undefined],
      [2, 'Attention Is All You Need', 2017, 'https://arxiv.org/abs/1706.03762', undefined, undefined, undefined],
      [3, expect.stringMatching(/^Batch Normalization/), undefined, undefined, 'ICML', undefined, undefined],
    ]);
    expect(r.problems.map((p) => [p.file, p.line, p.severity, p.dropped, p.reason])).toEqual([
      [
        'test/fixtures/ingest/odd-fields.jsonl',
        1,
        'warning',
        undefined,
        '"year": an object {"$numberInt":"2016"} is not a year; expected a four-digit year such as 2021 or a date such as "2021-05-04" (the paper is kept without a year); ' +
          '"url": expected text, found 42; left out (the paper is kept without it); ' +
          '"venue": expected text, found a list ["CVPR","IEEE Conference on Computer Vi…; left out (the paper is kept without it)',
      ],
      [
        'test/fixtures/ingest/odd-fields.jsonl',
        2,
        'warning',
        undefined,
        '"doi": expected text (a DOI), found an object {"value":"10.5555/3295222.3295349"}; left out (the paper is kept without it); ' +
          '"arxiv": expected text (an arXiv id), found 1706.03762; left out (the paper is kept without it)',
      ],
      ['test/fixtures/ingest/odd-fields.jsonl', 3, 'warning', undefined, expect.stringMatching(/^"year": 2015\.5 is not a year; expected a four-digit year/)],
      // A title of the wrong type still costs the record: a page needs one.
      ['test/fixtures/ingest/odd-fields.jsonl', 4, 'error', true, 'record not read: "title": expected string, received array'],
    ]);
  });
});

describe('a JSON record’s publication type', () => {
  const typed = (type: unknown) =>
    parseJsonLines('typed.jsonl', `${JSON.stringify({ title: 'Imagined Communities', abstract: 'On the origin and spread of nationalism.', venue: 'Verso', type })}\n`);

  it('is read in the BibTeX, CSL, Crossref or OpenAlex vocabulary', () => {
    expect(typed('book').records[0]!.entryType).toBe('book');
    expect(typed('Book').records[0]!.entryType).toBe('book');
    expect(typed('paper-conference').records[0]!.entryType).toBe('inproceedings');
    expect(typed('journal-article').records[0]!.entryType).toBe('article');
    expect(typed('book-chapter').records[0]!.entryType).toBe('incollection');
    expect(typed('dissertation').records[0]!.entryType).toBe('phdthesis');
    expect(typed('article').records[0]!.entryType).toBe('article');
    expect(typed('book').problems).toEqual([]);
  });

  it('is left out with a located warning when no vocabulary has it, the paper kept', () => {
    const r = typed('blog musings');
    expect(r.records).toHaveLength(1);
    expect(r.records[0]!.entryType).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ file: 'typed.jsonl', line: 1, severity: 'warning', reason: expect.stringMatching(/"type": "blog musings" is not a publication type/) })]);
    expect(typed(7).problems[0]!.reason).toMatch(/"type"/);
  });

  it('reaches the Cite box: a book is cited @book, not @article', () => {
    const [paper] = normaliseRecords(typed('book').records).papers;
    expect(paper!.entryType).toBe('book');
    const entry = bibtexEntry({ id: 'imagined-communities', title: paper!.title, venue: paper!.venue, entryType: paper!.entryType, authors: [], links: [] });
    expect(entry).toMatch(/^@book\{/);
    expect(entry).not.toMatch(/journal/);
  });
});

describe('an author text with a suffix after the given name', () => {
  it('is one person, shown given name first', () => {
    const r = ingestFile('s.jsonl', utf8(JSON.stringify({ title: 'T', abstract: 'A.', authors: 'Doe, Jane and Smith, John, Jr. and others' }) + '\n'));
    expect(r.records[0]).toMatchObject({ authors: ['Jane Doe', 'John Smith Jr.'], etAl: true });
  });
});
