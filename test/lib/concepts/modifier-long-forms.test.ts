import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { modifierLongForms, type ModifierInput } from '../../../src/lib/concepts/modifier-long-forms';
import type { DocumentText } from '../../../src/lib/model/paper';

describe('modifierLongForms', () => {
  // Papers' words as identities, "|" for punctuation, as corpus-abbreviations.ts `textOf` gives them.
  const texts = [
    ' a tune method for proportion integral derivativ | PID | controller | the PID controller is tuned ',
    ' we design the proportion integral derivativ | PID | controller for a process ',
    ' tuned proportion integral derivativ controller beat a PID ',
  ];
  const input = (over: Partial<ModifierInput> = {}): ModifierInput => ({
    defined: [
      { shortId: 'PID', longId: 'proportion integral derivativ', doc: 0 },
      { shortId: 'PID', longId: 'proportion integral derivativ', doc: 1 },
    ],
    spelledOtherwise: new Set(),
    papers: texts.length,
    textOf: (doc) => texts[doc]!,
    phrasesOf: (doc) =>
      [[{ id: 'PID controller', whole: true }], [{ id: 'controller', whole: true }], [{ id: 'tuned proportion integral derivativ controller', whole: true }]][doc]!,
    noHead: (id) => ['the', 'model', 'method'].includes(id),
    namesAThing: () => false,
    ...over,
  });

  it('finds the one noun a long form is always written before, after its brackets or straight on', () => {
    expect(modifierLongForms(input())).toEqual(new Map([['proportion integral derivativ', 'controller']]));
  });

  it('leaves a long form that some paper writes before another word', () => {
    const other = [...texts.slice(0, 2), ' the proportion integral derivativ control of a plant '];
    const phrases = [[{ id: 'PID controller', whole: true }], [], [{ id: 'proportion integral derivativ control', whole: true }]];
    expect(modifierLongForms(input({ textOf: (doc) => other[doc]!, phrasesOf: (doc) => phrases[doc]! })).size).toBe(0);
  });

  it('leaves a long form that a definition writes before a verb or a full stop', () => {
    const other = [texts[0]!, ' we design the proportion integral derivativ | PID | | it is tuned ', texts[2]!];
    expect(modifierLongForms(input({ textOf: (doc) => other[doc]! })).size).toBe(0);
  });

  it('leaves a long form before a word for a kind of thing, or one that ends in a noun', () => {
    const models = texts.map((t) => t.replaceAll('controller', 'model'));
    const phrases = [[{ id: 'PID model', whole: true }], [], []];
    expect(modifierLongForms(input({ textOf: (doc) => models[doc]!, phrasesOf: (doc) => phrases[doc]! })).size).toBe(0);
    expect(modifierLongForms(input({ namesAThing: (doc) => doc === 1 })).size).toBe(0);
  });

  it('leaves a long form whose noun no paper writes as a phrase with it', () => {
    expect(modifierLongForms(input({ phrasesOf: () => [{ id: 'controller', whole: true }] })).size).toBe(0);
  });
});

// Review 43: the Inspec test library showed "Proportional-integral-derivative (PID)" beside "PID controller".
const pid: DocumentText[] = [
  {
    id: 'tuning',
    title: 'New tuning method for PID controller',
    abstract:
      'In this paper, a tuning method for proportional-integral-derivative (PID) controller and the performance assessment formulas for this method are proposed. ' +
      'The rules for assessing the performance of a PID controller tuned by the proposed method are also given.',
  },
  {
    id: 'design',
    title: 'Design PID controllers for desired time-domain response',
    abstract:
      'Although numerous methods have been developed for the design of the proportional-integral-derivative (PID) controller, little work has been done on the ' +
      'time-domain response. We design a suboptimal PID controller for a nominal stable process with time delay.',
  },
  {
    id: 'comparison',
    title: 'Performance comparison between PID and dead-time compensating controllers',
    abstract:
      'When can a simple dead-time compensator be expected to perform better than a PID? The integrated absolute error is compared for PID controllers. ' +
      'Each PID controller is tuned for equal robustness.',
  },
];

const others: DocumentText[] = Array.from({ length: 12 }, (_, k) => ({
  id: `soil-${k}`,
  title: `Soil erosion on slope ${k}`,
  abstract: `Rainfall moves topsoil downhill on slope ${k}; terraces and grass strips slow the runoff.`,
}));

describe('a short form defined inside a longer name', () => {
  const names = (c: { label: string; aliases: string[]; abbreviation?: string }) => [c.label, c.abbreviation ?? '', ...c.aliases].map((n) => n.toLowerCase());

  it('is one concept for the name, its long form another name of it, and no concept for the modifier', () => {
    const index = extractConcepts([...pid, ...others], { perPaper: 8 });
    const found = index.concepts.filter((c) => names(c).some((n) => /\bpid\b|proportional/.test(n)));
    // Named as the papers write it most ("PID controller" five times, the long form twice).
    expect(found.map((c) => c.label)).toEqual(['PID controller']);
    expect(names(found[0]!)).toEqual(expect.arrayContaining(['pid', 'proportional-integral-derivative controller']));
    // The bare "PID" of a paper that never writes the long form is that controller too.
    expect([...found[0]!.papers].sort()).toEqual(['comparison', 'design', 'tuning']);
    // "PID controller (PID)" would say the short form twice.
    expect(found[0]!.abbreviation).toBeUndefined();
  });

  it('stays a concept of its own where the papers write the long form as a name alone', () => {
    const alone: DocumentText = {
      id: 'alone',
      title: 'Proportional-integral-derivative tuning rules',
      abstract: 'Proportional-integral-derivative is the most used law in process control, and the PID law has three gains.',
    };
    const index = extractConcepts([...pid, alone, ...others], { perPaper: 8 });
    // "Proportional-integral-derivative is …": the long form names a thing, which the bare "PID" stands for.
    expect(index.concepts.find((c) => c.abbreviation === 'PID')?.label).toMatch(/^proportional-integral-derivative$/i);
  });
});
