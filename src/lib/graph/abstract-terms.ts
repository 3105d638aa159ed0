/**
 * The words of a title + abstract as the linker's text-similarity component counts them: lowercased,
 * accent-stripped, stop words and numbers dropped, Porter-stemmed ("policies" = "policy"), plus the
 * bigrams of adjacent kept words (after stop-word removal, as the TF-IDF baseline forms them).
 */
import { stem } from '../concepts/normalise';
import { ENGLISH_STOP_WORDS } from './english-stopwords';

// Letters first, then letters/digits: keeps "gpt4", "r1", "x_1"; drops "2024" and single letters.
const WORD = /[a-z][a-z0-9]*(?:['’][a-z]+)?/g;

export function abstractWords(text: string): string[] {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // LaTeX commands in inline math are markup, not words.
    .replace(/\\[a-z]+/g, ' ');
  const words: string[] = [];
  for (const match of plain.matchAll(WORD)) {
    const word = match[0].replace(/['’][a-z]+$/, '');
    if (word.length < 2 || ENGLISH_STOP_WORDS.has(word)) continue;
    words.push(stem(word));
  }
  return words;
}

/** Stemmed unigrams followed by bigrams of adjacent kept words. */
export function abstractTerms(text: string): string[] {
  const words = abstractWords(text);
  const terms = words.slice();
  for (let i = 0; i + 1 < words.length; i++) terms.push(`${words[i]} ${words[i + 1]}`);
  return terms;
}
