/**
 * The content stage's caches are shortcuts only: with a warm cache, a cold one or a corrupt one, a run
 * writes the same files, and the user's notes and frontmatter keys survive every run.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRun, ROOT, runContentStage, snapshot, tempDirs } from './content-stage';

const INPUT = [join(ROOT, 'test/fixtures/runs/ten-papers.jsonl')];
const temp = tempDirs('atlas-content-cache-');
afterAll(() => temp.cleanup());

function run(contentDir: string, cache: string) {
  const result = runContentStage({ contentDir, inputs: INPUT, env: { ATLAS_CACHE_DIR: cache } });
  expect(result.status, describeRun(result)).toBe(0);
}

describe('content stage caches', () => {
  it('keeps user edits of a file the cache knew as edit-free, and writes the same with a corrupt cache', () => {
    const dir = temp.make();
    const cache = temp.make();
    run(dir, cache);
    const cacheFile = join(cache, 'paper-atlas', 'paper-files-without-edits.json');
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).hashes.length).toBe(10);

    // The user adds a note and a frontmatter key to one paper.
    const name = readdirSync(join(dir, 'papers')).sort()[0]!;
    const file = join(dir, 'papers', name);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^---\n/, '---\nmy_rating: 5\n'));
    appendFileSync(file, '\n## Notes\n\nRead this one again before the reading group.\n');

    run(dir, cache);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('my_rating: 5');
    expect(after).toContain('Read this one again before the reading group.');
    // The edited file is no longer in the edit-free set; the nine others still are.
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).hashes.length).toBe(9);
    const warm = snapshot(dir);

    writeFileSync(cacheFile, '{"format":1,"hashes":[tru');
    run(dir, cache);
    expect(snapshot(dir)).toEqual(warm);

    // No cache at all (another cache folder): the same files again.
    run(dir, temp.make());
    expect(snapshot(dir)).toEqual(warm);
  }, 120_000);

  it('keeps a citation key typed into a paper file whose input gives none, with a warm cache and a cold one', () => {
    const dir = temp.make();
    const cache = temp.make();
    run(dir, cache);
    const name = readdirSync(join(dir, 'papers')).sort()[0]!;
    const file = join(dir, 'papers', name);
    expect(readFileSync(file, 'utf8')).not.toContain('citationKey');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\ncitationKey: lovelace1843notes\n'));

    run(dir, cache);
    expect(readFileSync(file, 'utf8')).toMatch(/^citationKey: lovelace1843notes$/m);
    // Read again on the next run, not taken for a file without edits.
    const cacheFile = join(cache, 'paper-atlas', 'paper-files-without-edits.json');
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).hashes.length).toBe(9);
    const kept = snapshot(dir);
    run(dir, cache);
    expect(snapshot(dir)).toEqual(kept);
    run(dir, temp.make());
    expect(snapshot(dir)).toEqual(kept);
  }, 120_000);

  it('keeps aside, not loses, a file whose typed citation key another paper already holds', () => {
    const dir = temp.make();
    const cache = temp.make();
    run(dir, cache);
    const [first, second] = readdirSync(join(dir, 'papers')).sort();
    for (const name of [first!, second!]) {
      const file = join(dir, 'papers', name);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\ncitationKey: shared2021\n'));
    }
    const typed = new Map([first!, second!].map((name) => [name, readFileSync(join(dir, 'papers', name), 'utf8')]));
    const result = runContentStage({ contentDir: dir, inputs: INPUT, env: { ATLAS_CACHE_DIR: cache } });
    expect(result.status, describeRun(result)).toBe(0);
    // One of the two keeps the key; the other's file is written without it, and kept aside as it was typed.
    const holders = [first!, second!].filter((name) => /^citationKey: shared2021$/m.test(readFileSync(join(dir, 'papers', name), 'utf8')));
    expect(holders).toHaveLength(1);
    const other = holders[0] === first ? second! : first!;
    expect(readFileSync(join(dir, 'orphans', other), 'utf8')).toBe(typed.get(other));
    // Named as the ledger names files: relative to the folder that holds a content folder kept elsewhere.
    expect(result.stdout + result.stderr).toContain(`kept in ${join(basename(dir), 'orphans', other)}`);
    // The next run finds nothing new to say, and the copy stays.
    run(dir, cache);
    expect(readFileSync(join(dir, 'orphans', other), 'utf8')).toBe(typed.get(other));
  }, 120_000);
});
