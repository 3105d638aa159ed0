import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { background } from '../../../src/lib/concepts/background';
import { documentAnalysis } from '../../../src/lib/concepts/concept-analysis';
import { conceptNames } from '../../../src/lib/concepts/concept-names';
import { corpusAbbreviations } from '../../../src/lib/concepts/corpus-abbreviations';
import { findPhrase, keywordHints } from '../../../src/lib/concepts/keyword-hints';
import { identity } from '../../../src/lib/concepts/normalise';
import { emptyOverrides } from '../../../src/lib/concepts/overrides';
import { readMentions } from '../../../src/lib/concepts/paper-mentions';
import { fromAnalysis } from '../../../src/lib/concepts/ranked-document';
import { WordCase } from '../../../src/lib/concepts/word-case';
import { parseOverrides } from '../../../src/lib/concepts/overrides';
import type { DocumentText } from '../../../src/lib/model/paper';

// Review 14 N6: both papers write "Mechanical Turk" and list it as a keyword, yet it was no concept of either.
const kittur: DocumentText = {
  id: 'kittur',
  title: 'Crowdsourcing User Studies with Mechanical Turk',
  abstract:
    'User studies are important for many aspects of the design process and involve techniques ranging from informal surveys to rigorous laboratory studies. ' +
    'However, the costs involved in engaging users often requires practitioners to trade off between sample size, time requirements, and monetary costs. ' +
    "Micro-task markets, such as Amazon's Mechanical Turk, offer a potential paradigm for engaging a large number of users for low time and monetary costs. " +
    'Here we investigate the utility of a micro-task market for collecting user measurements.',
  keywords: ['wikipedia', 'mechanical turk', 'toread', 'Computer Science - Human-Computer Interaction'],
};
const soylent: DocumentText = {
  id: 'soylent',
  title: 'Soylent: A Word Processor with a Crowd Inside',
  abstract:
    'This paper introduces architectural and interaction patterns for integrating crowdsourced human contributions directly into user interfaces. ' +
    'We present Soylent, a word processing interface that enables writers to call on Mechanical Turk workers to shorten, proofread, and otherwise edit parts of their documents on demand. ' +
    'To improve worker quality, we introduce the Find-Fix-Verify crowd programming pattern, which splits tasks into a series of generation and review stages.',
  keywords: ['outsourcing', 'word processing', 'crowdsourcing', 'mechanical turk'],
};
const tangible: DocumentText = {
  id: 'tangible',
  title: 'Tangible Bits: Towards Seamless Interfaces between People, Bits and Atoms',
  abstract:
    'This paper presents our vision of Human Computer Interaction: Tangible Bits. Tangible Bits allows users to grasp and manipulate bits by coupling bits with everyday physical objects. ' +
    'We introduce three concepts: interactive surfaces, the coupling of bits with graspable physical objects, and ambient media for background awareness. ' +
    'We illustrate them with three prototype tangible user interfaces: the metaDESK, the transBOARD and the ambientROOM.',
  keywords: ['augmented reality', 'tangible user interface', 'ubiquitous computing'],
};
const review: DocumentText = {
  id: 'review',
  title: 'Modern Code Review: A Case Study at Google',
  abstract: 'Employing lightweight, tool-based code review of code changes has become the norm for a wide variety of open-source and industrial systems. We explore code review at Google and its motivations.',
};
const corpus = [kittur, soylent, tangible, review];

function tags(docs: DocumentText[], overrides = '') {
  const index = extractConcepts(docs, { perPaper: 6, overrides: overrides ? parseOverrides(overrides, 'concepts.yaml') : undefined });
  const byId = new Map(index.concepts.map((c) => [c.id, c]));
  const of = (paper: string) => (index.byPaper[paper] ?? []).map((t) => byId.get(t.id)!.label);
  return { index, of };
}

describe('author keywords as tag hints', () => {
  it('ranks a keyword the text writes, inside a longer phrase too, first; two papers that write it share its concept', () => {
    const { index, of } = tags(corpus);
    expect(of('kittur')[0]).toBe('Mechanical Turk');
    expect(of('soylent')).toContain('Mechanical Turk');
    const turk = index.concepts.find((c) => c.label === 'Mechanical Turk')!;
    expect(turk.papers.sort()).toEqual(['kittur', 'soylent']);
    // Without the keywords the two share no concept of it: Soylent's "Mechanical Turk workers" is another (the review's finding).
    const plain = tags(corpus.map(({ keywords: _k, ...d }) => d));
    expect(plain.of('soylent')).not.toContain('Mechanical Turk');
  });

  it('reads a keyword as the extractor reads phrases: "tangible user interfaces" writes "tangible user interface"', () => {
    const { of } = tags(corpus);
    expect(of('tangible')[0]!.toLowerCase()).toMatch(/^tangible user interfaces?$/);
    expect(tags(corpus.map(({ keywords: _k, ...d }) => d)).of('tangible')[0]!.toLowerCase()).not.toMatch(/^tangible user interfaces?$/);
  });

  it('makes nothing of a keyword the text does not write: no tag, no concept, no link', () => {
    const { index } = tags(corpus);
    const labels = index.concepts.map((c) => c.label.toLowerCase());
    for (const absent of ['wikipedia', 'toread', 'outsourcing', 'augmented reality', 'ubiquitous computing']) expect(labels).not.toContain(absent);
    expect(labels.some((l) => l.includes('computer science'))).toBe(false);
  });

  it('comes after the pins, and gives way to a ban or a removal', () => {
    expect(tags(corpus, 'pin:\n  kittur: [crowdsourcing]').of('kittur').slice(0, 2)).toEqual(['Crowdsourcing', 'Mechanical Turk']);
    const banned = tags(corpus, 'ban:\n  - mechanical turk');
    expect(banned.index.concepts.some((c) => c.label === 'Mechanical Turk')).toBe(false);
    expect(banned.of('kittur')[0]).not.toMatch(/mechanical turk/i);
    const removed = tags(corpus, 'remove:\n  kittur: [Mechanical Turk]');
    expect(removed.of('kittur')).not.toContain('Mechanical Turk');
    expect(removed.of('soylent')).toContain('Mechanical Turk');
  });
});

describe('findPhrase', () => {
  const sentences = [0, 0, 0, 0, 1, 1];
  it('finds a run of word identities within a sentence, one written word standing for several', () => {
    expect(findPhrase(['amazon', 'mechanical', 'turk', 'worker', 'micro task', 'market'], sentences, 'mechanical turk')).toEqual({ start: 1, length: 2 });
    expect(findPhrase(['amazon', 'mechanical', 'turk', 'worker', 'micro task', 'market'], sentences, 'micro task market')).toEqual({ start: 4, length: 2 });
    expect(findPhrase(['amazon', 'mechanical', 'turk', 'worker', 'micro task', 'market'], sentences, 'micro')).toBeUndefined();
    expect(findPhrase(['amazon', 'mechanical', 'turk', 'worker', 'micro task', 'market'], sentences, 'worker micro task')).toBeUndefined();
    expect(findPhrase(['amazon'], [0], '')).toBeUndefined();
  });
});

describe('keywordHints', () => {
  const idOf = (phrase: string) => identity(phrase);
  const docs: DocumentText[] = [
    {
      id: 'a',
      title: 'Crowdsourcing user studies',
      abstract: "Micro-task markets, such as Amazon's Mechanical Turk, offer a paradigm for engaging many users.",
      keywords: ['mechanical turk', 'toread', 'engaging many users'],
    },
    { id: 'b', title: 'Game agents', abstract: 'Game agents use self-play to search large state spaces of board games.', keywords: ['mechanical turk'] },
  ];
  function hints(read: boolean[]) {
    const wordCase = new WordCase();
    const analysed = docs.map((d) => fromAnalysis(d.id, documentAnalysis(d), wordCase, idOf));
    const abbreviations = corpusAbbreviations(docs, analysed, idOf);
    const names = conceptNames(analysed, emptyOverrides(), abbreviations, idOf);
    const m = readMentions({ analysed, abbreviations, names, wordCase, idOf, bg: background() });
    const { folded, commonOnly, perDoc, tailFallback, docFreq } = m;
    return { docFreq, hints: keywordHints({ docs, read, analysed, idOf, folded, names, commonOnly, perDoc, tailFallback, docFreq, wordCase }) };
  }

  it('are the keywords a read paper writes, as its text writes them, and count the paper for one no candidate named', () => {
    const { hints: out, docFreq } = hints([true, true]);
    expect(out).toEqual([
      [
        { cid: idOf('Mechanical Turk'), surface: 'Mechanical Turk' },
        { cid: idOf('engaging many users'), surface: 'engaging many users' },
      ],
      [],
    ]);
    expect(docFreq.get(idOf('Mechanical Turk'))).toBe(1);
    expect(docFreq.get(idOf('engaging many users'))).toBe(1);
  });

  it('are none for a paper whose text is not read', () => {
    const { hints: out, docFreq } = hints([false, true]);
    expect(out).toEqual([[], []]);
    expect(docFreq.has(idOf('engaging many users'))).toBe(false);
  });
});
