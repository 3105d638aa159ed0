import { describe, expect, it } from 'vitest';
import { caseKey, joinShortFormCompounds, shortFormKey } from '../../../src/lib/concepts/short-form';

describe('shortFormKey', () => {
  it('reads upper- and mixed-case abbreviations as short forms, in upper case and singular', () => {
    expect(['IS', 'IT', 'GAs', 'GANs', 'SPaCE', 'SoTA', 'LoRA', 'pH', 'TiO2', 'LLMs'].map(shortFormKey)).toEqual([
      'IS', 'IT', 'GA', 'GAN', 'SPACE', 'SOTA', 'LORA', 'PH', 'TIO2', 'LLM',
    ]);
  });

  it('reads words, capitalised words, names with a capital or two inside and lowercase acronyms as words', () => {
    for (const word of ['is', 'Is', 'space', 'Space', 'gases', 'ImageNet', 'MiniWoB', 'entRopy', 'lstm', 'X', '3D', 'INFORMATIONAL'])
      expect(shortFormKey(word), word).toBeUndefined();
  });
});

describe('caseKey', () => {
  it('folds words to lower case and short forms to upper case, so "SPaCE" never equals "space"', () => {
    expect(caseKey('RL-based Agents')).toBe('RL-based agents');
    expect(caseKey('SPaCE')).not.toBe(caseKey('space'));
    expect(caseKey('SoTA')).toBe(caseKey('SOTA'));
  });
});

describe('joinShortFormCompounds', () => {
  it('writes a short form after one lowercase letter, or twice, as one word', () => {
    expect(joinShortFormCompounds('classify with the k-NN rule; OSPF/IS-IS weights, and IS-IS')).toBe('classify with the kNN rule; OSPF/ISIS weights, and ISIS');
    expect(joinShortFormCompounds('the d-MCs of a graph')).toBe('the dMCs of a graph');
  });
  it('keeps the parts of other hyphenated words', () => {
    for (const text of ['RL-based agents', 'FDG-PET scans', 'e-mail', 'GPT-4', 'x-y-NN', 'K-SAT']) expect(joinShortFormCompounds(text)).toBe(text);
  });
});
