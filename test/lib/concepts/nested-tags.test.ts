import { describe, expect, it } from 'vitest';
import { containsWords, nested } from '../../../src/lib/concepts/nested-tags';

describe('nested tags', () => {
  it('are one identity inside the other as whole words, or the same words in another order', () => {
    expect(nested('languag model', 'larg languag model')).toBe(true);
    expect(nested('agent', 'multi agent system')).toBe(true);
    expect(nested('adapt multiresolut approach', 'multiresolut adapt approach')).toBe(true);
    expect(nested('languag model', 'model checker')).toBe(false);
  });

  it('meet as the Porter stemmer folds words', () => {
    expect(nested('monoton', 'monotonic')).toBe(true);
  });

  it('take a compound that says "about the word before" as a repeat', () => {
    expect(nested('domain knowledg', 'domain specif knowledg')).toBe(true);
  });
});

describe('containsWords', () => {
  it('finds whole words only', () => {
    expect(containsWords('larg languag model', 'languag model')).toBe(true);
    expect(containsWords('larg languag model', 'guag model')).toBe(false);
    expect(containsWords('model', 'model')).toBe(true);
  });
});
