import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { namedKinds, type KindCandidate } from '../../../src/lib/concepts/named-kinds';
import { identityWords } from '../../../src/lib/concepts/normalise';

/** A concept named by `label` (its cid the label's identity words), with its own short forms. */
function named(label: string, ...shorts: string[]): KindCandidate {
  const ids = identityWords(label);
  return { cid: ids.join(' '), names: [{ ids, text: label }, ...shorts.map((s) => ({ ids: identityWords(s), text: s }))] };
}

/** The kinds namedKinds finds among `concepts`, as "narrower > broader" lines of labels, lowercase. */
function kinds(concepts: KindCandidate[]): string[] {
  const label = new Map(concepts.map((c) => [c.cid, c.names[0]!.text.toLowerCase()]));
  return [...namedKinds(concepts)].flatMap(([n, bs]) => bs.map((b) => `${label.get(n)} > ${label.get(b)}`)).sort();
}

describe('namedKinds: a name made of modifiers and another concept\'s name is a kind of it', () => {
  const rl = named('Reinforcement learning', 'RL');

  it('whatever the broader concept\'s words, and however many they are (review 41 finding 4)', () => {
    const found = kinds([rl, named('Offline reinforcement learning'), named('Model-based reinforcement learning'), named('Higgs boson'), named('Boson')]);
    expect(found).toEqual([
      'higgs boson > boson',
      'model-based reinforcement learning > reinforcement learning',
      'offline reinforcement learning > reinforcement learning',
    ]);
  });

  it('through the broader concept\'s short form, and through the narrower one\'s own ("meta-RL")', () => {
    expect(kinds([rl, named('Offline RL')])).toEqual(['offline rl > reinforcement learning']);
    expect(kinds([rl, named('Meta-reinforcement learning', 'meta-RL')])).toEqual(['meta-reinforcement learning > reinforcement learning']);
  });

  it('through a short form only where the name writes it: one spelled otherwise may stand for another long form', () => {
    // An id that holds a short form the corpus expanded wrongly ("MS" as management science), labelled as written.
    const dos: KindCandidate = { cid: 'management scienc DOS', names: [{ ids: ['management', 'scienc', 'DOS'], text: 'MS-DOS' }] };
    expect(kinds([named('Density of states', 'DOS'), dos])).toEqual([]);
    expect(kinds([named('Domain randomization', 'DR'), named('Visual DR')])).toEqual(['visual dr > domain randomization']);
    expect(kinds([named('Markov decision process', 'MDP'), named('Observable MDPs')])).toEqual(['observable mdps > markov decision process']);
  });

  it('through the narrower concept\'s own short form only where its full name ends in the broader one\'s', () => {
    expect(kinds([named('Domain randomization', 'DR'), named('Humanitarian assistance/disaster relief', 'HA/DR')])).toEqual([]);
  });

  it('lists every concept the name ends in, the nearer and the farther', () => {
    const found = kinds([rl, named('Agents'), named('Reinforcement learning agent'), named('Deep reinforcement learning agent')]);
    expect(found).toEqual([
      'deep reinforcement learning agent > agents',
      'deep reinforcement learning agent > reinforcement learning agent',
      'reinforcement learning agent > agents',
    ]);
  });

  it('not where the name\'s head comes before a function word ("International Olympiad in Informatics", "Trial-and-error")', () => {
    expect(kinds([named('Informatics'), named('International Olympiad in Informatics'), named('Error'), named('Trial-and-error')])).toEqual([]);
  });

  it('not where a word other than a prefix of kind is hyphened to the head ("Vision-language", "Decision-making")', () => {
    expect(kinds([named('Language'), named('Vision-language'), named('Making'), named('Decision-making')])).toEqual([]);
    expect(kinds([named('Learning'), named('Meta-learning')])).toEqual(['meta-learning > learning']);
    // Nor a word hyphened to a short form, which makes a name of its own that may mean another thing.
    expect(kinds([named('Flying phobia', 'FP'), named('LISFLOOD-FP')])).toEqual([]);
  });

  it('not a prefix before a head of two words, which may qualify its first word alone ("Self-supervised learning")', () => {
    expect(kinds([named('Supervised learning'), named('Self-supervised learning')])).toEqual([]);
    expect(kinds([named('Learning'), named('Self-supervised learning')])).toEqual(['self-supervised learning > learning']);
  });

  it('not a name written with a capital after the hyphen ("Meta-World")', () => {
    expect(kinds([named('World'), named('Meta-World')])).toEqual([]);
  });

  it('not where the modifiers hold any preposition ("Domain randomization via entropy maximization", as "DORAEMON")', () => {
    const doraemon: KindCandidate = { cid: 'domain randomiz via entropi maximiz', names: [{ ids: ['domain', 'randomiz', 'via', 'entropi', 'maximiz'], text: 'DORAEMON' }] };
    expect(kinds([{ cid: 'entropi maximiz', names: [{ ids: ['entropi', 'maximiz'], text: 'Entropy maximization' }] }, doraemon])).toEqual([]);
  });

  it('not two names joined by a slash ("HTML/XML documents"), but a possessive ("Earth\'s magnetic field")', () => {
    expect(kinds([named('XML documents'), named('HTML/XML documents')])).toEqual([]);
    expect(kinds([named('Magnetic field'), named('Earth\'s magnetic field')])).toEqual(["earth's magnetic field > magnetic field"]);
  });

  it('reads the words a label writes as its id does, up to the first that differs ("Non-congestion-controlled TCP")', () => {
    const tcp: KindCandidate = { cid: 'transmission control protocol', names: [{ ids: ['transmission', 'control', 'protocol'], text: 'Transmission control protocol' }, { ids: ['TCP'], text: 'TCP' }] };
    const ids = ['congestion', 'control', 'transmission', 'control', 'protocol'];
    const controlled: KindCandidate = { cid: ids.join(' '), names: [{ ids, text: 'Congestion-controlled TCP' }] };
    const non: KindCandidate = { cid: `non ${ids.join(' ')}`, names: [{ ids: ['non', ...ids], text: 'Non-congestion-controlled TCP' }] };
    const wordId = (w: string) => ({ Non: 'non', congestion: 'congestion', controlled: 'control', Congestion: 'congestion' })[w] ?? w;
    const found = [...namedKinds([tcp, controlled, non], wordId)].map(([n, bs]) => `${n} > ${bs.join(', ')}`);
    expect(found).toEqual([`${ids.join(' ')} > transmission control protocol`, `non ${ids.join(' ')} > transmission control protocol`]);
  });

  it('not a proper name of another proper name ("John McCarthy", "Trojan Horse SubSeven"), but of a common noun\'s concept', () => {
    expect(kinds([named('McCarthy'), named('John McCarthy'), named('SubSeven'), named('Trojan Horse SubSeven')])).toEqual([]);
    expect(kinds([named('Policy optimization'), named('Proximal Policy Optimization')])).toEqual(['proximal policy optimization > policy optimization']);
    // Capitals that write an abbreviation make no proper name.
    expect(kinds([named('Constraint Satisfaction Problem', 'CSP'), named('Numeric CSPs')])).toEqual(['numeric csps > constraint satisfaction problem']);
  });

  it('not a concept of its own name', () => {
    expect(kinds([rl])).toEqual([]);
  });
});

// Papers that name kinds of reinforcement learning, which is itself a concept of two words that many papers share
// (review 41 finding 4: the bundled RL corpus had no "A kind of" link; only one-word nouns got narrower concepts).
const docs = [
  { id: 'a', abstract: 'Offline reinforcement learning learns policies from logged data without interaction.' },
  { id: 'b', abstract: 'Offline reinforcement learning suffers from distribution shift in logged data.' },
  { id: 'c', abstract: 'Walking robots master rough terrain with reinforcement learning.' },
  { id: 'd', abstract: 'Flying robots hold course in strong wind with reinforcement learning.' },
].map((d) => ({ ...d, title: '' }));

describe('the concept index lists a concept named by modifiers before another among its kinds', () => {
  const index = extractConcepts(docs, { perPaper: 8 });
  const byLabel = new Map(index.concepts.map((c) => [c.label.toLowerCase(), c]));

  it('"Offline reinforcement learning" under "Reinforcement learning"', () => {
    const offline = byLabel.get('offline reinforcement learning');
    expect(offline, 'a concept').toBeDefined();
    expect(byLabel.get('reinforcement learning')?.narrower).toContain(offline!.id);
    expect(offline!.narrower).toBeUndefined();
  });
});
