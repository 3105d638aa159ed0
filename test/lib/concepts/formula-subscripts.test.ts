import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { findAbbreviations } from '../../../src/lib/concepts/abbreviations';
import { identity } from '../../../src/lib/concepts/normalise';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('a chemical formula with TeX subscripts is one word (review 10 H2)', () => {
  it('keeps the formula whole', () => {
    const k = keys(
      'Rising atmospheric CO$_2$ acidifies the ocean. The Suzuki coupling used Na$_2$CO$_3$ and K$_3$PO$_4$; CH$_3$NH$_3$PbI$_3$ perovskites and Li$_x$CoO$_2$ cathodes in LiBF$_4$ electrolyte.',
    );
    expect(k).toContain('atmospheric CO₂');
    expect(k).toContain('Na₂CO₃');
    expect(k).toContain('K₃PO₄');
    expect(k).toContain('CH₃NH₃PbI₃ perovskites');
    expect(k).toContain('LiₓCoO₂ cathode');
    expect(k.some((x) => x === 'CO' || x === 'PO' || x === 'atmospheric CO' || x.startsWith('LiBF '))).toBe(false);
  });

  it('reads only atom counts so: a quantity\'s label stays apart', () => {
    const k = keys('A 5 GW$_{\\rm th}$ reactor and a log$_{10}$ scale of keV$_{ee}$ recoils.');
    expect(k.some((x) => /[\u2080-\u209c]/u.test(x))).toBe(false);
  });

  it('is one identity as TeX, Unicode and ASCII', () => {
    expect(identity('CO₂')).toBe(identity('CO2'));
    expect(identity('LiₓCoO₂ cathodes')).toBe(identity('LixCoO2 cathode'));
  });

  it('reads "carbon dioxide (CO$_2$)" as a definition', () => {
    expect(findAbbreviations('Capture of carbon dioxide (CO$_2$) in frameworks.')).toEqual([{ short: 'CO₂', long: 'carbon dioxide' }]);
    expect(findAbbreviations('Capture of carbon dioxide (CO₂) in frameworks.')).toEqual([{ short: 'CO₂', long: 'carbon dioxide' }]);
  });

  it('merges papers that write CO2 three ways and the one that spells it out', () => {
    const index = extractConcepts(
      [
        {
          id: 'keeling',
          title: 'Atmospheric carbon dioxide variations at Mauna Loa',
          abstract: 'Continuous measurements of atmospheric CO₂ at Mauna Loa show a seasonal cycle and a secular rise of CO₂ concentration.',
        },
        {
          id: 'orr',
          title: 'Anthropogenic ocean acidification over the twenty-first century',
          abstract: 'Uptake of anthropogenic carbon dioxide (CO$_2$) by the ocean lowers seawater pH. Rising atmospheric CO$_2$ reduces carbonate ion concentration.',
        },
        {
          id: 'mof',
          title: 'Metal-organic frameworks for carbon capture',
          abstract: 'Frameworks with open metal sites adsorb CO2 selectively over N2; CO2 uptake reaches 8 mmol per gram at 1 bar.',
        },
      ],
      { perPaper: 8 },
    );
    const co2 = index.concepts.filter((c) => c.papers.includes('orr') && /CO₂|CO2|carbon dioxide/i.test(c.label));
    expect(co2.length).toBe(1);
    expect(co2[0]!.papers.slice().sort()).toEqual(['keeling', 'mof', 'orr']);
    expect(index.concepts.some((c) => c.label === 'CO' || c.label === 'Atmospheric CO')).toBe(false);
  });
});

describe('an ion\'s charge and an isotope\'s mass number are part of the word, as subscripts are', () => {
  it('reads Fe$^{3+}$, Fe³⁺ and Fe3+ as one phrase word, and $^{14}$C as ¹⁴C', () => {
    const ionKeys = ['Uptake of Fe$^{3+}$ ions by ferritin.', 'Uptake of Fe³⁺ ions by ferritin.', 'Uptake of Fe3+ ions by ferritin.'].map((text) =>
      keys(text).filter((k) => /^fe(?:³|3)/i.test(k)).map((k) => identity(k)),
    );
    expect(ionKeys).toEqual([['fe3 ion'], ['fe3 ion'], ['fe3 ion']]);
    const isotopeKeys = ['Radiocarbon $^{14}$C dating of wood.', 'Radiocarbon ¹⁴C dating of wood.'].map(keys);
    expect(isotopeKeys[0]).toEqual(isotopeKeys[1]);
    expect(isotopeKeys[0]).toContain('¹⁴c dating');
    const ids = keys('Ca$^{2+}$ signalling, SO$_4$$^{2-}$ reduction and $\\delta^{13}$C values').map((k) => identity(k));
    expect(ids).toEqual(expect.arrayContaining(['Ca²⁺ signalling', 'SO₄²⁻ reduction', 'δ¹³C values'].map((k) => identity(k))));
  });

  it('leaves a unit\'s power and a lone superscript as maths', () => {
    const k = keys('Fluxes of 3 cm$^{-2}$ s$^{-1}$ per fb$^{-1}$ in GeV/c$^2$, and a $^{2}$ mark.');
    expect(k.some((x) => /[\u00b2\u00b3\u00b9\u2070-\u207f]/u.test(x))).toBe(false);
  });
});
