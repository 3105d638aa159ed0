/**
 * The site's short texts (titles, concept labels, graph labels) read as plain text, quickly. Every math
 * delimiter the site reads (`$`, `$$`, `\[`, `\(`, and the literal `\$`) starts with a dollar or a
 * backslash, so a text holding neither is one plain segment: most titles and labels, and at 10,000 papers
 * about 200,000 titles on the pages and 700,000 more in their views and local graphs, which were read
 * character by character to find no formula (../normalise/math-text.ts splitMath; docs/bench/analysis.md,
 * forty-second round).
 */
import { plainMathText } from '../normalise/math-text';

/** Whether `text` may hold inline math: false means splitMath would give it back as one plain segment. */
export function mayHoldMath(text: string): boolean {
  return text.includes('$') || text.includes('\\');
}

/** plainMathText, at once for a text that holds no math delimiter (the same text back). */
export function plainText(text: string): string {
  return mayHoldMath(text) ? plainMathText(text) : text;
}
