/**
 * Related-paper quality against hand-made groups of papers a reader expects to find linked
 * (`seed-groups-*.json`). The metric is the one the groups file states:
 * for each paper that belongs to at least one group,
 *   P@5  = share of its top-5 related papers that are group-mates (always over 5: a method that returns
 *          fewer than 5 neighbours is not rewarded for it),
 *   R@10 = group-mates found in its top 10 / min(10, number of group-mates),
 * averaged over those papers. Group-mates of a paper in several groups are the union of those groups.
 */
import { z } from 'zod';
import { stripAccents } from '../normalise/accents';

export const seedGroupsSchema = z.object({
  about: z.string().optional(),
  metric: z.string().optional(),
  groups: z.record(z.string(), z.array(z.string().min(1)).min(2)),
});
export type SeedGroups = z.infer<typeof seedGroupsSchema>;

export interface TitledPaper {
  slug: string;
  title: string;
}

export interface RelatedScores {
  /** Mean P@5 over evaluated papers (0 when none). */
  precisionAt5: number;
  /** Mean R@10 over evaluated papers (0 when none). */
  recallAt10: number;
  /** Papers found in the corpus that belong to at least one group. */
  evaluated: number;
  /** Group titles that match no paper of the corpus, as `group: title`. */
  unmatched: string[];
}

/**
 * Title key that survives the usual differences between a listing and a cleaned record: case, Unicode
 * forms, accents, punctuation, LaTeX markup (`UR$^2$` → `ur2`) and spacing.
 */
export function normaliseTitle(title: string): string {
  return stripAccents(title)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Slugs of the group-mates of every grouped paper (slug → mates, never itself), plus unmatched titles. */
export function groupMates(
  groups: SeedGroups['groups'],
  papers: readonly TitledPaper[],
): { mates: Map<string, Set<string>>; unmatched: string[] } {
  const byTitle = new Map<string, string[]>();
  for (const paper of papers) {
    const key = normaliseTitle(paper.title);
    const list = byTitle.get(key);
    if (list) list.push(paper.slug);
    else byTitle.set(key, [paper.slug]);
  }
  const mates = new Map<string, Set<string>>();
  const unmatched: string[] = [];
  for (const [name, titles] of Object.entries(groups)) {
    const members: string[] = [];
    for (const title of titles) {
      const slugs = byTitle.get(normaliseTitle(title));
      if (slugs) for (const slug of slugs) members.push(slug);
      else unmatched.push(`${name}: ${title}`);
    }
    for (const member of members) {
      let set = mates.get(member);
      if (!set) mates.set(member, (set = new Set()));
      for (const other of members) if (other !== member) set.add(other);
    }
  }
  // A group of which only one paper was found gives that paper no mates: it cannot be evaluated.
  for (const [slug, set] of mates) if (set.size === 0) mates.delete(slug);
  return { mates, unmatched };
}

/**
 * Scores one method. `related` maps a slug to its ranked related slugs (best first); a grouped paper the
 * method gives nothing for scores 0 on both measures.
 */
export function scoreRelated(
  groups: SeedGroups['groups'],
  papers: readonly TitledPaper[],
  related: ReadonlyMap<string, readonly string[]>,
): RelatedScores {
  const { mates, unmatched } = groupMates(groups, papers);
  let precision = 0;
  let recall = 0;
  for (const [slug, own] of mates) {
    const ranked = related.get(slug) ?? [];
    const hitsAt = (k: number) => ranked.slice(0, k).filter((id) => own.has(id)).length;
    precision += hitsAt(5) / 5;
    recall += hitsAt(10) / Math.min(10, own.size);
  }
  const evaluated = mates.size;
  return {
    precisionAt5: evaluated ? precision / evaluated : 0,
    recallAt10: evaluated ? recall / evaluated : 0,
    evaluated,
    unmatched,
  };
}
