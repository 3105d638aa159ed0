/**
 * A tag link's words in the concepts view's panel (review 21 finding 9): where the concept stands among the
 * paper's tags as the paper's page lists them, "1st of 6 tags". The panel showed the drawn link's weight, the
 * concept's score against the paper's best, so every paper of a concept read "(1.00)" and a paper's concepts
 * bare numbers that matched nothing on its page or in the open data.
 */

/** 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, …, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/**
 * `rank`: the concept's place in the paper's tag list (1 = first), `of`: the list's length; 0 where unknown,
 * which says nothing (''). `whose`: 'paper' in a paper's list of concepts ("1st of 6 tags"), 'listed' in a
 * concept's list of papers, where the tags are the paper's named just before ("1st of its 6 tags").
 */
export function tagPlace(rank: number, of: number, whose: 'paper' | 'listed'): string {
  if (!(rank > 0)) return '';
  const its = whose === 'listed' ? 'its ' : '';
  if (of === 1 && rank === 1) return whose === 'listed' ? 'Its only tag' : 'Only tag';
  if (!(of >= rank)) return `${ordinal(rank)} tag`;
  return `${ordinal(rank)} of ${its}${of} tags`;
}
