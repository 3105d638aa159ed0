import { describe, expect, it } from 'vitest';
import { extractConceptIndex } from '../../../src/lib/concepts/extract';

/** Every tag of each paper, as its label (keywords included: a paper's own tags are shown too). */
function tags(docs: { id: string; title: string; abstract: string }[]): Map<string, string[]> {
  const { index } = extractConceptIndex(docs, { perPaper: 8 });
  const label = new Map(index.concepts.map((c) => [c.id, c.label]));
  return new Map(Object.entries(index.byPaper).map(([paper, list]) => [paper, list.map((c) => label.get(c.id)!)]));
}

const CAR_T = {
  id: 'car-t',
  title: 'Chimeric Antigen Receptor T Cells for Sustained Remissions in Leukemia',
  abstract:
    'Background: Relapsed acute lymphoblastic leukemia (ALL) is difficult to treat despite the availability of aggressive therapies. Chimeric antigen receptor (CAR)--modified T cells targeting CD19 may overcome many limitations of conventional therapies and induce remission in patients with refractory disease. Methods: We infused autologous T cells transduced with a CD19-directed CAR (CTL019) lentiviral vector in patients with relapsed or refractory ALL. Conclusions: Chimeric antigen receptor--modified T-cell therapy against CD19 was effective in treating relapsed and refractory ALL.',
};
const VITAMIN_D = {
  id: 'vital',
  title: 'Vitamin D Supplements and Prevention of Cancer and Cardiovascular Disease',
  abstract:
    'We randomly assigned adults to vitamin D3 at a dose of 2000 IU per day or placebo. Supplementation with vitamin D did not result in a lower incidence of invasive cancer or cardiovascular events than placebo.',
};

describe('labels of names with a one-letter word (review 9 M5: "Antigen receptor t cells")', () => {
  it('keep a capital letter that stands alone, written in title case', () => {
    const all = [...tags([CAR_T, VITAMIN_D]).values()].flat();
    expect(all).toContain('Vitamin D supplements');
    expect(all.filter((t) => /(^|\s)[dt](\s|-|$)/.test(t))).toEqual([]);
  });

  it('give no tag to a phrase that cuts a defined name in two', () => {
    const carT = tags([CAR_T, VITAMIN_D]).get('car-t')!;
    expect(carT).toContain('Chimeric antigen receptor');
    expect(carT.some((t) => /^(antigen )?receptor t cells$/i.test(t))).toBe(false);
  });

  it("cut only a name the paper itself abbreviates, not one another paper does", () => {
    const docs = [
      { id: 'nl', title: 'Grounding natural language in robot actions', abstract: 'Robots follow commands in natural language (NL) by grounding NL phrases in motor primitives.' },
      { id: 'go', title: 'Understanding game-playing agents with natural language annotations', abstract: 'We collect 10K human-annotated games of Go and show how these natural language annotations help model interpretability.' },
      { id: 'vlm', title: 'Aligning vision-language models with world models', abstract: 'The agent learns from pixels and rewards alone, without any language annotations.' },
    ];
    const { index } = extractConceptIndex(docs, { perPaper: 8 });
    expect(index.concepts.find((c) => c.label === 'Language annotations')?.papers.slice().sort()).toEqual(['go', 'vlm']);
  });
});
