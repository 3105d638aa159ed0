/** The authors as a page or card shows them: "A, B, C et al." when the list was cut here or in the input. */
export function authorLine(authors: readonly string[], etAl: boolean | undefined, shown = Number.POSITIVE_INFINITY): string {
  const listed = authors.slice(0, shown).join(', ');
  return listed !== '' && (etAl === true || authors.length > shown) ? `${listed} et al.` : listed;
}
