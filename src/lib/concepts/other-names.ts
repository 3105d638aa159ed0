import type { Concept } from '../model/concepts';

export interface OtherNamesOptions {
  /** Whether the abbreviation is one of the names (the concept page shows it beside the label instead). */
  withAbbreviation: boolean;
  /** Turns a name into what the reader sees, e.g. inline math into plain Unicode on the canvas. */
  plain?: (text: string) => string;
}

/** A name with the possessive 's ("DAE's", "Shor’s"): the name it is written after, or undefined. */
export function possessiveBase(name: string): string | undefined {
  return POSSESSIVE.exec(name)?.[1];
}

const POSSESSIVE = /^(.*[\p{L}\p{N}])['’]s$/u;

/**
 * The names a concept also goes by, each once whatever its case and never the label again: the graph's concept
 * filter matches them and the concept page lists them as "also written as", so both must agree on the list.
 * A name in the possessive of another of its names ("DAE's" beside "DAE") is that name (review 18 M3: search
 * showed "Also written as DAE, dae s").
 */
export function otherNames(
  concept: Pick<Concept, 'label' | 'aliases' | 'abbreviation'>,
  { withAbbreviation, plain = (text) => text }: OtherNamesOptions,
): string[] {
  const seen = new Set([plain(concept.label).trim().toLowerCase()]);
  if (!withAbbreviation && concept.abbreviation) seen.add(plain(concept.abbreviation).trim().toLowerCase());
  const names: string[] = [];
  const all = new Set([concept.label, concept.abbreviation ?? '', ...concept.aliases].map((n) => plain(n).trim().toLowerCase()));
  for (const name of withAbbreviation ? [concept.abbreviation, ...concept.aliases] : concept.aliases) {
    const text = name ? plain(name).trim() : '';
    if (!text || seen.has(text.toLowerCase())) continue;
    const base = possessiveBase(text);
    if (base !== undefined && all.has(base.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    names.push(text);
  }
  return names;
}
