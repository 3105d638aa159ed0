/**
 * The names a paper writes only with a version after them, as words of their own for its search entry:
 * "YOLOv8-Tiny" is also "YOLO", "ORB-SLAM2" "SLAM", "CMIP6" "CMIP". Pagefind finds "yolov8" by the prefix
 * "yolo", but search keeps a query word the index holds by itself to that word (./whole-words.ts), and a
 * query for "YOLO" missed the paper that never writes it alone (review 16 M4).
 *
 * A versioned name is a word of at least three letters, one of them a capital (a name, not "word2vec"),
 * then digits, with a "v" before them or not, and anything after: "Llama2", "ResNet50", "BNT162b2",
 * "YOLOv3". Shorter letters are formulas and codes ("CO2", "H2O", "Cy41r2") whose letters alone mean
 * something else. A name the page also writes alone is found by itself and is not repeated.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const VERSIONED = /^(?=\p{L}*\p{Lu})(\p{L}{3,}?)v?\p{N}/u;

/** The names in `pageText` (its HTML or text) written only with a version, each once, in page order. */
export function versionedNames(pageText: string): string[] {
  const words = pageText.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ').match(WORD) ?? [];
  const alone = new Set(words.map((w) => w.toLowerCase()));
  const out = new Map<string, string>();
  for (const word of words) {
    const name = VERSIONED.exec(word)?.[1];
    if (name === undefined || alone.has(name.toLowerCase()) || out.has(name.toLowerCase())) continue;
    out.set(name.toLowerCase(), name);
  }
  return [...out.values()];
}
