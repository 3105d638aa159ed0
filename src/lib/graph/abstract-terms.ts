/**
 * The words of a title + abstract as the linker's text-similarity component counts them: lowercased,
 * accent-stripped, stop words and numbers dropped, Porter-stemmed ("policies" = "policy"), plus the
 * bigrams of adjacent kept words (after stop-word removal, as the TF-IDF baseline forms them).
 */
import { stem } from '../concepts/normalise';
import { ENGLISH_STOP_WORDS } from './english-stopwords';
import { stripAccents } from '../normalise/accents';

// Letters first, then letters/digits: keeps "gpt4", "r1", "x_1"; drops "2024" and single letters.
const WORD = /[a-z][a-z0-9]*(?:['’][a-z]+)?/g;

/**
 * The raw tokens of a text, before stop words and stemming. Split from `abstractWord` so that a caller
 * reading thousands of abstracts can memoise the per-token work (a token's word never depends on context).
 */
export function abstractTokens(text: string): string[] {
  const plain = stripAccents(text)
    .toLowerCase()
    // LaTeX commands in inline math are markup, not words.
    .replace(/\\[a-z]+/g, ' ');
  return plain.match(WORD) ?? [];
}

// The same words, either case: for showing a word as its papers write it ("PC", not "pc").
const WRITTEN_WORD = /[a-z][a-z0-9]*(?:['’][a-z]+)?/gi;

/** The tokens of `abstractTokens` as the text writes them: each one lowercased is that function's token. */
export function abstractTokensAsWritten(text: string): string[] {
  return stripAccents(text).replace(/\\[a-z]+/gi, ' ').match(WRITTEN_WORD) ?? [];
}

/** The counted word of a token (see `abstractTokens`), or undefined when it is not counted. */
export function abstractWord(token: string): string | undefined {
  const word = token.replace(/['’][a-z]+$/, '');
  if (word.length < 2 || ENGLISH_STOP_WORDS.has(word)) return undefined;
  return stem(word);
}

export function abstractWords(text: string): string[] {
  const words: string[] = [];
  for (const token of abstractTokens(text)) {
    const word = abstractWord(token);
    if (word !== undefined) words.push(word);
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
