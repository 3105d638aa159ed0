import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { extractKeyphrases } from '../../../src/lib/concepts/index';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('"ab", "de" and "ex" before a Latin word are one term with it (review 13 L4: "Initio total-energy calculations")', () => {
  it('keeps the preposition and makes no phrase of the Latin word without it', () => {
    const k = keys(
      'Efficient iterative schemes for ab initio total-energy calculations. Ab initio methods are used. ' +
        'We ran de novo assembly of ex vivo tissue and ex situ samples.',
    );
    for (const phrase of ['ab initio total energy calculation', 'ab initio method', 'de novo assembly', 'ex vivo tissue', 'ex situ sample']) expect(k).toContain(phrase);
    expect(k.filter((p) => /^(initio|novo|vivo|situ)\b/.test(p))).toEqual([]);
  });

  it('leaves names, hyphenated words and English words after them alone', () => {
    const k = keys('Pierre-Gilles de Gennes studied ex-smokers and the ab muscles of athletes.');
    for (const phrase of ['de gennes', 'ex smokers', 'ab muscle']) expect(k).toContain(phrase);
  });

  it('gives a keyphrase that keeps its "ab"', () => {
    const [doc] = extractKeyphrases(
      [
        {
          id: 'kresse',
          title: 'Efficient iterative schemes for ab initio total-energy calculations using a plane-wave basis set',
          abstract: 'We present an efficient scheme for calculating the Kohn-Sham ground state of metallic systems using pseudopotentials and a plane-wave basis set.',
        },
      ],
      { top: 10 },
    );
    expect(doc!.keyphrases.some((p) => /^ab initio/i.test(p))).toBe(true);
    expect(doc!.keyphrases.filter((p) => /^initio/i.test(p))).toEqual([]);
  });
});

describe('"in" as a Latin preposition (review 18 H3: "Vivo")', () => {
  it('pairs "in" with a Latin word in -o or -u ("in vivo", "in vitro", "in situ", "in silico"), and leaves "in radio" alone', async () => {
    const { tokenize } = await import('../../../src/lib/concepts/tokenize');
    const words = tokenize('Cells were tested in vivo and in vitro, in situ and in silico, and heard in radio.');
    for (const latin of ['vivo', 'vitro', 'situ', 'silico']) expect(words.find((w) => w.text === latin)!.latinPair).toBe(true);
    expect(words.find((w) => w.text === 'radio')!.latinPair).toBeUndefined();
  });

  it('makes no concept "Vivo"', async () => {
    const { extractConcepts } = await import('../../../src/lib/concepts/index');
    const index = extractConcepts(
      [
        { id: 'a', title: 'Nerve tissue scaffolds', abstract: 'Peptide scaffolds were tested in vivo. Nerve regrowth was seen in vivo.' },
        { id: 'b', title: 'Antigen uptake by cells', abstract: 'Uptake was measured in vivo. The antigen acts in vivo.' },
      ],
      { perPaper: 8 },
    );
    expect(index.concepts.map((c) => c.label.toLowerCase())).not.toContain('vivo');
  });
});
