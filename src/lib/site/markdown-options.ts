/**
 * How Astro renders the paper bodies' Markdown (Sätteri, `markdown.processor` in astro.config.mjs), in one
 * place the tests use too. Safety first, so the only raw HTML left is the MathML the math plugin makes.
 * No smart punctuation: the text is shown as the input gives it, as the frontmatter, the search index's
 * metadata and the exports hold it ("--verbose", "10--20" and straight quotes in JSON stay as typed). TeX's
 * typography is applied where the input is TeX, when it is cleaned (src/lib/normalise/text.ts), not again here.
 */
import type { HastPluginList } from 'satteri';
import { markdownSafety } from '../security/markdown';
import { markdownMath } from './markdown-math';

export const markdownProcessorOptions: { hastPlugins: HastPluginList; features: { smartPunctuation: boolean } } = {
  hastPlugins: [markdownSafety, markdownMath],
  features: { smartPunctuation: false },
};
