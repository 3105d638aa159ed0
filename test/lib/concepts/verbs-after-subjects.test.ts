import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { extractConcepts } from '../../../src/lib/concepts/index';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()].map((k) => k.toLowerCase());

describe('a verb after its subject is no word of a phrase (review 16 M3)', () => {
  it('reads a bare word after "we" as the verb whatever its object opens with ("Benchmark YOLOv8 variants")', () => {
    const k = keys('We benchmark YOLOv8 variants against YOLOv5 on a Jetson Orin.');
    expect(k).toContain('yolov8 variant');
    expect(k.some((x) => x.includes('benchmark'))).toBe(false);
  });

  it('reads a bare verb after two subjects joined by "and" as their verb ("INT8 quantization reduce latency")', () => {
    const k = keys('Pruning and INT8 quantization reduce latency from 31 ms to 9.8 ms per frame.');
    expect(k).toContain('int8 quantization');
    expect(k.some((x) => x.includes('reduce'))).toBe(false);
  });

  it('reads an -s word before "a" as a verb even after a word taken for an adjective ("Elastic net encourages")', () => {
    const k = keys('In addition, the elastic net encourages a grouping effect, where correlated predictors enter together.');
    expect(k).toContain('grouping effect');
    expect(k.some((x) => x.includes('encourage'))).toBe(false);
  });

  it('keeps the nouns of compounds the repairs are for', () => {
    expect(keys('We study probabilistic algorithms for the task.')).toContain('probabilistic algorithm');
    expect(keys('Content and knowledge management systems are compared.')).toContain('knowledge management system');
    expect(keys('In theory and practice reuse strategies differ.').some((x) => x.includes('reuse strateg'))).toBe(true);
  });
});

describe('the text as the subject ("The paper deals with", review 18 H3)', () => {
  it('reads the word in -s after "the paper" or "this article", before a preposition, as a verb', () => {
    const tag = (text: string, word: string) => tokenize(text).find((w) => w.text === word)!;
    expect(tag('The paper deals with the computation of flows.', 'deals').cls).toBe('X');
    expect(tag('This article focuses on trust in markets.', 'focuses').cls).toBe('X');
    // A noun that is not the text keeps its compound: "model parameters".
    expect(tag('The model parameters of the system were fitted.', 'parameters').cls).toBe('N');
  });

  it('makes no concept "Paper deals"', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Distribution networks', abstract: 'The paper deals with the computation of distribution network losses.' },
        { id: 'b', title: 'Vibration control of beams', abstract: 'The paper deals with active vibration control of piezolaminated beams.' },
      ],
      { perPaper: 8 },
    );
    expect(index.concepts.map((c) => c.label.toLowerCase())).not.toContain('paper deals');
  });
});

describe('the text as the subject before its object ("The paper reviews nine publications", review 18 H3)', () => {
  it('reads the word in -s before a determiner or a number as a verb, and makes no concept "Paper reviews"', () => {
    const tag = (text: string, word: string) => tokenize(text).find((w) => w.text === word)!;
    expect(tag('The paper reviews nine publications on cadastre.', 'reviews').cls).toBe('X');
    expect(tag('This paper reviews the state of the Internet backbone.', 'reviews').cls).toBe('X');
    const index = extractConcepts(
      [
        { id: 'a', title: 'Cadastral domain', abstract: 'The paper reviews nine publications on cadastre and identifies gaps.' },
        { id: 'b', title: 'Internet backbone', abstract: 'This paper reviews the state of the Internet backbone.' },
      ],
      { perPaper: 8 },
    );
    expect(index.concepts.map((c) => c.label.toLowerCase())).not.toContain('paper reviews');
  });
});

describe('the first word of a relative clause whose pronoun is its subject (review 17 L1)', () => {
  it('is its verb: no "Created unified fields" or "Repost illegal content"', () => {
    const found = keys('Print-capitalism, which created unified fields of exchange, grew. Courts extend it to sites that encourage illegality or that deliberately repost illegal content.');
    expect(found).not.toContain('created unified field');
    expect(found.some((k) => k.startsWith('repost'))).toBe(false);
    expect(found).toContain('unified field');
    expect(found).toContain('illegal content');
  });

  it('leaves the subject of a clause of content alone ("the idea that data mining helps")', () => {
    expect(keys('The idea that data mining helps is old.')).toContain('data mining');
    // A focusing adverb after "that" leans on the noun phrase.
    expect(keys('The condition is exact in that only discretization error is involved.')).toContain('discretization error');
  });
});
