import { describe, expect, it } from 'vitest';
import { keepHandKeys, type HandKey } from '../../../src/lib/cite/hand-keys';

const paper = (slug: string, citationKey?: string) => ({
  slug,
  title: `Paper ${slug}`,
  sources: [{ file: 'refs.bib', line: slug.charCodeAt(0) }],
  ...(citationKey !== undefined ? { citationKey } : {}),
});
const typed = (slug: string, key: string): [string, HandKey] => [slug, { key, source: { file: `content/papers/${slug}.md`, line: 7 } }];

describe('keepHandKeys', () => {
  it('keeps a key typed into the file of a paper whose input gives none', () => {
    const { keys, warnings } = keepHandKeys([paper('a'), paper('b')], new Map([typed('a', 'lovelace1843notes')]));
    expect(keys).toEqual(new Map([['a', 'lovelace1843notes']]));
    expect(warnings).toEqual([]);
  });

  it("keeps the input's key and says where to change it when the file holds another", () => {
    const { keys, warnings } = keepHandKeys([paper('a', 'fromBib')], new Map([typed('a', 'typed')]));
    expect(keys.size).toBe(0);
    expect(warnings).toEqual([
      { file: 'content/papers/a.md', line: 7, severity: 'warning', reason: 'citationKey "typed" is not used: the input gives this paper the key "fromBib" at refs.bib:97, which is changed there' },
    ]);
    // The same key as the input's, as every file the writer made holds, is no edit.
    expect(keepHandKeys([paper('a', 'fromBib')], new Map([typed('a', 'fromBib')])).warnings).toEqual([]);
  });

  it("makes a typed key safe, and leaves one another paper holds to that paper, its input's first", () => {
    const papers = [paper('a'), paper('b'), paper('c', 'taken'), paper('d'), paper('e')];
    const { keys, warnings, unused } = keepHandKeys(papers, new Map([typed('a', 'müller, 2021'), typed('b', 'taken'), typed('d', 'muller2021'), typed('e', '{}')]));
    expect(keys).toEqual(new Map([['a', 'muller2021']]));
    // The files whose key is not used, for the content stage to keep aside as typed.
    expect([...unused.keys()]).toEqual(['b', 'd', 'e']);
    expect([...unused.values()]).toEqual(warnings.slice(1));
    expect(warnings.map((w) => [w.file, w.reason])).toEqual([
      ['content/papers/a.md', expect.stringMatching(/^citationKey "müller, 2021" is not safe in every BibTeX reader .*; the Cite box uses "muller2021"$/)],
      ['content/papers/b.md', expect.stringMatching(/^citationKey "taken" is also the key of a different paper, "Paper c" at refs.bib:99; .* made from author, year and title instead$/)],
      ['content/papers/d.md', expect.stringMatching(/^citationKey "muller2021" is also the key of a different paper, "Paper a" at content\/papers\/a.md:7/)],
      ['content/papers/e.md', expect.stringMatching(/^citationKey "\{\}" leaves nothing usable/)],
    ]);
  });
});
