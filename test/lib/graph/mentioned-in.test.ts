import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { parseOverrides } from '../../../src/lib/concepts/overrides';
import { paperMentions } from '../../../src/lib/graph/concept-mentions';
import { conceptsMentionedIn } from '../../../src/lib/graph/mentioned-in';

// Inspec-like abstracts. With three tags a paper, ANFIS's say "artificial neural network models", not
// "neural networks", although its abstract names neural networks twice.
const docs = [
  {
    id: 'robot',
    title: 'Robot trajectory control using neural networks',
    abstract: 'A neural network learns the inverse dynamics of a robot arm. The neural networks are trained online and the control system tracks the trajectory.',
  },
  {
    id: 'face',
    title: 'Human face detection in visual scenes using neural networks',
    abstract: 'Neural networks detect upright frontal faces in grey-scale images. Several neural networks vote on each window of the scene.',
  },
  {
    id: 'hierarchical',
    title: 'Hierarchical fuzzy inference systems for control systems',
    abstract: 'A fuzzy inference system with a hierarchy of rule bases approximates any continuous function. The control system design needs fewer rules than a neural network of the same accuracy.',
  },
  {
    id: 'anfis',
    title: 'ANFIS: adaptive-network-based fuzzy inference system',
    abstract:
      'This paper presents the architecture and learning procedure underlying ANFIS, a fuzzy inference system implemented in the framework of adaptive networks. ' +
      'A hybrid learning procedure constructs an input-output mapping from stipulated input-output data pairs. ' +
      'The fuzzy inference system is compared with artificial neural network models and earlier work on neural networks for control systems.',
  },
];
const texts = docs.map((d) => ({ slug: d.id, title: d.title, abstract: d.abstract }));

function mentionedIn(yaml: string) {
  const index = extractConcepts(docs, { perPaper: 3, overrides: parseOverrides(yaml, 'concepts.yaml') });
  return { index, mentioned: conceptsMentionedIn(index, paperMentions(texts, index)) };
}

describe('conceptsMentionedIn', () => {
  it('lists a paper that names a concept without carrying it, and none that carries it', () => {
    const { index, mentioned } = mentionedIn('');
    const neural = index.concepts.find((c) => c.id === 'neural-network')!;
    expect(neural.papers).not.toContain('anfis');
    expect(mentioned.get('neural-network')).toEqual({ count: 1, papers: ['anfis'] });
  });

  it('does not list a paper the concept was removed from (remove in concepts.yaml), though its text names it', () => {
    const { mentioned } = mentionedIn('remove:\n  anfis: [neural network]\n');
    expect(mentioned.get('neural-network')).toBeUndefined();
  });

  it('lists only papers that write a name of the concept: not "corrections" under Correctness, nor "Advanced …" under Advancements', () => {
    const corpus = [
      {
        id: 'invariants',
        title: 'Proving program correctness with loop invariants',
        abstract:
          'Program correctness follows from loop invariants that a theorem prover checks. The correctness proof of each loop is generated from annotations, and an iteration of the prover refines them.',
      },
      {
        id: 'compilers',
        title: 'Correctness of compiler optimizations',
        abstract: 'We check the correctness of peephole optimizations by translation validation. Correctness is established per iteration of the optimizer.',
      },
      {
        id: 'deferred',
        title: 'Algebraic conditions for deferred correction schemes',
        abstract:
          'Deferred correction schemes improve the accuracy of a low-order method for stiff ordinary differential equations. The corrections are computed by an iterative method whose convergence we prove.',
      },
      {
        id: 'aes',
        title: 'The Advanced Encryption Standard on smart cards',
        abstract:
          'We implement the Advanced Encryption Standard on an 8-bit smart card and measure its power consumption. Advanced countermeasures against side-channel attacks are compared.',
      },
      {
        id: 'sensors',
        title: 'Recent advancements in wireless sensor networks',
        abstract: 'Advancements in low-power radios have made wireless sensor networks practical. We survey these advancements and their use in environmental monitoring.',
      },
      {
        id: 'robots',
        title: 'Advancements in legged robot locomotion',
        abstract: 'Advancements in actuators let legged robots walk on rough ground. We review recent advancements in gait control.',
      },
    ];
    const index = extractConcepts(corpus, { perPaper: 3 });
    expect(index.concepts.find((c) => c.id === 'correctness')!.papers).toEqual(['compilers']);
    expect(index.concepts.find((c) => c.id === 'advancement')!.papers).toEqual(['robots', 'sensors']);
    const mentioned = conceptsMentionedIn(index, paperMentions(corpus.map((d) => ({ slug: d.id, title: d.title, abstract: d.abstract })), index));
    // "The correctness proof" names it; "deferred correction" and "The corrections" do not.
    expect(mentioned.get('correctness')).toEqual({ count: 1, papers: ['invariants'] });
    // Before, "Advanced" stemmed like "advancements".
    expect(mentioned.get('advancement')).toBeUndefined();
  });

  it('orders the papers by how often they name the concept, then by slug, and lists the first `listed` of them', () => {
    const index = { byPaper: { tagged: [{ id: 'wavelet', score: 1 }] } };
    const mentions = new Map([
      ['tagged', new Map([['wavelet', 5]])],
      ['b-once', new Map([['wavelet', 1]])],
      ['a-once', new Map([['wavelet', 1]])],
      ['thrice', new Map([['wavelet', 3]])],
    ]);
    expect(conceptsMentionedIn(index, mentions, 2).get('wavelet')).toEqual({ count: 3, papers: ['thrice', 'a-once'] });
    expect(conceptsMentionedIn(index, mentions).get('wavelet')!.papers).toEqual(['thrice', 'a-once', 'b-once']);
  });

  it('keeps slugs and ids that look like object keys as plain data', () => {
    const index = { byPaper: JSON.parse('{"__proto__": [{"id": "constructor", "score": 1}]}') as Record<string, Array<{ id: string; score: number }>> };
    const mentions = new Map([
      ['__proto__', new Map([['constructor', 2], ['toString', 1]])],
      ['constructor', new Map([['constructor', 1]])],
    ]);
    const found = conceptsMentionedIn(index, mentions);
    expect(found.get('constructor')).toEqual({ count: 1, papers: ['constructor'] });
    expect(found.get('toString')).toEqual({ count: 1, papers: ['__proto__'] });
  });
});
