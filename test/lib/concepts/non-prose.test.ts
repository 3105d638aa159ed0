import { describe, expect, it } from 'vitest';
import { maskNonProse } from '../../../src/lib/concepts/non-prose';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { extractConcepts } from '../../../src/lib/concepts/index';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('bibliographic cross-references (review 43 finding 3: "Pt.I" was a concept of three unrelated papers)', () => {
  it('reads no note that points to another part or paper ("For pt.I see ibid., vol.23, p.1176-87 (2002).")', () => {
    const notes = [
      'For pt.I see ibid., vol.23, p.1176-87 (2002).',
      'For pt. I, see ibid., vol. 11, no. 5, p. 427-36 (2002).',
      'For pt.III. see Prikl. Mat. Informatika, MAKS Press, no. 4, p. 5-56 (2000).',
      'For original paper see ibid., vol. 36, no. 2, p. 101-30 (2000).',
      'For part 1, see ibid., p.285-90, (2002).',
      'For Part 1 see ibid. vol.124 (2002).',
      'For pt. I see ibid., pp. 1159-76.',
      'For original paper see ibid., vol. 12, no. 6: "The E-mail of the Species".',
    ];
    for (const note of notes) {
      expect(maskNonProse(`${note} Fuzzy logic based algorithms are proposed.`), note).toBe(' Fuzzy logic based algorithms are proposed.');
      expect(maskNonProse(`Molecular surfaces are compared. ${note} Fuzzy logic is used.`).replace(/\s+/g, ' '), note).toBe('Molecular surfaces are compared. Fuzzy logic is used.');
    }
    const k = keys('For pt.I see ibid., vol.23, p.1176-87 (2002). Fuzzy logic based algorithms for the quantitative treatment of complementarity are proposed.');
    for (const junk of ['pt.i', 'pt', 'ibid', 'vol', 'p']) expect(k).not.toContain(junk);
    expect(k).toContain('fuzzy logic based algorithm');
  });

  it('reads no bracketed "see" citation in a sentence, and keeps the sentence', () => {
    expect(maskNonProse('proposed by Yang and Cohen (see ibid., vol.8, no.7, p.934-46, July 1999) are dependent')).toBe('proposed by Yang and Cohen  ;  are dependent');
    expect(maskNonProse('the comment made by Hanoch (see ibid. vol.49 (2000)) on his model')).toBe('the comment made by Hanoch  ;  on his model');
    expect(keys('This extends Chen and Aihara (see Physica D, vol. 104, no. 3/4, p. 286-325, 1997) to chaotic networks.')).not.toContain('physica d');
  });

  it('keeps prose pointers that cite nothing', () => {
    for (const text of ['For details, see Section 3. The model is linear.', 'For a survey see the review by Smith (2002). The model is linear.', 'The method (see below) is linear.']) {
      expect(maskNonProse(text)).toBe(text);
    }
  });

  it('links no papers by the note', () => {
    const note = 'For pt.I see ibid., vol.23, p.1176-87 (2002). ';
    const index = extractConcepts([
      { id: 'surfaces', title: 'Pattern recognition strategies for molecular surfaces. II. Surface complementarity', abstract: `${note}Fuzzy logic based algorithms for the quantitative treatment of molecular surface complementarity are proposed.` },
      { id: 'boolean', title: 'A new approach to the decomposition of Boolean functions. II', abstract: `For pt.I. see Upr. Sist. Mash., no. 6, p. 29-42 (1999). A new approach to the decomposition of Boolean functions by minterm partitions is given.` },
      { id: 'systems', title: 'A new method of systemological analysis. II', abstract: `For pt.I. see Vestn. KhGPU, no.81, p.15-18 (2000). The paper presents a systemological analysis of complex systems.` },
    ], { perPaper: 8 });
    const labels = index.concepts.map((c) => c.label.toLowerCase());
    expect(labels.some((l) => /\bpt\b|ibid|vestn|upr/.test(l))).toBe(false);
  });
});
