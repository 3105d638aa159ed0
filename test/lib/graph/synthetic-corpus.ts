/**
 * A synthetic corpus with planted topics, for the graph stage's tests and its 10,000-paper timing check:
 * each paper draws most of its concepts from one topic's vocabulary and a few from a shared pool, and
 * its related papers are those sharing the most concepts (what the linking stage would find).
 */
import type { Concept, ConceptIndex, PaperConcept } from '../../../src/lib/model/concepts';
import type { RelatedPaper } from '../../../src/lib/model/graph';
import type { PaperRecord } from '../../../src/lib/model/paper';
import { seededRandom } from '../../../src/lib/graph/seeded-random';

export interface SyntheticCorpus {
  papers: PaperRecord[];
  index: ConceptIndex;
  related: Record<string, RelatedPaper[]>;
  /** The planted topic of each paper. */
  topicOf: Map<string, number>;
}

export function syntheticCorpus(paperCount: number, topicCount: number, seed = 7, relatedPerPaper = 10): SyntheticCorpus {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const topicVocab = Array.from({ length: topicCount }, (_, t) =>
    Array.from({ length: 12 }, (_, i) => `topic-${t}-concept-${i}`),
  );
  const shared = Array.from({ length: 20 }, (_, i) => `shared-concept-${i}`);
  const papers: PaperRecord[] = [];
  const byPaper: Record<string, PaperConcept[]> = Object.create(null);
  const topicOf = new Map<string, number>();
  for (let i = 0; i < paperCount; i++) {
    const slug = `paper-${String(i).padStart(5, '0')}`;
    const topic = Math.floor(random() * topicCount);
    topicOf.set(slug, topic);
    const chosen = new Set<string>();
    while (chosen.size < 6) chosen.add(pick(topicVocab[topic]!.slice(0, 3 + Math.floor(random() * 10))));
    chosen.add(pick(shared));
    byPaper[slug] = [...chosen].map((id, rank) => ({ id, score: Math.round((1 - rank * 0.1) * 1000) / 1000 }));
    papers.push({
      slug,
      title: `Paper ${i} on topic ${topic}`,
      abstract: `An abstract about topic ${topic}.`,
      authors: [],
      links: [],
      sources: [{ file: 'synthetic.txt', line: i + 1 }],
      hash: `h${i}`,
    });
  }
  const postings = new Map<string, string[]>();
  for (const p of papers) for (const c of byPaper[p.slug]!) postings.set(c.id, [...(postings.get(c.id) ?? []), p.slug]);
  const concepts: Concept[] = [...postings.keys()].sort().map((id) => ({
    id,
    label: id.replace(/-/g, ' '),
    aliases: [],
    df: postings.get(id)!.length,
    papers: postings.get(id)!,
  }));
  const related: Record<string, RelatedPaper[]> = Object.create(null);
  for (const p of papers) {
    const counts = new Map<string, string[]>();
    for (const c of byPaper[p.slug]!) {
      if (c.id.startsWith('shared-')) continue;
      for (const other of postings.get(c.id)!) {
        if (other === p.slug) continue;
        const list = counts.get(other);
        if (list) list.push(c.id);
        else counts.set(other, [c.id]);
      }
    }
    related[p.slug] = [...counts]
      .map(([id, sharedIds]) => ({ id, score: Math.min(1, sharedIds.length / 6), shared: sharedIds }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, relatedPerPaper);
  }
  return { papers, index: { concepts, byPaper }, related, topicOf };
}
