/**
 * The concept stage's analysis of one document (tagging, candidate phrases, ranking: the costly part,
 * which depends on nothing but the document's title and abstract) as plain data, so it can be kept
 * between runs (src/lib/concepts/extract.ts `ExtractOptions.cache`). Candidates are tuples: at 10,000
 * abstracts the cache holds about half a million of them, and field names would double its size.
 */
/** [key, surface, score, stems, surfaces, occurrences, nested (occurrences inside longer phrases), flags]; spans are start, length pairs, flattened. */
export type RankedCandidateTuple = [string, string, number, string[], string[], number[], number[], number];

export const FLAG_SCHOLARLY = 1;
export const FLAG_NOUN_MODIFIED = 2;
/** A qualitative adjective on a word for the text's own matter ("future work", "widespread use"): scholarly-phrases.ts `qualifiedPhrase`. */
export const FLAG_QUALIFIED = 4;
/** An adjective of degree on a specific noun ("low viscosity"): scholarly-phrases.ts `degreePhrase`. */
export const FLAG_DEGREE = 8;
/**
 * From this bit up, one bit per word of the phrase's first occurrence that is a noun (bit `FLAG_NOUN_WORDS_SHIFT + k`
 * for its k-th word): paper-mentions.ts reads the specific nouns inside a paper's phrases ("lithography" in "electron
 * beam lithography", "charmonium" in "charmonium states").
 */
export const FLAG_NOUN_WORDS_SHIFT = 4;

export interface DocumentAnalysis {
  texts: string[];
  sentences: number[];
  titleWords: number;
  /** Words that vote on how the corpus writes them (`WordCase.add`): index × 2 + 1 when alone in capitals. */
  caseVotes: number[];
  ranked: RankedCandidateTuple[];
}

const KEYS = ['texts', 'sentences', 'titleWords', 'caseVotes', 'ranked'];

function count(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function strings(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Start, length pairs inside a document of `words` words. */
function spans(v: unknown, words: number): v is number[] {
  if (!Array.isArray(v) || v.length % 2 !== 0) return false;
  for (let k = 0; k < v.length; k += 2) {
    const start: unknown = v[k];
    const length: unknown = v[k + 1];
    if (!count(start) || !count(length) || length < 1 || start + length > words) return false;
  }
  return true;
}

function candidate(v: unknown, words: number): v is RankedCandidateTuple {
  return (
    Array.isArray(v) &&
    v.length === 8 &&
    typeof v[0] === 'string' &&
    typeof v[1] === 'string' &&
    typeof v[2] === 'number' &&
    Number.isFinite(v[2]) &&
    strings(v[3]) &&
    strings(v[4]) &&
    spans(v[5], words) &&
    spans(v[6], words) &&
    count(v[7])
  );
}

/**
 * The value when it is a document analysis whose indices all fall inside the document; else undefined.
 * (Checked by hand: at 10,000 documents a schema library's walk over half a million tuples costs most
 * of a second on every re-run.)
 */
export function checkDocumentAnalysis(value: unknown): DocumentAnalysis | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const d = value as Record<string, unknown>;
  if (Object.keys(d).length !== KEYS.length || !KEYS.every((k) => Object.hasOwn(d, k))) return undefined;
  const { texts, sentences, titleWords, caseVotes, ranked } = d;
  if (!strings(texts) || !Array.isArray(sentences) || sentences.length !== texts.length || !sentences.every(count)) return undefined;
  if (!count(titleWords) || titleWords > texts.length) return undefined;
  if (!Array.isArray(caseVotes) || !caseVotes.every((v) => count(v) && v >> 1 < texts.length)) return undefined;
  if (!Array.isArray(ranked) || !ranked.every((r) => candidate(r, texts.length))) return undefined;
  return value as DocumentAnalysis;
}

/**
 * The files whose content decides a document's analysis (repository paths): the analysing modules, their
 * background tables and the tagger's and stemmer's installed versions. The cache is versioned by them; every
 * module concept-analysis.ts runs is listed (test/lib/cache/document-analysis-sources.test.ts).
 */
export const DOCUMENT_ANALYSIS_SOURCES = [
  'src/lib/concepts/concept-analysis.ts',
  'src/lib/concepts/scholarly-phrases.ts',
  'src/lib/concepts/word-specificity.ts',
  'src/lib/concepts/rank.ts',
  'src/lib/concepts/candidates.ts',
  'src/lib/concepts/tokenize.ts',
  'src/lib/concepts/idioms.ts',
  'src/lib/concepts/word-shape.ts',
  'src/lib/concepts/abbreviations.ts',
  'src/lib/concepts/normalise.ts',
  'src/lib/concepts/short-form.ts',
  'src/lib/concepts/background.ts',
  'src/lib/concepts/non-prose.ts',
  'src/lib/concepts/formula-pieces.ts',
  'src/lib/concepts/elements.ts',
  'src/lib/concepts/units.ts',
  'src/lib/normalise/accents.ts',
  'src/lib/normalise/greek.ts',
  'src/lib/normalise/math-text.ts',
  'src/lib/normalise/super-subscripts.ts',
  'src/lib/normalise/tex-chars.ts',
  'src/lib/normalise/tex-style.ts',
  'src/lib/concepts/data/background-df.json',
  'src/lib/concepts/data/general-english.json',
  'src/lib/cache/document-analysis.ts',
  'node_modules/wink-nlp/package.json',
  'node_modules/wink-eng-lite-web-model/package.json',
  'node_modules/stemmer/package.json',
] as const;
