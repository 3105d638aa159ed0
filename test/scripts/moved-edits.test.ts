/**
 * A paper whose title changes gets a new slug and file. When its record is still the same one (same input
 * id, or the same abstract when the input has no ids), the notes, frontmatter keys and citation key typed
 * into the old file follow it into the new one, with a warm cache as with a cold one; when the record is
 * gone, the edits are kept aside with a warning that says so.
 */
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRun, ROOT, runContentStage, snapshot, tempDirs } from './content-stage';

const temp = tempDirs('atlas-moved-edits-');
afterAll(() => temp.cleanup());

type Rec = { id?: string; title: string; abstract: string };
const records: Rec[] = readFileSync(join(ROOT, 'test/fixtures/runs/ten-papers.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Rec)
  // Every record has an input id but the last, which only its abstract names.
  .map((r, i, all) => (i < all.length - 1 ? { id: `run-${i + 1}`, ...r } : r));

function writeInput(dir: string, recs: readonly Rec[]): string {
  const input = join(dir, 'papers.jsonl');
  writeFileSync(input, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return input;
}

function run(contentDir: string, input: string, cache: string) {
  const result = runContentStage({ contentDir, inputs: [input], env: { ATLAS_CACHE_DIR: cache } });
  expect(result.status, describeRun(result)).toBe(0);
}

const papers = (dir: string) => readdirSync(join(dir, 'papers')).sort();
const ledgerWarnings = (dir: string) => (JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')) as { warnings: Array<{ reason: string }> }).warnings.map((w) => w.reason);

describe('edits in a paper file whose title changed', () => {
  it('follow the same record to its new file, cold or warm, and are kept aside only when the record is gone', () => {
    const work = temp.make();
    const dir = join(work, 'content');
    const cache = temp.make();
    run(dir, writeInput(work, records), cache);
    const before = papers(dir);

    // Notes and a key of the user's in the first paper's file; a hand-typed citation key in the last one's.
    const [keyed, plain] = [records[0]!, records.at(-1)!];
    const fileOf = (title: string) => join(dir, 'papers', before.find((name) => readFileSync(join(dir, 'papers', name), 'utf8').includes(title.slice(0, 40)))!);
    const keyedFile = fileOf(keyed.title);
    writeFileSync(keyedFile, readFileSync(keyedFile, 'utf8').replace(/^---\n/, '---\nmy_rating: 5\n'));
    appendFileSync(keyedFile, '\n## Notes\n\nRead again before the reading group.\n');
    const plainFile = fileOf(plain.title);
    writeFileSync(plainFile, readFileSync(plainFile, 'utf8').replace(/^---\n/, '---\ncitationKey: lovelace1843notes\n'));
    run(dir, writeInput(work, records), cache);
    const edited = snapshot(dir);

    // Both titles change (new slugs); the first record keeps its id, the last its abstract.
    const retitled = records.map((r) => (r === keyed ? { ...r, title: 'A Retitled Chemical Reasoner' } : r === plain ? { ...r, title: 'Another Title Altogether' } : r));
    const cold = join(temp.make(), 'content');
    cpSync(dir, cold, { recursive: true });
    run(dir, writeInput(work, retitled), cache);
    run(cold, writeInput(work, retitled), temp.make());
    expect(existsSync(keyedFile) || existsSync(plainFile)).toBe(false);
    const moved = readFileSync(join(dir, 'papers', 'a-retitled-chemical-reasoner.md'), 'utf8');
    expect(moved).toContain('my_rating: 5');
    expect(moved).toContain('Read again before the reading group.');
    expect(readFileSync(join(dir, 'papers', 'another-title-altogether.md'), 'utf8')).toMatch(/^citationKey: lovelace1843notes$/m);
    expect(existsSync(join(dir, 'orphans'))).toBe(false);
    expect(ledgerWarnings(dir)).toEqual([]);
    // A run without the content stage's caches writes the same.
    expect(snapshot(cold)).toEqual(snapshot(dir));
    expect(edited).not.toEqual(snapshot(dir));

    // The record itself removed: the notes are kept aside, and the warning says the record is gone.
    run(dir, writeInput(work, retitled.filter((r) => r.id !== keyed.id)), cache);
    expect(readdirSync(join(dir, 'orphans'))).toEqual(['a-retitled-chemical-reasoner.md']);
    expect(ledgerWarnings(dir)).toEqual([expect.stringMatching(/^no input record has this paper's title, citation key \(or an id that is a plain key\), DOI, arXiv id or abstract any more; your edits were kept in .*orphans/)]);
  }, 180_000);

  it('follow their own records when two papers swap titles, and stay put when the file names no other paper', () => {
    const work = temp.make();
    const dir = join(work, 'content');
    const cache = temp.make();
    run(dir, writeInput(work, records), cache);
    const [first, second, unnamed] = [records[1]!, records[2]!, records.at(-1)!];
    const fileOf = (title: string) => join(dir, 'papers', papers(dir).find((name) => readFileSync(join(dir, 'papers', name), 'utf8').includes(title.slice(0, 40)))!);
    const note = (rec: Rec, words: string) => appendFileSync(fileOf(rec.title), `\n## Notes\n\n${words}\n`);
    note(first, 'Notes on the meta-abilities paper.');
    note(second, 'Notes on the cross-domain paper.');
    note(unnamed, 'Notes on the paper that only its abstract names.');
    const firstFile = fileOf(first.title);
    const secondFile = fileOf(second.title);
    run(dir, writeInput(work, records), cache);

    // The two titles swapped (each record keeps its id); the unnamed record's abstract edited.
    const swapped = records.map((r) =>
      r === first ? { ...r, title: second.title } : r === second ? { ...r, title: first.title } : r === unnamed ? { ...r, abstract: `${r.abstract} Edited.` } : r,
    );
    const cold = join(temp.make(), 'content');
    cpSync(dir, cold, { recursive: true });
    run(dir, writeInput(work, swapped), cache);
    run(cold, writeInput(work, swapped), temp.make());
    // The first record now has the second one's title, so its slug and file.
    const nowFirst = readFileSync(secondFile, 'utf8');
    const nowSecond = readFileSync(firstFile, 'utf8');
    expect(nowFirst).toContain(first.abstract.slice(0, 60));
    expect(nowFirst).toContain('Notes on the meta-abilities paper.');
    expect(nowFirst).not.toContain('Notes on the cross-domain paper.');
    expect(nowSecond).toContain(second.abstract.slice(0, 60));
    expect(nowSecond).toContain('Notes on the cross-domain paper.');
    expect(nowSecond).not.toContain('Notes on the meta-abilities paper.');
    expect(readFileSync(fileOf(unnamed.title), 'utf8')).toContain('Notes on the paper that only its abstract names.');
    expect(existsSync(join(dir, 'orphans'))).toBe(false);
    expect(ledgerWarnings(dir)).toEqual([]);
    expect(snapshot(cold)).toEqual(snapshot(dir));
  }, 180_000);
});
