import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { elementNames } from '../../../src/lib/concepts/elements';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('an element symbol opening a hyphenated word is the element (review 13 M5: "Li-ion" and "Lithium-ion" were two concepts)', () => {
  it('holds the 118 elements', () => {
    expect(elementNames().size).toBe(118);
    expect([elementNames().get('Li'), elementNames().get('Mn'), elementNames().get('Og')]).toEqual(['lithium', 'manganese', 'oganesson']);
  });

  it('reads "Li-ion" as "lithium-ion" where the capital is the author\'s', () => {
    const k = keys('Rechargeable Li-ion batteries use Mn-rich cathodes; Na-ion cells are cheaper. Li-ion cells dominate.');
    for (const phrase of ['rechargeable lithium ion battery', 'manganese rich cathode', 'sodium ion cell', 'lithium ion cell']) expect(k).toContain(phrase);
    expect(k.some((p) => /\bli ion\b/.test(p))).toBe(false);
  });

  it('leaves one-letter symbols, title case and sentence starts alone', () => {
    const k = keys('We use K-means and B-cell markers. Co-training works. A Co-training Approach to Label Noise.');
    for (const phrase of ['k mean', 'b cell marker', 'co training', 'co training approach']) expect(k).toContain(phrase);
    expect(k.some((p) => /cobalt|potassium|boron/.test(p))).toBe(false);
  });

  it('makes the papers that write "Li-ion" and "lithium-ion" share one concept', () => {
    const index = extractConcepts(
      [
        { id: 'goodenough', title: 'The Li-ion rechargeable battery: a perspective', abstract: 'Each cell of a rechargeable Li-ion battery has an anode, a cathode and an electrolyte; the electrolyte window limits the voltage of Li-ion cells.' },
        { id: 'lu', title: 'Layered lithium-rich oxides', abstract: 'These layered oxides are attractive positive electrode materials for lithium-ion batteries, with reversible capacities at 30 °C.' },
        { id: 'aono', title: 'Ionic conductivity of lithium titanium phosphate', abstract: 'The ionic conductivity of solid electrolytes for lithium-ion batteries rises with the lithium content of the sintered pellets.' },
      ],
      { perPaper: 8 },
    );
    const names = (c: { label: string; aliases: string[] }) => [c.label, ...c.aliases].map((n) => n.toLowerCase());
    const batteries = index.concepts.filter((c) => names(c).some((n) => /^(li|lithium)-ion batter/.test(n)));
    expect(batteries).toHaveLength(1);
    expect(names(batteries[0]!)).toEqual(expect.arrayContaining(['li-ion battery', 'lithium-ion batteries']));
    expect(batteries[0]!.papers.slice().sort()).toEqual(['aono', 'lu']);
    const ion = index.concepts.filter((c) => names(c).some((n) => /^(li|lithium)-ion$/.test(n)));
    expect(ion.flatMap(names).sort()).toEqual(['li-ion', 'lithium-ion']);
  });
});
