import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as bibtexParser from '@retorquere/bibtex-parser';
import { parseBibtex } from '../../../src/lib/ingest/bibtex';
import { PARSER_STRINGS, scanValues } from '../../../src/lib/ingest/bibtex-values';
import { ingestFixture } from './fixture';

// The real parser, with its calls counted: a file must cost one parse however many macros it leaves undefined.
vi.mock('@retorquere/bibtex-parser', async (importOriginal) => {
  const real = await importOriginal<typeof import('@retorquere/bibtex-parser')>();
  return { ...real, parse: vi.fn((...args: Parameters<typeof real.parse>) => real.parse(...args)) };
});
const parse = vi.mocked(bibtexParser.parse);

describe('BibTeX @string macros the file does not define', () => {
  beforeEach(() => {
    parse.mockClear();
  });

  it('are found before parsing, so the file is parsed once', () => {
    const r = ingestFixture('ieee-abrv.bib');
    expect(r.records.map((x) => x.venue)).toContain('IEEE_J_PAMI');
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('are those with no value where used: before their @string, or after an empty one, and not the parser’s own', () => {
    const bib = [
      '@article{a, title = {A}, abstract = {About A.}, journal = trans, month = mar, year = 2020}',
      '@string{trans = "Transactions on Graphs"}',
      '@article{b, title = {B}, abstract = {About B.}, journal = TRANS, series = cacm}',
      '@string{lab = {}}',
      '@article{c, title = {C}, abstract = {About C.}, author = lab # { Group}}',
    ].join('\n');
    const r = parseBibtex('m.bib', bib);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(r.records.map((x) => [x.id, x.venue, x.bibliographic?.month, x.authors])).toEqual([
      ['a', 'trans', 3, []],
      ['b', 'Transactions on Graphs', undefined, []],
      ['c', undefined, undefined, ['lab Group']],
    ]);
    expect(r.problems.map((p) => [p.line, p.reason])).toEqual([
      [1, '@article{a}: journal: @string trans is defined only after this entry, on line 2 (BibTeX reads a @string from its definition on: move it above the entries that use it); kept as the text trans'],
      [5, '@article{c}: author: @string lab is defined with no text (line 4); kept as the text lab'],
    ]);
  });

  it('that the scan cannot see still come out as warnings (a @string the parser loses is read again)', () => {
    // The @string's value breaks the parser's LaTeX reading, so it reads the file entry by entry and never
    // defines `x`, though the scan saw it defined.
    const r = parseBibtex('s.bib', '@string{x = "\\newcommand"}\n@misc{a, title = {Good}, abstract = {Fine.}, journal = x}\n');
    expect(r.records.map((x) => x.venue)).toEqual(['x']);
    expect(r.problems.map((p) => [p.line, p.severity, p.reason.replace(/:.*/s, '')])).toEqual([
      [1, 'error', 'malformed BibTeX in @string{x'],
      [2, 'warning', '@misc{a}'],
    ]);
  });
});

describe('scanValues', () => {
  const names = (bib: string) => scanValues(bib).undefinedMacros;

  it('names each macro once, as first written, where no @string before it gives it a value', () => {
    expect(names('@string{t = ieeeT # " on Graphs"}\n@article{a, journal = t, author = IEEET # lab, year = 2020, note = "x" # Lab}')).toEqual(['ieeeT', 'lab']);
    expect(names('@article{a, journal = j}\n@string{j = "J"}\n@article{b, journal = j, booktitle = k}')).toEqual(['j', 'k']);
    expect(names('@string{e = ""}\n@string{f = "" # g}\n@article{a, journal = e, note = f}')).toEqual(['g', 'e']);
    expect(names('@string{h = "H"}\n@article{a, journal = h}\n@string{H = {}}\n@article{b, journal = h}')).toEqual(['h']);
    expect(names('@string(s = "S")\n@preamble "x" # p\n@article(a, month = dec, journal = s # tcs)')).toEqual(['p']);
  });

  it('leaves out text that is not a value: braces, quotes, comments, keys and field names', () => {
    expect(names('% @article{c, journal = commented}\n@comment{ journal = incomment }\n@article{key, journal = {braced # word} # "quoted = word"}')).toEqual([]);
  });

  it('counts the macros a broken entry used before the point where the parser gave up on it, not after', () => {
    expect(names('@article{a, journal = before, title = {x} junk, note = after}\n@article{b, note = next}')).toEqual(['before', 'next']);
    // A `$` left open when the braces close is an error to the parser ("Unclosed math section").
    expect(names('@article{a, journal = before, title = {costs $5}, note = after}')).toEqual(['before']);
  });

  it('knows every macro the parser defines itself', async () => {
    // The parser's own list, from its first pass (not exported, so read from its files): a name missing from
    // PARSER_STRINGS would have its value replaced by the marker of an undefined macro.
    const main = createRequire(import.meta.url).resolve('@retorquere/bibtex-parser'); // dist/cjs/index.js
    const verbatim = (await import(pathToFileURL(join(dirname(main), '..', 'esm', 'verbatim.js')).href)) as {
      Library: new (input: string) => { default_strings: Record<string, string> };
    };
    expect(new Set(Object.keys(new verbatim.Library('').default_strings))).toEqual(PARSER_STRINGS);
  });
});
