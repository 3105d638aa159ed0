/**
 * Citation keys written by hand into a paper file (`citationKey:` in `content/papers/<slug>.md`). The paper
 * files are generated, but what a user adds to one survives regeneration (README, *What content/ holds*), and
 * a paper whose input gives no key has no `citationKey` in its file: one typed there is such an addition.
 * The writer fills the same key from the input, though, so the input's key stays the paper's when there is
 * one: it is what the user's bibliography file says, and changed there. A key kept from a paper file follows
 * the rules of an input's key (src/lib/cite/supplied-ids.ts): made safe for every BibTeX reader, and one
 * paper's only, the papers with a key from their input coming first.
 */
import type { PaperRecord } from '../model/paper';
import type { IngestProblem, SourceLocation } from '../model/source';
import { safeCitationKey } from './citation-key';
import { at, GENERATED, KEY_RULE, quoted } from './supplied-ids';

/** The key a paper file holds, and where. */
export interface HandKey {
  key: string;
  source: SourceLocation;
}

type KeyedPaper = Pick<PaperRecord, 'slug' | 'title' | 'citationKey' | 'sources'>;

/**
 * The keys kept from the paper files, by slug, and a located warning for each key written in a file that is
 * not used as written. `handKeys` holds, by slug, the key each paper file read for user edits carries.
 */
export function keepHandKeys(
  papers: readonly KeyedPaper[],
  handKeys: ReadonlyMap<string, HandKey>,
): { keys: Map<string, string>; warnings: IngestProblem[]; unused: Map<string, IngestProblem> } {
  const owners = new Map<string, { title: string; source: SourceLocation }>();
  for (const paper of papers) if (paper.citationKey !== undefined) owners.set(paper.citationKey, { title: paper.title, source: paper.sources[0]! });
  const keys = new Map<string, string>();
  const warnings: IngestProblem[] = [];
  /** Papers whose file holds a key of the user's own that is not used (unusable or another paper's), with the warning. */
  const unused = new Map<string, IngestProblem>();
  const warn = (source: SourceLocation, reason: string, slug?: string) => {
    const problem: IngestProblem = { file: source.file, line: source.line, severity: 'warning', reason };
    warnings.push(problem);
    if (slug !== undefined) unused.set(slug, problem);
  };

  for (const paper of papers) {
    const hand = handKeys.get(paper.slug);
    if (hand === undefined) continue;
    if (paper.citationKey !== undefined) {
      if (hand.key !== paper.citationKey) {
        const input = paper.sources[0]!;
        warn(hand.source, `citationKey ${quoted(hand.key)} is not used: the input gives this paper the key "${paper.citationKey}" at ${at(input)}, which is changed there`);
      }
      continue;
    }
    const key = safeCitationKey(hand.key);
    if (key === undefined) {
      warn(hand.source, `citationKey ${quoted(hand.key)} leaves nothing usable (${KEY_RULE}); the Cite box uses ${GENERATED}`, paper.slug);
      continue;
    }
    const owner = owners.get(key);
    if (owner !== undefined) {
      warn(hand.source, `citationKey "${key}" is also the key of a different paper, ${quoted(owner.title)} at ${at(owner.source)}; this paper's Cite box uses ${GENERATED} instead`, paper.slug);
      continue;
    }
    if (key !== hand.key) warn(hand.source, `citationKey ${quoted(hand.key)} is not safe in every BibTeX reader (${KEY_RULE}); the Cite box uses "${key}"`);
    owners.set(key, { title: paper.title, source: hand.source });
    keys.set(paper.slug, key);
  }
  return { keys, warnings, unused };
}
