import { describe, expect, it } from 'vitest';
import { namedNonEnglishWarnings } from '../../../src/lib/content/language-warnings';
import type { PaperRecord } from '../../../src/lib/model/paper';

describe('namedNonEnglishWarnings (review 17 L4)', () => {
  it("names each paper's title beside its file and line", () => {
    const paper = { slug: 'braudel', title: 'Histoire et sciences sociales: La longue durée', sources: [{ file: 'history.bib', line: 88 }] } as unknown as PaperRecord;
    expect(namedNonEnglishWarnings(['braudel', 'missing'], [paper])).toEqual([
      { file: 'history.bib', line: 88, severity: 'warning', reason: '"Histoire et sciences sociales: La longue durée": abstract looks non-English; concepts are extracted from English text only' },
    ]);
  });
});
