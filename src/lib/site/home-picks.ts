/**
 * The home page's "Recent" papers. A paper among the best-connected ("Good places to start") may be here
 * too: the newest are the newest whatever else lists them (leaving those out hid a small library's newest
 * work).
 */
/** The `n` newest papers with a year, the better connected first within a year; none when no paper has a year. */
export function newest<P>(papers: readonly P[], yearOf: (p: P) => number | undefined, degreeOf: (p: P) => number, n: number): P[] {
  return papers
    .filter((p) => yearOf(p) !== undefined)
    .sort((a, b) => yearOf(b)! - yearOf(a)! || degreeOf(b) - degreeOf(a))
    .slice(0, n);
}
