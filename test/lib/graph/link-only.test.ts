import { describe, expect, it } from 'vitest';
import { linkOnlyPass, linkPapers } from '../../../src/lib/graph/link';
import { paperMentions, paperMentionsOf, type PaperMentions } from '../../../src/lib/graph/concept-mentions';
import type { ConceptIndex } from '../../../src/lib/model/concepts';
import type { PaperRecord } from '../../../src/lib/model/paper';

// Three papers; a and b both write "theoretical perspective", a routine phrase the concept stage refused as a tag
// (boiler23b): it is the index's linkOnly, which the link stage reads as a weak shared feature and never as a reason.
const paper = (slug: string, abstract: string): PaperRecord => ({ slug, title: slug, abstract, authors: [], year: 2020 }) as unknown as PaperRecord;
const papers = [
  paper('a', 'Gradient descent on a game. We give a theoretical perspective on adversarial training of networks.'),
  paper('b', 'Planning with language models. A theoretical perspective explains why policy gradients fail at planning.'),
  paper('c', 'Planning with language models. Tool calls help agents finish tasks in the browser at scale.'),
];
const base: ConceptIndex = {
  concepts: [
    { id: 'planning', label: 'Planning', aliases: [], df: 2, papers: ['b', 'c'] },
    { id: 'adversarial-training', label: 'Adversarial training', aliases: [], df: 1, papers: ['a'] },
  ],
  byPaper: { a: [{ id: 'adversarial-training', score: 1 }], b: [{ id: 'planning', score: 1 }], c: [{ id: 'planning', score: 1 }] },
};
const linkOnly = [{ id: 'theoretical-perspective', label: 'Theoretical perspective', aliases: [], df: 0, papers: [] }];

describe('linkOnly concepts (routine phrases refused as tags)', () => {
  it('bring the papers that write them nearer, and are never a reason', () => {
    // A link of "theoretical perspective" alone is no link of wording (wording.ts `topicWord`): that rule off here,
    // so as to read its score.
    const tuning = { wordingNeighbours: 0 };
    const before = linkPapers(papers, base, { max: 5, minConceptPapers: 2, tuning });
    const after = linkPapers(papers, { ...base, linkOnly }, { max: 5, minConceptPapers: 2, tuning });
    const score = (r: typeof before, from: string, to: string) => r[from]!.find((l) => l.id === to)?.score ?? 0;
    expect(score(after, 'a', 'b')).toBeGreaterThan(score(before, 'a', 'b'));
    for (const list of Object.values(after)) for (const l of list) expect(l.shared).not.toContain('theoretical-perspective');
  });

  it('link the same whether the caller found their mentions in its own reading, only the others, or none', () => {
    const index = { ...base, linkOnly };
    const found = linkPapers(papers, index, { max: 5, minConceptPapers: 2 });
    const pass = linkOnlyPass(index)!;
    expect(pass.map((c) => c.id)).toEqual(['theoretical-perspective']);
    const [mentions, linkOnlyMentions] = paperMentionsOf(papers, index, [pass]) as [PaperMentions, PaperMentions];
    expect(linkOnlyMentions.get('a')!.get('theoretical-perspective')).toBe(1);
    expect(mentions.get('a')!.has('theoretical-perspective')).toBe(false);
    expect(linkPapers(papers, index, { max: 5, minConceptPapers: 2, mentions, linkOnlyMentions })).toEqual(found);
    expect(linkPapers(papers, index, { max: 5, minConceptPapers: 2, mentions: paperMentions(papers, index) })).toEqual(found);
  });

  it('are read with every concept when one has a one-word name (its count may depend on the others)', () => {
    const oneWord = [{ id: 'perspective', label: 'Perspective', aliases: [], df: 0, papers: [] }];
    expect(linkOnlyPass({ ...base, linkOnly: oneWord })!.map((c) => c.id)).toEqual(['planning', 'adversarial-training', 'perspective']);
    expect(linkOnlyPass(base)).toBeUndefined();
  });
});
