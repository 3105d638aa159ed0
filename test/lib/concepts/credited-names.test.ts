import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { findCandidates } from '../../../src/lib/concepts/candidates';
import { DEFAULT_PARAMS } from '../../../src/lib/concepts/rank';
import { tokenize } from '../../../src/lib/concepts/tokenize';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_PARAMS).values()].map((c) => c.key.toLowerCase());

describe('names where the text credits people with a work (review 17 M2)', () => {
  it('are no phrase after a reporting verb\'s "by" or a work\'s "of"', () => {
    expect(keys('It was previously defined by Fargues as a version of modules.')).not.toContain('fargues');
    expect(keys('We reprove results of Faltings, Fargues and Rapoport–Zink.')).toEqual(expect.not.arrayContaining(['faltings', 'fargues', 'rapoport–zink', 'rapoport-zink']));
    expect(keys('This proves a conjecture of Schramm.')).not.toContain('schramm');
  });

  it('stay where they name a topic or a thing: a cause, a firm, an eponym, a case', () => {
    expect(keys('Infections caused by Salmonella rose sharply in Salmonella outbreaks.')).toContain('salmonella');
    expect(keys('A novel approach has been developed by Eskom to capture skills.')).toContain('eskom');
    expect(keys('This paper discusses the case of Uzi Nissan in a legal battle.')).toContain('uzi nissan');
    expect(keys('We study the Fargues–Fontaine curve.').some((k) => k.includes('fontaine curve'))).toBe(true);
  });

  it('so that "Fargues" alone is no concept of two papers', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: 'Integral p-adic Hodge theory', abstract: 'It takes values in an analogue of Dieudonné modules, which was previously defined by Fargues as a version of Breuil–Kisin modules.' },
        { id: 'b', title: 'Moduli of p-divisible groups', abstract: 'We identify the image of the period morphism, reproving results of Faltings, Fargues and Rapoport–Zink.' },
      ],
      { perPaper: 8 },
    );
    expect(index.concepts.map((c) => c.label.toLowerCase())).not.toContain('fargues');
  });
});
