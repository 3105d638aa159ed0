import { describe, expect, it } from 'vitest';
import { newest } from '../../../src/lib/site/home-picks';

type P = { id: string; year?: number; degree: number };
const papers: P[] = [
  { id: 'hub-2024', year: 2024, degree: 9 },
  { id: 'a-2023', year: 2023, degree: 1 },
  { id: 'b-2023', year: 2023, degree: 4 },
  { id: 'undated', degree: 7 },
  { id: 'old', year: 1999, degree: 2 },
];

describe('newest', () => {
  it('lists the newest papers with a year, the better connected first within a year, whatever else lists them', () => {
    expect(newest(papers, (p) => p.year, (p) => p.degree, 3).map((p) => p.id)).toEqual(['hub-2024', 'b-2023', 'a-2023']);
  });

  it('lists none when no paper has a year', () => {
    expect(newest([{ id: 'x', degree: 1 }] as P[], (p) => p.year, (p) => p.degree, 6)).toEqual([]);
  });
});
