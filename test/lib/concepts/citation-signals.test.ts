import { describe, expect, it } from 'vitest';
import { DEFAULT_CANDIDATE_OPTIONS, findCandidates } from '../../../src/lib/concepts/candidates';
import { tokenize } from '../../../src/lib/concepts/tokenize';
import { extractConcepts } from '../../../src/lib/concepts/index';

const keys = (text: string) => [...findCandidates(tokenize(text), DEFAULT_CANDIDATE_OPTIONS).keys()];

describe('legal and humanities citation signals (review 17 H2)', () => {
  it('makes no phrase of "Id.", "id. at", "Ibid.", "supra", "infra", "passim", "et seq.", "op. cit."', () => {
    const k = keys(
      'The court so held. Id. at 207. See id. at 5. As shown supra note 3 and infra Part II, see Smith, supra, at 12; Ibid. ' +
        'The rule applies passim, 17 U.S.C. § 107 et seq., and Jones, op. cit., agrees.',
    );
    for (const signal of ['id', 'ibid', 'supra', 'infra', 'passim', 'seq', 'et seq', 'cit', 'op cit', 'supra note']) expect(k).not.toContain(signal);
    expect(k).toContain('court');
    expect(k).toContain('rule');
  });

  it('keeps the noun "id" of psychoanalysis and the acronym "ID"', () => {
    const k = keys('Freud set the id against the ego; each user gets an ID card.');
    expect(k).toContain('id');
    expect(k).toContain('ID card');
  });

  it('links no two law papers by "Id." alone', () => {
    const index = extractConcepts(
      [
        { id: 'horse', title: 'The Law of the Horse', abstract: 'Judge Easterbrook said there was no law of cyberspace. Id. at 207. This Article argues that cyberlaw teaches how code regulates.' },
        { id: 'marbury', title: 'A Critical Guide to Marbury v. Madison', abstract: 'The case might have been decided on other grounds. Id. The doctrine of judicial review rests on firmer ground.' },
      ],
      { perPaper: 8 },
    );
    expect(index.concepts.map((c) => c.label.toLowerCase())).not.toContain('id');
  });
});
