/** Small documents and candidates as the concept stage's corpus-wide steps hold them (ranked-document.ts), for unit tests. */
import type { DocumentWords, KeptCandidate } from '../../src/lib/concepts/ranked-document';

/** Words of sentences whose words (punctuation included) are separated by spaces. */
export function keptWords(...sentences: string[]): DocumentWords {
  const texts: string[] = [];
  const numbers: number[] = [];
  sentences.forEach((s, k) => {
    for (const w of s.split(' ')) {
      texts.push(w);
      numbers.push(k);
    }
  });
  return { texts, sentences: Int32Array.from(numbers) };
}

/** A candidate whose key, id and stems are its words as given, at [start, length] spans. */
export function keptCandidate(key: string, occurrences: [number, number][], nested: [number, number][] = [], surfaces: string[] = [key]): KeptCandidate {
  const span = ([start, length]: [number, number]) => ({ start, length });
  return { key, id: key, stems: key.split(' '), surfaces, occurrences: occurrences.map(span), nested: nested.map(span) };
}
