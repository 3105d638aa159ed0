import { describe, expect, it } from 'vitest';
import { documentAnalysis } from '../../../src/lib/concepts/concept-analysis';
import { conceptNames } from '../../../src/lib/concepts/concept-names';
import { corpusAbbreviations } from '../../../src/lib/concepts/corpus-abbreviations';
import { identity } from '../../../src/lib/concepts/normalise';
import { parseOverrides } from '../../../src/lib/concepts/overrides';
import { fromAnalysis } from '../../../src/lib/concepts/ranked-document';
import { WordCase } from '../../../src/lib/concepts/word-case';

const idOf = (phrase: string) => identity(phrase);

function names(texts: { id: string; title: string; abstract: string }[], yaml: string) {
  const wordCase = new WordCase();
  const analysed = texts.map((t) => fromAnalysis(t.id, documentAnalysis(t), wordCase, idOf));
  const overrides = parseOverrides(yaml, 'concepts.yaml');
  return conceptNames(analysed, overrides, corpusAbbreviations(texts, analysed, idOf), idOf);
}

const texts = [
  { id: 'a', title: 'Policy learning', abstract: 'Reinforcement learning (RL) trains agents. RL agents explore.' },
  { id: 'b', title: 'Agents', abstract: 'Our RL agents use self-play. The space of actions is large.' },
  { id: 'c', title: 'SPaCE', abstract: 'SPaCE is a planner.' },
];

describe('concept names', () => {
  it("read a phrase's short forms as their long forms", () => {
    const n = names(texts, '');
    expect(n.canonIn(0, idOf('RL agents'))).toBe(idOf('reinforcement learning agents'));
    expect(n.canonIn(undefined, idOf('self-play'))).toBe(idOf('self-play'));
  });

  it("follow the user's merges, keyed as the corpus reads the phrase, and count the ones a paper's text uses", () => {
    const n = names(texts, 'merge:\n  - [self-play, rl agents]\n');
    expect(n.canonIn(0, idOf('RL agents'))).toBe(idOf('self-play'));
    expect(n.mergeUsed.has(idOf('reinforcement learning agents'))).toBe(true);
    // The overrides' own phrases do not count as used.
    const m = names(texts, 'merge:\n  - [self-play, rl agents]\n');
    expect(m.resolve(undefined, m.userIdentity('rl agents'))).toBe(idOf('self-play'));
    expect(m.mergeUsed.size).toBe(0);
  });

  it("read a short form the user writes in any case, unless the papers write the lowercase word", () => {
    const n = names(texts, '');
    expect(n.userIdentity('rl')).toBe('RL');
    expect(n.userIdentity('space')).toBe(idOf('space'));
  });

  it('resolve bans', () => {
    const n = names(texts, 'ban:\n  - RL agents\n');
    expect([...n.banned]).toEqual([idOf('reinforcement learning agents')]);
  });
});
