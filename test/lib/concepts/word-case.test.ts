import { describe, expect, it } from 'vitest';
import { displayCase, occurrenceDisplay, sentenceCase, untrustedCase, WordCase } from '../../../src/lib/concepts/word-case';

describe('title-case labels', () => {
  // (With "framework" after it, "Policy Optimization framework" is the concept "policy optimization".)
  const corpusCase = (...texts: string[]) => {
    const c = new WordCase();
    for (const t of texts) for (const w of t.split(/\s+/)) c.add(w);
    return (w: string) => c.isName(w);
  };

  it('get sentence case; inner capitals and names the corpus capitalises keep theirs', () => {
    const isName = corpusCase('a long chain of thought with human feedback from the Kalman filter and policy optimization', 'Kalman gains');
    expect(sentenceCase('Long Chain-of-Thought', isName)).toBe('Long chain-of-thought');
    expect(sentenceCase('Human Feedback', isName)).toBe('Human feedback');
    expect(sentenceCase('Policy Optimization framework', isName)).toBe('Policy optimization framework');
    expect(sentenceCase('Kalman Filter', isName)).toBe('Kalman filter');
    expect(sentenceCase('GPT-4o Feedback', isName)).toBe('GPT-4o feedback');
    for (const kept of ['Retrieval-augmented generation', 'Minecraft', 'Meta-World', 'LoRA adapters']) expect(sentenceCase(kept, isName)).toBe(kept);
  });

  it('count every vote, also those cast after a question, and none from title case inside a word', () => {
    const c = new WordCase();
    c.add('Kalman');
    c.add('kalman');
    expect(c.isName('Kalman')).toBe(false);
    c.add('Kalman');
    expect(c.isName('Kalman')).toBe(true);
    c.add('Kalman', false);
    c.add('Kalman', false);
    expect(c.isName('Kalman')).toBe(true);
    c.add('kalman');
    expect(c.isName('Kalman')).toBe(false);
    // "System-on-Chip": no part counts as a name, the lowercase part still counts as lowercase.
    for (let k = 0; k < 3; k++) c.add('System-on-Chip');
    expect(c.isName('System')).toBe(true);
    expect(c.isName('System', false)).toBe(false);
    expect(c.isName('On')).toBe(false);
  });
});

describe('display case', () => {
  it('keeps words with inner capitals or runs of capitals and lowercases the others', () => {
    expect(displayCase('Large Language Models')).toBe('large language models');
    expect(displayCase('Fine-Tuning LoRA Adapters on GPT-4')).toBe('fine-tuning LoRA adapters on GPT-4');
    expect(displayCase('BERT-based Retrieval')).toBe('BERT-based retrieval');
  });

  it('where capitals mean nothing keeps a lone capital and the names the corpus capitalises', () => {
    const c = new WordCase();
    for (let k = 0; k < 2; k++) c.add('Kalman');
    c.add('filter');
    expect(untrustedCase('Kalman Filter', c)).toBe('Kalman filter');
    expect(untrustedCase('Vitamin D Supplements', c, false)).toBe('vitamin D supplements');
    // A word the corpus never writes in lowercase is a name only when unknown words are names.
    expect(untrustedCase('James Webb', c, false)).toBe('james webb');
    expect(untrustedCase('James Webb', c, true)).toBe('James Webb');
  });

  it("shows an occurrence as written inside a sentence, and lowercases a title's words and a sentence's first", () => {
    const words = {
      texts: ['Langevin', 'Dynamics', 'Revisited', 'Stochastic', 'gradient', 'Langevin', 'dynamics', 'samples', '.'],
      sentences: Int32Array.from([0, 0, 0, 1, 1, 1, 1, 1, 1]),
    };
    const c = new WordCase();
    expect(occurrenceDisplay(words, 0, 2, 3, c)).toBe('langevin dynamics');
    expect(occurrenceDisplay(words, 5, 2, 3, c)).toBe('Langevin dynamics');
    expect(occurrenceDisplay(words, 3, 2, 3, c)).toBe('stochastic gradient');
  });
});
