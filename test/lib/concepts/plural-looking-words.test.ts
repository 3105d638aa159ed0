import { describe, expect, it } from 'vitest';
import { extractConceptIndex } from '../../../src/lib/concepts/extract';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenizeDocument } from '../../../src/lib/concepts/tokenize';

const ids = (docs: { id: string; title: string; abstract: string }[]) => extractConceptIndex(docs, { perPaper: 8 }).index.concepts.map((c) => c.id);

describe('a word that ends in s but is no plural, opening a phrase', () => {
  it('is no plural subject: "continuous integration", "bias correction" are tags where written in lowercase (review 14 N6)', () => {
    const all = ids([
      { id: 'ci1', title: 'Quality Outcomes in GitHub', abstract: 'We study one innovation in process automation: continuous integration. We find that continuous integration improves productivity.' },
      { id: 'ci2', title: 'Costs and Benefits', abstract: 'Projects that adopt continuous integration release more often. We survey how continuous integration is used.' },
      { id: 'b1', title: 'Sensor drift', abstract: 'We propose bias correction for low-cost sensors, and bias correction halves the error.' },
      { id: 'b2', title: 'Climate models', abstract: 'Statistical bias correction of climate model output is common; we compare bias correction methods.' },
    ]);
    expect(all).toContain('continuous-integration');
    expect(all).toContain('bias-correction');
  });

  it('still reads a real plural before a verb as the subject: "models provide representations" is no tag', () => {
    const all = ids([
      { id: 'a', title: 'Vision models', abstract: 'Vision-language models provide promptable representations for agents. These models provide features.' },
      { id: 'b', title: 'Promptable agents', abstract: 'Large models provide promptable representations that agents use.' },
    ]);
    expect(all.some((id) => id.startsWith('models-provide'))).toBe(false);
  });

  it('reads a name in -s as no plural: "Higgs" ends no run, so the Higgs boson is a concept (review 15 M5)', () => {
    const all = ids([
      {
        id: 'atlas',
        title: 'Observation of a new particle in the search for the Standard Model Higgs boson with the ATLAS detector at the LHC',
        abstract: 'A search for the Standard Model Higgs boson in proton-proton collisions with the ATLAS detector at the LHC is presented.',
      },
      {
        id: 'cms',
        title: 'Observation of a new boson at a mass of 125 GeV with the CMS experiment at the LHC',
        abstract: 'Results are presented from searches for the standard model Higgs boson in proton-proton collisions at the LHC.',
      },
    ]);
    expect(all).toContain('higgs-boson');
  });

  it('still reads a title-case plural as one where its singular is written in the text: it ends the run before the verb', () => {
    const { words } = tokenizeDocument('Halide Perovskites Provide Slow Hot-Carrier Cooling', 'Each halide perovskite film was measured, and slow hot-carrier cooling was seen.');
    const keys = [...findCandidates(words, { ...DEFAULT_CANDIDATE_OPTIONS, splitAfterPlural: true }).keys()];
    expect(keys).toContain('slow hot carrier cooling');
    expect(keys.some((k) => k.includes('provide'))).toBe(false);
  });
});
