import { describe, expect, it } from 'vitest';
import { buildAliasMap, namesLookup, normaliseForm } from '../../../src/lib/search/aliases';
import { decodeConceptRefs, encodeConceptRefs, matchConcepts, type ConceptRef } from '../../../src/lib/search/concept-hits';

describe('encodeConceptRefs / decodeConceptRefs', () => {
  it('round-trips ids and labels with spaces, equals signs, markup and non-Latin text', () => {
    const refs: ConceptRef[] = [
      { id: 'retrieval-augmented-generation', label: 'Retrieval-augmented generation' },
      { id: 'a=b c', label: '<script>alert(1)</script> = x' },
      { id: '__proto__', label: 'Übersetzung 翻訳 ſ' },
      { id: 'rlhf', label: 'Reinforcement learning from human feedback', abbreviation: 'RLHF' },
      { id: 'x', label: 'A=B', abbreviation: 'A = B' },
    ];
    const text = encodeConceptRefs(refs);
    expect(text).not.toMatch(/[<>]/);
    expect(text.split(' ')).toHaveLength(5);
    expect(decodeConceptRefs(text)).toEqual(refs);
  });

  it('skips malformed pairs instead of throwing', () => {
    expect(decodeConceptRefs('ok=Fine %E0%A4%A=broken =no-id no-equals id= a=b=c=d')).toEqual([{ id: 'ok', label: 'Fine' }]);
    expect(decodeConceptRefs(undefined)).toEqual([]);
    expect(decodeConceptRefs('   ')).toEqual([]);
  });
});

describe('matchConcepts', () => {
  const rl = { id: 'reinforcement-learning', label: 'Reinforcement learning' };
  const rlhf = { id: 'rlhf', label: 'Reinforcement learning from human feedback', abbreviation: 'RLHF' };
  const deepRl = { id: 'deep-rl', label: 'Deep reinforcement learning' };
  const llm = { id: 'llm', label: 'Large language models' };
  const map = buildAliasMap([
    { label: rl.label, abbreviation: 'RL', aliases: [] },
    { label: rlhf.label, abbreviation: 'RLHF', aliases: [] },
    { label: llm.label, abbreviation: 'LLMs', aliases: ['large language model'] },
  ], new Set());
  const namesOf = namesLookup(map);
  const match = (papers: ConceptRef[][], queries: string[], max = 5) => matchConcepts(papers, queries, namesOf, normaliseForm, max);

  it('puts the concept named exactly as the query first, then the others whose names hold the query words', () => {
    const papers = [[deepRl, llm], [deepRl], [rlhf, rl], [rl]];
    const found = match(papers, ['Reinforcement learning']);
    expect(found.map((c) => c.id)).toEqual(['reinforcement-learning', 'deep-rl', 'rlhf']);
    expect(found[0]).toMatchObject({ exact: true, papers: 2, otherNames: ['rl'] });
    expect(found[1]).toMatchObject({ exact: false, papers: 2 });
  });

  it('matches an abbreviation through the alias map and through a query variant', () => {
    expect(match([[llm, rlhf]], ['RLHF']).map((c) => [c.id, c.exact])).toEqual([['rlhf', true]]);
    // The abbreviation as the registry spells it, not the lower-case form the matching uses.
    expect(match([[rlhf]], ['rlhf'])[0]!.otherNames).toEqual(['RLHF']);
    // Without the alias map (the header's first search does not fetch it), the indexed abbreviation suffices.
    expect(matchConcepts([[llm, rlhf]], ['RLHF'], () => [], normaliseForm, 5).map((c) => [c.id, c.exact, c.otherNames])).toEqual([['rlhf', true, ['RLHF']]]);
    // The variant list from expandQuery: the long form alone also names the concept exactly.
    expect(match([[rlhf]], ['rl from human feedback', 'reinforcement learning from human feedback'])[0]).toMatchObject({ id: 'rlhf', exact: true });
  });

  it('takes a short form only as typed: "is" names no IS, and "AI" starts no "Airports"', () => {
    const is = { id: 'information-system', label: 'Information systems', abbreviation: 'IS' };
    const ai = { id: 'artificial-intelligence', label: 'Artificial intelligence', abbreviation: 'AI' };
    const airports = { id: 'airport', label: 'Airports' };
    const plain = (papers: ConceptRef[][], queries: string[]) => matchConcepts(papers, queries, () => [], normaliseForm, 5).map((c) => c.id);
    expect(plain([[is]], ['is'])).toEqual([]);
    expect(plain([[is]], ['IS'])).toEqual(['information-system']);
    expect(plain([[airports, ai]], ['AI'])).toEqual(['artificial-intelligence']);
    expect(plain([[airports, ai]], ['ai'])).toEqual(['airport']);
  });

  it('matches the last word as a prefix, as typed so far', () => {
    expect(match([[llm, rl]], ['large lang']).map((c) => c.id)).toEqual(['llm']);
    expect(match([[llm, rl]], ['reinf']).map((c) => c.id)).toEqual(['reinforcement-learning']);
  });

  it('reads a name followed by a word for a way of working as that name, as the concept stage does (review 18 M5: "finite element method")', () => {
    const fe = { id: 'finite-element', label: 'Finite element' };
    const feAnalysis = { id: 'finite-element-analysis', label: 'Finite element analysis' };
    expect(match([[llm], [fe]], ['finite element method'])).toMatchObject([{ id: 'finite-element', exact: true }]);
    for (const q of ['Finite element methods', 'finite element approaches', 'finite element techniques', 'finite element strategies', 'RL framework']) {
      expect(match([[fe, rl]], [q]).map((c) => c.id), q).toHaveLength(1);
    }
    // Through an alias too ("RL" names Reinforcement learning), and after a concept named as typed.
    expect(match([[rl]], ['rl methods']).map((c) => c.id)).toEqual(['reinforcement-learning']);
    const method = { id: 'method', label: 'Finite element method' };
    expect(match([[fe], [fe], [method]], ['finite element method']).map((c) => c.id)).toEqual(['method', 'finite-element']);
    // Only such a word, only after the name, and never the word alone.
    expect(match([[fe, feAnalysis]], ['finite element solver']).map((c) => c.id)).toEqual([]);
    expect(match([[fe]], ['method finite element']).map((c) => c.id)).toEqual([]);
    expect(match([[{ id: 'm', label: 'Methods' }]], ['method']).map((c) => c.id)).toEqual(['m']);
    expect(match([[fe]], ['methods'])).toEqual([]);
  });

  it('reads the words of an alias variant as whole words, those typed as typed so far ("finite element analysis", variant "fea", named "Design features")', () => {
    const fea = { id: 'fea', label: 'Finite element analysis', abbreviation: 'FEA' };
    const features = { id: 'design-feature', label: 'Design features' };
    expect(match([[fea, features]], ['finite element analysis', 'fea']).map((c) => c.id)).toEqual(['fea']);
    // Typed, "fea" may be "features" being typed.
    expect(match([[features]], ['fea']).map((c) => c.id)).toEqual(['design-feature']);
    // A variant still names a concept whose name holds its words, plural aside.
    expect(match([[deepRl, llm]], ['RL', 'reinforcement learning', 'large language model']).map((c) => c.id)).toEqual(['deep-rl', 'llm']);
  });

  it('returns nothing for unrelated queries, an empty query or max 0', () => {
    expect(match([[llm, rl]], ['diffusion'])).toEqual([]);
    expect(match([[llm, rl]], [''])).toEqual([]);
    expect(match([[llm, rl]], ['learning'], 0)).toEqual([]);
  });

  it('keeps at most max, most carried first, ties in the order the papers came', () => {
    const a = { id: 'a', label: 'Graph learning' };
    const b = { id: 'b', label: 'Metric learning' };
    const c = { id: 'c', label: 'Curriculum learning' };
    expect(match([[a], [b, c], [c]], ['learning'], 2).map((x) => x.id)).toEqual(['c', 'a']);
  });
});

describe('namesLookup', () => {
  it('finds every name of a concept from any of its names, and nothing for unknown ones', () => {
    const namesOf = namesLookup(buildAliasMap([{ label: 'Retrieval-augmented generation', abbreviation: 'RAG', aliases: [] }], new Set()));
    expect(namesOf('RAG')).toEqual(['retrieval augmented generation', 'rag']);
    expect(namesOf('Retrieval augmented generation')).toEqual(['retrieval augmented generation', 'rag']);
    expect(namesOf('toString')).toEqual([]);
    expect(namesOf('__proto__')).toEqual([]);
  });
});
