import { describe, expect, it } from 'vitest';
import { background } from '../../../src/lib/concepts/background';
import { documentAnalysis } from '../../../src/lib/concepts/concept-analysis';
import { conceptNames } from '../../../src/lib/concepts/concept-names';
import { corpusAbbreviations } from '../../../src/lib/concepts/corpus-abbreviations';
import { identity } from '../../../src/lib/concepts/normalise';
import { emptyOverrides } from '../../../src/lib/concepts/overrides';
import { readMentions } from '../../../src/lib/concepts/paper-mentions';
import { fromAnalysis } from '../../../src/lib/concepts/ranked-document';
import { WordCase } from '../../../src/lib/concepts/word-case';

const idOf = (phrase: string) => identity(phrase);

function mentions(texts: { id: string; title: string; abstract: string }[]) {
  const wordCase = new WordCase();
  const analysed = texts.map((t) => fromAnalysis(t.id, documentAnalysis(t), wordCase, idOf));
  const abbreviations = corpusAbbreviations(texts, analysed, idOf);
  const names = conceptNames(analysed, emptyOverrides(), abbreviations, idOf);
  return readMentions({ analysed, abbreviations, names, wordCase, idOf, bg: background() });
}

describe("a paper's mentions", () => {
  const texts = [
    { id: 'a', title: 'Policy learning', abstract: 'Reinforcement learning (RL) trains agents. RL agents explore large state spaces.' },
    { id: 'b', title: 'Game agents', abstract: 'Game agents use self-play to search large state spaces of board games.' },
  ];

  it('name the concepts their candidates are, a short form the paper defines read as its long form', () => {
    const out = mentions(texts);
    expect(out.perDoc[0]!.has(idOf('reinforcement learning agents'))).toBe(true);
    expect(out.perDoc[0]!.has(idOf('RL agents'))).toBe(false);
    expect(out.perDoc[0]!.get(idOf('reinforcement learning'))).toBe(1);
  });

  it('count the papers of each concept', () => {
    const out = mentions(texts);
    expect(out.docFreq.get(idOf('state spaces'))).toBe(2);
    expect(out.docFreq.get(idOf('self-play'))).toBe(1);
    for (const [cid, df] of out.docFreq) expect(df).toBe(out.perDoc.filter((p, i) => p.has(cid) || [...out.tailFallback[i]!.values()].includes(cid)).length);
  });
});
