import { describe, expect, it } from 'vitest';
import { aboutTheText, citesByNumber, leansOnWhatCameBefore, sentences, withoutCitations } from '../../../src/lib/normalise/sentences';

describe('sentences', () => {
  it('splits at full stops before a capital or digit, with the spans of the text', () => {
    const text = 'Graphs are everywhere. We count them! 3 of them are trees.';
    const found = sentences(text);
    expect(found.map((s) => s.text)).toEqual(['Graphs are everywhere.', 'We count them!', '3 of them are trees.']);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('does not split at an abbreviation, an initial, a bracketed abbreviation or inside math', () => {
    expect(sentences('Methods (e.g. Newton) converge, cf. J. Smith. Next one.').map((s) => s.text)).toEqual(['Methods (e.g. Newton) converge, cf. J. Smith.', 'Next one.']);
    expect(sentences('We set $x = 1. Y$ here. Done.').map((s) => s.text)).toEqual(['We set $x = 1. Y$ here.', 'Done.']);
  });
  it('keeps a last sentence with no full stop', () => {
    expect(sentences('One. two three').map((s) => s.text)).toEqual(['One. two three']);
    expect(sentences('One. Two three').map((s) => s.text)).toEqual(['One.', 'Two three']);
    expect(sentences('   ')).toEqual([]);
  });
});

describe('aboutTheText', () => {
  it('finds numbered parts of the document and words that lay out the text', () => {
    for (const s of ['Table 1 lists 8 pairs of B decays.', 'As shown in Fig. 3, the flow separates.', 'The values are given in Eq. (2).', 'Section IV describes the set-up.', 'The remainder of our discussion proceeds as follows.', 'In the next section we derive the bound.']) {
      expect(aboutTheText(s), s).toBe(true);
    }
  });
  it('leaves words that only look like them', () => {
    for (const s of ['The equations of poroelasticity are solved.', 'Occasional cross-sections were drawn.', 'We tabulate nothing.', 'Wave equations are hard to solve.']) {
      expect(aboutTheText(s), s).toBe(false);
    }
  });
});

describe('leansOnWhatCameBefore', () => {
  it('is true of a demonstrative before a noun not named in the sentence, and of a sentence opened by a pronoun', () => {
    for (const s of ['There are many possible applications for this mechanism.', 'These results demonstrate that SVR works.', 'In part, this is due to their complexity.', 'They are hard to measure.']) {
      expect(leansOnWhatCameBefore(s), s).toBe(true);
    }
  });
  it('is true of a sentence with a connective among its first words (review 41 finding 10)', () => {
    for (const s of ['I also could not resist mentioning another wild speculation [10].', 'Let us now consider the case of a beta-beam source.', 'However, the cross section is small.', 'We then fit the spectra.']) {
      expect(leansOnWhatCameBefore(s), s).toBe(true);
    }
    // A phrase that names what came before, and "It" standing for a thing already named.
    for (const s of ['As mentioned earlier, the flow is laminar.', 'As discussed above, grain size matters.', 'By that we mean that the wave is real.', 'That is, the field vanishes.', 'It is realized in the program GEANT4.', 'It was measured at 300 K.']) {
      expect(leansOnWhatCameBefore(s), s).toBe(true);
    }
    // Further into the sentence a connective joins its own clauses.
    expect(leansOnWhatCameBefore('Graphene sheets are strong and conduct heat well, and they are also cheap.')).toBe(false);
  });
  it('is false of the text naming itself, "such as", a noun named before, and the empty "It is"', () => {
    for (const s of ['In this paper we study graphs.', 'This work presents a solver.', 'Metals such as copper conduct.', 'We propose an approach; this approach is fast.', 'It is known that copper conducts.', 'It is well established that copper conducts.', 'It is important to cool the sample.', 'It has been shown that alloys creep.', 'It remains unclear whether ice melts.']) {
      expect(leansOnWhatCameBefore(s), s).toBe(false);
    }
  });
});

describe('numbered citations', () => {
  it('are found, and taken out with the space before them where they are no part of the clause', () => {
    expect(citesByNumber('An OPE of VQCD(r) was developed in [3].')).toBe(true);
    expect(citesByNumber('It was proposed by [1, 4] and refined [10–12].')).toBe(true);
    expect(citesByNumber('Rodrigo et al. (2014) reviewed the methods.')).toBe(true);
    // A citation that only backs a statement does not make the sentence about the cited work.
    expect(citesByNumber('Anodizing protects aluminium alloys against corrosion [1].')).toBe(false);
    expect(citesByNumber('The array a[i] holds [x] values.')).toBe(false);
    expect(withoutCitations('Another wild speculation [10] holds [3, 4].')).toBe('Another wild speculation holds.');
    // One a preposition or conjunction stands before is part of the clause, and stays: "developed in" alone reads cut off.
    expect(withoutCitations('It was developed in [3] and refined by [4, 5].')).toBe('It was developed in [3] and refined by [4, 5].');
  });
});
