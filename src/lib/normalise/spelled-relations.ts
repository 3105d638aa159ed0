/**
 * INSPEC records spell the symbols ±, ≤, ≥ and ≈ out as `+or-`, `<or=`, `>or=` and `approximately=`
 * ("1.71%+or-0.14%", "0<or=x<or=50", "alpha approximately=0.87856"); left as they are they read as typing
 * errors on a page. These four are the ones found in the Inspec keyphrase sets (train, dev and test, 2,000
 * abstracts); each marker is glued to its symbols, so prose that writes "or" between words never has one.
 */
const SPELLED: Record<string, string> = { '+or-': '±', '<or=': '≤', '>or=': '≥', 'approximately=': '≈' };

const SPELLED_RELATION = /\+or-|<or=|>or=|\bapproximately=/g;

/** Call with math and URLs taken out: a URL's query may hold `+or-` as text. */
export function decodeSpelledRelations(text: string): string {
  return text.replace(SPELLED_RELATION, (marker) => SPELLED[marker]!);
}
