/**
 * Review 20 M3: a year later than next year (2109 for 2019) is taken for a typo by the content stage, in
 * each format, as a year it cannot read: a warning naming file and line, and the paper kept without a year.
 * The year compared with is the run's; 2999, the latest a record can give, stays too late for centuries.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRun, runContentStage, tempDirs } from './content-stage';

const temp = tempDirs('atlas-future-year-');
afterAll(() => temp.cleanup());

describe('a year later than next year', () => {
  it('is warned about with its file and line and left out of the paper, in BibTeX, JSON and CSL-JSON', () => {
    const work = temp.make();
    const dir = join(work, 'content');
    const abstract = (topic: string) => `We study ${topic} in farmland with repeated field surveys over several seasons and report how it changes with hedgerow cover.`;
    writeFileSync(join(work, 'eco.bib'), `@article{lee2020edna,\n  title = {Environmental DNA in ponds},\n  abstract = {${abstract('environmental DNA')}},\n  year = {2999}\n}\n`);
    writeFileSync(join(work, 'eco.jsonl'), `${JSON.stringify({ title: 'Bumblebees along hedgerows', abstract: abstract('bumblebees'), year: 2999 })}\n`);
    writeFileSync(join(work, 'eco-csl.json'), `[\n${JSON.stringify({ id: 'ITEM-1', type: 'article-journal', title: 'Beetles under hedgerows', abstract: abstract('beetles'), issued: { 'date-parts': [[2999, 5]] } })}\n]\n`);
    const result = runContentStage({ contentDir: dir, inputs: ['eco.bib', 'eco.jsonl', 'eco-csl.json'].map((f) => join(work, f)), env: { ATLAS_CACHE_DIR: join(work, 'cache') } });
    expect(result.status, describeRun(result)).toBe(0);
    const { warnings } = JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')) as { warnings: Array<{ file: string; line: number; reason: string }> };
    expect(warnings.map((w) => [w.file.split('/').at(-1), w.line, w.reason.replace(/\(\d{4}\)/, '(N)').replace(/\d{4} at the latest/, 'N at the latest')])).toEqual([
      ['eco-csl.json', 2, '"issued": an object {"date-parts":[[2999,5]]} is later than next year (N); expected the year the paper appeared, N at the latest (the paper is kept without a year)'],
      ['eco.bib', 1, '@article{lee2020edna}: year = {2999} is later than next year (N); expected the year the paper appeared, N at the latest (the paper is kept without a year)'],
      ['eco.jsonl', 1, '"year": 2999 is later than next year (N); expected the year the paper appeared, N at the latest (the paper is kept without a year)'],
    ]);
    const papers = readdirSync(join(dir, 'papers'));
    expect(papers).toHaveLength(3);
    for (const name of papers) expect(readFileSync(join(dir, 'papers', name), 'utf8')).not.toMatch(/^year:/m);
    expect(result.stdout).toMatch(/warning \S*eco\.bib:1: @article\{lee2020edna\}: year = \{2999\} is later than next year/);
  }, 120_000);
});
