/**
 * OpenAlex works, as its API and its exports give them: the abstract only as `abstract_inverted_index` (each
 * word with the positions it stands at, as OpenAlex may not pass abstracts on as text), the authors in
 * `authorships`, the year in `publication_year` and the title also in `display_name`. A JSON record is read
 * by these where it lacks the plain format's own field.
 */
import { z } from 'zod';
import { keptWithout } from './kept-without';

const authorship = z.object({
  author: z.object({ display_name: z.string().nullish() }).nullish(),
  raw_author_name: z.string().nullish(),
});

type InvertedIndex = Record<string, number[]>;

/**
 * Checked, not copied, as a record schema would copy it: a copy sets a word "__proto__" as the copy's prototype,
 * and the word is lost.
 */
function isInvertedIndex(value: unknown): value is InvertedIndex {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((positions) => Array.isArray(positions) && positions.every((p) => Number.isInteger(p) && p >= 0));
}

export const INVERTED_INDEX_EXPECTED = 'an object of words and the positions they stand at, such as {"We": [0], "study": [1]}';

const primaryLocation = z.object({ source: z.object({ display_name: z.string().nullish() }).nullish() });
const biblio = z.object({
  volume: z.string().nullish(),
  issue: z.string().nullish(),
  first_page: z.string().nullish(),
  last_page: z.string().nullish(),
});

export const OPENALEX = keptWithout({
  display_name: { schema: z.string().nullish(), expected: 'text (the title)' },
  // Any value, as `year` is: what `parseYear` cannot read is left out with one warning.
  publication_year: { schema: z.unknown().optional(), expected: 'a year' },
  publication_date: { schema: z.string().nullish(), expected: 'a date such as "2018-02-13"' },
  abstract_inverted_index: {
    schema: z.custom<InvertedIndex>(isInvertedIndex).nullish(),
    expected: INVERTED_INDEX_EXPECTED,
  },
  authorships: { schema: z.array(authorship).nullish(), expected: 'a list of authorships such as [{"author": {"display_name": "Heather Piwowar"}}]' },
  primary_location: { schema: primaryLocation.nullish(), expected: 'a location such as {"source": {"display_name": "Nature"}}' },
  biblio: { schema: biblio.nullish(), expected: 'an object such as {"volume": "12", "issue": "3", "first_page": "45", "last_page": "67"}' },
});

/** Where the work appeared: the journal or proceedings of its primary location (a repository's name is one too). */
export function primaryVenue(location: z.infer<typeof primaryLocation> | null | undefined): string | undefined {
  return location?.source?.display_name?.trim() || undefined;
}

/** Volume, issue and pages of the work's `biblio`, its pages a range where both ends are given. */
export function biblioLocators(fields: z.infer<typeof biblio> | null | undefined): { volume?: string; issue?: string; pages?: string } {
  if (!fields) return {};
  const first = fields.first_page?.trim() || undefined;
  const last = fields.last_page?.trim() || undefined;
  const pages = first && last && last !== first ? `${first}-${last}` : first;
  return { volume: fields.volume?.trim() || undefined, issue: fields.issue?.trim() || undefined, pages };
}

/** The abstract an inverted index stands for: each word at each of its positions, in order of position. */
export function abstractFromInvertedIndex(index: InvertedIndex | null | undefined): string | undefined {
  if (!index) return undefined;
  const at: Array<[number, string]> = [];
  // Own keys only, each read as data: a word may be "constructor" or "__proto__".
  for (const [word, positions] of Object.entries(index)) for (const p of positions) at.push([p, word]);
  at.sort((a, b) => a[0] - b[0]);
  const text = at.map(([, word]) => word).join(' ');
  return text.trim() === '' ? undefined : text;
}

/** The names of the authors of an OpenAlex work, in its order; the name OpenAlex settled on, else the one printed. */
export function authorshipNames(list: Array<z.infer<typeof authorship>> | null | undefined): string[] | undefined {
  if (!list) return undefined;
  return list.map((a) => (a.author?.display_name ?? a.raw_author_name ?? '').trim()).filter((n) => n !== '');
}
