import { describe, expect, it } from 'vitest';
import { aboutTheText, leansOnWhatCameBefore, sentences } from '../../../src/lib/normalise/sentences';

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
  it('is false of the text naming itself, "such as", a noun named before, and the empty "It is"', () => {
    for (const s of ['In this paper we study graphs.', 'This work presents a solver.', 'Metals such as copper conduct.', 'We propose an approach; this approach is fast.', 'It is known that copper conducts.']) {
      expect(leansOnWhatCameBefore(s), s).toBe(false);
    }
  });
});
