import { describe, expect, it } from 'vitest';
import { identity, PhraseWords } from '../../../src/lib/concepts/normalise';
import { extractConcepts } from '../../../src/lib/concepts/index';

describe('an oxide named after its element is not a Latin plural of the element (probe 56: "silica" an alias of Silicon)', () => {
  it('keeps "silica", "alumina", "zirconia" and "titania" apart from the element the collection also writes', () => {
    const written = new PhraseWords([
      'porous silicon', 'amorphous silica', 'aluminum foil', 'aluminium sheet', 'sintered alumina', 'zirconium alloy',
      'yttria-stabilised zirconia', 'titanium implant', 'titania nanotubes', 'power spectrum',
    ]);
    for (const [oxide, element] of [
      ['amorphous silica', 'amorphous silicon'],
      ['silica', 'silicon'],
      ['alumina', 'aluminum'],
      ['zirconia', 'zirconium'],
      ['titania', 'titanium'],
    ]) expect(identity(oxide!, written), `${oxide} / ${element}`).not.toBe(identity(element!, written));
    // One element spelled two ways is one word, with or without the collection's phrases.
    expect(identity('aluminum sheet', written)).toBe(identity('aluminium sheet', written));
    expect(identity('aluminum foil')).toBe(identity('aluminium foil'));
    expect(identity('cesium atoms')).toBe(identity('caesium atom'));
    // A Latin plural still meets its singular.
    expect(identity('power spectra', written)).toBe(identity('power spectrum', written));
  });

  it('names no concept both "silica" and "silicon", nor gives a silica paper and a silicon paper one', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Hole traps in silica', abstract: 'Silica films trap holes at oxygen vacancies. We anneal silica at 900 C and measure the traps in silica by spin resonance.' },
        { id: 'b', title: 'Hole traps in glassy silica', abstract: 'Hole traps in silica glass were counted by spin resonance. Silica fibres anneal quickly.' },
        { id: 'c', title: 'Vacancies in silicon', abstract: 'Vacancies in silicon wafers were counted by positron annihilation. Silicon anneals at 900 C.' },
        { id: 'd', title: 'Dopants in silicon', abstract: 'Boron dopants in silicon diffuse fast. We anneal silicon wafers and count the vacancies.' },
      ],
      { perPaper: 8 },
    );
    for (const c of index.concepts) {
      const papers = new Set(c.papers);
      expect(papers.has('a') && papers.has('c'), `${c.label} (${c.aliases.join(', ')})`).toBe(false);
    }
    for (const c of index.concepts) {
      const names = [c.label, ...c.aliases].map((n) => n.toLowerCase());
      expect(names.includes('silica') && names.includes('silicon'), `${c.label} (${c.aliases.join(', ')})`).toBe(false);
    }
  });
});
