/**
 * "Did you mean": concept names close in spelling to a query that found nothing (review 18 M4: `nueral
 * netwrok` and `gentic algorithm` gave "No results." in a library with 62 neural-network and 28
 * genetic-algorithm papers). Pagefind has no typo tolerance; the concept names are the library's own
 * vocabulary, so a near miss of one is most likely a typo of it.
 */

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_WORD, ' ').trim();
}

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`, or `max + 1` once past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * Up to `limit` of `labels` within a few edits of `query` (one per four letters, at least one), closest
 * first, then shorter; none equal to it (that query found its papers), none for a query of under four letters
 * (too many names lie an edit or two from "ml").
 */
export function closeNames(query: string, labels: Iterable<string>, limit = 3): string[] {
  const q = fold(query);
  if (q.length < 4) return [];
  const max = Math.max(1, Math.floor(q.length / 4));
  const found: Array<{ label: string; d: number }> = [];
  const seen = new Set<string>();
  for (const label of labels) {
    const f = fold(label);
    if (seen.has(f)) continue;
    seen.add(f);
    const d = editDistance(q, f, max);
    if (d > 0 && d <= max) found.push({ label, d });
  }
  return found
    .sort((x, y) => x.d - y.d || x.label.length - y.label.length || x.label.localeCompare(y.label))
    .slice(0, limit)
    .map((c) => c.label);
}
