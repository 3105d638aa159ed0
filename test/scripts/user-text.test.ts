/**
 * Review 20 H1: text the run did not write in a paper file is never lost. Notes under any heading (`## notes`,
 * `## My notes`) are kept as they are; a paragraph under no heading is moved under `## Notes` with a warning
 * naming its file and line; a title, abstract or year changed in the page file is written back from the input, with a warning
 * naming the input's file and line, as a changed citation key is.
 */
import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRun, ROOT, runContentStage, snapshot, tempDirs } from './content-stage';

const temp = tempDirs('atlas-user-text-');
afterAll(() => temp.cleanup());

type Rec = { id: string; title: string; abstract: string; year: number };
const records: Rec[] = readFileSync(join(ROOT, 'test/fixtures/runs/ten-papers.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l, i) => ({ id: `run-${i + 1}`, year: 2024, ...(JSON.parse(l) as { title: string; abstract: string }) }));

function run(contentDir: string, input: string, cache: string) {
  const result = runContentStage({ contentDir, inputs: [input], env: { ATLAS_CACHE_DIR: cache } });
  expect(result.status, describeRun(result)).toBe(0);
  return result;
}

type Warning = { file: string; line: number; reason: string };
const ledgerWarnings = (dir: string) => (JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')) as { warnings: Warning[] }).warnings;

describe('text in a paper file that the run did not write', () => {
  it('is kept, under any heading or moved under "## Notes", and edited values are warned about, cold or warm', () => {
    const work = temp.make();
    const dir = join(work, 'content');
    const cache = temp.make();
    const input = join(work, 'papers.jsonl');
    writeFileSync(input, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    run(dir, input, cache);

    const names = readdirSync(join(dir, 'papers')).sort();
    const fileOf = (rec: Rec) => join(dir, 'papers', names.find((name) => readFileSync(join(dir, 'papers', name), 'utf8').includes(rec.title.slice(0, 40)))!);
    const [plain, mine, lower, fixed, dated] = [0, 1, 2, 3, 4].map((i) => fileOf(records[i]!)) as [string, string, string, string, string];
    const generated = readFileSync(plain, 'utf8');
    appendFileSync(plain, '\nThis paragraph is my own comment, written straight under the abstract.\n');
    const strayLine = readFileSync(plain, 'utf8').split('\n').indexOf('This paragraph is my own comment, written straight under the abstract.') + 1;
    appendFileSync(mine, '\n## My notes\n\nUse in grant proposal.\n');
    appendFileSync(lower, '\n## notes\n\nlowercase heading note.\n');
    // A typo fixed "on the page".
    writeFileSync(plain, readFileSync(plain, 'utf8').replace(/^title: .*$/m, 'title: A chemical reasoner, with its typo fixed'));
    const titleLine = readFileSync(plain, 'utf8').split('\n').indexOf('title: A chemical reasoner, with its typo fixed') + 1;
    expect(titleLine).toBeGreaterThan(0);
    // An abstract fixed in the frontmatter: written back from the input, its body not copied under "## Notes".
    const fixedBefore = readFileSync(fixed, 'utf8');
    writeFileSync(fixed, fixedBefore.replace(/^(abstract: >-\n {2})(\S)/m, '$1My fix. $2'));
    const abstractLine = readFileSync(fixed, 'utf8').split('\n').findIndex((l, i, all) => l === 'abstract: >-' && all[i + 1]!.startsWith('  My fix.')) + 1;
    expect(abstractLine).toBeGreaterThan(0);
    // A year fixed in the frontmatter: written back from the input, with the same warning.
    const datedBefore = readFileSync(dated, 'utf8');
    writeFileSync(dated, datedBefore.replace(/^year: 2024$/m, 'year: 2023'));
    const yearLine = readFileSync(dated, 'utf8').split('\n').indexOf('year: 2023') + 1;
    expect(yearLine).toBeGreaterThan(0);

    const cold = join(temp.make(), 'content');
    cpSync(dir, cold, { recursive: true });
    const warm = run(dir, input, cache);
    run(cold, input, temp.make());
    expect(snapshot(cold)).toEqual(snapshot(dir));

    expect(readFileSync(plain, 'utf8')).toBe(`${generated.trimEnd()}\n\n## Notes\n\nThis paragraph is my own comment, written straight under the abstract.\n`);
    expect(readFileSync(mine, 'utf8')).toMatch(/\n## My notes\n\nUse in grant proposal\.\n$/);
    expect(readFileSync(lower, 'utf8')).toMatch(/\n## notes\n\nlowercase heading note\.\n$/);
    expect(readFileSync(fixed, 'utf8')).toBe(fixedBefore);
    expect(readFileSync(dated, 'utf8')).toBe(datedBefore);

    const shown = (file: string) => expect.stringMatching(new RegExp(`papers/${file.split('/').at(-1)!.replace(/[.]/g, '\\.')}$`));
    const warnings = ledgerWarnings(dir);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: shown(plain), line: strayLine, reason: expect.stringMatching(/under no heading was moved under "## Notes"/) }),
        expect.objectContaining({ file: shown(plain), line: titleLine, reason: expect.stringMatching(/^title in the page file differs from \S*papers\.jsonl:1; .*change it at \S*papers\.jsonl:1$/) }),
        expect.objectContaining({ file: shown(fixed), line: abstractLine, reason: expect.stringMatching(/^abstract in the page file differs from \S*papers\.jsonl:4; /) }),
        expect.objectContaining({ file: shown(dated), line: yearLine, reason: expect.stringMatching(/^year in the page file differs from \S*papers\.jsonl:5; .*change it at \S*papers\.jsonl:5$/) }),
      ]),
    );
    expect(warnings).toHaveLength(4);
    expect(warm.stdout).toMatch(/warning \S*papers\/\S+:\d+: text that the run does not write/);

    // The next run finds every note where it put it: nothing to warn about, nothing changes.
    const before = snapshot(join(dir, 'papers'));
    run(dir, input, cache);
    run(cold, input, temp.make());
    expect(ledgerWarnings(dir)).toEqual([]);
    expect(ledgerWarnings(cold)).toEqual([]);
    expect(snapshot(join(dir, 'papers'))).toEqual(before);
  }, 180_000);
});
