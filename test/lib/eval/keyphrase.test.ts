import { describe, expect, it } from 'vitest';
import { scoreKeyphrases, stemPhrase } from '../../../src/lib/eval/keyphrase';

// Worked by hand (Porter: networks→network, learning→learn, rates→rate, kernels→kernel, optimizer→optim).
const examples = [
  {
    id: 'a',
    gold: ['neural networks', 'Learning rate', 'gradient descent'],
    // "neural networks" repeats "neural network" after stemming and is dropped before the cut.
    predicted: ['neural network', 'learning rates', 'neural networks', 'optimizer', 'gradient-descent'],
  },
  {
    id: 'b',
    // "support vector machine" is absent from the predictions but stays in the denominator.
    gold: ['support vector machine', 'kernel'],
    predicted: ['kernels', 'SVM', 'support vectors'],
  },
];

describe('stemPhrase', () => {
  it('lowercases, splits at punctuation and Porter-stems every token', () => {
    expect(stemPhrase('Multi-Step Matrix Games')).toBe('multi step matrix game');
    expect(stemPhrase('  learning   rates ')).toBe('learn rate');
    expect(stemPhrase('LLMs')).toBe('llm');
  });
});

describe('scoreKeyphrases', () => {
  it('F1@2: a 2/2 correct, b 1/2 correct', () => {
    const s = scoreKeyphrases(examples, 2);
    // micro: 3 correct of 4 predicted, 5 gold → P .75, R .6, F1 2·.45/1.35
    expect(s.micro.precision).toBeCloseTo(0.75, 10);
    expect(s.micro.recall).toBeCloseTo(0.6, 10);
    expect(s.micro.f1).toBeCloseTo(2 / 3, 10);
    // macro: a P 1 R 2/3 F1 .8; b P .5 R .5 F1 .5
    expect(s.macro.precision).toBeCloseTo(0.75, 10);
    expect(s.macro.recall).toBeCloseTo(7 / 12, 10);
    expect(s.macro.f1).toBeCloseTo(0.65, 10);
  });

  it('F1@5: duplicates removed before the cut, fewer than k predictions', () => {
    const s = scoreKeyphrases(examples, 5);
    // a: 4 unique predictions, 3 correct → P 3/4, R 1, F1 6/7; b: 3 predictions, 1 correct → P 1/3, R 1/2, F1 .4
    expect(s.micro.precision).toBeCloseTo(4 / 7, 10);
    expect(s.micro.recall).toBeCloseTo(4 / 5, 10);
    expect(s.micro.f1).toBeCloseTo(2 / 3, 10);
    expect(s.macro.f1).toBeCloseTo((6 / 7 + 0.4) / 2, 10);
  });

  it('scores a document with no predictions as zero, not as missing', () => {
    const s = scoreKeyphrases([{ id: 'x', gold: ['a b'], predicted: [] }, ...examples], 2);
    expect(s.documents).toBe(3);
    expect(s.macro.f1).toBeCloseTo((0.8 + 0.5) / 3, 10);
    expect(s.micro.recall).toBeCloseTo(3 / 6, 10);
  });
});
