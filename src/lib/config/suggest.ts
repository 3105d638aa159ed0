/**
 * What a mistyped name most likely meant: a setting in atlas.config.json (`conceptPerPaper`) or a flag
 * (`--titel`). The names are few and known, so the nearest within a couple of edits is a safe suggestion.
 */
import { editDistance } from '../search/did-you-mean';

/** The one of `names` within two edits of `name` (one for names of four letters or fewer), closest first, case aside. */
export function likelyMeant(name: string, names: Iterable<string>): string | undefined {
  const typed = name.toLowerCase();
  const max = typed.length <= 4 ? 1 : 2;
  let best: { name: string; d: number } | undefined;
  for (const candidate of names) {
    const d = editDistance(typed, candidate.toLowerCase(), max);
    if (d <= max && (best === undefined || d < best.d)) best = { name: candidate, d };
  }
  return best?.name;
}
