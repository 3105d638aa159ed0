/**
 * The concept stage's analysis of one document (tagging, candidate phrases, ranking: the costly part,
 * which depends on nothing but the document's title and abstract) as plain data, so it can be kept
 * between runs (src/lib/concepts/extract.ts `ExtractOptions.cache`). Candidates are tuples: at 10,000
 * abstracts the cache holds about half a million of them, and field names would double its size.
 */
import { z } from 'zod';

const int = z.number().int().nonnegative();
/** start, length pairs, flattened. */
const spans = z.array(int).refine((a) => a.length % 2 === 0, 'start/length pairs');

/** [key, surface, score, stems, surfaces, occurrences, nested (occurrences inside longer phrases), flags]. */
export const rankedCandidateTuple = z.tuple([
  z.string(),
  z.string(),
  z.number().finite(),
  z.array(z.string()),
  z.array(z.string()),
  spans,
  spans,
  int,
]);

export const FLAG_SCHOLARLY = 1;
export const FLAG_NOUN_MODIFIED = 2;

export const documentAnalysisSchema = z
  .object({
    texts: z.array(z.string()),
    sentences: z.array(int),
    titleWords: int,
    /** Words that vote on how the corpus writes them (`WordCase.add`): index × 2 + 1 when alone in capitals. */
    caseVotes: z.array(int),
    ranked: z.array(rankedCandidateTuple),
  })
  .strict()
  .refine(
    (d) =>
      d.sentences.length === d.texts.length &&
      d.titleWords <= d.texts.length &&
      d.caseVotes.every((v) => v >> 1 < d.texts.length) &&
      d.ranked.every((r) => [...r[5], ...r[6]].every((v, k, all) => (k % 2 === 1 ? v >= 1 : v + all[k + 1]! <= d.texts.length))),
    'indices inside the document',
  );

export type DocumentAnalysis = z.infer<typeof documentAnalysisSchema>;

export function checkDocumentAnalysis(value: unknown): DocumentAnalysis | undefined {
  const parsed = documentAnalysisSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The files whose content decides a document's analysis (repository paths): the analysing modules, their
 * background tables and the tagger's and stemmer's installed versions. The cache is versioned by them.
 */
export const DOCUMENT_ANALYSIS_SOURCES = [
  'src/lib/concepts/extract.ts',
  'src/lib/concepts/rank.ts',
  'src/lib/concepts/candidates.ts',
  'src/lib/concepts/tokenize.ts',
  'src/lib/concepts/abbreviations.ts',
  'src/lib/concepts/normalise.ts',
  'src/lib/concepts/background.ts',
  'src/lib/concepts/data/background-df.json',
  'src/lib/concepts/data/general-english.json',
  'src/lib/cache/document-analysis.ts',
  'node_modules/wink-nlp/package.json',
  'node_modules/wink-eng-lite-web-model/package.json',
  'node_modules/stemmer/package.json',
] as const;
