import { unwrapStyleCommands } from '../normalise/tex-style';
import { searchFold } from './search-fold';

/**
 * A query as Pagefind can match it. Pagefind's index keeps only the letters, digits and `_` of each word
 * (`O(n^2)` is indexed as `on2`), while its query normaliser removes brackets and other punctuation but
 * keeps symbols, so `O(n^2)` was searched as `on^2`. No indexed word starts with that, and Pagefind then
 * falls back to the longest indexed word the query word starts with: `on`, in nearly every abstract, so the
 * paper holding the formula came last. Math, currency and modifier symbols (`^ + = < > | ~ $`) are removed
 * here as the index removes them; other symbols (emoji, which Pagefind indexes as words) stay. Style
 * commands are unwrapped as in the index's copy of a formula (../site/math.ts renderTex), so a formula pasted
 * from a paper's source, `$\mathcal{O}(n^2)$`, is searched as `O(n2)` too. Last, the query is spelled as
 * the index spells the pages' text (./search-fold.ts): `ΛCDM` is searched as `LambdaCDM`, `H_0` as `H0`.
 */
const DROPPED_BY_THE_INDEX = /[\p{Sm}\p{Sc}\p{Sk}]/gu;

export function searchableQuery(query: string): string {
  const kept = searchFold(unwrapStyleCommands(query)).replace(DROPPED_BY_THE_INDEX, '').replace(/\s+/g, ' ').trim();
  // A query of symbols only is left to Pagefind as typed (it finds what it finds, rather than everything).
  return kept === '' ? query.trim() : kept;
}
