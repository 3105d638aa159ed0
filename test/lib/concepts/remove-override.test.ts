import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { parseOverrides } from '../../../src/lib/concepts/overrides';
import { linkPapers } from '../../../src/lib/graph/link';
import type { PaperRecord } from '../../../src/lib/model/paper';

// Inspec-like abstracts: ANFIS compares itself with neural networks but is not a neural-network paper.
const docs = [
  {
    id: 'anfis',
    title: 'ANFIS: adaptive-network-based fuzzy inference system',
    abstract:
      'This paper presents the architecture and learning procedure underlying ANFIS, a fuzzy inference system implemented in the framework of adaptive networks. ' +
      'A hybrid learning procedure constructs an input-output mapping from stipulated input-output data pairs. ' +
      'The fuzzy inference system is compared with artificial neural network models and earlier work on neural networks for control systems.',
  },
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
    abstract: 'A fuzzy inference system with a hierarchy of rule bases approximates any continuous function. The control system design needs fewer rules.',
  },
];
const records: PaperRecord[] = docs.map((d) => ({ slug: d.id, title: d.title, abstract: d.abstract, authors: [], links: [], sources: [{ file: 'fixture.jsonl', line: 1 }], hash: d.id }));

function build(yaml: string) {
  const index = extractConcepts(docs, { perPaper: 6, overrides: parseOverrides(yaml, 'concepts.yaml') });
  const related = linkPapers(records, index, { max: 5 });
  const labels = (slug: string) => (index.byPaper[slug] ?? []).map((t) => index.concepts.find((c) => c.id === t.id)!.label.toLowerCase());
  return { index, related, labels };
}

describe('remove in concepts.yaml', () => {
  it('without it, the paper links to the neural-network papers through neural networks (the case the removal undoes)', () => {
    const { related, labels } = build('');
    expect(labels('anfis')).toContain('neural networks');
    expect(related.anfis!.find((r) => r.id === 'robot')?.shared).toContain('neural-network');
  });

  it('takes the concept off the paper under every spelling: no tag, no keyword holding its words', () => {
    const { index, labels } = build('remove:\n  anfis: [neural network]\n');
    expect(labels('anfis').filter((l) => /neural network/.test(l))).toEqual([]);
    expect(index.removed).toEqual({ anfis: ['neural-network'] });
    // The other papers keep it.
    expect(labels('robot')).toContain('neural networks');
  });

  it('also takes the phrases a merge made part of the concept', () => {
    const { labels } = build('merge:\n  - [control system, neural network]\nremove:\n  anfis: [control system]\n');
    expect(labels('anfis').filter((l) => /neural network|control system/.test(l))).toEqual([]);
  });

  it('is never the reason for the paper’s links, though its text still names the concept', () => {
    const { related } = build('remove:\n  anfis: [Neural Networks]\n');
    for (const r of related.anfis!) expect(r.shared).not.toContain('neural-network');
    for (const slug of ['robot', 'face']) {
      const back = related[slug]!.find((r) => r.id === 'anfis');
      if (back) expect(back.shared).not.toContain('neural-network');
    }
    // Papers that both carry it still share it.
    expect(related.robot!.find((r) => r.id === 'face')?.shared).toContain('neural-network');
  });
});
