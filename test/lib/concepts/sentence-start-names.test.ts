import { describe, expect, it } from 'vitest';
import { extractConceptIndex } from '../../../src/lib/concepts/extract';

function labels(docs: { id: string; title: string; abstract: string }[]): string[] {
  const { index } = extractConceptIndex(docs, { perPaper: 8 });
  return index.concepts.map((c) => c.label);
}

describe('a title-cased name that opens a sentence', () => {
  it('keeps the capital of its first word with the others ("Role-Playing Language Agents", not "Role-playing Language Agents")', () => {
    const all = labels([
      {
        id: 'cogdual',
        title: 'CogDual: Enhancing Dual Cognition of LLMs via Reinforcement Learning with Implicit Rule-Based Rewards',
        abstract:
          'Role-Playing Language Agents (RPLAs) have emerged as a significant application direction for Large Language Models (LLMs). Existing approaches typically rely on prompt engineering or supervised fine-tuning to enable models to imitate character behaviors in specific scenarios.',
      },
      {
        id: 'coser',
        title: 'CoSER: Coordinating LLM-Based Persona Simulation of Established Roles',
        abstract: 'We collect dialogues of established roles from books and train language models that imitate them.',
      },
    ]);
    expect(all).toContain('Role-Playing Language Agents');
    expect(all.some((l) => /^Role-playing Language/.test(l))).toBe(false);
  });

  it('still lowercases a sentence-initial word before lowercase ones', () => {
    const all = labels([
      { id: 'a', title: 'On sparse rewards', abstract: 'Sparse rewards make exploration hard. We study sparse rewards in grid worlds.' },
      { id: 'b', title: 'Shaping for agents', abstract: 'Agents trained with sparse rewards learn slowly, so we shape sparse rewards.' },
    ]);
    expect(all).toContain('Sparse rewards');
  });

  it('keeps a defined name\'s words the collection never writes in lowercase (review 12 N5: "James webb space telescope")', () => {
    const all = labels([
      { id: 'jwst', title: 'The James Webb Space Telescope', abstract: 'The James Webb Space Telescope (JWST) is a large, cold, infrared space observatory. Its segmented primary mirror collects light.' },
      { id: 'tess', title: 'Transiting Exoplanet Survey Satellite', abstract: 'TESS will search for planets transiting bright stars. Follow-up with the James Webb Space Telescope will characterise atmospheres.' },
    ]);
    expect(all).toContain('James Webb Space Telescope');
  });
});
