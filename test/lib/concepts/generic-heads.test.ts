import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { documentAnalysis } from '../../../src/lib/concepts/concept-analysis';

const labelsOf = (docs: { id: string; title: string; abstract: string }[]) =>
  extractConcepts(docs, { perPaper: 8 })
    .concepts.filter((c) => c.df >= 2)
    .map((c) => c.label.toLowerCase());

describe('a discourse noun in its Greek plural (review 18 H3)', () => {
  it('makes no candidate of "Analyses" ("Analyses data received from…"), which became the concept "Analysis" of 28 papers', () => {
    const a = documentAnalysis({ id: 'a', title: 'Information needs of journalists', abstract: 'Provides an insight into the needs of journalists. Analyses data received from 226 working journalists.' });
    const keys = a.ranked.map((r) => r[0]);
    expect(keys).toContain('working journalist');
    expect(keys).not.toContain('analyses');
  });
});

describe("the text's genre and generic nouns of academic English (review 18 H3)", () => {
  it('makes no concept of "letter", "topic", "criteria" or "subsets" alone, and keeps a named one', () => {
    const labels = labelsOf([
      { id: 'a', title: 'Decay rates of heavy mesons', abstract: 'In this letter we present decay rates. The topic is old. Stability criteria hold for every subset. The Nyquist criterion applies.' },
      { id: 'b', title: 'Charged black holes', abstract: 'In this letter we extend a solution. This topic returns. The criteria of choice pick a subset of states. The Nyquist criterion holds.' },
    ]);
    for (const word of ['letter', 'letters', 'topic', 'topics', 'criteria', 'criterion', 'subset', 'subsets']) expect(labels).not.toContain(word);
    expect(labels).toContain('nyquist criterion');
  });
});

describe('a gradable adjective on a discourse noun (review 18 H3)', () => {
  it('makes no concept of "small values", "large values" or "greater opportunity", and keeps "linear systems" and "mutual information"', () => {
    const labels = labelsOf([
      { id: 'a', title: 'The F distribution', abstract: 'For small values of the degrees the approximation fails; for large values of the degrees it holds. Linear systems give greater opportunity for mutual information.' },
      { id: 'b', title: 'Ventilator test rigs', abstract: 'Small values of compliance are hard to set, large values are easy. Linear systems offer a greater opportunity to measure mutual information.' },
    ]);
    for (const phrase of ['small values', 'large values', 'greater opportunity', 'greater opportunities']) expect(labels).not.toContain(phrase);
    expect(labels).toContain('linear systems');
    expect(labels).toContain('mutual information');
  });
});

describe('a thought, a manner or a form of something named elsewhere (review 18 H3)', () => {
  it('makes no concept of "basic idea", "direct way", "modified version" or "brief overview", and keeps "Milky Way"', () => {
    const labels = labelsOf([
      { id: 'a', title: 'Block implicit methods', abstract: 'The basic idea is a direct way to a modified version of the solver. A brief overview of the Milky Way follows.' },
      { id: 'b', title: 'Network design revisited', abstract: 'The basic idea gives a direct way to build a modified version of the model. A brief overview of the Milky Way is given.' },
    ]);
    for (const phrase of ['basic idea', 'direct way', 'modified version', 'brief overview']) expect(labels).not.toContain(phrase);
    expect(labels).toContain('milky way');
  });
});

describe('an adjective that counts on a noun of measure (review 18 H3)', () => {
  it('makes no concept "Single value" or "Multiple levels"; a term stays ("single crystal")', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Potential measurement', abstract: 'The 1000 values acquired were averaged to obtain a single value of potential. Multiple levels of the single crystal were probed.' },
        { id: 'b', title: 'Chaotic process estimation', abstract: 'We derive the accuracy in estimating a single value of the chaotic process at multiple levels of noise in a single crystal.' },
      ],
      { perPaper: 8 },
    );
    const labels = index.concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('single value');
    expect(labels).not.toContain('multiple levels');
    expect(labels).toContain('single crystal');
  });
});
