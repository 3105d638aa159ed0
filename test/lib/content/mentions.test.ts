import { describe, expect, it } from 'vitest';
import { findMentions, urlSpans } from '../../../src/lib/content/mentions';

describe('findMentions', () => {
  it('links the first mention of each concept, case-insensitively, plurals included', () => {
    const text = 'Large language models (LLMs) help. An LLM is a large language model.';
    const found = findMentions(text, [{ id: 'llm', forms: ['large language model', 'LLM'] }]);
    expect(found).toEqual([{ id: 'llm', start: 0, end: 'Large language models'.length }]);
  });

  it('links a word of its own before the tail of a hyphenated word (review 21 #17: "real-[life]")', () => {
    const text = 'A high-density holographic disk stores data; the density reaches 20 bits. One real-life case.';
    const found = findMentions(text, [
      { id: 'density', forms: ['density'] },
      { id: 'life', forms: ['life'] },
    ]).map((m) => [m.id, m.start]);
    expect(found).toEqual([
      ['density', text.indexOf('the density') + 4],
      ['life', text.indexOf('life')],
    ]);
  });

  it('links a short form only where it is written in its case, its plural "s" included', () => {
    const concepts = [
      { id: 'information-system', forms: ['Information systems', 'IS'] },
      { id: 'content-management', forms: ['Content management', 'CM'] },
      { id: 'self-paced-context-evaluation', forms: ['Self-paced context evaluation', 'SPaCE'] },
      { id: 'genetic-algorithm', forms: ['Genetic algorithm', 'GA', 'GAs'] },
      { id: 'banach-space', forms: ['Banach space'] },
    ];
    const memoir = 'It is a personal narrative. The field is 3 kV cm-1 and the space between plates holds gases.';
    expect(findMentions(memoir, concepts)).toEqual([]);
    const text = 'Self-paced context evaluation (SPaCE) tunes GAs. IS staff and CM tools; every Banach space is a SPACE.';
    const linked = findMentions(text, concepts).map((m) => [m.id, text.slice(m.start, m.end)]);
    expect(linked).toEqual([
      ['self-paced-context-evaluation', 'Self-paced context evaluation'],
      ['genetic-algorithm', 'GAs'],
      ['information-system', 'IS'],
      ['content-management', 'CM'],
      ['banach-space', 'Banach space'],
    ]);
  });

  it('prefers the longer concept where two overlap', () => {
    const text = 'We use reinforcement learning from human feedback.';
    const found = findMentions(text, [
      { id: 'rl', forms: ['reinforcement learning'] },
      { id: 'rlhf', forms: ['reinforcement learning from human feedback'] },
    ]);
    expect(found.map((m) => m.id)).toEqual(['rlhf']);
  });

  it('matches whole words only and never inside excluded spans', () => {
    const text = 'RAGged edges; see https://x.org/RAG and RAG.';
    const urls = urlSpans(text);
    const found = findMentions(text, [{ id: 'rag', forms: ['RAG'] }], urls);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('RAG');
    expect(found[0]!.start).toBe(text.lastIndexOf('RAG'));
  });

  it('reads a formula as the concept stage does, linking it whole and never a piece of one', () => {
    const text = 'Atmospheric CO$_2$ rose; CO$_2$ and CO differ. Base-$\\Lambda$CDM fits $\\sigma_8 = 0.81$ and Fe$^{3+}$.';
    const concepts = [
      { id: 'atmospheric-co2', forms: ['Atmospheric CO₂'] },
      { id: 'carbon-dioxide', forms: ['Carbon dioxide', 'CO₂'] },
      { id: 'carbon-monoxide', forms: ['Carbon monoxide', 'CO'] },
      { id: 'lambdacdm', forms: ['ΛCDM'] },
      { id: 'sigma', forms: ['sigma', 'σ'] },
      { id: 'ferric-iron', forms: ['Fe³⁺'] },
    ];
    const linked = findMentions(text, concepts).map((m) => [m.id, text.slice(m.start, m.end)]);
    expect(linked).toEqual([
      ['atmospheric-co2', 'Atmospheric CO$_2$'],
      ['carbon-dioxide', 'CO$_2$'],
      ['carbon-monoxide', 'CO'],
      ['lambdacdm', '$\\Lambda$CDM'],
      ['ferric-iron', 'Fe$^{3+}$'],
    ]);
  });

  it('links no piece of a formula written inline (probe 56: "dξ" was linked inside "∫0∞v¯dξ")', () => {
    const text = 'The flux is F=∫0∞v¯dξ, where dξ is the step and F the flux. The Na+/K+-ATPase pump and the C++ code work.';
    const concepts = [
      { id: 'd-xi', forms: ['dξ'] },
      { id: 'flux', forms: ['flux'] },
      { id: 'atpase', forms: ['ATPase'] },
      { id: 'cpp', forms: ['C++'] },
    ];
    const linked = findMentions(text, concepts).map((m) => [m.id, m.start]);
    expect(linked).toEqual([
      ['flux', text.indexOf('flux')],
      ['d-xi', text.indexOf('dξ is')],
      ['atpase', text.indexOf('ATPase')],
      ['cpp', text.indexOf('C++')],
    ]);
  });

  it('keeps positions in the source where a formula reads shorter or longer than it is written', () => {
    const text = 'A \\$5 fee, $\\mathrm{CO}_2$ uptake and graph neural networks.';
    const found = findMentions(text, [{ id: 'gnn', forms: ['graph neural network'] }, { id: 'uptake', forms: ['uptake'] }]);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['uptake', 'graph neural networks']);
  });

  it('treats regex characters in forms literally', () => {
    const text = 'We study C++ (and GPT-4.5) here.';
    const found = findMentions(text, [{ id: 'gpt', forms: ['GPT-4.5'] }, { id: 'cpp', forms: ['C++'] }]);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['C++', 'GPT-4.5']);
  });
});

describe('urlSpans', () => {
  it('drops trailing sentence punctuation', () => {
    expect(urlSpans('Code: https://github.com/a/b. Also (https://x.io/p).').map((u) => u.url)).toEqual([
      'https://github.com/a/b',
      'https://x.io/p',
    ]);
  });
  it('ignores non-http schemes', () => {
    expect(urlSpans('javascript:alert(1) and ftp://x')).toEqual([]);
  });
});

describe('findMentions at word edges', () => {
  it('falls back to a shorter form when the longer one ends inside a word', () => {
    const text = 'We study language modelling here.';
    const found = findMentions(text, [{ id: 'x', forms: ['language model', 'language'] }]);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['language']);
  });
  it('takes the plural ending when it ends the word', () => {
    const text = 'Two classes of world models.';
    const found = findMentions(text, [{ id: 'wm', forms: ['world model'] }, { id: 'cl', forms: ['class'] }]);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['classes', 'world models']);
  });
});
