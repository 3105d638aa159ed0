import { normaliseForm } from './aliases';

/**
 * A concept name's search form (`normaliseForm`), folded once per build. Every paper page folds its concepts'
 * labels, abbreviations and aliases (./alias-words.ts), the same names page after page (a concept of a
 * thousand papers was folded a thousand times), and the alias map (`<base>search/aliases.json`,
 * ./aliases.ts `buildAliasMap`) folds every concept's names again: at 10,000 papers a third of the search
 * library's folding in the Astro step. Keyed by the name as written; the table holds each distinct name
 * once (tens of thousands of short strings at 10,000 papers), not the papers' text, which each page folds
 * once (the aliases endpoint does not fold it).
 */
export function nameForm(name: string): string {
  let form = forms.get(name);
  if (form === undefined) forms.set(name, (form = normaliseForm(name)));
  return form;
}

const forms = new Map<string, string>();
