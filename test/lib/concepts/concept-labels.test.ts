import { describe, expect, it } from 'vitest';
import { capitalisedEndings, evenJoins, properName, stripAcronymPlural, voteNameCase, type NameCase } from '../../../src/lib/concepts/concept-labels';

const words = (sentence: string, from = 0) => {
  const texts = sentence.split(' ');
  return { texts, sentences: Int32Array.from(texts.map(() => from)) };
};

describe('concept labels', () => {
  it("read a long form's endings only where every word is capitalised", () => {
    expect(capitalisedEndings('Event Horizon Telescope')).toEqual(['event horizon telescope', 'horizon telescope']);
    expect(capitalisedEndings('Human-Computer Interaction')).toEqual(['human computer interaction', 'computer interaction']);
    expect(capitalisedEndings('large language models')).toEqual([]);
  });

  it('keep the capitals of a name two papers write capitalised inside sentences, and no other paper writes otherwise', () => {
    const votes = new Map<string, NameCase>();
    const a = words('troops of the United States military');
    const b = words('in the northeastern United States today');
    voteNameCase(votes, 'unit state', 0, a, 3, 2, 0);
    expect(properName(votes.get('unit state'), new Map([['United States', 2]]))).toBeUndefined();
    voteNameCase(votes, 'unit state', 1, b, 3, 2, 0);
    expect(properName(votes.get('unit state'), new Map([['United States', 2], ['united states', 1]]))).toBe('United States');
    voteNameCase(votes, 'unit state', 2, words('the united states of matter'), 1, 2, 0);
    expect(properName(votes.get('unit state'), new Map([['United States', 2]]))).toBeUndefined();
  });

  it('count no title case run inside a longer one', () => {
    const votes = new Map<string, NameCase>();
    for (const doc of [0, 1]) voteNameCase(votes, 'polici optim', doc, words('we use Proximal Policy Optimization here'), 3, 2, 0);
    expect(properName(votes.get('polici optim'), new Map([['Policy Optimization', 2]]))).toBeUndefined();
  });

  it("drop a short form's plural", () => {
    expect(stripAcronymPlural('LLMs')).toBe('LLM');
    expect(stripAcronymPlural('GPT-4s')).toBe('GPT-4');
    expect(stripAcronymPlural('Adams')).toBe('Adams');
  });

  it('space a function word evenly where the papers also write the words another way', () => {
    expect(evenJoins('return-on investment', ['return-on investment', 'return on investment'])).toBe('return on investment');
    expect(evenJoins('plug-in devices', ['plug-in devices'])).toBe('plug-in devices');
  });
});
