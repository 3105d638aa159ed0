import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractConceptIndex } from '../../../src/lib/concepts/index';
import { functionWordShares, looksNonEnglish, NON_ENGLISH, NON_ENGLISH_TITLE, nonEnglishWarnings, titleLooksNonEnglish } from '../../../src/lib/concepts/language';
import { parseOverrides } from '../../../src/lib/concepts/overrides';
import { keyphraseDataDir, readKeyphraseSet } from '../../../src/lib/eval/keyphrase-data';
import { ingestFile } from '../../../src/lib/ingest/index';
import { normaliseRecords } from '../../../src/lib/normalise/index';
import { ROOT } from '../../support/build-site';
import type { PaperRecord } from '../../../src/lib/model/paper';

const FIXTURE = 'test/fixtures/language/abstracts.jsonl';
/** Hand-written German, French and Spanish abstracts (one German with English terms in it), and two English ones. */
const papers = normaliseRecords(ingestFile(FIXTURE, readFileSync(join(ROOT, FIXTURE))).records).papers;
const docs = papers.map((p) => ({ id: p.slug, title: p.title, abstract: p.abstract }));
const NON_ENGLISH_IDS = ['mueller2023graph', 'schmidt2024rag', 'dubois2022energie', 'garcia2021noticias'];
const slugOf = (id: string) => papers.find((p) => p.citationKey === id)!.slug;

describe('looksNonEnglish', () => {
  it('flags German, French and Spanish abstracts, and not English ones', () => {
    expect(papers.filter((p) => looksNonEnglish(p.abstract)).map((p) => p.citationKey)).toEqual(NON_ENGLISH_IDS);
    // The margin: none of the others' function words in English text beyond names ("van der Waals"), no English ones in theirs.
    for (const p of papers) {
      const s = functionWordShares(p.abstract);
      if (NON_ENGLISH_IDS.includes(p.citationKey!)) expect([s.english, s.other >= 0.25]).toEqual([0, true]);
      else expect([s.english >= 0.2, s.other <= 0.03]).toEqual([true, true]);
    }
  });

  it('does not flag a terse English text, which lacks the other languages\' function words as much as English ones', () => {
    expect(looksNonEnglish('Keywords: graph neural networks; message passing; molecular property prediction; QM9; drug discovery; benchmarks')).toBe(false);
    expect(looksNonEnglish('Once a low-cost Web offering, Oracle\'s Small Business Suite now carries a price tag to justify VAR interest')).toBe(false);
  });

  it('flags no abstract of the bundled corpus', () => {
    const bundled = ingestFile('trending-papers.txt', readFileSync(join(ROOT, 'content/sources/trending-papers.txt'))).records;
    expect(bundled.length).toBe(119);
    expect(bundled.filter((r) => looksNonEnglish(r.abstract)).map((r) => r.title)).toEqual([]);
  });

  const data = keyphraseDataDir(ROOT);
  it.skipIf(!existsSync(join(data, 'inspec-train.jsonl')))('flags no abstract of Inspec train and dev (1,500 English abstracts)', () => {
    const abstracts = ['inspec-train.jsonl', 'inspec-dev.jsonl'].flatMap((f) => readKeyphraseSet(join(data, f))).map((r) => r.abstract);
    expect(abstracts.length).toBe(1500);
    expect(abstracts.filter(looksNonEnglish)).toEqual([]);
  });
});

describe('the concept stage on a non-English abstract', () => {
  it('extracts no concept from its text, says which papers it did not read, and keeps their pinned concepts', () => {
    const overrides = parseOverrides(`pin:\n  ${slugOf('mueller2023graph')}: [graph neural networks]\n`, 'concepts.yaml');
    const { index, nonEnglish } = extractConceptIndex(docs, { perPaper: 6, overrides });
    expect(nonEnglish).toEqual(NON_ENGLISH_IDS.map(slugOf));
    const labels = (id: string) => (index.byPaper[slugOf(id)] ?? []).map((c) => index.concepts.find((k) => k.id === c.id)!.label);
    expect(labels('mueller2023graph')).toEqual(['Graph neural networks']);
    for (const id of NON_ENGLISH_IDS.slice(1)) expect(labels(id)).toEqual([]);
    // No German noun, article or word of another abstract became a concept; the English papers still get theirs.
    expect(index.concepts.map((c) => c.label).filter((l) => /verfahren|die|moleküle|apprentissage|noticias|steuerrechts/i.test(l))).toEqual([]);
    expect(labels('kipf2017gcn').length).toBeGreaterThan(2);
  });

  it('warns once per paper, at the place it was read from', () => {
    expect(nonEnglishWarnings([slugOf('dubois2022energie')], papers)).toEqual([{ file: FIXTURE, line: 3, severity: 'warning', reason: expect.stringMatching(new RegExp(`^"[^"]+": ${NON_ENGLISH}$`)) }]);
    expect(NON_ENGLISH).toBe('abstract looks non-English; concepts are extracted from English text only');
  });
});

/** The titles of French, German, Spanish and Italian classics cited with English abstracts (review 11, M4). */
const FOREIGN_TITLES = [
  'Histoire et sciences sociales : La longue durée',
  "La Méditerranée et le monde méditerranéen à l'époque de Philippe II",
  'Pour un autre Moyen Âge : temps, travail et culture en Occident',
  "Il formaggio e i vermi: il cosmo di un mugnaio del '500",
  'La rebelión de las masas',
  'Die protestantische Ethik und der „Geist“ des Kapitalismus',
  'Das Kunstwerk im Zeitalter seiner technischen Reproduzierbarkeit',
  "Qu'est-ce qu'un auteur ?",
  "La mort de l'auteur",
  'Entre mémoire et histoire : la problématique des lieux',
  'España en su historia: cristianos, moros y judíos',
  'Orígenes del español: estado lingüístico de la Península Ibérica hasta el siglo XI',
  'Strukturwandel der Öffentlichkeit',
  'Vergangene Zukunft: Zur Semantik geschichtlicher Zeiten',
  'Wahrheit und Methode: Grundzüge einer philosophischen Hermeneutik',
  'Montaillou, village occitan de 1294 à 1324',
  'Les rois thaumaturges : étude sur le caractère surnaturel attribué à la puissance royale particulièrement en France et en Angleterre',
  'Über lineare Gleichungssysteme in linearen Räumen',
  'Sur les fonctionnelles linéaires',
  "Sur le mouvement d'un liquide visqueux emplissant l'espace",
  'Über die Anzahl der Primzahlen unter einer gegebenen Grösse',
];

describe('titleLooksNonEnglish', () => {
  it('flags French, German, Spanish and Italian titles, however short', () => {
    expect(FOREIGN_TITLES.filter((t) => !titleLooksNonEnglish(t))).toEqual([]);
  });

  it('does not flag English titles that write names, symbols, acronyms and loans from those languages', () => {
    const english = [
      'van der Waals heterostructures', 'Van der Waals Heterostructures', 'Forecasting El Niño events', 'El Niño–La Niña teleconnections',
      'Die casting defect prediction', 'Le Chatelier principle revisited', 'De novo transcriptome assembly', 'EM algorithm convergence',
      'PAs self-assembly', 'Met Office ensemble forecasts', 'Automatic door control', 'Vis-à-vis interactions', 'Naïve Bayes spam filtering',
      'La doped ceria nanoparticles', 'Os complexes as photosensitizers', "L'Hôpital rule variants", "d'Alembert solutions", 'Sus scrofa genome',
      'Arduino Uno sensor networks', 'Los Alamos neutron science', 'Del Pezzo surfaces', 'Privacy per se', 'En route air traffic control',
      'Da Vinci surgical robots', 'Y chromosome evolution', 'E. coli metabolic engineering', 'Les Houches lectures', 'Deep Knowledge Tracing',
      // One English function word settles it.
      'Strukturwandel der Öffentlichkeit and the public sphere',
    ];
    expect(english.filter(titleLooksNonEnglish)).toEqual([]);
  });

  it('flags no title of the bundled corpus', () => {
    const bundled = ingestFile('trending-papers.txt', readFileSync(join(ROOT, 'content/sources/trending-papers.txt'))).records;
    expect(bundled.filter((r) => titleLooksNonEnglish(r.title)).map((r) => r.title)).toEqual([]);
  });

  const data = keyphraseDataDir(ROOT);
  it.skipIf(!existsSync(join(data, 'inspec-train.jsonl')))('flags no title of Inspec (2,000 English titles)', () => {
    const titles = ['inspec-train.jsonl', 'inspec-dev.jsonl', 'inspec-test.jsonl'].flatMap((f) => readKeyphraseSet(join(data, f))).map((r) => r.title);
    expect(titles.length).toBe(2000);
    expect(titles.filter(titleLooksNonEnglish)).toEqual([]);
  });
});

describe('the concept stage on a non-English title over an English abstract', () => {
  const TITLES = 'test/fixtures/language/titles.jsonl';
  const classics = normaliseRecords(ingestFile(TITLES, readFileSync(join(ROOT, TITLES))).records).papers;
  const slug = (id: string) => classics.find((p) => p.citationKey === id)!.slug;
  const FOREIGN = ['braudel1958histoire', 'nora1989memoire', 'gadamer1960wahrheit', 'riemann1859anzahl'];
  const { index, nonEnglish, nonEnglishTitles } = extractConceptIndex(
    classics.map((p) => ({ id: p.slug, title: p.title, abstract: p.abstract })),
    { perPaper: 6 },
  );
  const labels = (id: string) => (index.byPaper[slug(id)] ?? []).map((c) => index.concepts.find((k) => k.id === c.id)!.label.toLowerCase());

  it('reads the abstract only, and says which papers', () => {
    expect(nonEnglish).toEqual([]);
    expect(nonEnglishTitles).toEqual(FOREIGN.map(slug));
    expect(index.unreadTitles).toEqual(FOREIGN.map(slug));
  });

  it('gives no concept or keyword from the title ("Histoire", "Wahrheit und"), and the abstract\'s still', () => {
    const titleWords = /histoire|mémoire|wahrheit|methode|grundzüge|\bund\b|einer|primzahlen|gegebenen|\bla\b|\bet\b/i;
    expect(index.concepts.map((c) => c.label).filter((l) => titleWords.test(l))).toEqual([]);
    expect(labels('gadamer1960wahrheit')).toContain('hermeneutic circle');
    expect(labels('riemann1859anzahl')).toContain('non-trivial zeros');
    // "Histoire" in two titles named a concept of its own beside the abstracts' "History" (itself a common
    // noun alone, so a tag only where a title names it: concepts/incidental-mentions.ts).
    expect(labels('nora1989memoire').length).toBeGreaterThan(0);
    expect(labels('braudel1958histoire')).toContain('longue durée');
  });

  it('warns once per paper, at the place it was read from', () => {
    expect(nonEnglishWarnings([slug('gadamer1960wahrheit')], classics, NON_ENGLISH_TITLE)).toEqual([{ file: TITLES, line: 3, severity: 'warning', reason: `"Wahrheit und Methode: Grundzüge einer philosophischen Herme…": ${NON_ENGLISH_TITLE}` }]);
    expect(NON_ENGLISH_TITLE).toBe('title looks non-English; concepts are extracted from the English abstract only');
  });
});

describe('nonEnglishWarnings (review 17 L4)', () => {
  it("names each paper's title beside its file and line, and skips a paper it does not know", () => {
    const paper = { slug: 'braudel', title: 'Histoire et sciences sociales: La longue durée', sources: [{ file: 'history.bib', line: 88 }] } as unknown as PaperRecord;
    expect(nonEnglishWarnings(['braudel', 'missing'], [paper])).toEqual([
      { file: 'history.bib', line: 88, severity: 'warning', reason: `"Histoire et sciences sociales: La longue durée": ${NON_ENGLISH}` },
    ]);
  });
});
