/**
 * A content-stage run that would write what the content folder holds already is skipped, and says so; any
 * change to what the stage reads runs it again: an input file, a setting, a file in the content folder.
 */
import { appendFileSync, copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRun, ROOT, runContentStage, snapshot, tempDirs, type ContentRun } from './content-stage';

const temp = tempDirs('atlas-unchanged-content-');
afterAll(() => temp.cleanup());

const SKIPPED = /^✔ content unchanged: /m;

function run(options: ContentRun) {
  const result = runContentStage({ skipUnchanged: true, ...options });
  expect(result.status, describeRun(result)).toBe(0);
  return result.stdout;
}

/** A content folder, a cache folder and an input file (ten papers) of the test's own. */
function freshFolders(): { dir: string; input: string; options: ContentRun } {
  const dir = temp.make();
  const input = join(temp.make(), 'papers.jsonl');
  copyFileSync(join(ROOT, 'test/fixtures/runs/ten-papers.jsonl'), input);
  return { dir, input, options: { contentDir: dir, inputs: [input], env: { ATLAS_CACHE_DIR: temp.make() } } };
}

describe('a content stage with nothing to change', () => {
  it('is skipped, prints the last summary, and touches no file', () => {
    const { dir, options } = freshFolders();

    const first = run(options);
    expect(first).not.toMatch(SKIPPED);
    const written = snapshot(dir);
    const times = Object.fromEntries(Object.keys(written).map((f) => [f, statSync(join(dir, f)).mtimeMs]));

    const second = run(options);
    expect(second).toMatch(SKIPPED);
    // The summary the first run printed, whose counts are the folder's.
    expect(second).toContain('10 read → 10 papers written');
    expect(snapshot(dir)).toEqual(written);
    for (const [f, t] of Object.entries(times)) expect(statSync(join(dir, f)).mtimeMs, f).toBe(t);

    // --force runs the stages all the same, and writes the same files.
    const forced = run({ ...options, args: ['--force'] });
    expect(forced).not.toMatch(SKIPPED);
    expect(snapshot(dir)).toEqual(written);
  }, 180_000);

  it('runs again when an input, a setting or the content folder changed', () => {
    const { dir, input, options } = freshFolders();
    run(options);
    expect(run(options)).toMatch(SKIPPED);

    // One abstract extended.
    const lines = readFileSync(input, 'utf8').trim().split('\n');
    const record = JSON.parse(lines[3]!) as { abstract: string };
    lines[3] = JSON.stringify({ ...record, abstract: `${record.abstract} We release the annotated corpus.` });
    writeFileSync(input, `${lines.join('\n')}\n`);
    expect(run(options)).not.toMatch(SKIPPED);
    expect(run(options)).toMatch(SKIPPED);

    // A setting.
    expect(run({ ...options, args: ['--related', '3'] })).not.toMatch(SKIPPED);
    expect(run({ ...options, args: ['--related', '3'] })).toMatch(SKIPPED);

    // A note the user wrote in a paper file is read (and kept) by a run, not skipped over.
    const name = readdirSync(join(dir, 'papers')).sort()[0]!;
    appendFileSync(join(dir, 'papers', name), '\n## Notes\n\nCompare with the ablation in section 4.\n');
    expect(run({ ...options, args: ['--related', '3'] })).not.toMatch(SKIPPED);
    expect(readFileSync(join(dir, 'papers', name), 'utf8')).toContain('Compare with the ablation in section 4.');

    // Text under no heading is moved under the notes heading, and said, once: a skipped run does not say it again,
    // while an input's warning is said on every run.
    const paperFile = join(dir, 'papers', name);
    writeFileSync(paperFile, readFileSync(paperFile, 'utf8').replace('\n## Notes', '\nMy stray remark.\n\n## Notes'));
    const moved = run({ ...options, args: ['--related', '3'] });
    expect(moved).not.toMatch(SKIPPED);
    expect(moved).toMatch(/was moved under "## Notes"/);
    const again = run({ ...options, args: ['--related', '3'] });
    expect(again).toMatch(SKIPPED);
    expect(again).not.toMatch(/was moved under/);
    expect(again).toMatch(/1 warning about paper files, on what the last run did to them, not repeated/);

    // A file the user added to the folder (concept overrides).
    writeFileSync(join(dir, 'concepts.yaml'), 'ban:\n  - novel approach\n');
    expect(run({ ...options, args: ['--related', '3'] })).not.toMatch(SKIPPED);
    expect(run({ ...options, args: ['--related', '3'] })).toMatch(SKIPPED);
  }, 300_000);
});
