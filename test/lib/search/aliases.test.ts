import { describe, expect, it } from 'vitest';
import { buildAliasMap, expandQuery, normaliseForm, ordinaryWordStems, readAliasMap, wordsOnlyQuery } from '../../../src/lib/search/aliases';
import { umlautSpellings } from '../../../src/lib/search/german-spellings';

const registry = [
  { label: 'Retrieval-augmented generation', aliases: ['retrieval augmented generation', 'RAG'], abbreviation: 'RAG' },
  { label: 'Reinforcement learning', aliases: ['RL'], abbreviation: 'RL' },
  { label: 'Reinforcement learning from human feedback', aliases: [], abbreviation: 'RLHF' },
  { label: 'Diffusion model', aliases: [] },
];

describe('buildAliasMap', () => {
  it('groups each concept’s distinct normalised forms and drops concepts with only one form', () => {
    expect(buildAliasMap(registry, new Set()).groups).toEqual([
      ['retrieval augmented generation', 'rag'],
      ['reinforcement learning', 'rl'],
      ['reinforcement learning from human feedback', 'rlhf'],
    ]);
  });

  it('leaves out inflections that stem alike, which Pagefind already matches', () => {
    const map = buildAliasMap([
      { label: 'Action models', aliases: ['action model'] },
      { label: 'Large language models', aliases: ['large language model', 'LLMs'], abbreviation: 'LLM' },
    ], new Set());
    expect(map.groups).toEqual([['large language models', 'llm']]);
  });

  it('leaves out a short form that spells a word several papers write, and keeps one that does not', () => {
    // Pagefind folds case: "SPaCE" would search every "space", "GA" every "gas"; "RAG" spells no word here.
    const papers = ordinaryWordStems([
      'Self-paced context evaluation (SPaCE) orders training tasks by how well the agent already does.',
      'Every bounded sequence in a reflexive Banach space has a weakly convergent subsequence.',
      'A state space model of the plant is identified from closed-loop data.',
      'Microvalves that meter gas at low flow rates are fabricated in silicon.',
      'Instability of the gas metal arc is filmed at high speed.',
      'We use genetic algorithms (GAs) to schedule jobs. RAG is compared with it.',
    ]);
    const map = buildAliasMap(
      [
        { label: 'Self-paced context evaluation', abbreviation: 'SPaCE', aliases: ['SPaCE'] },
        { label: 'Genetic algorithm', abbreviation: 'GA', aliases: ['GAs', 'genetic algorithms'] },
        { label: 'Retrieval-augmented generation', abbreviation: 'RAG', aliases: [] },
      ],
      papers,
    );
    expect(map.groups).toEqual([['retrieval augmented generation', 'rag']]);
    expect(expandQuery('space', map)).toEqual(['space']);
    expect(expandQuery('gas', map)).toEqual(['gas']);
  });

  it('leaves out a short form that names more than one concept (review 18 H1: "EU" was end users and the European Union)', () => {
    const map = buildAliasMap(
      [
        { label: 'End users', abbreviation: 'EU', aliases: ['EU', 'end user'] },
        { label: 'EU', aliases: [] },
        { label: 'Magnetic resonance', abbreviation: 'MR', aliases: ['MR'] },
        { label: 'Multiresolution', abbreviation: 'MR', aliases: ['MR'] },
        { label: 'Extensible Markup Language', abbreviation: 'XML', aliases: ['XML'] },
      ],
      new Set(),
    );
    expect(map.groups).toEqual([['extensible markup language', 'xml']]);
    expect(expandQuery('EU', map)).toEqual(['EU']);
    expect(expandQuery('MR images', map)).toEqual(['MR images']);
  });

  it('leaves out a name in the possessive of another of its names (review 18 M3: "dae s")', () => {
    const map = buildAliasMap([{ label: 'Differential algebraic equations', abbreviation: 'DAE', aliases: ['DAE', "DAE's"] }], new Set());
    expect(map.groups).toEqual([['differential algebraic equations', 'dae']]);
  });

  it('never expands a short form that spells an English function word, whatever the papers write', () => {
    const map = buildAliasMap(
      [
        { label: 'Information systems', abbreviation: 'IS', aliases: ['information system'] },
        { label: 'Information technology', abbreviation: 'IT', aliases: [] },
      ],
      ordinaryWordStems(['Information systems (IS) and information technology (IT) budgets of 40 firms.']),
    );
    expect(map.groups).toEqual([]);
    expect(expandQuery('is', map)).toEqual(['is']);
  });

  it('counts a paper once for a stem however many of its words it writes', () => {
    // "modelling", "models" and "modelled" are one stem, written by one paper until a second writes "model".
    expect(ordinaryWordStems(['Modelling with models: modelled flows.', 'Fluids flow.']).has('model')).toBe(false);
    expect(ordinaryWordStems(['Modelling with models: modelled flows.', 'Fluids flow in a model.']).has('model')).toBe(true);
    expect(ordinaryWordStems(['Modelling with models: modelled flows.', 'Fluids flow in a model.']).has('flow')).toBe(true);
  });

  it('keeps a short form whose lowercase spelling one paper writes, or any paper writes only in a URL, a TeX command, a name or a contraction', () => {
    const papers = ordinaryWordStems([
      'Reinforcement learning (RL) agents pretrained on video. Our project page: https://lfvoid-rl.github.io/.',
      'Code at lfvoid-rl.github.io and www.example.org/rl; see also sites.google.com/view/entity-centric-rl.',
      'Unlike previous meta-rl methods, we infer the task from a few transitions.',
      'Charts for statistical process control (SPC) are drawn with the \\spc macro set of Ann Smith.',
      'Ann Jones trains an artificial neural network (ANN). "We\'ve streamlined the whole process," she said.',
      'A virtual environment (VE) for training. We\'ve tested it with `rl.step()` calls.',
    ]);
    const map = buildAliasMap(
      [
        { label: 'Reinforcement learning', abbreviation: 'RL', aliases: ['RL'] },
        { label: 'Statistical process control', abbreviation: 'SPC', aliases: [] },
        { label: 'Artificial neural network', abbreviation: 'ANN', aliases: ['ANNs'] },
        { label: 'Virtual environment', abbreviation: 'VE', aliases: [] },
      ],
      papers,
    );
    expect(map.groups).toEqual([
      ['reinforcement learning', 'rl'],
      ['statistical process control', 'spc'],
      ['artificial neural network', 'ann'],
      ['virtual environment', 've'],
    ]);
    expect(expandQuery('RL', map)).toEqual(['RL', 'reinforcement learning']);
  });

  it('keeps hostile text as plain words', () => {
    const map = buildAliasMap([{ label: '<script>alert(1)</script>', aliases: ['__proto__'] }], new Set());
    expect(map.groups).toEqual([['script alert 1 script', 'proto']]);
  });
});

describe('normaliseForm', () => {
  it('lower-cases and turns hyphens and punctuation into single spaces', () => {
    expect(normaliseForm('  Retrieval-Augmented   Generation (RAG) ')).toBe('retrieval augmented generation rag');
  });

  it('spells a name as search spells it, so a concept written with a Greek letter meets its query', () => {
    expect(normaliseForm('ΛCDM model')).toBe(normaliseForm('LambdaCDM model'));
    expect(normaliseForm('TNF-α')).toBe('tnf alpha');
  });

  it('matches an acronym ending in S by its letters, in any case (review 16 M4: search guards its S from the stemmer)', () => {
    expect(normaliseForm('Integrated Forecasting System (IFS)')).toBe('integrated forecasting system ifs');
    expect(normaliseForm('ECS')).toBe(normaliseForm('ecs'));
  });
});

describe('expandQuery', () => {
  const map = buildAliasMap(registry, new Set());

  it('expands an abbreviation to its long form', () => {
    expect(expandQuery('RAG', map)).toEqual(['RAG', 'retrieval augmented generation']);
  });

  it('expands a long form to its abbreviation, keeping the other words', () => {
    expect(expandQuery('retrieval-augmented generation benchmarks', map)).toEqual([
      'retrieval-augmented generation benchmarks',
      'rag benchmarks',
    ]);
  });

  it('prefers the longest concept and does not expand a concept nested inside it', () => {
    expect(expandQuery('reinforcement learning from human feedback', map)).toEqual([
      'reinforcement learning from human feedback',
      'rlhf',
    ]);
  });

  it('matches whole words only', () => {
    expect(expandQuery('ragged arrays', map)).toEqual(['ragged arrays']);
    expect(expandQuery('Self-RAG', map)).toEqual(['Self-RAG', 'self retrieval augmented generation']);
  });

  it('expands a spelling alias whatever ending the query and the forms have (review 9 M1: tumour / tumor)', () => {
    // The concept stage keeps the label in the plural and the other spelling as an alias (content/concepts.json).
    const spellings = buildAliasMap([{ label: 'Disks', aliases: ['discs', 'disk'] }], new Set());
    expect(spellings.groups).toEqual([['disks', 'discs']]);
    expect(expandQuery('disk galaxies', spellings)).toEqual(['disk galaxies', 'discs galaxies']);
    expect(expandQuery('disc', spellings)).toEqual(['disc', 'disks']);
    // A listed British spelling is the American one to search (spelling-variants.ts): no group is needed.
    expect(buildAliasMap([{ label: 'Tumors', aliases: ['tumours', 'tumor'] }], new Set()).groups).toEqual([]);
  });

  it('returns nothing for a blank query and honours the limit', () => {
    expect(expandQuery('   ', map)).toEqual([]);
    expect(expandQuery('rag rl', map, 2)).toHaveLength(2);
  });
});

describe('readAliasMap', () => {
  it('accepts the shape it writes and ignores anything else', () => {
    expect(readAliasMap({ version: 1, groups: [['a', 'b'], ['c'], 'x', [1, 'd', 'e']] }).groups).toEqual([
      ['a', 'b'],
      ['d', 'e'],
    ]);
    expect(readAliasMap(null).groups).toEqual([]);
    expect(readAliasMap({ groups: 'nope' }).groups).toEqual([]);
  });
});

describe('wordsOnlyQuery', () => {
  it('gives the words of a query that punctuation may keep from matching', () => {
    expect(wordsOnlyQuery('<script>')).toBe('script');
    expect(wordsOnlyQuery(' "script" ')).toBe('script');
    // A hyphenated word stays one, as the index holds it.
    expect(wordsOnlyQuery('GPT-4o, RLHF')).toBe('gpt-4o rlhf');
    expect(wordsOnlyQuery('<difference-in-differences>')).toBe('difference-in-differences');
  });

  it('does not search a hyphenated word the index lacks as its parts (review 15 M4: "difference-in-differences" found 24 papers with "difference" and "in")', () => {
    expect(wordsOnlyQuery('difference-in-differences')).toBeUndefined();
    expect(wordsOnlyQuery('Cost-effectiveness')).toBeUndefined();
  });

  it('is undefined when there is nothing else to try', () => {
    expect(wordsOnlyQuery('Script injection')).toBeUndefined();
    expect(wordsOnlyQuery('<>!')).toBeUndefined();
    expect(wordsOnlyQuery('')).toBeUndefined();
  });
});

describe('German spellings of umlauts', () => {
  it('pair each word the papers write with ä, ö or ü with its ae/oe/ue spelling, in search spelling', () => {
    expect(
      umlautSpellings([
        'Field-Effect Modulation of the Conductance of Single Molecules\nWe report ...\nJan Hendrik Schön\nHong Meng',
        'Über die Bewegung\nBrownsche Bewegung in Flüssigkeiten.\nDavid Müller\nÖzlem Türeci',
        "Poincaré and Groß, no umlaut; Gödel's theorem, one.",
      ]),
    ).toEqual([
      ['fluessigkeiten', 'flüssigkeiten'],
      ['goedel', 'gödel'],
      ['mueller', 'müller'],
      ['oezlem', 'özlem'],
      ['schoen', 'schön'],
      ['tuereci', 'türeci'],
      ['ueber', 'über'],
    ]);
  });

  it('read an umlaut written as its letter and a combining diaeresis, as composed', () => {
    // Only texts holding an umlaut are read: one written decomposed must not be passed over.
    expect(umlautSpellings(['Jan Hendrik Scho\u0308n', 'No umlaut here'])).toEqual([['schoen', 'schön']]);
  });

  it('expand a query that spells the word the German way, and not the other way round', () => {
    // Review 10 LOW: "Schoen" found nothing, since Pagefind reads ö as o, not oe.
    const map = { version: 1 as const, groups: [], spellings: umlautSpellings(['Jan Hendrik Schön']) };
    expect(expandQuery('Schoen', map)).toEqual(['Schoen', 'schön']);
    expect(expandQuery('Jan Hendrik Schoen', map)).toEqual(['Jan Hendrik Schoen', 'jan hendrik schön']);
    expect(expandQuery('Schön', map)).toEqual(['Schön']);
    expect(readAliasMap(JSON.parse(JSON.stringify(map)))).toEqual(map);
  });
});
