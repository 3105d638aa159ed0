import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import type { DocumentText } from '../../../src/lib/model/paper';

/**
 * A library wider than a paper's neighbourhood of words (sense-context.ts: 40 papers), where nearness tells one field
 * from another: a few papers of each field, each written from its field's nouns.
 */
const FIELDS: Record<string, string[]> = {
  soil: ['soil erosion', 'rainfall runoff', 'sediment yield', 'crop residue', 'tillage practice', 'hillslope plots', 'infiltration rate'],
  finance: ['stock returns', 'portfolio risk', 'market volatility', 'interest rates', 'asset pricing', 'bond yields', 'investor sentiment'],
  speech: ['speech recognition', 'acoustic model', 'phoneme lattice', 'speaker adaptation', 'word error rate', 'language model', 'noisy utterances'],
  cardiology: ['heart failure', 'ejection fraction', 'blood pressure', 'coronary artery', 'cardiac output', 'left ventricle', 'statin therapy'],
  networks: ['packet loss', 'routing protocol', 'wireless links', 'congestion control', 'queue length', 'network throughput', 'mesh nodes'],
  teaching: ['classroom practice', 'student motivation', 'teacher training', 'reading skills', 'peer feedback', 'school curriculum', 'learning outcomes'],
  hydrology: ['groundwater recharge', 'river discharge', 'aquifer storage', 'flood peaks', 'catchment area', 'snowmelt timing', 'stream gauges'],
  robotics: ['robot arm', 'grasp planning', 'joint torque', 'motion planning', 'gripper design', 'contact forces', 'visual servoing'],
  audio: ['audio signals', 'spectral leakage', 'window function', 'frequency bins', 'sampling rate', 'filter bank', 'signal spectrum'],
};

function fieldPapers(): DocumentText[] {
  const out: DocumentText[] = [];
  for (const [field, nouns] of Object.entries(FIELDS)) {
    for (let k = 0; k < 6; k++) {
      const n = (j: number) => nouns[(k + j) % nouns.length]!;
      out.push({
        id: `${field}-${k}`,
        title: `${n(0)} and ${n(1)}`.replace(/^./, (c) => c.toUpperCase()),
        abstract: `We study ${n(0)} and ${n(2)} in ${n(3)}. The ${n(1)} depends on ${n(4)}. Measurements of ${n(5)} confirm the ${n(0)} model.`,
      });
    }
  }
  return out;
}

const physics: DocumentText[] = [
  {
    id: 'definer',
    title: 'Bound states of heavy quarks',
    abstract: 'In quantum chromodynamics (QCD) the bound states of heavy quarks are found from the gluon exchange. We compute meson masses and quark propagators for charm quarks.',
  },
  {
    id: 'lattice',
    title: 'Lattice computation of meson masses',
    abstract: 'We propose a lattice QCD computation of meson masses with light quarks. Gluon fields are sampled on fine lattices, and quark propagators are inverted.',
  },
  {
    id: 'sum-rules',
    title: 'Sum rules for charm mesons',
    abstract: 'We construct QCD sum rules for charm mesons. The quark condensate and the gluon condensate fix the meson masses and the heavy quarks decay.',
  },
  {
    id: 'collider',
    title: 'Higgs searches with heavy quarks',
    abstract: 'The large QCD background from heavy quarks hides the Higgs signal. Gluon fusion and quark jets are separated by a meson veto.',
  },
];

describe('letters that several papers of one field write undefined, defined once (probe 56: "QCD" and "Quantum chromodynamics" were two pages)', () => {
  const index = extractConcepts([...fieldPapers(), ...physics], { perPaper: 8 });
  const named = (label: string) => index.concepts.filter((c) => c.label.toLowerCase() === label.toLowerCase() || c.aliases.some((a) => a === label));

  it('are that definition: one concept, no page of the bare letters', () => {
    expect(index.concepts.filter((c) => c.label === 'QCD')).toEqual([]);
    const qcd = named('QCD');
    expect(qcd.map((c) => c.label)).toEqual(['Quantum chromodynamics']);
    expect(qcd[0]!.papers).toContain('definer');
    expect(qcd[0]!.papers.length).toBeGreaterThan(1);
  });
});

describe('letters that papers of another field write undefined, defined once', () => {
  const materials: DocumentText = {
    id: 'oxide-bands',
    title: 'Band gaps of oxide films',
    abstract: 'Band gaps of oxide films are computed with density functional theory (DFT). The DFT band gaps of the oxide films are compared with optical band gaps.',
  };
  const audio: DocumentText[] = [
    { id: 'leakage', title: 'Spectral leakage of short frames', abstract: 'The DFT of short audio frames shows spectral leakage. A window function reduces the leakage into neighbouring frequency bins.' },
    { id: 'bins', title: 'Frequency bins of audio signals', abstract: 'Audio signals are split into frequency bins by the DFT. The sampling rate and the window function set the width of the bins.' },
  ];
  const index = extractConcepts([...fieldPapers(), ...physics, materials, ...audio], { perPaper: 8 });

  it('stay themselves: the audio papers\' "DFT" is no density functional theory', () => {
    for (const c of index.concepts) {
      const audioPapers = c.papers.filter((p) => p === 'leakage' || p === 'bins');
      if (audioPapers.length === 0) continue;
      expect(c.papers, c.label).not.toContain('oxide-bands');
      expect(c.label.toLowerCase(), audioPapers.join()).not.toContain('density functional');
    }
    expect(index.concepts.find((c) => c.label === 'DFT')?.papers.sort()).toEqual(['bins', 'leakage']);
    // The lattice papers' "QCD" is still read as the definition beside them.
    expect(index.concepts.filter((c) => c.label === 'QCD')).toEqual([]);
  });
});
