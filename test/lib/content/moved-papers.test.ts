import { describe, expect, it } from 'vitest';
import { identityOf, keptAsideReason, namesAnotherPaper, placeMovedFiles, type NamedPaper } from '../../../src/lib/content/moved-papers';
import { readPaperIdentity, renderPaperFile } from '../../../src/lib/content/paper-file';

const paper = (slug: string, identity: NamedPaper['identity']): NamedPaper => ({ slug, identity });
const noFile = () => false;

describe('placeMovedFiles', () => {
  it('follows a retitled record by its citation key, DOI, arXiv id or abstract', () => {
    const files = [
      paper('old-keyed', { citationKey: 'inspec-24', abstract: 'First abstract.' }),
      paper('old-doi', { doi: '10.1000/ABC', abstract: 'Second.' }),
      paper('old-arxiv', { arxiv: '2301.00001v1', abstract: 'Third.' }),
      paper('old-plain', { abstract: 'Fourth abstract, unchanged.' }),
    ];
    const papers = [
      paper('new-keyed', { citationKey: 'inspec-24', abstract: 'First abstract, edited too.' }),
      paper('new-doi', { doi: 'https://doi.org/10.1000/abc', abstract: 'Second, edited.' }),
      paper('new-arxiv', { arxiv: '2301.00001v2', abstract: 'Third, edited.' }),
      paper('new-plain', { abstract: 'fourth abstract unchanged' }),
      paper('unrelated', { citationKey: 'other', doi: '10.1000/xyz', abstract: 'Something else.' }),
    ];
    expect(Object.fromEntries(placeMovedFiles(files, papers, noFile))).toEqual({
      'old-keyed': { kind: 'moved', to: 'new-keyed', by: 'citationKey' },
      'old-doi': { kind: 'moved', to: 'new-doi', by: 'doi' },
      'old-arxiv': { kind: 'moved', to: 'new-arxiv', by: 'arxiv' },
      'old-plain': { kind: 'moved', to: 'new-plain', by: 'abstract' },
    });
  });

  it('moves nothing when the record is gone, or when which paper is meant is not one answer', () => {
    const files = [
      paper('gone', { citationKey: 'gone-key', abstract: 'No longer in the input.' }),
      paper('two-papers', { doi: '10.1000/a', abstract: 'Shared abstract.' }),
      paper('has-file', { doi: '10.1000/b' }),
      paper('contested-1', { arxiv: '2301.00002' }),
      paper('contested-2', { arxiv: '2301.00002v3' }),
    ];
    const papers = [
      paper('a', { doi: '10.1000/a' }),
      paper('a-twin', { abstract: 'Shared abstract.' }),
      paper('b', { doi: '10.1000/b' }),
      paper('c', { arxiv: '2301.00002v4' }),
    ];
    expect(Object.fromEntries(placeMovedFiles(files, papers, (slug) => slug === 'b'))).toEqual({
      gone: { kind: 'gone' },
      'two-papers': { kind: 'several', candidates: ['a', 'a-twin'] },
      'has-file': { kind: 'claimed', to: 'b', by: 'doi', reason: 'has-file' },
      'contested-1': { kind: 'claimed', to: 'c', by: 'arxiv', reason: 'other-files' },
      'contested-2': { kind: 'claimed', to: 'c', by: 'arxiv', reason: 'other-files' },
    });
  });

  it('does not match on an empty abstract or a citation key named __proto__ by accident', () => {
    const files = [paper('old', { abstract: '' }), paper('proto', { citationKey: '__proto__' })];
    const papers = [paper('new', { abstract: '' }), paper('other', { citationKey: 'constructor' })];
    expect(Object.fromEntries(placeMovedFiles(files, papers, noFile))).toEqual({ old: { kind: 'gone' }, proto: { kind: 'gone' } });
  });
});

describe('keptAsideReason', () => {
  const fileOf = (slug: string) => `papers/${slug}.md`;
  it('says what happened, never that a record is gone when a paper still matches', () => {
    expect(keptAsideReason({ kind: 'gone' }, 'orphans/x.md', fileOf)).toBe("no input record has this paper's title, citation key (or an id that is a plain key), DOI, arXiv id or abstract any more; your edits were kept in orphans/x.md");
    const claimed = keptAsideReason({ kind: 'claimed', to: 'b', by: 'doi', reason: 'has-file' }, 'orphans/x.md', fileOf);
    expect(claimed).toContain('papers/b.md (same DOI)');
    expect(claimed).not.toContain('no input record');
    expect(keptAsideReason({ kind: 'several', candidates: ['a', 'c'] }, 'orphans/x.md', fileOf)).toContain('papers/a.md, papers/c.md');
  });
});

describe('a paper file and its record name the same paper', () => {
  it('reads back the names the writer put in the frontmatter', () => {
    const record = { citationKey: 'inspec-24', doi: '10.1000/xyz', arxiv: '2301.00001v2', abstract: 'An abstract: with a colon.' };
    const text = renderPaperFile(
      { id: 'a-title', title: 'A title', authors: [], concepts: [], keywords: [], related: [], links: [], source: { file: 'in.json', line: 1 }, duplicates: [], hash: 'h', ...record },
      'Body.',
      { extra: { mine: 1 }, notes: '## Notes\n\nMine.\n' },
    );
    expect(readPaperIdentity(text)).toEqual(identityOf(record));
    expect(readPaperIdentity('---\n: not yaml: [\n---\n')).toEqual({});
  });
});

describe('namesAnotherPaper', () => {
  it('holds when the file names a paper and shares none of its names with the paper at its slug', () => {
    const a = { citationKey: 'run-2', doi: '10.1000/a', abstract: 'About a.' };
    const b = { citationKey: 'run-3', abstract: 'About b.' };
    expect(namesAnotherPaper(a, b)).toBe(true);
    expect(namesAnotherPaper(a, { ...a, abstract: 'About a, edited.' })).toBe(false);
    // One DOI written two ways is one name.
    expect(namesAnotherPaper({ doi: 'https://doi.org/10.1000/A' }, { doi: '10.1000/a', abstract: 'Other.' })).toBe(false);
    // A file that names nothing (no front matter to read) cannot say it is another paper's.
    expect(namesAnotherPaper({}, b)).toBe(false);
    // Nor one whose only "id" is a placeholder: "N/A" is no DOI, so it names no paper at all.
    expect(namesAnotherPaper({ doi: 'N/A' }, { doi: 'N/A', abstract: 'Other.' })).toBe(false);
    expect(placeMovedFiles([paper('old', { doi: 'N/A', abstract: 'Gone.' })], [paper('new', { doi: 'N/A', abstract: 'Another paper.' })], () => false).get('old')).toEqual({ kind: 'gone' });
  });
});
