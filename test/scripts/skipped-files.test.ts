/**
 * A file in the sources folder that is not read (an EndNote tagged export, a PDF) is named in the run's output and in
 * content/ledger.json's warnings, and does not stop the run; hidden files and the folder's README are not.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerSchema } from '../../src/lib/content/schema';
import { describeRun, ROOT, runContentStage, tempDirs } from './content-stage';

const temp = tempDirs('atlas-skipped-files-');
afterAll(() => temp.cleanup());

describe('files the content stage does not read', () => {
  it('warns once per skipped file, in the summary and in the ledger, and stays quiet about hidden files and the README', () => {
    const dir = temp.make();
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    writeFileSync(join(sources, 'papers.jsonl'), readFileSync(join(ROOT, 'test/fixtures/runs/ten-papers.jsonl'), 'utf8').split('\n').slice(0, 2).join('\n') + '\n');
    writeFileSync(join(sources, 'refs.enw'), '%0 Journal Article\n%T Graph attention networks\n%A Veličković, Petar\n');
    writeFileSync(join(sources, 'paper.pdf'), '%PDF-1.7\n%âãÏÓ\n');
    writeFileSync(join(sources, '.DS_Store'), 'Bud1');
    writeFileSync(join(sources, 'README.md'), '# My reading list\n');
    const contentDir = join(dir, 'content');
    const run = runContentStage({ contentDir, inputs: [sources], args: ['--on-error', 'stop'], env: { ATLAS_CACHE_DIR: join(dir, 'cache') } });
    expect(run.status, describeRun(run)).toBe(0);

    const ledger = ledgerSchema.parse(JSON.parse(readFileSync(join(contentDir, 'ledger.json'), 'utf8')));
    expect(ledger.totals).toMatchObject({ written: 2, rejected: 0 });
    expect(ledger.warnings).toEqual([
      { file: join(sources, 'paper.pdf'), line: 1, reason: expect.stringMatching(/^not a format Paper Atlas reads \(PDF\); skipped/) },
      { file: join(sources, 'refs.enw'), line: 1, reason: expect.stringMatching(/^not a format Paper Atlas reads \(EndNote tagged\); skipped — export BibTeX, RIS or CSL-JSON/) },
    ]);
    expect(run.stdout).toContain(`warning ${join(sources, 'refs.enw')}:1: not a format Paper Atlas reads (EndNote tagged)`);
    expect(run.stdout).toContain(`warning ${join(sources, 'paper.pdf')}:1: not a format Paper Atlas reads (PDF)`);
    expect(run.stdout + run.stderr).not.toMatch(/DS_Store|README\.md/);
  }, 180_000);

  it('reads a .txt that is not a listing as a file not read: a warning that --on-error stop does not stop for, said also when it is all there is', () => {
    const dir = temp.make();
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    const notes = 'TODO for the atlas\nI should add the remaining papers from the reading group, and also check why the graph looks so sparse on the phone when zoomed in.\nbuy milk\n';
    writeFileSync(join(sources, 'notes.txt'), notes);
    writeFileSync(join(sources, 'papers.jsonl'), readFileSync(join(ROOT, 'test/fixtures/runs/ten-papers.jsonl'), 'utf8').split('\n').slice(0, 2).join('\n') + '\n');
    const contentDir = join(dir, 'content');
    const run = runContentStage({ contentDir, inputs: [sources], args: ['--on-error', 'stop'], env: { ATLAS_CACHE_DIR: join(dir, 'cache') } });
    expect(run.status, describeRun(run)).toBe(0);
    const ledger = ledgerSchema.parse(JSON.parse(readFileSync(join(contentDir, 'ledger.json'), 'utf8')));
    expect(ledger.totals).toMatchObject({ written: 2, rejected: 0 });
    expect(ledger.warnings).toEqual([{ file: join(sources, 'notes.txt'), line: 1, reason: expect.stringMatching(/^not a trending-papers listing, so not read/) }]);
    // The summary's line for it says so, not "(listing): 0 records".
    expect(run.stdout).toContain(`  ${join(sources, 'notes.txt')}: not a trending-papers listing, not read\n`);

    const alone = temp.make();
    writeFileSync(join(alone, 'notes.txt'), notes);
    const lone = runContentStage({ contentDir: join(alone, 'content'), inputs: [join(alone, 'notes.txt')] });
    expect(lone.status).toBe(1);
    expect(lone.stderr).toContain(`${join(alone, 'notes.txt')}:1: not a trending-papers listing, so not read`);
  }, 180_000);

  it('names the files it could not read when a folder holds nothing it reads', () => {
    const dir = temp.make();
    writeFileSync(join(dir, 'refs.enw'), '%0 Journal Article\n%T Graph attention networks\n');
    const run = runContentStage({ contentDir: join(dir, 'content'), inputs: [dir] });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${dir}: no supported files in this folder; not read: ${join(dir, 'refs.enw')} (see README: file formats)`);
  }, 60_000);

  it('names a file read that held no record when nothing else is left to say (an Atom feed without an entry)', () => {
    const dir = temp.make();
    const feed = join(dir, 'empty.atom');
    writeFileSync(feed, '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>arXiv query results</title></feed>\n');
    const run = runContentStage({ contentDir: join(dir, 'content'), inputs: [feed] });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${feed} (read as atom): no record in it`);
    expect(run.stderr).toContain('no usable paper in the input; nothing was written.');
  }, 60_000);
});
