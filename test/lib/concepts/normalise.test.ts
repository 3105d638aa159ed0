import { describe, expect, it } from 'vitest';
import { identity, singular, slugify, wordIdentity, PhraseWords } from '../../../src/lib/concepts/normalise';
import { findCandidates, DEFAULT_CANDIDATE_OPTIONS } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { slugify as paperSlug } from '../../../src/lib/normalise/slug';

describe('identity', () => {
  it('folds case, plural, hyphenation and inflection', () => {
    expect(identity('self-play')).toBe(identity('self play'));
    expect(identity('World Models')).toBe(identity('world model'));
    expect(identity('LLMs')).toBe(identity('LLM'));
    expect(identity('retrieval-augmented generation')).toBe(identity('Retrieval Augmented Generation'));
    expect(identity('graph neural network')).not.toBe(identity('neural network'));
  });

  it('keeps apart words the Porter stemmer joins across kinds', () => {
    // Porter gives each pair one stem ("correct", "univers", "gener", "organ", "experi", "object", "effect", "intern").
    const apart = [
      ['program correctness', 'program corrections'],
      ['university', 'universe'],
      ['universal', 'universe'],
      ['general', 'generation'],
      ['generic functions', 'generating functions'],
      ['organization', 'organ'],
      ['experiment', 'experience'],
      ['internet experiments', 'internet experience'],
      ['objective', 'object'],
      ['effective', 'effect'],
      ['international', 'internal'],
      ['inductance', 'induction'],
      // An -ion or -ment noun is not the bare verb, its agent noun or another word of Porter's stem.
      ['transition', 'transit'],
      ['institutions', 'institute'],
      ['iteration', 'iterator'],
      ['content management', 'contentment management'],
      ['quantum computers', 'quantum computation'],
      ['code generator', 'code generation'],
      ['activity', 'active'],
      ['policy', 'police'],
      // A gerund is a noun of its own: not the bare verb's noun, nor the agent noun (review 8).
      ['monitoring', 'monitors'],
      ['encoder', 'encoding'],
      ['encoders', 'encodings'],
      ['forecaster', 'forecasting'],
      ['publishers', 'publishing'],
      ['funding', 'funds'],
      ['mining', 'Mines'],
      ['coupling', 'couple'],
      ['packaging', 'packages'],
      ['failings', 'fails'],
      ['world modelling', 'world models'],
      // An agent noun is the doer or the device, not the act or the verb.
      ['robust controller', 'robust control'],
      ['optimizer', 'optimization'],
      // A noun in -ice is no -ic adjective.
      ['practical effects', 'practice effects'],
    ];
    for (const [a, b] of apart) expect(identity(a!), `${a} / ${b}`).not.toBe(identity(b!));
  });

  it('still folds inflections, an -ize verb with its act noun, and adjective spellings', () => {
    const same = [
      ['networks', 'network'],
      ['world modelling', 'world modeling'],
      ['encodings', 'encoding'],
      ['data mining', 'data-mining'],
      ['controllers', 'controller'],
      ['coupled oscillators', 'couple oscillator'],
      ['practices', 'practice'],
      ['policies', 'policy'],
      ['corrections', 'correction'],
      ['experiences', 'experience'],
      ['universities', 'university'],
      ['self-organization', 'self-organizing'],
      ['reasoning capabilities', 'reasoning capability'],
      ['test statistics', 'test statistic'],
      ['heuristics', 'heuristic'],
      // A singular in -us meets its plural in -uses and its verb's forms (Porter cut "virus" to "viru").
      ['computer viruses', 'computer virus'],
      ['focused', 'focus'],
      ['focuses', 'focus'],
      ['consensuses', 'consensus'],
      ['apparatuses', 'apparatus'],
    ];
    for (const [a, b] of same) expect(identity(a!), `${a} / ${b}`).toBe(identity(b!));
  });

  it('reads an -al or -ic adjective as its noun, and a gerund as its verb\'s -ion or -ment noun, where the collection\'s phrases have the noun', () => {
    // The noun phrases of a collection.
    const written = new PhraseWords([
      'behavior cloning', 'expert behaviors', 'behavioral cloning', 'computation model', 'operation costs', 'computational limits',
      'operational limits', 'experiments', 'experimental results', 'sign', 'signal', 'norm', 'normal vectors', 'formal methods',
      'form', 'general methods', 'generation', 'robot arms', 'robot manipulation', 'robotic manipulation', 'signal intervals', 'interv',
      'organ transplantation', 'organic compounds', 'digit recognition', 'digital twins', 'person detection', 'personal data',
      'simulation environment', 'parallel computation', 'self-improvement', 'quantum computers', 'iterator', 'iteration',
      'conversion', 'conversation', 'integration architecture', 'distribution systems', 'position', 'condition',
      // The gerunds, written beside a word their nouns are written beside (see the test below).
      'simulating environments', 'parallel computing', 'self-improving',
    ]);
    const same = [
      ['behavioral cloning', 'behavior cloning'],
      ['computational model', 'computation model'],
      ['operational costs', 'operation cost'],
      ['experimental study', 'experiment study'],
      ['robotic manipulation', 'robot manipulation'],
      // A gerund is its verb's -ion or -ment noun: both name the act.
      ['simulating environments', 'simulation environment'],
      ['parallel computing', 'parallel computation'],
      ['self-improving', 'self-improvement'],
    ];
    for (const [a, b] of same) expect(identity(a!, written), `${a} / ${b}`).toBe(identity(b!, written));
    // What is left is no word of the phrases ("gener"), or too short for Porter to take -al for a suffix.
    const apart = [
      ['general', 'generation'],
      ['signal', 'sign'],
      ['normal', 'norm'],
      ['formal', 'form'],
      // An adjective takes no inflection: a plural is a noun.
      ['intervals', 'interv'],
      // Only the gerund meets the noun: not the bare verb, an agent noun, or an -ed participle, which is
      // an adjective (review 8: "Integrated architecture" was "integration architecture").
      ['simulate', 'simulation'],
      ['simulated environment', 'simulation environment'],
      ['integrated architecture', 'integration architecture'],
      ['distributed systems', 'distribution systems'],
      // The verb is the -ion noun itself: "positioning" is not "position".
      ['global positioning', 'global position'],
      ['air conditioning', 'air condition'],
      ['quantum computers', 'quantum computation'],
      ['iterator', 'iteration'],
      // Two nouns of one Porter stem: the verb form is neither.
      ['conversing', 'conversion'],
      ['conversing', 'conversation'],
      // A noun the phrases have is not enough: an adjective meets it only where they write the two alike
      // ("behavioral cloning" and "behavior cloning", "robotic manipulation" and "robot manipulation").
      ['organic compounds', 'organ compounds'],
      ['organic', 'organ'],
      ['digital twins', 'digit twins'],
      ['personal data', 'person data'],
    ];
    for (const [a, b] of apart) expect(identity(a!, written), `${a} / ${b}`).not.toBe(identity(b!, written));
    // A collection whose phrases lack the noun keeps the adjective itself.
    expect(identity('behavioral cloning', new PhraseWords(['behavioral cloning']))).not.toBe(identity('behavior cloning'));
    // A short form names no noun: "DIGIT" (a system's name) does not make "digital" a noun's adjective.
    expect(identity('digital twins', new PhraseWords(['DIGIT benchmark', 'digital twins']))).not.toBe(identity('digit twins'));
    expect(identity('digital twins', new PhraseWords(['digit recognition', 'digital recognition', 'digital twins']))).toBe(identity('digit twins'));
  });

  it('reads a gerund as the -ion noun of its stem only where the phrases write the two alike (review 43: Editing was "also written as edition")', () => {
    const written = new PhraseWords([
      'plenoptic image editing', 'image editing', 'classroom edition', 'first edition', 'editing',
      'parallel computing', 'parallel computation', 'operating budgets', 'operational budgets', 'operation costs',
      'pattern formatting', 'crystal formation',
    ]);
    // A shared Porter stem ("edit", "format") is no sign of one word: an edition is no act of editing.
    for (const [a, b] of [['editing', 'edition'], ['image editing', 'image edition'], ['formatting', 'formation']]) {
      expect(identity(a!, written), `${a} / ${b}`).not.toBe(identity(b!, written));
    }
    // Written beside one same word, the gerund and the noun (or its -al adjective) are one: "parallel ...",
    // "... budgets".
    expect(identity('parallel computing', written)).toBe(identity('parallel computation', written));
    expect(identity('computing', written)).toBe(identity('computation', written));
    expect(identity('operating budgets', written)).toBe(identity('operational budgets', written));
    // Plurals and spellings fold as before, whatever the phrases.
    expect(identity('editings', written)).toBe(identity('editing', written));
    expect(identity('editions', written)).toBe(identity('edition', written));
    expect(identity('image modelling', written)).toBe(identity('image modeling', written));
  });

  it('folds a plain word by its inflections, and by Porter\'s later steps only where the phrases write the forms alike (review 43: a shared stem is no lexeme)', () => {
    // Porter gives each pair one stem ("fabric", "modul", "doctor", "analog", "valid").
    const apart = [
      ['silk fabric', 'fabricated devices'],
      ['software module', 'modulated signal'],
      ['doctor', 'doctorates'],
      ['analog circuits', 'analogy'],
      ['valid models', 'validated models'],
    ];
    const written = new PhraseWords([...apart.flat(), 'self-assembly', 'self-assembles', 'Ga atoms', 'gas atoms']);
    for (const [a, b] of apart) {
      expect(identity(a!), `${a} / ${b}`).not.toBe(identity(b!));
      expect(identity(a!, written), `${a} / ${b}`).not.toBe(identity(b!, written));
    }
    // Written beside one same word ("self"), the verb and its noun meet, as Porter's stem made them.
    expect(identity('self-assembles', written)).toBe(identity('self-assembly', written));
    // A word of two letters is no member: gallium atoms are no gas atoms.
    expect(identity('Ga atoms', written)).not.toBe(identity('gas atoms', written));
    // Inflections fold whatever the phrases: plurals, -ed and -ing forms, final -e.
    for (const [a, b] of [['coupled oscillators', 'couple oscillator'], ['validated', 'validate'], ['modules', 'module'], ['analogies', 'analogy']]) {
      expect(identity(a!), `${a} / ${b}`).toBe(identity(b!));
      expect(identity(a!, written), `${a} / ${b}`).toBe(identity(b!, written));
    }
  });

  it('keeps a field of study in -ics, and "news", apart from the adjective or word Porter cuts it to (review 43: physics = physical)', () => {
    const apart = [
      ['physics', 'physical'],
      ['nuclear physics', 'nuclear physical'],
      ['genetics', 'genetic'],
      ['population genetics', 'population genetic'],
      ['electronics', 'electronic'],
      ['economics', 'economic'],
      ['economics', 'economical'],
      ['logistics regression', 'logistic regression'],
      ['computer graphics', 'computer graphical'],
      ['kinetics', 'kinetic'],
      ['semantics', 'semantic'],
      ['mathematics', 'mathematical'],
      // After a combining form, and the fields English names in -omics and -tronics.
      ['biophysics', 'biophysical'],
      ['microelectronics', 'microelectronic'],
      ['pharmacokinetics', 'pharmacokinetic'],
      ['metabolomics', 'metabolomic'],
      ['mechatronics', 'mechatronic'],
      ['fake news', 'fake new'],
    ];
    const written = new PhraseWords(apart.flat());
    for (const [a, b] of apart) {
      expect(identity(a!), `${a} / ${b}`).not.toBe(identity(b!));
      expect(identity(a!, written), `${a} / ${b}`).not.toBe(identity(b!, written));
    }
    // The field is one word in every form a collection writes it.
    expect(identity('Nuclear Physics', written)).toBe(identity('nuclear physics', written));
    expect(identity('quantum-mechanics')).toBe(identity('quantum mechanics'));
  });

  it('reads an -ical adjective as its -ic word only where the phrases write the two alike, for the -ic word may be a noun of its own', () => {
    const written = new PhraseWords([
      'analytical model', 'analytic model', 'dynamical systems', 'dynamic systems', 'geometric constraints', 'geometrical constraints',
      'actor critic', 'critic network', 'critical path', 'mechanical properties', 'car mechanics', 'clinical trials', 'clinic visits',
      'test statistics', 'statistical tests', 'topic model', 'topical treatment',
    ]);
    const same = [
      ['analytical model', 'analytic model'],
      ['dynamical systems', 'dynamic systems'],
      ['geometrical constraints', 'geometric constraints'],
    ];
    for (const [a, b] of same) expect(identity(a!, written), `${a} / ${b}`).toBe(identity(b!, written));
    const apart = [
      ['critical', 'critic'],
      ['critical path', 'critic path'],
      ['mechanical', 'mechanics'],
      ['mechanical', 'mechanic'],
      ['clinical', 'clinic'],
      ['statistical', 'statistics'],
      ['topical', 'topic'],
    ];
    for (const [a, b] of apart) {
      expect(identity(a!, written), `${a} / ${b}`).not.toBe(identity(b!, written));
      // Without a collection's phrases, nothing says the two are one word.
      expect(identity(a!), `${a} / ${b}`).not.toBe(identity(b!));
    }
    expect(identity('analytical model')).not.toBe(identity('analytic model'));
  });

  it('reads a Latin or Greek plural as the singular the collection\'s phrases write (review 8: Criterion and Criteria)', () => {
    const written = new PhraseWords([
      'selection criterion', 'phenomenon', 'power spectrum', 'local maximum', 'sparse matrix', 'vertex cover', 'analysis',
      'hypothesis', 'stimulus', 'schema', 'stratum', 'datum', 'medium', 'knowledge base', 'basis',
    ]);
    const same = [
      ['selection criteria', 'selection criterion'],
      ['phenomena', 'phenomenon'],
      ['power spectra', 'power spectrum'],
      ['local maxima', 'local maximum'],
      ['sparse matrices', 'sparse matrix'],
      ['vertices', 'vertex'],
      ['analyses', 'analysis'],
      ['hypotheses', 'hypothesis'],
      ['stimuli', 'stimulus'],
      ['schemata', 'schema'],
      ['strata', 'stratum'],
    ];
    for (const [a, b] of same) expect(identity(a!, written), `${a} / ${b}`).toBe(identity(b!, written));
    const apart = [
      // Mass nouns of their own in English.
      ['data', 'datum'],
      ['social media', 'social medium'],
      // "bases" is the plural of "base" where the collection writes "base".
      ['knowledge bases', 'knowledge basis'],
      // A singular the collection never writes is no reading.
      ['devices', 'devex'],
    ];
    for (const [a, b] of apart) expect(identity(a!, written), `${a} / ${b}`).not.toBe(identity(b!, written));
    expect(identity('knowledge bases', written)).toBe(identity('knowledge base', written));
  });

  it('keeps C++, C# and F# apart from C and F', () => {
    const ids = ['C library', 'C++ library', 'C# library', 'F# code', 'F code'].map((p) => identity(p));
    expect(new Set(ids).size).toBe(5);
    expect(slugify('C++ library')).toBe('cpp-library');
    expect(slugify('C# library')).toBe('csharp-library');
    // Pluses between letters are arithmetic: nothing to spell out.
    expect(identity('a+b')).toBe(identity('a b'));
  });
});

describe('slugify', () => {
  it('makes URL-safe ASCII slugs', () => {
    expect(slugify('Retrieval-augmented generation')).toBe('retrieval-augmented-generation');
    expect(slugify('Schrödinger équation')).toBe('schrodinger-equation');
    expect(slugify('__proto__')).toBe('proto');
    expect(slugify('<script>')).toBe('script');
    expect(slugify('数据')).toBe('');
  });

  it('spells Greek as paper slugs do, so no id loses its letters or takes another concept\'s', () => {
    const ids = ['TNF-α', 'β-cyclodextrin', 'ΛCDM', 'α-synuclein', 'µ-opioid receptor', 'ϵ-greedy policy', 'ϕ-divergence', 'γδ T cells', 'σ₈'].map(slugify);
    expect(ids).toEqual(['tnf-alpha', 'beta-cyclodextrin', 'lambda-cdm', 'alpha-synuclein', 'mu-opioid-receptor', 'epsilon-greedy-policy', 'phi-divergence', 'gamma-delta-t-cells', 'sigma-8']);
    // As the paper page of a title with the letter is named (normalise/slug.ts).
    expect(slugify('IL-1β')).toBe(paperSlug('IL-1β'));
    expect(slugify('NF-κB')).toBe(paperSlug('NF-κB'));
    // A concept without Greek keeps its id.
    expect(slugify('Opioid receptor')).toBe('opioid-receptor');
    expect(slugify('T cells')).toBe('t-cells');
  });
});

describe('findCandidates', () => {
  const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).values()].filter((c) => c.occurrences.length > 0).map((c) => c.key);

  it('takes noun phrases with their modifiers, joined hyphenated words and singular heads', () => {
    const k = keys('We propose a novel retrieval-augmented generation method for large language models.');
    expect(k).toContain('retrieval augmented generation method');
    expect(k).toContain('large language model');
    // "novel" is evaluative, never part of the topic.
    expect(k.some((x) => x.startsWith('novel'))).toBe(false);
  });

  it('never yields discourse nouns, numbers or function words alone', () => {
    const k = keys('In this paper, the results of 3 experiments show that our approach works.');
    for (const bad of ['paper', 'result', 'approach', '3', 'this paper', 'experiment']) expect(k).not.toContain(bad);
  });

  it('takes no cited names of people or journals, and no part numbers of a title', () => {
    const k = keys('Thermoacoustic tomography. I. Planar geometry. Following J.M. Ferrandiz, Ronald F. Brender and H.B. Hunt III (SIAM J. Numer. Anal.), we study U.S. Army logistics.');
    expect(k).toContain('planar geometry');
    expect(k).toContain('u.s. army logistics');
    for (const name of ['ferrandiz', 'brender', 'hunt', 'numer']) expect(k.some((x) => x.includes(name))).toBe(false);
    expect(k.some((x) => x.startsWith('i. '))).toBe(false);
  });

  it('keeps phrases inside phrases as nested occurrences', () => {
    const c = findCandidates(tokenize('Self-play agents beat open-domain question answering benchmarks.'), DEFAULT_CANDIDATE_OPTIONS);
    expect(c.get('self play')?.nested.length).toBe(1);
    expect(c.get('question answering benchmark')?.nested.length).toBe(1);
    expect(c.get('self play agent')?.occurrences.length).toBe(1);
  });
});

describe('tokenize', () => {
  it('keeps math, markup and URLs out of phrases', () => {
    const k = [...findCandidates(tokenize('The Rényi $\\alpha$-divergence of <img src=x onerror=alert(1)> graphs, see https://example.org/a-b and @user.'), DEFAULT_CANDIDATE_OPTIONS).keys()];
    expect(k.some((x) => /alpha|img|src|onerror|example|user|https/.test(x))).toBe(false);
    expect(k).toContain('graph');
  });

  it('joins hyphenated and glued words but not contractions', () => {
    const words = tokenize("GPT-4 can't beat self-play on 3D scenes.").map((w) => w.text);
    expect(words).toContain('GPT-4');
    expect(words).toContain('self-play');
    expect(words).toContain('3D');
    expect(words).not.toContain("can't");
  });

  it('keeps names that end in symbols whole, and arithmetic out', () => {
    const words = tokenize('A C++ library, a C# compiler and F# code, built with g++; the sum a++b.').map((w) => w.text);
    for (const name of ['C++', 'C#', 'F#', 'g++']) expect(words).toContain(name);
    expect(words).not.toContain('a++b');
    const k = [...findCandidates(tokenize('We present a C++ template library for sparse tensors.'), DEFAULT_CANDIDATE_OPTIONS).keys()];
    expect(k).toContain('cpp template library');
  });

  it('keeps formulas in Unicode math symbols out of phrases', () => {
    const k = [...findCandidates(tokenize('We constrain the parameter ΩΛ≡ρΛ/ρcrit and the field strength Faμν+MFaμν−FαβbFbαβ with supernova data.'), DEFAULT_CANDIDATE_OPTIONS).keys()];
    expect(k.some((x) => /[≡−Ωρμ]/.test(x))).toBe(false);
    expect(k).toContain('supernova data');
    expect(k).toContain('field strength');
  });
});

describe('singular of British -re plurals', () => {
  it('keeps the spelling of the text', () => {
    expect(singular('centres', 'center')).toBe('centre');
    expect(singular('centre', 'center')).toBe('centre');
    expect(singular('studies', 'study')).toBe('study');
  });
});

describe('wordIdentity against a collection\'s phrase words', () => {
  /** Phrase words that count how often they are asked about a word. */
  class CountingWords extends PhraseWords {
    asked = 0;
    override has(word: string): boolean {
      this.asked++;
      return super.has(word);
    }
  }

  it('reads each word once per collection (the mentions read every word of every abstract)', () => {
    const written = new CountingWords(['selection criterion', 'robot arm', 'robotic arm']);
    expect(wordIdentity('criteria', written)).toBe(identity('criterion'));
    expect(wordIdentity('robotic', written)).toBe(identity('robot'));
    const asked = written.asked;
    expect(asked).toBeGreaterThan(0);
    for (let k = 0; k < 3; k++) {
      expect(wordIdentity('criteria', written)).toBe(identity('criterion'));
      expect(wordIdentity('robotic', written)).toBe(identity('robot'));
    }
    expect(written.asked).toBe(asked);
  });

  it('keeps each collection\'s readings apart', () => {
    const withSingular = new PhraseWords(['selection criterion']);
    const without = new PhraseWords(['selection rule']);
    expect(wordIdentity('criteria', withSingular)).toBe(identity('criterion'));
    expect(wordIdentity('criteria', without)).not.toBe(identity('criterion'));
    expect(wordIdentity('criteria', withSingular)).toBe(identity('criterion'));
    expect(wordIdentity('criteria')).toBe(wordIdentity('criteria', without));
  });
});

describe('two-letter words and the short words Porter cuts to two letters (review 18 H1: "Ag" was an alias of "Age")', () => {
  it('keeps an element symbol or a group apart from the English word whose stem it spells', () => {
    for (const [symbol, word] of [['Ag', 'age'], ['Ag', 'ages'], ['Bu', 'bus'], ['Sn', 'sns'], ['us', 'use']]) {
      expect(identity(symbol!), `${symbol} / ${word}`).not.toBe(identity(word!));
    }
    expect(identity('silver Ag nanoparticles')).not.toBe(identity('silver age nanoparticles'));
  });

  it('still folds the short word\'s own forms together', () => {
    expect(identity('ages')).toBe(identity('age'));
    expect(identity('aged')).toBe(identity('age'));
    expect(identity('uses')).toBe(identity('use'));
    expect(identity('used')).toBe(identity('use'));
    expect(identity('Ag')).toBe(identity('ag'));
  });
});

describe('British and American spellings (review 18 M3: "chemical vapour deposition" beside "chemical vapor deposition")', () => {
  const written = new PhraseWords(['chemical vapor deposition', 'fiber optics', 'analyzed data', 'color images', 'product catalog', 'missile defense', 'tour guide']);

  it('reads a British word as the American one the collection writes', () => {
    const same = [
      ['chemical vapour deposition', 'chemical vapor deposition'],
      ['fibre optics', 'fiber optics'],
      ['analysed data', 'analyzed data'],
      ['colour image', 'color images'],
      ['coloured images', 'colored images'],
      ['product catalogue', 'product catalog'],
      ['missile defence', 'missile defense'],
    ];
    for (const [a, b] of same) expect(identity(a!, written), `${a} / ${b}`).toBe(identity(b!, written));
  });

  it('leaves a word alone where the collection writes no American spelling of it, and words too short to be one', () => {
    for (const [a, b] of [['contour', 'contor'], ['tour', 'tor'], ['licence', 'license'], ['four', 'for']]) {
      expect(identity(a!, written), `${a} / ${b}`).not.toBe(identity(b!, written));
    }
    expect(identity('chemical vapour deposition')).not.toBe(identity('chemical vapor deposition'));
    // "analyses" is the plural of "analysis" as often as a verb.
    expect(identity('detailed analyses', written)).not.toBe(identity('detailed analyzes', written));
  });
});

describe('singular', () => {
  it('keeps a noun whose form in -s is its singular, whatever the lemma says (review 20 L7)', () => {
    expect(singular('species', 'specie')).toBe('species');
    expect(singular('mechanics', 'mechanic')).toBe('mechanics');
    expect(singular('physics', 'physic')).toBe('physics');
    expect(singular('news', 'new')).toBe('news');
    // A field after a combining form, and the fields in -omics and -tronics.
    expect(singular('biophysics', 'biophysic')).toBe('biophysics');
    expect(singular('bioinformatics', 'bioinformatic')).toBe('bioinformatics');
    expect(singular('transcriptomics', 'transcriptomic')).toBe('transcriptomics');
    expect(singular('spintronics', 'spintronic')).toBe('spintronics');
  });
  it('still takes the singular of an -ics word that has one, and of a plural', () => {
    expect(singular('metrics', 'metric')).toBe('metric');
    expect(singular('heuristics', 'heuristic')).toBe('heuristic');
    expect(singular('harmonics', 'harmonic')).toBe('harmonic');
    expect(singular('sinews', 'sinew')).toBe('sinew');
    expect(singular('models', 'model')).toBe('model');
  });
});

