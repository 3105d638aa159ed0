/**
 * What a user keeps in the content folder outlives a run that cannot read it or does not own it: a paper file whose
 * frontmatter no longer parses is kept in orphans/ (its notes were dropped without a word), a copy kept there before
 * is never written over, the user's own files in papers/ stay (the swap deleted them), and a second run into a
 * folder another run is writing stops before it reads anything.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, expect, it } from 'vitest';
import { describeRun, ROOT, runContentStage, snapshot, tempDirs } from './content-stage';

const temp = tempDirs('atlas-kept-aside-');
afterAll(() => temp.cleanup());

const input = join(ROOT, 'test/fixtures/runs/ten-papers.jsonl');
type Warning = { file: string; line: number; reason: string };
const warningsOf = (dir: string) => (JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')) as { warnings: Warning[] }).warnings;

it('keeps a paper file it cannot read in orphans/, never over an earlier copy, and the user’s files in papers/', () => {
  const dir = join(temp.make(), 'content');
  const env = { ATLAS_CACHE_DIR: temp.make() };
  const run = () => {
    const result = runContentStage({ contentDir: dir, inputs: [input], env });
    expect(result.status, describeRun(result)).toBe(0);
  };
  run();
  const name = readdirSync(join(dir, 'papers')).sort()[0]!;
  const file = join(dir, 'papers', name);
  const breakWith = (note: string) => {
    const text = readFileSync(file, 'utf8').replace(/^title:/m, 'myComment: compare: with the other paper\ntitle:');
    writeFileSync(file, `${text}\n## My notes\n\n${note}\n`);
  };
  breakWith('ALPHA, kept.');
  writeFileSync(join(dir, 'papers', 'notes.txt'), 'my reading plan');
  mkdirSync(join(dir, 'papers', 'img'));
  writeFileSync(join(dir, 'papers', 'img', 'fig.png'), 'png');
  run();

  const kept = join(dir, 'orphans', name);
  expect(readFileSync(kept, 'utf8')).toContain('ALPHA, kept.');
  // The page is written anew from the input, and reads.
  expect(matter(readFileSync(file, 'utf8')).data.title).toEqual(expect.any(String));
  expect(warningsOf(dir)).toEqual(
    expect.arrayContaining([
      { file: expect.stringMatching(new RegExp(`papers/${name}$`)), line: expect.any(Number), reason: expect.stringMatching(/^its frontmatter cannot be read \(.+\): the page is written anew from the input, and the file as you left it, with anything you wrote in it, is kept in .*orphans\//) },
      { file: expect.stringMatching(/papers\/notes\.txt$/), line: 1, reason: expect.stringMatching(/^not a paper file: kept where it is/) },
      { file: expect.stringMatching(/papers\/img$/), line: 1, reason: expect.stringMatching(/^not a paper file: kept where it is/) },
    ]),
  );
  expect(readFileSync(join(dir, 'papers', 'notes.txt'), 'utf8')).toBe('my reading plan');
  expect(readFileSync(join(dir, 'papers', 'img', 'fig.png'), 'utf8')).toBe('png');

  // Broken again with other notes: the first copy stays, the second gets the next name.
  breakWith('BETA, kept too.');
  run();
  expect(readFileSync(kept, 'utf8')).toContain('ALPHA, kept.');
  expect(readFileSync(join(dir, 'orphans', name.replace(/\.md$/, '-2.md')), 'utf8')).toContain('BETA, kept too.');
}, 120_000);

it('stops before reading anything when another run is writing the folder', () => {
  const dir = join(temp.make(), 'content');
  const env = { ATLAS_CACHE_DIR: temp.make() };
  expect(runContentStage({ contentDir: dir, inputs: [input], env }).status).toBe(0);
  // This test's own process stands for the other run: alive, on this machine.
  writeFileSync(join(dir, '.content-lock'), JSON.stringify({ pid: process.pid, host: hostname() }));
  const before = snapshot(dir);
  const result = runContentStage({ contentDir: dir, inputs: [input], env });
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(new RegExp(`is being written by another content stage \\(process ${process.pid}\\)`));
  expect(snapshot(dir)).toEqual(before);
  expect(existsSync(join(dir, '.content-lock'))).toBe(true);
}, 120_000);

it('keeps in orphans/ the file of a removed paper whose only edit was a citation key typed into it', () => {
  const dir = join(temp.make(), 'content');
  const env = { ATLAS_CACHE_DIR: temp.make() };
  const lines = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const inputs = temp.make();
  const all = join(inputs, 'papers.jsonl');
  writeFileSync(all, `${lines.join('\n')}\n`);
  const run = () => {
    const result = runContentStage({ contentDir: dir, inputs: [all], env });
    expect(result.status, describeRun(result)).toBe(0);
  };
  run();
  // The paper of the input's first line: its file, with a key of the user's.
  const name = readdirSync(join(dir, 'papers')).find((n) => matter(readFileSync(join(dir, 'papers', n), 'utf8')).data.source?.line === 1)!;
  const file = join(dir, 'papers', name);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title:/m, 'citationKey: mykey2021\ntitle:'));
  run();
  expect(matter(readFileSync(file, 'utf8')).data.citationKey).toBe('mykey2021');
  // The record is taken out of the input: the page goes, the key the user typed is kept aside with a word.
  writeFileSync(all, `${lines.slice(1).join('\n')}\n`);
  run();
  expect(existsSync(file)).toBe(false);
  expect(readFileSync(join(dir, 'orphans', name), 'utf8')).toContain('citationKey: mykey2021');
  expect(warningsOf(dir)).toEqual(expect.arrayContaining([expect.objectContaining({ file: expect.stringMatching(new RegExp(`papers/${name}$`)) })]));
}, 120_000);

it('keeps nothing aside of a removed paper whose key came from its input, when the caches are new (a fresh clone)', () => {
  const dir = join(temp.make(), 'content');
  const inputs = temp.make();
  const bib = join(inputs, 'refs.bib');
  const entry = (key: string, title: string) => `@article{${key},\n  title = {${title}},\n  year = {2021},\n  abstract = {We study ${title.toLowerCase()} with graph neural networks and report results on three benchmarks.}\n}\n`;
  writeFileSync(bib, entry('lee2021graphs', 'Molecule graphs') + entry('kim2021proteins', 'Protein folding') + entry('park2021cells', 'Cell imaging'));
  expect(runContentStage({ contentDir: dir, inputs: [bib], env: { ATLAS_CACHE_DIR: temp.make() } }).status).toBe(0);
  writeFileSync(bib, entry('lee2021graphs', 'Molecule graphs') + entry('kim2021proteins', 'Protein folding'));
  const result = runContentStage({ contentDir: dir, inputs: [bib], env: { ATLAS_CACHE_DIR: temp.make() } });
  expect(result.status, describeRun(result)).toBe(0);
  expect(existsSync(join(dir, 'orphans'))).toBe(false);
  expect(warningsOf(dir).filter((w) => /orphans/.test(w.reason))).toEqual([]);
}, 120_000);
