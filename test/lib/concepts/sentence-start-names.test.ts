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

  it('keeps a defined name whose words others write in lowercase, where no one writes the name so (review 13: "Event horizon telescope")', () => {
    const all = labels([
      {
        id: 'eht1',
        title: 'First M87 Event Horizon Telescope Results. I. The Shadow of the Supermassive Black Hole',
        abstract: 'We present the first Event Horizon Telescope (EHT) images of M87, taken at 1.3 mm. Black holes reveal a dark shadow caused by photon capture at the event horizon.',
      },
      { id: 'eht2', title: 'First M87 Event Horizon Telescope Results. II. Array and Instrumentation', abstract: 'The Event Horizon Telescope is a very long baseline interferometry array operating at 1.3 mm wavelength.' },
      { id: 'lyot', title: 'Coronagraphs', abstract: 'A telescope with a coronagraph blocks the light of a bright star.' },
    ]);
    expect(all).toContain('Event Horizon Telescope');
  });

  it('labels a defined term others write in lowercase as a term: "Contextual Reinforcement Learning (cRL)" is a kind of reinforcement learning', () => {
    const all = labels([
      { id: 'crl', title: 'Self-paced context evaluation', abstract: 'Contextual Reinforcement Learning (cRL) trains agents across contexts. We evaluate contexts for contextual reinforcement learning agents.' },
      { id: 'crl2', title: 'Benchmarks for contexts', abstract: 'We benchmark contextual reinforcement learning, where reinforcement learning agents face varied contexts.' },
    ]);
    expect(all.some((l) => /^Contextual [Rr]einforcement/.test(l))).toBe(true);
    expect(all).not.toContain('Contextual Reinforcement Learning');
    // Written in lowercase with a hyphen is written in lowercase (review 14 L2: "Human Computer Interaction (HCI)").
    const hci = labels([
      { id: 'bits', title: 'Tangible Bits', abstract: 'In Human Computer Interaction (HCI), tangible user interfaces couple bits and atoms.' },
      { id: 'guidelines', title: 'Guidelines for Human-AI Interaction', abstract: 'We propose guidelines for human-computer interaction with AI systems.' },
      { id: 'art', title: 'The Aligned Rank Transform', abstract: 'Nonparametric factorial analyses are common in human-computer interaction. Human-computer interaction studies use them.' },
      { id: 'hornbaek', title: 'What Is Interaction?', abstract: 'We review what human-computer interaction means, and how human-computer interaction has been defined.' },
    ]);
    expect(hci).not.toContain('Human Computer Interaction');
  });

  it('labels with the hyphen where a publisher wrote Unicode\'s (review 13 L7: "Positive‐electrode materials" kept U+2010)', () => {
    const all = labels([
      { id: 'padhi', title: 'Phospho‐olivines as Positive‐Electrode Materials for Rechargeable Lithium Batteries', abstract: 'Olivine phosphates are positive‐electrode materials for rechargeable lithium batteries.' },
      { id: 'dahn', title: 'Layered cathodes', abstract: 'We study positive‐electrode materials for rechargeable lithium batteries made of layered oxides.' },
    ]);
    expect(all.filter((l) => /electrode/i.test(l))).toEqual(['Positive-electrode materials']);
  });
});
