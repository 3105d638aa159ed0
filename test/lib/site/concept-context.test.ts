import { describe, expect, it } from 'vitest';
import { conceptContext, CONTEXT_PAPERS, introduction } from '../../../src/lib/site/concept-context';

const concept = (label: string, over: { aliases?: string[]; abbreviation?: string } = {}) => ({ id: label.toLowerCase().replace(/\W+/g, '-'), label, aliases: over.aliases ?? [], abbreviation: over.abbreviation });
const quote = (c: ReturnType<typeof conceptContext>) => c && `${c.before}[${c.name}]${c.after}`;

/** Where `name` is in `sentence`, as the context finds it. */
function kindOf(sentence: string, name: string, abbreviation?: string) {
  const start = sentence.indexOf(name);
  return introduction(sentence, start, start + name.length, abbreviation);
}

describe('introduction: how a sentence introduces a concept', () => {
  it('defines it: says what it is, names it, or spells out its short form', () => {
    expect(kindOf('A hydrogel is a network of polymer chains that swells in water.', 'hydrogel')).toEqual({ kind: 'defines', rank: 4 });
    expect(kindOf('Direct preference optimization (DPO) fine-tunes a policy on pairs of answers.', 'Direct preference optimization')).toEqual({ kind: 'defines', rank: 4 });
    expect(kindOf('In this paper, reinforcement learning is used to tune the controller.', 'reinforcement learning')).toEqual({ kind: 'subject', rank: 2 });
    expect(kindOf('In recent years, graphene refers to a single layer of carbon atoms.', 'graphene')).toEqual({ kind: 'defines', rank: 4 });
    expect(kindOf('We train a model with a method known as curriculum learning on three tasks.', 'curriculum learning')).toEqual({ kind: 'defines', rank: 4 });
    expect(kindOf('We extend alignment methods like Direct Preference Optimization (DPO) to diffusion policies.', 'Direct Preference Optimization')).toEqual({ kind: 'defines', rank: 3 });
    expect(kindOf('The International Olympiad in Informatics (IOI) had six tasks in 2025.', 'International Olympiad in Informatics')).toEqual({ kind: 'defines', rank: 4 });
    expect(kindOf('Recently, Large Language Models (LLMs) were shown to plan badly.', 'Large Language Models')).toEqual({ kind: 'defines', rank: 4 });
  });

  it('does not take the short form of a longer name, an apposition after a clause, or "X is" after other words for a definition', () => {
    expect(kindOf('Our approach, termed Predicted Reward Fine-tuning (PRFT), improves performance.', 'Fine-tuning').kind).toBe('mentions');
    expect(kindOf('Work has focused on math and visual perception, a critical question remains open.', 'visual perception').kind).toBe('mentions');
    expect(kindOf('The cost of reinforcement learning is a concern for robots.', 'reinforcement learning').kind).toBe('mentions');
    expect(kindOf('We observed that despite domain shift, the predicted reward still helps.', 'domain shift').kind).toBe('mentions');
  });

  it('has it as the subject of the sentence or of the clause after a short opening phrase, not of a list or a clause', () => {
    expect(kindOf('Graphene conducts heat better than copper at room temperature.', 'Graphene').kind).toBe('subject');
    expect(kindOf('Therefore, exploration strategies are required that track domain shifts.', 'exploration').kind).toBe('subject');
    expect(kindOf('Research has focused on domains such as mathematics, coding tasks, or logic puzzles.', 'coding tasks').kind).toBe('mentions');
    expect(kindOf('This report presents Giraffe, a chess engine that uses self-play.', 'chess').kind).toBe('mentions');
  });
});

describe('conceptContext', () => {
  const hydrogel = concept('Hydrogel', { aliases: ['hydrogels'] });

  it('prefers a defining sentence to a mention in a stronger paper, and the stronger paper between sentences alike', () => {
    const papers = [
      { id: 'strong', abstract: 'We print soft actuators. The actuators are made of hydrogels with embedded fibres and fold when heated.' },
      { id: 'second', abstract: 'Soft matter is everywhere. A hydrogel is a network of polymer chains that holds a large amount of water.' },
      { id: 'third', abstract: 'A hydrogel is a cross-linked polymer network swollen with water, studied here under load.' },
    ];
    const found = conceptContext(hydrogel, papers)!;
    expect(found.paper).toBe('second');
    expect(found.kind).toBe('defines');
    expect(quote(found)).toBe('A [hydrogel] is a network of polymer chains that holds a large amount of water.');
  });

  it('takes the subject of a sentence over a mention, and the earlier sentence of a paper between sentences alike', () => {
    const papers = [{ id: 'a', abstract: 'We measure the thermal conductivity of graphene on silica substrates. Graphene conducts heat better than copper at room temperature. Graphene also bends easily under small loads.' }];
    expect(quote(conceptContext(concept('Graphene'), papers))).toBe('[Graphene] conducts heat better than copper at room temperature.');
  });

  it('puts sentences about the text itself or pointing back last (review 22 findings 7 and 11)', () => {
    const papers = [
      { id: 'a', abstract: 'Table 1 lists 8 pairs of B decays into charmonium states. There are many possible applications for this charmonium mechanism. We measure the production of charmonium states in proton collisions at 13 TeV.' },
    ];
    expect(quote(conceptContext(concept('Charmonium'), papers))).toBe('We measure the production of [charmonium] states in proton collisions at 13 TeV.');
    // Alone, such a sentence is still shown: it is all there is.
    expect(quote(conceptContext(concept('Charmonium'), [{ id: 'b', abstract: 'Table 1 lists 8 pairs of B decays into charmonium states.' }]))).toBe(
      'Table 1 lists 8 pairs of B decays into [charmonium] states.',
    );
  });

  it('finds the concept by any of its names as a link in the abstract would, a short form only as written', () => {
    const rl = concept('Reinforcement learning', { abbreviation: 'RL' });
    const papers = [{ id: 'a', abstract: 'Control is hard: url https://example.org/rl-tools holds our code. Our RL agents learn to walk in a few hours of simulated time.' }];
    expect(quote(conceptContext(rl, papers))).toBe('Our [RL] agents learn to walk in a few hours of simulated time.');
    // "rl" in a word or a URL, the tail of "real-rl", is no mention of it.
    expect(conceptContext(rl, [{ id: 'b', abstract: 'The girl and the curl were swirling in a real-rl world of whirl.' }])).toBeUndefined();
    expect(conceptContext(concept('Hydrogel'), [{ id: 'c', abstract: 'Nothing here names it at all.' }])).toBeUndefined();
  });

  it('reads a formula as its characters and never cuts one (the site shows titles and excerpts so)', () => {
    const lcdm = concept('Dark energy');
    const papers = [{ id: 'a', abstract: 'Dark energy drives the expansion in the $\\Lambda$CDM model with $\\Omega_\\Lambda \\approx 0.7$ today.' }];
    expect(quote(conceptContext(lcdm, papers))).toBe('[Dark energy] drives the expansion in the ΛCDM model with Ω_Λ ≈ 0.7 today.');
    // "$x.$ And" inside math is no sentence end, and a name inside math is no mention.
    expect(conceptContext(concept('Tensor'), [{ id: 'b', abstract: 'We write $\\mathrm{Tensor} = x$ for short and move on to other things.' }])).toBeUndefined();
  });

  it('keeps hostile text as text: the parts are plain strings, markup and all, for the page to escape', () => {
    const papers = [{ id: 'h', abstract: 'The <script>alert(1)</script> attack injects code into pages. The XSS attack is a class of injection into trusted pages </script><!--.' }];
    const found = conceptContext(concept('XSS attack'), papers)!;
    expect(quote(found)).toBe('The [XSS attack] is a class of injection into trusted pages </script><!--.');
    expect(found.kind).toBe('defines');
  });

  it('cuts a long sentence around the name, and reads only the first papers', () => {
    const long = `Among ${Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')} we use graphene in ${Array.from({ length: 40 }, (_, i) => `v${i}`).join(' ')}.`;
    const found = conceptContext(concept('Graphene'), [{ id: 'a', abstract: long }])!;
    expect(found.before.startsWith('… ')).toBe(true);
    expect(found.after.endsWith(' …')).toBe(true);
    expect(`${found.before}${found.name}${found.after}`.split(' ').length).toBeLessThan(45);
    const many = Array.from({ length: CONTEXT_PAPERS }, (_, i) => ({ id: `p${i}`, abstract: 'Nothing to see here at all today.' }));
    expect(conceptContext(concept('Graphene'), [...many, { id: 'late', abstract: 'Graphene is a single layer of carbon atoms in a lattice.' }])).toBeUndefined();
  });
});
