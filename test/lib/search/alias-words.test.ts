import { describe, expect, it } from 'vitest';
import { searchAliasWords } from '../../../src/lib/search/alias-words';

const llm = { label: 'Large language models', abbreviation: 'LLM', aliases: ['large language model', 'LLMs'] };
const rag = { label: 'Retrieval-augmented generation', abbreviation: 'RAG', aliases: ['retrieval augmented generation'] };

describe('searchAliasWords', () => {
  it('keeps an abbreviation the page never writes', () => {
    const text = 'Retrieval-augmented generation grounds answers in documents.';
    expect(searchAliasWords([rag], text)).toEqual(['RAG']);
  });

  it('drops names whose words the page shows, as written or as a plural or singular', () => {
    const text = '<p>We study <strong>large language models</strong> (LLMs) and how LLMs plan.</p>';
    expect(searchAliasWords([llm], text)).toEqual([]);
  });

  it('keeps a name when one of its words is new to the page', () => {
    const text = 'Language models of large size.';
    expect(searchAliasWords([llm], text)).toEqual(['LLM', 'LLMs']);
  });

  it('never repeats a label, and gives each name once across concepts', () => {
    const concepts = [
      { label: 'Reinforcement learning', abbreviation: 'RL', aliases: ['reinforcement learning', 'RL'] },
      { label: 'Deep reinforcement learning', abbreviation: 'DRL', aliases: ['RL'] },
    ];
    expect(searchAliasWords(concepts, 'Agents act.')).toEqual(['RL', 'DRL']);
  });

  it('reads words, not markup or character references', () => {
    // "amp" and "strong" are only markup here: an alias made of them is still new to the page.
    const concepts = [{ label: 'Signal amplitude', aliases: ['amp'] }, { label: 'Bold claims', aliases: ['strong'] }];
    expect(searchAliasWords(concepts, '<strong>Tom &amp; Jerry</strong>')).toEqual(['amp', 'strong']);
  });

  it('counts plural endings only, in either direction', () => {
    const concepts = [{ label: 'Workflows', aliases: ['processes', 'pipeline', 'modelling'] }];
    expect(searchAliasWords(concepts, 'Each process feeds pipelines of models.')).toEqual(['modelling']);
  });

  it('keeps hostile text as plain words for the template to escape', () => {
    const concepts = [{ label: 'Injection', aliases: ['</script><b>x</b>'] }];
    expect(searchAliasWords(concepts, 'Plain text.')).toEqual(['</script><b>x</b>']);
  });
});
