/**
 * What the concept stage reads of a paper. A title the record did not have (`madeTitle`: a sentence of the
 * abstract, `--untitled from-abstract`) is no title to it: those words are the abstract's, already read there, and
 * read again as a title they counted twice and as the author's own summary. The first sentence of an untitled
 * record ("There are a number of avenues to explore for future work in…") then ranked its phrases as a title's
 * ("Future work" was the first tag of such a paper and a concept of six), and let a common word it names be a
 * tag ("Temperature", "Energy", which a title names as the paper's topic: incidental-mentions.ts `commonWord`), so that
 * such words linked papers of other fields (review 22 findings 1 and 2). The paper is read as a record with
 * no title, as the keyphrase benchmarks read theirs.
 */
import type { DocumentText, PaperRecord } from '../model/paper';

export function conceptText(p: Pick<PaperRecord, 'slug' | 'title' | 'abstract' | 'madeTitle' | 'keywords'>): DocumentText {
  return { id: p.slug, title: p.madeTitle ? '' : p.title, abstract: p.abstract, ...(p.keywords ? { keywords: p.keywords } : {}) };
}
