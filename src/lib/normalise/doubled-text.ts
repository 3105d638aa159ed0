/**
 * An abstract given twice over, one copy right after the other ("…if compared with TEM.Nanoparticle Tracking
 * Analysis (NTA) has been applied…", the whole text again): what a page scraped with its abstract shown twice, or a
 * highlights box that repeats it, leaves. Counted twice, every phrase of it would weigh double as the paper's
 * concept, and the page would show it twice. Only an exact repeat of a whole text long enough to be an abstract's is
 * taken for one; a sentence said twice on purpose is left.
 */
/** Characters a copy must hold to be an abstract's, not a refrain: a couple of sentences. */
const MIN_COPY = 100;

/** `text` as one copy where it is two identical copies, joined directly or by white space. */
export function withoutDoubledText(text: string): string {
  const half = Math.floor(text.length / 2);
  // The copies may be joined by a space (the second cut) or by nothing (the first).
  for (const cut of [half, half + 1]) {
    const first = text.slice(0, cut).trimEnd();
    const second = text.slice(cut).trimStart();
    if (first.length >= MIN_COPY && first === second) return first;
  }
  return text;
}
