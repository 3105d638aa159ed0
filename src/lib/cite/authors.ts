/**
 * Author lists as exports truncate them: BibTeX's `and others`, or "et al." typed as the last name of a
 * list. It is not a person, so it leaves the list and becomes a flag the Cite box turns back into
 * `and others` and the page shows as "et al.".
 */
const MORE_AUTHORS = /^(?:others|et\.?\s*al\.?)$/i;

export function withoutOthers(names: readonly string[]): { names: string[]; etAl: boolean } {
  const last = names[names.length - 1];
  if (last === undefined || !MORE_AUTHORS.test(last.trim())) return { names: [...names], etAl: false };
  return { names: names.slice(0, -1), etAl: true };
}
