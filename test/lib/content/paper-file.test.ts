import { describe, expect, it } from 'vitest';
import { hasNotesHeading, parsePaperFile, readUserEdits, renderPaperFile } from '../../../src/lib/content/paper-file';
import { paperFrontmatterSchema, type PaperFrontmatter } from '../../../src/lib/content/schema';

const frontmatter = (over: Partial<PaperFrontmatter> = {}): PaperFrontmatter => ({
  id: 'a-paper',
  title: 'A paper',
  authors: ['Ada Lovelace'],
  concepts: ['rag'],
  keywords: [],
  related: [{ id: 'b', score: 0.5, shared: ['rag'] }],
  links: [],
  source: { file: 'content/sources/x.txt', line: 3 },
  duplicates: [],
  hash: 'abc',
  abstract: 'An abstract.',
  ...over,
});

describe('paper files', () => {
  it('round-trips hostile titles and abstracts unchanged', () => {
    for (const title of ['---', 'key: [1, 2]', '</script><!--', '__proto__', "It's \"quoted\" # not a comment", 'تجربة\u202Eabc', '']) {
      const fm = frontmatter({ title, abstract: `---\n${title}\n...` });
      const back = parsePaperFile(renderPaperFile(fm, 'Body'));
      expect(back.data.title).toBe(title);
      expect(back.data.abstract).toBe(fm.abstract);
    }
  });

  it('writes strings that YAML 1.2 would read as numbers quoted, so Astro reads them back as written (review 15 H1)', async () => {
    // Astro parses frontmatter with this function (js-yaml 4): a file is fine only if it reads the strings back.
    const { parseFrontmatter } = await import('astro/markdown');
    const values = ['0802.1189', '0912.4999', '021801', '08', '09', '1_000', '2024-01-01', '1e3', '0x1F', 'null', 'yes', '~'];
    for (const value of values) {
      const fm = frontmatter({ title: value, arxiv: value, bibliographic: { volume: value, pages: value } });
      const text = renderPaperFile(fm, 'Body');
      const read = paperFrontmatterSchema.parse(parseFrontmatter(text, { frontmatter: 'remove' }).frontmatter);
      expect(read.arxiv, text).toBe(value);
      expect(read.title).toBe(value);
      expect(read.bibliographic).toEqual({ volume: value, pages: value });
      expect(parsePaperFile(text).data.arxiv).toBe(value);
    }
  });

  it('is byte-identical for the same input', () => {
    expect(renderPaperFile(frontmatter(), 'Body')).toBe(renderPaperFile(frontmatter(), 'Body'));
  });

  it('keeps user frontmatter keys and the notes section across regeneration', () => {
    const first = renderPaperFile(frontmatter(), 'Generated body');
    const edited = first.replace('id: a-paper', 'id: a-paper\nrating: 5\nmy_tags:\n  - must-read') + '\n## Notes\n\nMy own notes, with a [link](https://example.org).\n';
    const edits = readUserEdits(edited);
    expect(edits.extra).toEqual({ rating: 5, my_tags: ['must-read'] });
    const regenerated = renderPaperFile(frontmatter({ title: 'A paper, retitled' }), 'New body', edits);
    const back = parsePaperFile(regenerated);
    expect(back.data.title).toBe('A paper, retitled');
    expect((back.data as Record<string, unknown>).rating).toBe(5);
    expect(back.body).toContain('New body');
    expect(back.body).toContain('## Notes\n\nMy own notes, with a [link](https://example.org).');
    expect(back.body).not.toContain('Generated body');
    // Regenerating again changes nothing.
    expect(renderPaperFile(frontmatter({ title: 'A paper, retitled' }), 'New body', readUserEdits(regenerated))).toBe(regenerated);
  });

  it("reads the file's citation key and its line, for the content stage to decide whether it is the user's", () => {
    const first = renderPaperFile(frontmatter(), 'Body');
    expect(readUserEdits(first).citationKey).toBeUndefined();
    const typed = first.replace('authors:', 'citationKey: lovelace1843notes\nauthors:');
    expect(readUserEdits(typed).citationKey).toEqual({ key: 'lovelace1843notes', line: typed.split('\n').indexOf('citationKey: lovelace1843notes') + 1 });
    expect(readUserEdits(typed).extra).toEqual({});
    expect(readUserEdits(first.replace('authors:', 'citationKey: 1843\nauthors:')).citationKey?.key).toBe('1843');
    expect(parsePaperFile(renderPaperFile(frontmatter({ citationKey: 'lovelace1843notes' }), 'Body', readUserEdits(typed))).data.citationKey).toBe('lovelace1843notes');
  });

  it('rejects frontmatter that does not fit the schema', () => {
    expect(() => renderPaperFile({ ...frontmatter(), id: '' }, 'x')).toThrow();
  });
});

describe('hasNotesHeading', () => {
  const split = (text: string) => text.split('\n').some((line) => line.trim() === '## Notes');
  it('finds the heading wherever a line reads as it once trimmed, and nowhere else', () => {
    const texts = [
      'Abstract.\n\n## Notes\nmine\n',
      'Abstract.\n   ## Notes  \t\nmine',
      '## Notes',
      'Abstract.\r\n## Notes\r\n',
      'Abstract.\n\u00a0## Notes\u3000\n',
      'Abstract about ## Notes in a sentence.\n',
      'Abstract.\n### Notes\n',
      'Abstract.\n## Notes and more\n',
      'Abstract.\n##Notes\n',
      '',
    ];
    for (const text of texts) expect(hasNotesHeading(text), JSON.stringify(text)).toBe(split(text));
  });

  it('errs towards yes only, for line breaks the file format does not use', () => {
    expect(hasNotesHeading('Abstract.\r## Notes\n')).toBe(true);
  });
});
