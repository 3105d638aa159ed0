// Correctness at scale only; how long linking takes is measured by scripts/profile-link.ts, never here.
import { describe, expect, it } from 'vitest';
import { linkPapers } from '../../../src/lib/graph/link';
import { zipfCorpus } from './link-corpus';

describe('linkPapers at scale', () => {
  it('links 10,000 papers: bounded, ordered, symmetric scores, shared concepts really shared', () => {
    const { papers, index } = zipfCorpus(10_000);
    const related = linkPapers(papers, index, { max: 10 });
    expect(Object.keys(related)).toHaveLength(10_000);
    expect(related['paper-0']).toHaveLength(10);
    const tags = new Map(Object.entries(index.byPaper).map(([slug, list]) => [slug, new Set(list.map((c) => c.id))]));
    const scoreOf = new Map<string, number>();
    for (const [slug, links] of Object.entries(related)) {
      expect(links.length).toBeLessThanOrEqual(10);
      for (let k = 0; k < links.length; k++) {
        const link = links[k]!;
        expect(link.id).not.toBe(slug);
        expect(link.score).toBeGreaterThan(0);
        expect(link.score).toBeLessThanOrEqual(1);
        if (k > 0) {
          const before = links[k - 1]!;
          expect(before.score > link.score || (before.score === link.score && before.id < link.id)).toBe(true);
        }
        for (const id of link.shared) {
          expect(tags.get(slug)!.has(id) && tags.get(link.id)!.has(id)).toBe(true);
        }
        scoreOf.set(`${slug} ${link.id}`, link.score);
      }
    }
    // Cosine similarity is symmetric: a pair linked both ways has one score, whichever side found it.
    let both = 0;
    for (const [pair, score] of scoreOf) {
      const [a, b] = pair.split(' ');
      const back = scoreOf.get(`${b} ${a}`);
      if (back === undefined) continue;
      both++;
      expect(back).toBe(score);
    }
    expect(both).toBeGreaterThan(1000);
  }, 120_000);
});
