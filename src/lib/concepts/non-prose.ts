/**
 * The parts of an abstract that are not prose: inline math (`$\alpha$`), markup-looking spans
 * (`<img src=x>`) and URLs. Their letters are symbols, tags and host names, not words the author wrote.
 */

/** Each non-prose span becomes a phrase break, so "Rényi $\alpha$-divergence" gives "Rényi" and "divergence", never "alpha". */
export function maskNonProse(text: string): string {
  return text
    .replace(/\$[^$\n]{1,300}\$/g, ' ; ')
    .replace(/<\/?[A-Za-z][^<>\n]{0,300}>/g, ' ; ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ; ');
}
