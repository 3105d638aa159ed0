/**
 * A person's name written "Family, Given" or "Family, Given, Suffix", as RIS (`AU`) and PubMed (`FAU`) write
 * them: the suffix comes last, where BibTeX puts it second ("Family, Suffix, Given").
 */
import { personName, vonLast, type NameParts } from '../cite/person-name';

/** The name as shown ("Given Family Suffix", a particle kept: "Anna van der Berg"), with its parts where needed. */
export function familyCommaGiven(written: string): { name: string; parts?: NameParts } | undefined {
  const [family = '', given, ...suffix] = written.split(',').map((p) => p.trim());
  return personName({ ...vonLast(family), given, suffix: suffix.join(', ') });
}
