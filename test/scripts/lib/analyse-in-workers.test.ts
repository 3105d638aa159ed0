import { describe, expect, it } from 'vitest';
import { analyseInWorkers, missingAnalyses } from '../../../scripts/lib/analyse-in-workers';
import { extractConceptIndex, extractConcepts } from '../../../src/lib/concepts/extract';
import { KeyedCacheFile } from '../../../src/lib/cache/keyed-cache';
import { checkDocumentAnalysis, type DocumentAnalysis } from '../../../src/lib/cache/document-analysis';
import type { DocumentText } from '../../../src/lib/model/paper';
import { runRecords } from '../../support/fixture-runs';

const docs: DocumentText[] = runRecords('thirty-more.jsonl').map((r, i) => ({ id: `p${i}`, ...r }));

describe('analyseInWorkers', () => {
  it('fills the cache with the analyses the concept stage would make itself: the same index', async () => {
    const cache = new KeyedCacheFile<DocumentAnalysis>(undefined, 'test', checkDocumentAnalysis);
    // Two documents already cached are not analysed again.
    extractConcepts(docs.slice(0, 2), { perPaper: 8, cache });
    const missing = missingAnalyses([...docs, docs[5]!], cache);
    expect(missing.docs).toEqual(docs.slice(2));
    expect(await analyseInWorkers(missing, cache, { threads: 2, minPerWorker: 5 })).toBe(docs.length - 2);
    const index = extractConcepts(docs, { perPaper: 8, cache });
    expect(cache.misses).toBe(2);
    expect(cache.hits).toBe(docs.length);
    expect(JSON.stringify(index)).toBe(JSON.stringify(extractConcepts(docs, { perPaper: 8 })));
  }, 60_000);

  it('leaves small batches to the main thread', async () => {
    const cache = new KeyedCacheFile<DocumentAnalysis>(undefined, 'test', checkDocumentAnalysis);
    expect(await analyseInWorkers(missingAnalyses(docs, cache), cache, { threads: 2 })).toBe(0);
    expect(await analyseInWorkers(missingAnalyses(docs, cache), cache, { threads: 1, minPerWorker: 1 })).toBe(0);
  });
});

describe('missingAnalyses', () => {
  it('leaves out a document whose abstract is not English: the concept stage does not read it', () => {
    const cache = new KeyedCacheFile<DocumentAnalysis>(undefined, 'test', checkDocumentAnalysis);
    const german: DocumentText = {
      id: 'de',
      title: 'Graphneuronale Netze für die Vorhersage von Moleküleigenschaften',
      abstract:
        'In dieser Arbeit stellen wir ein Verfahren zur Vorhersage von Moleküleigenschaften mit graphneuronalen Netzen vor. Die Moleküle werden als Graphen dargestellt, deren Knoten die Atome und deren Kanten die Bindungen sind.',
    };
    const missing = missingAnalyses([docs[0]!, german], cache);
    expect(missing.docs).toEqual([docs[0]]);
    // Every document's English text, in order, for the concept stage to take as it is.
    expect(missing.englishTexts).toEqual([docs[0], undefined]);
  });

  it('asks for the abstract alone of a document whose title is not English, as the concept stage reads it', () => {
    const cache = new KeyedCacheFile<DocumentAnalysis>(undefined, 'test', checkDocumentAnalysis);
    const gadamer: DocumentText = {
      id: 'gadamer',
      title: 'Wahrheit und Methode: Grundzüge einer philosophischen Hermeneutik',
      abstract: 'Every interpretation moves in a hermeneutic circle between the parts of a text and its whole, and understanding is a fusion of horizons.',
    };
    expect(missingAnalyses([gadamer], cache).docs).toEqual([{ ...gadamer, title: '' }]);
    expect(missingAnalyses([gadamer], cache).englishTexts).toEqual([{ ...gadamer, title: '' }]);
    // What the workers put in the cache is what the concept stage then finds there.
    extractConcepts([gadamer], { perPaper: 8, cache });
    expect(missingAnalyses([gadamer], cache).docs).toEqual([]);
  });
});

describe('the English texts found for the cache', () => {
  it('are what the concept stage reads: given, they are taken as they are (a text left out is not read)', () => {
    const some = docs.slice(0, 4);
    const own = extractConceptIndex(some, { perPaper: 8 });
    const given = extractConceptIndex(some, { perPaper: 8, englishTexts: missingAnalyses(some, new KeyedCacheFile<DocumentAnalysis>(undefined, 'test', checkDocumentAnalysis)).englishTexts });
    expect(JSON.stringify(given)).toBe(JSON.stringify(own));
    const withoutOne = extractConceptIndex(some, { perPaper: 8, englishTexts: [some[0], undefined, some[2], some[3]] });
    expect(withoutOne.nonEnglish).toEqual([some[1]!.id]);
  });
});
