import { stemmer } from 'stemmer';
import { normaliseForm } from './aliases';
import { nameForm } from './name-forms';

/**
 * The other names of a paper's concepts that its search entry should carry: an abbreviation or alias
 * the paper never writes ("RAG" for a paper that only spells out "retrieval-augmented generation") makes
 * the paper findable by it. A name whose every word the page already shows, as written or as a plural or
 * singular of it, adds nothing that Pagefind (which stems) would not find, and only lengthens the postings
 * of the collection's commonest words: "large language model" on every page about LLMs made the index
 * chunks a first search for "large language models" fetches 5% larger at 10,000 papers.
 */

export interface AliasSource {
  label: string;
  abbreviation?: string | undefined;
  aliases?: readonly string[] | undefined;
}

/** Words Pagefind sees on the page, lower-cased and split as it splits them (see `normaliseForm`). */
function pageWords(text: string): Set<string> {
  const plain = normaliseForm(text);
  return new Set(plain === '' ? [] : plain.split(' '));
}

/**
 * Whether `word` is one of `own` or differs from one of them only by a plural ending that the stemmer
 * also removes: "llm" on a page that writes "LLMs", "process" where it writes "processes". Pagefind stems
 * with Snowball, not this Porter, but they differ on plurals only in a few listed words ("news"), and a
 * query for the shorter form still finds the longer one, since Pagefind matches word prefixes too.
 */
function shown(word: string, own: ReadonlySet<string>): boolean {
  if (own.has(word)) return true;
  const forms = [`${word}s`, `${word}es`];
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  const stem = stemmer(word);
  return forms.some((form) => own.has(form) && stemmer(form) === stem);
}

/**
 * The names to index besides the page's own text, each once, in concept order. `pageText` is the text
 * Pagefind reads from the page (title, byline, abstract; markup is ignored): labels are never repeated,
 * and an abbreviation or alias only when some word of it is not on the page.
 */
export function searchAliasWords(concepts: readonly AliasSource[], pageText: string): string[] {
  const own = pageWords(pageText.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' '));
  const labels = new Set(concepts.map((c) => nameForm(c.label)));
  const out: string[] = [];
  const seen = new Set<string>();
  for (const c of concepts) {
    for (const name of [c.abbreviation ?? '', ...(c.aliases ?? [])]) {
      const form = nameForm(name);
      if (form === '' || labels.has(form) || seen.has(form)) continue;
      seen.add(form);
      if (form.split(' ').every((w) => shown(w, own))) continue;
      out.push(name.trim());
    }
  }
  return out;
}
