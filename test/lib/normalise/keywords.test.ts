import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../../../src/lib/model/paper';
import { normaliseRecords } from '../../../src/lib/normalise/index';
import { MAX_KEYWORD_LENGTH, MAX_KEYWORDS, withoutArxivClasses } from '../../../src/lib/normalise/keywords';

const rec = (title: string, abstract: string, line: number, extra: Partial<RawRecord> = {}): RawRecord => ({ title, abstract, source: { file: 'in.bib', line }, ...extra });

describe('author keywords in normalise', () => {
  it('cleans each keyword, keeps the first spelling of one given twice in any case, and drops empties', () => {
    const { papers } = normaliseRecords([rec('Crowd labels', 'We label images.', 1, { keywords: ['Mechanical  Turk', 'mechanical turk', ' ', 'user\tstudy', 'MECHANICAL TURK'] })]);
    expect(papers[0]!.keywords).toEqual(['Mechanical Turk', 'user study']);
  });

  it('cuts an over-long keyword at a word end and a tag dump at the cap; no keywords, no field', () => {
    const long = `${'word '.repeat(30)}end`;
    const many = Array.from({ length: MAX_KEYWORDS + 5 }, (_, k) => `tag ${k}`);
    const { papers, warnings } = normaliseRecords([rec('A', 'Text one.', 1, { keywords: [long] }), rec('B', 'Text two.', 2, { keywords: many }), rec('C', 'Text three.', 3, { keywords: [' '] })]);
    const byTitle = new Map(papers.map((p) => [p.title, p]));
    expect(byTitle.get('A')!.keywords![0]!.length).toBeLessThanOrEqual(MAX_KEYWORD_LENGTH);
    expect(byTitle.get('A')!.keywords![0]).toMatch(/^word( word)*$/);
    expect(byTitle.get('B')!.keywords).toEqual(many.slice(0, MAX_KEYWORDS));
    expect(byTitle.get('C')).not.toHaveProperty('keywords');
    // Nothing lost silently: each cut is a warning at the record's line.
    expect(warnings).toEqual([
      { file: 'in.bib', line: 1, severity: 'warning', reason: `"A": an author keyword longer than ${MAX_KEYWORD_LENGTH} characters is cut at a word's end` },
      { file: 'in.bib', line: 2, severity: 'warning', reason: `"B": ${MAX_KEYWORDS + 5} author keywords, more than ${MAX_KEYWORDS}: the first ${MAX_KEYWORDS} are kept` },
    ]);
  });

  it('keeps the union of the keywords of records merged as one paper', () => {
    const { papers, merged } = normaliseRecords([
      rec('Crowdsourcing user studies', 'We use Mechanical Turk.', 1, { doi: '10.1145/1357054.1357127', keywords: ['Mechanical Turk', 'user study'] }),
      rec('Crowdsourcing User Studies', 'We use Mechanical Turk', 20, { doi: '10.1145/1357054.1357127', keywords: ['User study', 'crowdsourcing'] }),
      rec('Crowdsourcing user studies', 'We use Mechanical Turk.', 40, { keywords: ['micro task'] }),
    ]);
    expect(merged).toHaveLength(2);
    expect(papers).toHaveLength(1);
    expect(new Set(papers[0]!.keywords)).toEqual(new Set(['Mechanical Turk', 'user study', 'crowdsourcing', 'micro task']));
  });
});

describe('withoutArxivClasses (review 20 L3: Zotero files arXiv subjects among the tags)', () => {
  it('drops "<archive> - <subject>" always, and a bare archive name on an arXiv preprint only', () => {
    const zotero = ['Quantitative Biology - Populations and Evolution', 'Computer Science - Machine Learning', 'Quantum Physics', 'occupancy models'];
    expect(withoutArxivClasses(zotero, true)).toEqual(['occupancy models']);
    expect(withoutArxivClasses(zotero, false)).toEqual(['Quantum Physics', 'occupancy models']);
  });
  it('keeps keywords that only look alike', () => {
    expect(withoutArxivClasses(['Physics-informed neural networks', 'Computer science education', 'Statistics - a primer'], true)).toEqual([
      'Physics-informed neural networks',
      'Computer science education',
      'Statistics - a primer',
    ]);
  });
});

describe('an arXiv preprint from Zotero', () => {
  it('shows no arXiv subject class among its authors\' keywords', () => {
    const record: RawRecord = {
      title: 'Occupancy of wolves',
      abstract: 'We model occupancy.',
      arxiv: '2101.00001',
      keywords: ['Quantitative Biology - Populations and Evolution', 'Quantum Physics', 'wolves'],
      source: { file: 'z.bib', line: 1 },
    };
    expect(normaliseRecords([record]).papers[0]!.keywords).toEqual(['wolves']);
  });
});
