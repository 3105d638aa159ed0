import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../../../src/lib/model/paper';
import { normaliseRecords } from '../../../src/lib/normalise/index';
import { plainFromRichText } from '../../../src/lib/ingest/rich-text';
import { withoutTitleNote } from '../../../src/lib/normalise/title-note';

const rec = (title: string, line: number): RawRecord => ({ title, abstract: 'An abstract long enough to keep.', source: { file: 'law.json', line } });

describe('withoutTitleNote', () => {
  it('drops the note mark a law review puts after a title (review 17 M8: "What Cyberlaw Might Teach*")', () => {
    const { papers } = normaliseRecords([
      rec('The Law of the Horse: What Cyberlaw Might Teach*', 1),
      rec(plainFromRichText('Privacy and Its Discontents<sup>1</sup>'), 2),
      rec(plainFromRichText('A Theory of Property<sup>†</sup>'), 3),
      rec('Why Not Cite It?*†', 4),
    ]);
    expect(papers.map((p) => p.title)).toEqual([
      'The Law of the Horse: What Cyberlaw Might Teach',
      'Privacy and Its Discontents',
      'A Theory of Property',
      'Why Not Cite It?',
    ]);
  });

  it('keeps a star or a power that is part of the title', () => {
    for (const title of ['Heuristic search with IDA*', 'Improving A*', 'Group actions on S¹', 'Yield per m²', 'Power per cm²', 'Pointers in C*', '$x^*$ in Banach spaces'])
      expect(withoutTitleNote(title)).toBe(title);
    expect(withoutTitleNote('Free Speech in the Algorithmic Society$^{*}$')).toBe('Free Speech in the Algorithmic Society');
  });
});
