import type { Concept } from '../model/concepts';

export interface OtherNamesOptions {
  /** Whether the abbreviation is one of the names (the concept page shows it beside the label instead). */
  withAbbreviation: boolean;
  /** Turns a name into what the reader sees, e.g. inline math into plain Unicode on the canvas. */
  plain?: (text: string) => string;
}

/**
 * The names a concept also goes by, each once whatever its case and never the label again: the graph's concept
 * filter matches them and the concept page lists them as "also written as", so both must agree on the list.
 */
export function otherNames(
  concept: Pick<Concept, 'label' | 'aliases' | 'abbreviation'>,
  { withAbbreviation, plain = (text) => text }: OtherNamesOptions,
): string[] {
  const seen = new Set([plain(concept.label).trim().toLowerCase()]);
  if (!withAbbreviation && concept.abbreviation) seen.add(plain(concept.abbreviation).trim().toLowerCase());
  const names: string[] = [];
  for (const name of withAbbreviation ? [concept.abbreviation, ...concept.aliases] : concept.aliases) {
    const text = name ? plain(name).trim() : '';
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    names.push(text);
  }
  return names;
}
