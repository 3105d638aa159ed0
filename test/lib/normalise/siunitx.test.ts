import { describe, expect, it } from 'vitest';
import { numberText, siunitxText, unitText } from '../../../src/lib/normalise/siunitx';
import { decodeTex } from '../../../src/lib/normalise/text';
import { parseBibtex } from '../../../src/lib/ingest/bibtex';

describe('siunitx', () => {
  it('prints a quantity as its number and unit, prefixes and powers as siunitx sets them', () => {
    expect(siunitxText('\\SI{3.5}{\\kilo\\gram}')).toBe('3.5 kg');
    expect(siunitxText('\\qty{9.8}{\\metre\\per\\second\\squared}')).toBe('9.8 m s⁻²');
    expect(siunitxText('\\SI[per-mode=symbol]{9.8}{\\metre\\per\\square\\second}')).toBe('9.8 m s⁻²');
    expect(siunitxText('\\SI{64}{px} and \\si{m.s^{-1}}')).toBe('64 px and m s⁻¹');
    expect(siunitxText('\\SI{10}{\\percent}, \\ang{30}, \\SI{25}{\\degreeCelsius}')).toBe('10%, 30°, 25 °C');
    expect(unitText('\\micro\\metre')).toBe('µm');
    expect(unitText('\\kilo\\watt\\hour')).toBe('kW h');
    expect(unitText('\\metre\\tothe{4}')).toBe('m⁴');
  });

  it('prints an exponent as a power of ten, and ranges and lists in words', () => {
    expect(numberText('1e5')).toBe('10⁵');
    expect(numberText('1.2e-3')).toBe('1.2 × 10⁻³');
    expect(numberText('3.2 +- 0.1')).toBe('3.2 ± 0.1');
    expect(siunitxText('\\SIrange{1}{5}{\\metre} and \\numrange{2}{4}')).toBe('1 m to 5 m and 2 to 4');
    expect(siunitxText('\\SIlist{1;2;3}{\\milli\\ampere}')).toBe('1 mA, 2 mA and 3 mA');
  });

  it("reads escaped symbols and abbreviated units in a unit, and the units package's value in brackets", () => {
    expect(siunitxText('by \\SI{10}{\\%} and \\si{\\metre\\,\\second}')).toBe('by 10% and m s');
    expect(siunitxText('\\SI{3}{\\us} at \\SI{2.4}{\\GHz}')).toBe('3 µs at 2.4 GHz');
    expect(siunitxText('Accuracy of \\unit[5]{mm} reached.')).toBe('Accuracy of 5 mm reached.');
  });

  it('never throws on a unit it cannot read, and gives up on a brace left open far away', () => {
    for (const text of ['\\SI{1}{\\\\}', '\\si{\\kilo{g}}', '\\si{\\@}', '\\SI{1}{{'.repeat(2000)]) expect(() => siunitxText(text)).not.toThrow();
    expect(siunitxText('\\SI{'.repeat(1000))).toBe('\\SI{'.repeat(1000));
  });

  it('costs a BibTeX file none of its entries (a unit with \\% used to throw and lose the whole file)', () => {
    const bib = '@article{a,\n  title = {Yield},\n  abstract = {Yield rose by \\SI{10}{\\%}.}\n}\n@article{b,\n  title = {Other},\n  abstract = {Fine.}\n}\n';
    const r = parseBibtex('a.bib', bib);
    expect(r.records.map((x) => x.abstract)).toEqual(['Yield rose by 10%.', 'Fine.']);
  });

  it('leaves a command without its arguments, and other commands, as written', () => {
    expect(siunitxText('\\SI{5} alone, \\sin x, \\simeq 2')).toBe('\\SI{5} alone, \\sin x, \\simeq 2');
  });

  it('is read wherever TeX is decoded, and in BibTeX before the parser drops the braces', () => {
    expect(decodeTex('at \\SI{300}{\\kelvin}', { typography: true })).toBe('at 300 K');
    const bib = '@article{a,\n  title = {Pixels},\n  abstract = {Patches of \\SI{64}{px} at \\SI{2}{\\micro\\metre}; HR 0{\\textperiodcentered}92.}\n}\n';
    expect(parseBibtex('a.bib', bib).records[0]!.abstract).toBe('Patches of 64 px at 2 µm; HR 0·92.');
  });
});
