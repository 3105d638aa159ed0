/**
 * A paper whose abstract is not English keeps its page; the concept stage reads nothing of its text, and the
 * run warns once per such paper, at its file and line, in the summary and the ledger.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerSchema, paperFrontmatterSchema } from '../../src/lib/content/schema';
import { describeRun, ROOT, runContentStage, tempDirs } from './content-stage';
import { excerpt } from '../../src/lib/ingest/position';

const temp = tempDirs('atlas-non-english-');
afterAll(() => temp.cleanup());

describe('non-English abstracts in the content stage', () => {
  it('are written as pages without concepts from their text, each with one located warning', () => {
    const dir = temp.make();
    const input = join(ROOT, 'test/fixtures/language/abstracts.jsonl');
    const contentDir = join(dir, 'content');
    const run = runContentStage({ contentDir, inputs: [input], args: ['--on-error', 'stop'], env: { ATLAS_CACHE_DIR: join(dir, 'cache') } });
    expect(run.status, describeRun(run)).toBe(0);
    const ledger = ledgerSchema.parse(JSON.parse(readFileSync(join(contentDir, 'ledger.json'), 'utf8')));
    expect(ledger.totals).toEqual({ read: 6, written: 6, merged: 0, used: 0, rejected: 0 });
    // Each names its paper's title (review 17 L4), not its file and line alone.
    const titles = ['Graphneuronale Netze für die Vorhersage von Moleküleigenschaften', 'Retrieval-Augmented Generation für deutschsprachige Fachdomänen', "Apprentissage par renforcement pour la gestion de l'énergie dans les bâtiments", 'Detección de noticias falsas en redes sociales mediante modelos de lenguaje'];
    const reason = (line: number) => `${excerpt(titles[line - 1]!)}: abstract looks non-English; concepts are extracted from English text only`;
    const shown = 'test/fixtures/language/abstracts.jsonl';
    expect(ledger.warnings).toEqual([1, 2, 3, 4].map((line) => ({ file: shown, line, reason: reason(line) })));
    for (const line of [1, 2, 3, 4]) expect(run.stdout).toContain(`warning ${shown}:${line}: ${reason(line)}`);

    const pages = readdirSync(join(contentDir, 'papers')).map((f) => paperFrontmatterSchema.parse(matter(readFileSync(join(contentDir, 'papers', f), 'utf8')).data));
    const tagged = (key: string) => {
      const p = pages.find((x) => x.citationKey === key)!;
      return [...p.concepts, ...p.keywords];
    };
    for (const key of ['mueller2023graph', 'schmidt2024rag', 'dubois2022energie', 'garcia2021noticias']) expect(tagged(key)).toEqual([]);
    expect(tagged('kipf2017gcn').length).toBeGreaterThan(0);
  }, 120_000);
});

describe('non-English titles over English abstracts in the content stage', () => {
  it('keep their title on the page and give concepts from the abstract only, each with one located warning', () => {
    const dir = temp.make();
    const input = join(ROOT, 'test/fixtures/language/titles.jsonl');
    const contentDir = join(dir, 'content');
    const run = runContentStage({ contentDir, inputs: [input], args: ['--on-error', 'stop'], env: { ATLAS_CACHE_DIR: join(dir, 'cache') } });
    expect(run.status, describeRun(run)).toBe(0);
    const ledger = ledgerSchema.parse(JSON.parse(readFileSync(join(contentDir, 'ledger.json'), 'utf8')));
    expect(ledger.totals).toEqual({ read: 6, written: 6, merged: 0, used: 0, rejected: 0 });
    const titles = ['Histoire et sciences sociales : La longue durée', 'Entre mémoire et histoire : la problématique des lieux', 'Wahrheit und Methode: Grundzüge einer philosophischen Hermeneutik', 'Über die Anzahl der Primzahlen unter einer gegebenen Grösse'];
    const reason = (line: number) => `${excerpt(titles[line - 1]!)}: title looks non-English; concepts are extracted from the English abstract only`;
    const shown = 'test/fixtures/language/titles.jsonl';
    expect(ledger.warnings).toEqual([1, 2, 3, 4].map((line) => ({ file: shown, line, reason: reason(line) })));
    for (const line of [1, 2, 3, 4]) expect(run.stdout).toContain(`warning ${shown}:${line}: ${reason(line)}`);

    const pages = readdirSync(join(contentDir, 'papers')).map((f) => paperFrontmatterSchema.parse(matter(readFileSync(join(contentDir, 'papers', f), 'utf8')).data));
    const page = (key: string) => pages.find((x) => x.citationKey === key)!;
    expect(page('gadamer1960wahrheit').title).toBe('Wahrheit und Methode: Grundzüge einer philosophischen Hermeneutik');
    expect(page('gadamer1960wahrheit').keywords).toContain('Hermeneutic circle');
    const tags = pages.flatMap((p) => [...p.concepts, ...p.keywords]);
    expect(tags.filter((t) => /histoire|wahrheit|primzahlen|einer|\bund\b/i.test(t))).toEqual([]);
  }, 120_000);
});
