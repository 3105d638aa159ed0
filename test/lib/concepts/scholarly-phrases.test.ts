import { describe, expect, it } from 'vitest';
import { background } from '../../../src/lib/concepts/background';
import { analyse } from '../../../src/lib/concepts/rank';
import { degreePhrase, qualifiedPhrase, scholarlyPhrase, shellUse } from '../../../src/lib/concepts/scholarly-phrases';

const bg = background();

/** Each ranked candidate key of a paper, with what the three rules say of it. */
function kinds(title: string, abstract: string): Map<string, { scholarly: boolean; qualified: boolean; degree: boolean }> {
  const a = analyse({ id: 'p', title, abstract }, bg);
  return new Map(
    a.ranked.map((r) => [
      r.candidate.key,
      { scholarly: scholarlyPhrase(r.candidate, a.words, a.titleWords, bg), qualified: qualifiedPhrase(r.candidate, a.words), degree: degreePhrase(r.candidate, a.words, bg) },
    ]),
  );
}

describe('scholarly phrases', () => {
  it('are a scholarly head with generic modifiers, not a topical one', () => {
    const k = kinds('Sliding mode control of a quadrotor', 'Experimental results on a quadrotor show that sliding mode control tracks the reference. We compare RL baselines.');
    expect(k.get('experimental result')?.scholarly).toBe(true);
    expect(k.get('sliding mode control')?.scholarly).toBe(false);
  });

  it('say how much of a noun of measure', () => {
    const k = kinds('', 'We found that small values of the step size give stable training of the network.');
    expect(k.get('small value')?.scholarly).toBe(true);
  });
});

describe('shell nouns', () => {
  /** Each one-word candidate key of a paper → whether the paper writes it only as a shell noun. */
  function shells(title: string, abstract: string): Map<string, boolean> {
    const a = analyse({ id: 'p', title, abstract }, bg);
    return new Map(a.ranked.filter((r) => r.candidate.stems.length === 1).map((r) => [r.candidate.key, shellUse(r.candidate, a.words, a.titleWords, bg)]));
  }

  it('are everyday nouns the text writes only before their complement', () => {
    const k = shells(
      'Information architects: lessons from other fields',
      'The impetus for this recent emergence of information architects is the pace of change in web design. Twelve librarians took part.',
    );
    for (const noun of ['impetus', 'pace', 'lesson']) expect(k.get(noun), noun).toBe(true);
    expect(k.get('librarian')).toBe(false);
  });

  it('are not where the text also writes the word as a topic', () => {
    const k = shells('', 'We study the guidance of missiles. Our guidance law uses a Kalman filter. Guidance matters.');
    expect(k.get('guidance') ?? false).toBe(false);
  });

  it('are not a noun of a field, nor a name', () => {
    const k = shells('', 'We bound the eigenvalues of the Laplacian. The UK to date has no such law.');
    expect(k.get('eigenvalue') ?? false).toBe(false);
    expect(k.get('UK') ?? false).toBe(false);
  });
});

describe('qualified phrases', () => {
  it('are a qualitative adjective on a word for the text\'s own matter, every time the paper writes them', () => {
    const k = kinds('', 'In future work we extend the parser to Spanish. The parser handles mechanical properties of text.');
    expect(k.get('future work')?.qualified).toBe(true);
    expect(k.get('mechanical property')?.qualified ?? false).toBe(false);
  });
});

describe('degree phrases', () => {
  it('are an adjective of degree on a specific noun, written alone every time', () => {
    const k = kinds('', 'The hydrogel has a low viscosity at rest. A higher viscosity slows the flow.');
    expect(k.get('low viscosity')?.degree).toBe(true);
    expect(k.get('deep learning')?.degree ?? false).toBe(false);
  });

  it('are not where the noun is common', () => {
    const k = kinds('', 'Deep learning needs high learning rates and a low amount of data.');
    expect(k.get('deep learning')?.degree ?? false).toBe(false);
  });
});
