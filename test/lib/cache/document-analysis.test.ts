import { describe, expect, it } from 'vitest';
import { checkDocumentAnalysis, type DocumentAnalysis } from '../../../src/lib/cache/document-analysis';

const good: DocumentAnalysis = {
  texts: ['World', 'models', 'for', 'agents', '.', 'We', 'train', 'world', 'models', '.'],
  sentences: [0, 0, 0, 0, 0, 1, 1, 1, 1, 1],
  titleWords: 4,
  caseVotes: [13, 14, 16],
  ranked: [['world model', 'world models', 1.5, ['world', 'model'], ['World models', 'world models'], [0, 2, 7, 2], [], 0]],
};

describe('checkDocumentAnalysis', () => {
  it('accepts an analysis whose indices fall inside its document', () => {
    expect(checkDocumentAnalysis(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  it('rejects anything out of shape or pointing outside the document', () => {
    const bad = (change: (d: DocumentAnalysis & Record<string, unknown>) => void) => {
      const d = JSON.parse(JSON.stringify(good)) as DocumentAnalysis & Record<string, unknown>;
      change(d);
      return checkDocumentAnalysis(d);
    };
    for (const v of [null, [], 'x', 3, {}]) expect(checkDocumentAnalysis(v)).toBeUndefined();
    expect(bad((d) => (d.extra = 1))).toBeUndefined();
    expect(bad((d) => d.sentences.pop())).toBeUndefined();
    expect(bad((d) => (d.sentences[0] = -1))).toBeUndefined();
    expect(bad((d) => (d.titleWords = 11))).toBeUndefined();
    expect(bad((d) => d.caseVotes.push(20))).toBeUndefined();
    expect(bad((d) => (d.ranked[0]![5] = [9, 2]))).toBeUndefined();
    expect(bad((d) => (d.ranked[0]![6] = [1, 0]))).toBeUndefined();
    expect(bad((d) => (d.ranked[0]![6] = [1]))).toBeUndefined();
    expect(bad((d) => ((d.ranked[0] as unknown[])[2] = '1.5'))).toBeUndefined();
    expect(bad((d) => ((d.ranked[0] as unknown[])[3] = ['world', 2]))).toBeUndefined();
    expect(bad((d) => (d.ranked[0] as unknown[]).push(0))).toBeUndefined();
    expect(bad((d) => ((d.texts as unknown[])[0] = null))).toBeUndefined();
  });
});
