import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';

// Untitled paragraphs of four fields apart, as SemEval-2017's are (review 22 findings 1 and 7): each says what
// future work will do. Two more papers of one field write "complex tasks" and share what they are about.
const docs = [
  {
    id: 'ultrasound',
    abstract:
      'Ultrasonic echoes from the weld were analysed with a time-frequency distribution. The Wigner-Ville distribution separated the echoes of the two interfaces. We leave thicker welds to future work with the Wigner-Ville distribution.',
  },
  {
    id: 'brane',
    abstract:
      'The brane world scenario places the visible universe on a brane in a higher-dimensional bulk. The Randall-Sundrum brane recovers Newtonian gravity at large distances. The cosmological perturbations of the Randall-Sundrum brane are left for future work.',
  },
  {
    id: 'heat-switch',
    abstract:
      'A magnetoresistive heat switch of tungsten was built for the adiabatic demagnetisation refrigerator. The heat switch conducts in a magnetic field and insulates without it. As future work we will measure the switching ratio of the heat switch below one kelvin.',
  },
  {
    id: 'peer-to-peer',
    abstract:
      'Selfish peers in a peer-to-peer network download without uploading. The interest community isolates selfish peers by a reputation protocol. In future work the reputation protocol will be simulated with churn.',
  },
  {
    id: 'robot-arm',
    abstract:
      'Hierarchical reinforcement learning lets a robot arm solve complex tasks. The options framework splits complex tasks into reusable skills. A robot arm learned stacking and pouring.',
  },
  {
    id: 'robot-hand',
    abstract:
      'Hierarchical reinforcement learning with reusable skills lets a robot hand solve complex tasks. The complex tasks of in-hand manipulation are split into grasping and rotating skills.',
  },
].map((d) => ({ ...d, title: '' }));

describe('a qualitative adjective on a word for the text\'s own matter (review 22: "Future work")', () => {
  const index = extractConcepts(docs, { perPaper: 8 });
  const labels = index.concepts.filter((c) => c.df >= 2).map((c) => c.label);

  it('is no concept of papers that share nothing else', () => {
    expect(labels).not.toContain('Open questions');
    for (const id of ['ultrasound', 'brane', 'heat-switch', 'peer-to-peer']) expect(index.byPaper[id]!.map((c) => c.id)).not.toContain('future-work');
  });

  it('stays where fewer papers write it (here two of one field: "hybrid systems", "expert systems" are such terms)', () => {
    expect(labels).toContain('Complex tasks');
  });
});

describe('a qualitative phrase refused to a paper', () => {
  // Two crowd-work papers share what they are about, so "Open questions" is a concept of theirs; a third, of another
  // field, opens with "As open questions on the mesh smoother": the phrase is refused to it (uncorroborated), and its
  // first sentence, which holds concepts as a title does where a record has none, does not lend it back. ("Future
  // work", the first example, is a phrase indexers seldom keep, `routinePhrase`: a tag of no paper.)
  const crowd = [
    'Crowd workers finished more microtasks at a higher pay on three platforms. The open questions are how to vary payments per microtask.',
    'Crowd workers were paid per microtask on an online labour market. Payments per microtask raise open questions for the platforms.',
  ].map((abstract, k) => ({ id: `crowd-${k}`, title: '', abstract }));
  const mesh = {
    id: 'mesh',
    title: '',
    abstract: 'As open questions on the mesh smoother, curved elements remain untested. The Laplacian smoother moved interior nodes of the tetrahedral mesh.',
  };

  it('is not lent back by the phrase of its first sentence that holds it', () => {
    const index = extractConcepts([...docs, ...crowd, mesh], { perPaper: 8 });
    const label = new Map(index.concepts.map((c) => [c.id, c.label]));
    for (const id of ['crowd-0', 'crowd-1']) expect(index.byPaper[id]!.map((c) => label.get(c.id))).toContain('Open questions');
    expect(index.byPaper.mesh!.map((c) => label.get(c.id))).not.toContain('Open questions');
  });
});
