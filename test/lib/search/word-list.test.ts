import { describe, expect, it } from 'vitest';
import { buildWordShards, readWordShard, spellingParts, wordShardKey } from '../../../src/lib/search/word-list';

describe('spellingParts', () => {
  it('splits words at what is not a letter or digit, in the spelling search compares, and leaves short words and words with digits out', () => {
    expect(spellingParts('Graph-based methods for Schrödinger’s equation, GPT4 in 2019 and the ECS of colour')).toEqual([
      'graph',
      'based',
      'methods',
      'schrodinger',
      'equation',
      'color',
    ]);
  });

  it('folds each distinct token once when given a cache, with the same parts', () => {
    const cache = new Map<string, readonly string[]>();
    expect(spellingParts('Graphene graphene', cache)).toEqual(['graphene', 'graphene']);
    expect([...cache.keys()]).toEqual(['Graphene', 'graphene']);
  });
});

describe('buildWordShards', () => {
  it('puts each word in the shard of its first letter, in the band of how many papers hold it, alphabetical', () => {
    const papers = ['Graphene oxide sheets', 'Graph neural networks on graphs', 'graph colouring', 'Graph search', 'Graph theory', 'Сети networks 数据挖掘方法'];
    const shards = buildWordShards(papers);
    expect([...shards.keys()]).toEqual(['c', 'g', 'n', 'o', 's', 't', 'u441']);
    // "graph" is in 4 papers (band 2), "graphene" and "graphs" in one each (band 0).
    expect(shards.get('g')).toEqual(['graphene graphs', '', 'graph']);
    expect(shards.get('n')).toEqual(['neural', 'networks']);
    expect(readWordShard(JSON.parse(JSON.stringify(shards.get('g'))))).toEqual([['graphene', 'graphs'], [], ['graph']]);
  });

  it('reads anything but a list of bands as no words', () => {
    expect(readWordShard(null)).toEqual([]);
    expect(readWordShard({ g: 'graph' })).toEqual([]);
    expect(readWordShard(['graph', 3])).toEqual([['graph'], []]);
  });

  it('names a shard by its first letter, or by the code of a first character outside a–z', () => {
    expect(wordShardKey('graphene')).toBe('g');
    expect(wordShardKey('сети')).toBe('u441');
  });
});
