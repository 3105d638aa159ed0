/**
 * Fields a JSON or CSL-JSON record is kept without. Only a title and an abstract make a page; a year, link,
 * venue, id or Cite-box value of a shape no one reads (an object, a list, `true`, a number for a link) costs
 * the record that field, with a warning naming it and what was expected, never the record itself.
 */
import { z } from 'zod';

type Fields = Record<string, { schema: z.ZodType; expected: string }>;

/** `an object {"name":"ACM"}`, `a list ["3"]`, `true`, `"circa"`: what a value is, and enough of it to find it. */
export function shapeOf(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  const shown = json.length > 40 ? `${json.slice(0, 39)}…` : json;
  if (Array.isArray(value)) return `a list ${shown}`;
  if (typeof value === 'object' && value !== null) return `an object ${shown}`;
  return shown;
}

/**
 * The schema entries for `fields`, each reading its value in its own shape or else as absent, and the
 * warnings for the values a record held in another shape, in the order the fields are given.
 */
export function keptWithout<F extends Fields>(fields: F) {
  const entries = Object.entries(fields);
  const shape = Object.fromEntries(entries.map(([key, field]) => [key, field.schema.catch(undefined)])) as { [K in keyof F]: z.ZodCatch<F[K]['schema']> };
  const warnings = (item: Record<string, unknown>): string[] =>
    entries.flatMap(([key, field]) =>
      !Object.hasOwn(item, key) || field.schema.safeParse(item[key]).success
        ? []
        : [`"${key}": expected ${field.expected}, found ${shapeOf(item[key])}; left out (the paper is kept without it)`],
    );
  return { shape, warnings };
}
