/** The authors a page or card names, and whether it adds "et al." (the list was cut here or in the input). */
export function shownAuthors(authors: readonly string[], etAl: boolean | undefined, shown = Number.POSITIVE_INFINITY): { names: string[]; etAl: boolean } {
  const names = authors.slice(0, shown);
  return { names, etAl: names.length > 0 && (etAl === true || authors.length > shown) };
}

/** The same as one line of text: "A, B, C et al.". */
export function authorLine(authors: readonly string[], etAl: boolean | undefined, shown = Number.POSITIVE_INFINITY): string {
  const line = shownAuthors(authors, etAl, shown);
  return `${line.names.join(', ')}${line.etAl ? ' et al.' : ''}`;
}
