import { describe, expect, it } from 'vitest';
import { likelyMeant } from '../../../src/lib/config/suggest';

describe('likelyMeant', () => {
  const settings = ['title', 'conceptsPerPaper', 'relatedPerPaper', 'onError', 'untitled'];
  it('names the setting a typo most likely meant', () => {
    expect(likelyMeant('conceptPerPaper', settings)).toBe('conceptsPerPaper');
    expect(likelyMeant('titel', settings)).toBe('title');
    expect(likelyMeant('onerror', settings)).toBe('onError');
  });
  it('suggests nothing for a name far from all of them', () => {
    expect(likelyMeant('theme', settings)).toBeUndefined();
    expect(likelyMeant('baseUrl', settings)).toBeUndefined();
  });
});
