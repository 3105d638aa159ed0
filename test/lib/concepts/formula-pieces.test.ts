import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { findMentions } from '../../../src/lib/content/mentions';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('an element symbol inside a formula written in pieces is no word (review 13 M5: "Mn" was a concept)', () => {
  it('gives no candidate from the formula, and keeps the words around it', () => {
    const k = keys(
      'Complete extraction of lithium gave a new phase isostructural with heterosite, Fe$_{0.65}$Mn$_{0.35}$PO$_4$. ' +
        'Layered Li[NixLi(1/3−2x/3)Mn(2/3−x/3)]O2 compounds were prepared. A slurry of Ca(OH)$_2$ and Cu(II) complexes ' +
        'in Li$_{1+x}$Al$_x$Ti$_{2-x}$(PO$_4$)$_3$ electrolytes.',
    );
    for (const piece of ['Mn', 'mn', 'fe', 'po₄', 'PO₄', 'ni', 'o2', 'ca', 'oh', 'cu', 'ii complex', 'al', 'ti']) expect(k).not.toContain(piece);
    for (const word of ['heterosite', 'complete extraction', 'compound', 'slurry', 'complex', 'electrolyte']) expect(k).toContain(word);
  });

  it('leaves formulas the words hold, and brackets around words, alone', () => {
    const k = keys(
      'LiFePO4 and Li$_x$CoO$_2$ cathodes, Fe0.65Mn0.35PO4 powder, a convolutional neural network (CNN), Mn doping (Mn) and U.S. data.',
    );
    for (const word of ['LiFePO4', 'LiₓCoO₂ cathode', 'powder', 'convolutional neural network', 'CNN', 'mn doping', 'mn']) expect(k).toContain(word);
  });

  it('links no symbol in the middle of a formula, and the symbol elsewhere', () => {
    const mn = [{ id: 'mn', forms: ['Mn'] }];
    for (const text of ['Layered Li[NixLi(1/3−2x/3)Mn(2/3−x/3)]O2 compounds.', 'Heterosite, Fe$_{0.65}$Mn$_{0.35}$PO$_4$.']) expect(findMentions(text, mn)).toEqual([]);
    const text = 'Fe$_{0.65}$Mn$_{0.35}$PO$_4$ is made by Mn doping.';
    expect(findMentions(text, mn).map((m) => text.slice(m.start, m.end) + '@' + m.start)).toEqual([`Mn@${text.indexOf('Mn doping')}`]);
  });
});
