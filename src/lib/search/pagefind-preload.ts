/**
 * Pagefind's start-up files, fetched ahead by the search worker (src/client/search/engine.ts) beside
 * `pagefind.js` rather than after it. Pagefind loads them one round trip after another: its script, then
 * `pagefind-entry.json`, then the language's metadata and WebAssembly (60 kB). On a 400 ms link that chain was
 * about 1.5 s of the 6 s before a first result (review 22 finding 8). Pure: the worker fetches, this names.
 */

interface EntryLanguage {
  hash?: unknown;
  wasm?: unknown;
  page_count?: unknown;
}

/**
 * The files Pagefind's init fetches after reading its entry (`pagefind-entry.json`), relative to its folder:
 * the metadata and the WebAssembly of the language it will pick. In a worker there is no page language, so
 * Pagefind takes the language with the most pages (its `findIndex`); so does this. None for an entry it cannot read.
 */
export function pagefindInitFiles(entry: unknown): string[] {
  const languages = (entry as { languages?: unknown } | null)?.languages;
  if (!languages || typeof languages !== 'object') return [];
  let best: EntryLanguage | undefined;
  for (const lang of Object.values(languages as Record<string, EntryLanguage>)) {
    if (!lang || typeof lang.hash !== 'string' || typeof lang.wasm !== 'string') continue;
    if (!best || Number(lang.page_count ?? 0) > Number(best.page_count ?? 0)) best = lang;
  }
  if (!best) return [];
  return [`pagefind.${best.hash as string}.pf_meta`, `wasm.${best.wasm as string}.pagefind`];
}

/** The key a fetch is matched by: its absolute URL without query or fragment (Pagefind adds `?ts=` cache busters). */
export function fetchKey(url: string, base: string): string {
  const u = new URL(url, base);
  return `${u.origin}${u.pathname}`;
}
