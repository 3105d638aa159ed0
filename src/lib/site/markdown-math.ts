/**
 * Math in Markdown bodies (abstracts, notes): inline `$...$`, and display `$$...$$` and `\[...\]` drawn as
 * blocks, rendered at build time as MathML with the same rules as titles (./math.ts). A Sätteri HAST plugin; it must run after the markdown-safety plugin, which
 * turns every raw HTML node into text: the only raw nodes left on the page are the MathML made here, from
 * TeX that KaTeX parsed with `trust` off.
 */
import type { HastPluginDefinition } from 'satteri';
import { mathSource, splitMath } from '../normalise/math-text';
import { renderTex } from './math';

/** Text inside these never holds math to render. */
const LITERAL_PARENTS = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

/** A delimiter that may open math: `$`, `\[` or `\(`. */
const MAY_HOLD_MATH = /\$|\\[[(]/;

export const markdownMath: HastPluginDefinition = {
  // Astro keeps rendered bodies in its content store until its configuration changes, plugin names
  // included: a new version here makes a build with an old store render the bodies again. Raise it
  // whenever the HTML made here changes (2: the formula's text for the search index, ./math.ts renderTex;
  // 3: math alphabets as Unicode characters, ./math-alphabets.ts; 4: a one-character script's braces out of
  // the formula's text for the index, ./math.ts formulaSearchText; 5: display math, `$$...$$` and `\[...\]`).
  name: 'paper-atlas-markdown-math v5',
  text(node, ctx) {
    if (!MAY_HOLD_MATH.test(node.value)) return;
    const parent = ctx.parent(node);
    if (parent && parent.type === 'element' && LITERAL_PARENTS.has(parent.tagName)) return;
    const segments = splitMath(node.value);
    if (!segments.some((s) => s.kind === 'math')) return;
    ctx.replaceNode(
      node,
      segments.map((s) => {
        if (s.kind === 'text') return { type: 'text' as const, value: s.text };
        const html = renderTex(s.tex, s.display === true);
        return html === undefined ? { type: 'text' as const, value: mathSource(s) } : { type: 'raw' as const, value: html };
      }),
    );
  },
};
