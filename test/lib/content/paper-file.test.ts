import { describe, expect, it } from 'vitest';
import { hasHeadingLine, parsePaperFile, readUserEdits, renderPaperFile, userEditWarnings, yearVenueHash } from '../../../src/lib/content/paper-file';
import { abstractMarkdown } from '../../../src/lib/content/markdown';
import { paperTextHash } from '../../../src/lib/normalise/hash';
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

  it('keeps a date the user wrote in the frontmatter a date, as Astro reads it (it became `{}`)', async () => {
    const { parseFrontmatter } = await import('astro/markdown');
    const edited = renderPaperFile(frontmatter(), 'An abstract.').replace('id: a-paper', 'id: a-paper\nreadOn: 2024-01-05');
    const edits = readUserEdits(edited);
    const again = renderPaperFile(frontmatter(), 'An abstract.', edits);
    expect((parseFrontmatter(again, { frontmatter: 'remove' }).frontmatter as Record<string, unknown>).readOn).toEqual(new Date('2024-01-05'));
    // And stays so on every later run.
    expect(renderPaperFile(frontmatter(), 'An abstract.', readUserEdits(again))).toBe(again);
  });

  it('leaves out a "__proto__" key the user added, and says so at its line', () => {
    const edited = renderPaperFile(frontmatter(), 'An abstract.').replace('id: a-paper', 'id: a-paper\n__proto__: yes\nrating: 5');
    const edits = readUserEdits(edited);
    expect(edits.extra).toEqual({ rating: 5 });
    expect(userEditWarnings('p.md', edits)).toEqual([
      { file: 'p.md', line: 3, severity: 'warning', reason: expect.stringMatching(/^the frontmatter key "__proto__" cannot be kept .* give it another name$/) },
    ]);
  });

  it('says why a frontmatter cannot be read, taking nothing of it', () => {
    const broken = renderPaperFile(frontmatter(), 'An abstract.').replace('id: a-paper', 'id: a-paper\nmyComment: compare: with the RAG paper') + '\n## My notes\n\nImportant.\n';
    const edits = readUserEdits(broken);
    // The slip's line is the file's (the frontmatter starts on its second line).
    const line = broken.split('\n').findIndex((l) => l.startsWith('myComment')) + 1;
    expect(edits.unreadable).toEqual({ reason: expect.stringMatching(/^bad indentation of a mapping entry$/), line });
    expect(edits.notes).toBe('');
    expect(edits.extra).toEqual({});
  });

  it('is byte-identical for the same input', () => {
    expect(renderPaperFile(frontmatter(), 'Body')).toBe(renderPaperFile(frontmatter(), 'Body'));
  });

  it('keeps user frontmatter keys and the notes section across regeneration', () => {
    const first = renderPaperFile(frontmatter(), 'An abstract.');
    const edited = first.replace('id: a-paper', 'id: a-paper\nrating: 5\nmy_tags:\n  - must-read') + '\n## Notes\n\nMy own notes, with a [link](https://example.org).\n';
    const edits = readUserEdits(edited);
    expect(edits.extra).toEqual({ rating: 5, my_tags: ['must-read'] });
    const regenerated = renderPaperFile(frontmatter({ title: 'A paper, retitled', abstract: 'New body.' }), 'New body.', edits);
    const back = parsePaperFile(regenerated);
    expect(back.data.title).toBe('A paper, retitled');
    expect((back.data as Record<string, unknown>).rating).toBe(5);
    expect(back.body).toContain('New body');
    expect(back.body).toContain('## Notes\n\nMy own notes, with a [link](https://example.org).');
    expect(back.body).not.toContain('An abstract.');
    // Regenerating again changes nothing.
    expect(renderPaperFile(frontmatter({ title: 'A paper, retitled', abstract: 'New body.' }), 'New body.', readUserEdits(regenerated))).toBe(regenerated);
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

describe('hasHeadingLine', () => {
  const split = (text: string) => text.split('\n').some((line) => /^#{1,6}(?:\s|$)/.test(line.trim()));
  it('finds a heading wherever a line reads as one once trimmed, whatever it says, and nowhere else', () => {
    const texts = [
      'Abstract.\n\n## Notes\nmine\n',
      'Abstract.\n   ## Notes  \t\nmine',
      '## Notes',
      'Abstract.\r\n## Notes\r\n',
      'Abstract.\n\u00a0## Notes\u3000\n',
      'Abstract about ## Notes in a sentence.\n',
      'Abstract.\n### Notes\n',
      'Abstract.\n## notes\n',
      'Abstract.\n## My notes\n',
      'Abstract.\n#\n',
      'Abstract.\n##Notes\n',
      'Abstract.\n#MeToo in the abstract\n',
      'Abstract.\n####### seven\n',
      '',
    ];
    for (const text of texts) expect(hasHeadingLine(text), JSON.stringify(text)).toBe(split(text));
  });

  it('errs towards yes only, for line breaks the file format does not use', () => {
    expect(hasHeadingLine('Abstract.\r## Notes\n')).toBe(true);
  });
});

describe('text the writer did not write (review 20 H1)', () => {
  const abstract =
    'Background: Hedgerows may act as corridors for wild bees in farmland. Methods: We marked and recaptured bumblebees (see https://example.org/a_(b)) at 3*4 sites & more; CO\u2082 rose. Results: Bumblebees moved further # along hedgerows. Conclusion: Hedgerow planting helps pollinators.';
  const forms = [
    { id: 'wild-bee', forms: ['wild bees'] },
    { id: 'pollinator', forms: ['pollinators'] },
  ];
  const generated = (over: Partial<PaperFrontmatter> = {}) => {
    const fm = frontmatter({ abstract, title: 'Hedgerows as corridors', source: { file: 'content/sources/eco.bib', line: 12 }, year: 2024, ...over });
    // As the writer sets them: the hash of the title and the abstract, and that of the year and the venue.
    fm.hash = paperTextHash(fm.title, fm.abstract);
    fm.yearVenueHash = yearVenueHash(fm.year, fm.venue);
    return renderPaperFile(fm, abstractMarkdown(abstract, forms, ['Bumblebees']));
  };
  const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;

  it('finds none in a file as the writer wrote it: links, sections, italics, escapes', () => {
    const text = generated();
    expect(text).toContain('](../../concepts/wild-bee/)');
    const edits = readUserEdits(text);
    expect(edits.notes).toBe('');
    expect(edits.stray).toBeUndefined();
    expect(userEditWarnings('content/papers/h.md', edits, { sources: [{ file: 'content/sources/eco.bib', line: 12 }] })).toEqual([]);
  });

  it('keeps notes under any heading, and a paragraph under no heading, moved under "## Notes" with its line', () => {
    const base = generated();
    for (const heading of ['## notes', '## My notes', '# Reading notes', '### NOTES']) {
      const edits = readUserEdits(`${base}\n${heading}\n\nUse in grant proposal.\n`);
      expect(edits.notes).toBe(`${heading}\n\nUse in grant proposal.\n`);
      expect(edits.stray).toBeUndefined();
    }
    const paragraph = `${base}\nThis paragraph is my own comment.\n`;
    const edits = readUserEdits(paragraph);
    expect(edits.notes).toBe('## Notes\n\nThis paragraph is my own comment.\n');
    expect(edits.stray).toEqual({ line: lineOf(paragraph, 'This paragraph is my own comment.'), text: 'This paragraph is my own comment.' });
    expect(userEditWarnings('content/papers/h.md', edits).map((w) => `${w.file}:${w.line}`)).toEqual([`content/papers/h.md:${edits.stray!.line}`]);
    // Written again, the note is under the heading: the next run finds nothing stray, and nothing changes.
    const again = renderPaperFile(frontmatter({ abstract, title: 'Hedgerows as corridors' }), abstractMarkdown(abstract, forms), edits);
    expect(again).toContain('## Notes\n\nThis paragraph is my own comment.\n');
    expect(readUserEdits(again).stray).toBeUndefined();
    expect(renderPaperFile(frontmatter({ abstract, title: 'Hedgerows as corridors' }), abstractMarkdown(abstract, forms), readUserEdits(again))).toBe(again);
  });

  it('keeps a sentence added to the abstract, text above it, and puts stray text under an existing notes heading', () => {
    const base = generated();
    const lines = base.split('\n');
    const last = lines.findLastIndex((l) => l.startsWith('**Conclusion'));
    const added = [...lines.slice(0, last), `${lines[last]} My own remark.`, ...lines.slice(last + 1)].join('\n');
    expect(readUserEdits(added).notes).toBe(`## Notes\n\n${lines[last]} My own remark.\n`);
    const bodyAt = lines.indexOf('---', 1) + 1;
    const above = [...lines.slice(0, bodyAt), 'Read first!', '', ...lines.slice(bodyAt)].join('\n');
    expect(readUserEdits(above).stray).toEqual({ line: bodyAt + 1, text: 'Read first!' });
    const both = readUserEdits(`${base}\nStray line.\n\n## notes\n\nHeaded note.\n`);
    expect(both.notes).toBe('## notes\n\nStray line.\n\nHeaded note.\n');
  });

  it('warns about a title changed in the page file, naming both places, and not about one changed in the input', () => {
    const sources = [{ file: 'content/sources/eco.bib', line: 12 }];
    const text = generated().replace('title: Hedgerows as corridors', 'title: Hedgerows as corridors in arable farmland');
    const warnings = userEditWarnings('content/papers/h.md', readUserEdits(text), { sources });
    expect(warnings.map((w) => [w.file, w.line, w.reason])).toEqual([
      [
        'content/papers/h.md',
        lineOf(text, 'title: Hedgerows as corridors in arable farmland'),
        "title in the page file differs from content/sources/eco.bib:12; the page file is rewritten from the input each run and now has the input's title: change it at content/sources/eco.bib:12",
      ],
    ]);
    // The file as written, whatever its paper's input says now: nothing the user changed.
    expect(userEditWarnings('content/papers/h.md', readUserEdits(generated()), { sources })).toEqual([]);
    // An abstract changed in the frontmatter, the input's unchanged: the body is still the writer's.
    const edited = readUserEdits(generated().replace('wild bees in farmland.', 'wild bees in arable farmland.'), abstract);
    expect(edited.edited?.key).toBe('abstract');
    expect(edited.notes).toBe('');
    expect(edited.stray).toBeUndefined();
  });

  it('warns about a year or venue changed in the page file, naming both places, and not about one changed in the input', () => {
    const sources = [{ file: 'content/sources/eco.bib', line: 12 }];
    const paper = { sources, year: 2024, venue: 'Journal of Ecology' };
    const base = generated({ venue: 'Journal of Ecology' });
    const reason = (key: string) =>
      `${key} in the page file differs from content/sources/eco.bib:12; the page file is rewritten from the input each run and now has the input's ${key}: change it at content/sources/eco.bib:12`;
    const year = base.replace('year: 2024', 'year: 2023');
    expect(userEditWarnings('content/papers/h.md', readUserEdits(year), paper).map((w) => [w.file, w.line, w.reason])).toEqual([
      ['content/papers/h.md', lineOf(year, 'year: 2023'), reason('year')],
    ]);
    const both = year.replace('venue: Journal of Ecology', 'venue: J. Ecol.');
    expect(userEditWarnings('content/papers/h.md', readUserEdits(both), paper).map((w) => [w.line, w.reason])).toEqual([
      [lineOf(both, 'year: 2023'), reason('year')],
      [lineOf(both, 'venue: J. Ecol.'), reason('venue')],
    ]);
    // A year the user adds to a paper whose input gives none is written over too.
    const added = generated({ year: undefined }).replace(/^abstract:/m, 'year: 1999\nabstract:');
    expect(userEditWarnings('content/papers/h.md', readUserEdits(added), { sources }).map((w) => w.reason)).toEqual([reason('year')]);
    // The file as written, whatever the input says now (its year changed since), and an edit the input now agrees with: no word.
    expect(userEditWarnings('content/papers/h.md', readUserEdits(base), { ...paper, year: 2025 })).toEqual([]);
    expect(userEditWarnings('content/papers/h.md', readUserEdits(year), { ...paper, year: 2023 })).toEqual([]);
    // Nor is a year or venue an extra key of the user's: both are the writer's.
    expect(readUserEdits(both).extra).toEqual({});
  });

  it('does not take the body for notes when the frontmatter abstract was edited, and keeps what the user wrote (review 20 H1)', () => {
    const editedAbstract = (text: string) => text.replace('wild bees in farmland.', 'wild bees in arable farmland.');
    // Written again from the input with the edits read back: the abstract's paragraphs are not written twice.
    const again = (text: string) => {
      const fm = frontmatter({ abstract, title: 'Hedgerows as corridors', source: { file: 'content/sources/eco.bib', line: 12 }, year: 2024 });
      fm.hash = paperTextHash(fm.title, fm.abstract);
      fm.yearVenueHash = yearVenueHash(fm.year, fm.venue);
      return renderPaperFile(fm, abstractMarkdown(abstract, forms, ['Bumblebees']), readUserEdits(text, abstract));
    };
    expect(again(editedAbstract(generated()))).toBe(generated());
    // The user's own text in such a file is kept: a paragraph under no heading and a headed note.
    const mine = `${editedAbstract(generated())}\nMy paragraph.\n\n## My notes\n\nA note.\n`;
    expect(again(mine)).toBe(`${generated().trimEnd()}\n\n## Notes\n\nMy paragraph.\n\n## My notes\n\nA note.\n`);
    // Where the input's abstract changed too, the body fits neither: it is kept under the notes heading, not lost.
    const both = readUserEdits(editedAbstract(generated()), 'A new abstract from the input.');
    expect(both.notes).toContain('in farmland.');
  });
});
