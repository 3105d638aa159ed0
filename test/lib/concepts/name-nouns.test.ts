import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { tokenizeDocument } from '../../../src/lib/concepts/tokenize';

describe('a capitalised base form after a name inside a sentence (review 17 M1)', () => {
  it('is a noun of the name: "the Judiciary Act of 1789", "the Clean Air Act"', () => {
    const { words } = tokenizeDocument('A guide', 'He read § 13 of the Judiciary Act of 1789. The Clean Air Act was passed. Then John Works hard.');
    const act = words.filter((w) => w.text === 'Act');
    expect(act.map((w) => w.cls)).toEqual(['N', 'N']);
    // Another form of a verb stays a verb.
    expect(words.find((w) => w.text === 'Works')!.cls).not.toBe('N');
  });

  it('so that "Judiciary" of the Judiciary Act is no concept shared with "the judiciary"', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'A critical guide to Marbury v. Madison', abstract: 'This Article examines his reading of § 13 of the Judiciary Act of 1789 and of Article III.' },
        { id: 'b', title: 'The Fourth Amendment and new technologies', abstract: 'The legislative branch rather than the judiciary has created the primary investigative rules.' },
      ],
      { perPaper: 8 },
    );
    expect(index.concepts.filter((c) => c.df >= 2).map((c) => c.label.toLowerCase())).not.toContain('judiciary');
  });
});

describe('a capitalised -s form after a name', () => {
  it('stays a verb, known to the tagger or not ("Zero-Sum Games Incentivizes Reasoning")', () => {
    const { words } = tokenizeDocument('', 'Self-Play on Zero-Sum Games Incentivizes Reasoning. The Analytic Hierarchy Process ranks them.');
    expect(words.find((w) => w.text === 'Incentivizes')!.cls).not.toBe('N');
  });
});
