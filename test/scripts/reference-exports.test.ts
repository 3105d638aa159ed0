/**
 * A sources folder of reference-manager and database exports (Zotero's RIS, PubMed's own format, Web of Science's
 * plain text, each as the tool names its file) through the real content stage: each file is read as its format,
 * whatever its extension says, and its records become paper files carrying what the export gave.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerSchema, paperFrontmatterSchema } from '../../src/lib/content/schema';
import { describeRun, ROOT, runContentStage, tempDirs } from './content-stage';

const temp = tempDirs('atlas-reference-exports-');
afterAll(() => temp.cleanup());

const FIXTURES = join(ROOT, 'test', 'fixtures', 'ingest');

describe('reference exports in a sources folder', () => {
  it('reads RIS, PubMed and Web of Science files, .txt ones by their content, into paper files', () => {
    const dir = temp.make();
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    copyFileSync(join(FIXTURES, 'zotero.ris'), join(sources, 'My Library.ris'));
    // PubMed's "Save" and Web of Science's "Plain text file" both write a .txt.
    copyFileSync(join(FIXTURES, 'pubmed.nbib'), join(sources, 'pubmed-coronaviru-set.txt'));
    copyFileSync(join(FIXTURES, 'savedrecs.txt'), join(sources, 'savedrecs.txt'));
    const contentDir = join(dir, 'content');
    const run = runContentStage({ contentDir, inputs: [sources], env: { ATLAS_CACHE_DIR: join(dir, 'cache') } });
    expect(run.status, describeRun(run)).toBe(0);
    expect(run.stdout).toContain(`${join(sources, 'My Library.ris')} (ris): 3 records`);
    expect(run.stdout).toContain(`${join(sources, 'pubmed-coronaviru-set.txt')} (medline): 4 records, 1 skipped`);
    expect(run.stdout).toContain(`${join(sources, 'savedrecs.txt')} (wos): 3 records, 1 skipped`);

    const ledger = ledgerSchema.parse(JSON.parse(readFileSync(join(contentDir, 'ledger.json'), 'utf8')));
    expect(ledger.totals).toMatchObject({ written: 8, rejected: 2 });

    const paper = (slug: string) => paperFrontmatterSchema.parse(matter(readFileSync(join(contentDir, 'papers', `${slug}.md`), 'utf8')).data);
    expect(paper('clinical-features-of-patients-infected-with-2019-novel-coronavirus-in-wuhan')).toMatchObject({
      venue: 'Lancet',
      year: 2020,
      pmid: '31986264',
      doi: '10.1016/S0140-6736(20)30183-5',
      authors: ['Chaolin Huang', 'Yeming Wang', 'Xingwang Li'],
    });
    expect(paper('retracted-ileal-lymphoid-nodular-hyperplasia-non-specific-colitis-and-pervasive').retraction).toBe('retracted');
    expect(paper('retrieval-of-leaf-area-index-from-sentinel-2-with-a-hybrid-model')).toMatchObject({
      venue: 'IEEE Transactions on Geoscience and Remote Sensing',
      authors: ['Kwang Lee'],
    });
    expect(paper('catastrophic-interference-in-connectionist-networks-the-sequential-learning')).toMatchObject({
      entryType: 'incollection',
      bibliographic: { editors: ['Gordon H. Bower'], publisher: 'Academic Press' },
    });
  }, 180_000);

  it('makes one page of a paper exported from PubMed without a DOI and from Web of Science, merged by its PMID and named in the summary', () => {
    const dir = temp.make();
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    const pubmed = [
      'PMID- 25773919',
      'DP  - 2015 Mar',
      'TI  - Viral shedding in adults hospitalised with influenza.',
      'AB  - BACKGROUND: We measured viral shedding. RESULTS: Shedding lasted five days.',
      'FAU - Lee, Ann',
      'FAU - Chen, Bo',
      'TA  - J Infect Dis',
      '',
    ].join('\n');
    const wos = [
      'FN Clarivate Analytics Web of Science',
      'VR 1.0',
      'PT J',
      'AU Lee, A',
      '   Chen, B',
      'TI VIRAL SHEDDING IN ADULTS HOSPITALISED WITH INFLUENZA',
      'SO JOURNAL OF INFECTIOUS DISEASES',
      'AB We measured viral shedding; shedding lasted five days.',
      'PY 2015',
      'PM 25773919',
      'ER',
      '',
      'EF',
      '',
    ].join('\n');
    writeFileSync(join(sources, 'pubmed-shedding.txt'), pubmed);
    writeFileSync(join(sources, 'savedrecs.txt'), wos);
    const contentDir = join(dir, 'content');
    const run = runContentStage({ contentDir, inputs: [sources], env: { ATLAS_CACHE_DIR: join(dir, 'cache') } });
    expect(run.status, describeRun(run)).toBe(0);
    const ledger = ledgerSchema.parse(JSON.parse(readFileSync(join(contentDir, 'ledger.json'), 'utf8')));
    expect(ledger.totals).toMatchObject({ read: 2, written: 1, merged: 1 });
    const merged = ledger.entries.find((e) => e.outcome === 'merged')!;
    expect(merged.reason).toMatch(/^the same work as \S+:1 \(same PMID 25773919\)$/);
    expect(run.stdout).toContain(`merged ${merged.source.file}:${merged.source.line} into papers/${merged.page}: ${merged.reason}`);
  }, 180_000);
});
