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

/**
 * Words that make an author a body of people, not a person: "Planck Collaboration", "The RLHF Consortium",
 * "RECOVERY Collaborative Group" (a lone "Group" or "Team" may be a surname: "Jane Group"). Formats without a given/family split (arXiv
 * Atom, JSON name strings) give such names as plainly as a person's; left so, BibTeX reads "Planck
 * Collaboration" as given name Planck, family name Collaboration, and the key becomes `collaboration2018…`.
 */
const COLLECTIVE_WORD =
  /(?:^|\s)(?:Collaboration|Collaborators|Consortium|(?:Collaborative|Cooperative|Study|Working|Research|Writing|Trial|Steering) Group|Committee|Investigators|Initiative|Alliance|Project|Survey|Society|Association|Organi[sz]ation|Institute|Council|Task Force)(?=\s|$|,)/;

/** Whether a name is an organisation's, to be kept whole (braced) when cited. */
export function isCollectiveName(name: string): boolean {
  return COLLECTIVE_WORD.test(name);
}

/**
 * The collaboration INSPIRE names in its own field (`collaboration = "ATLAS"`, `"ATLAS, CMS"`) as a reader
 * names it, the way an author that is a collaboration reads: "ATLAS Collaboration", "ATLAS and CMS
 * Collaborations"; a name that already says it is a body of people ("Planck Collaboration") as it is.
 */
export function collaborationName(field: string): string | undefined {
  const names = field.split(/\s*,\s*|\s+and\s+/).map((n) => n.trim()).filter((n) => n !== '');
  if (names.length === 0) return undefined;
  if (names.length === 1) return isCollectiveName(names[0]!) ? names[0] : `${names[0]} Collaboration`;
  return names.some(isCollectiveName) ? names.join(' and ') : `${names.join(' and ')} Collaborations`;
}
