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
