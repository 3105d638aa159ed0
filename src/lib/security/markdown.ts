/**
 * A Sätteri (Astro's Markdown processor) HAST plugin that keeps text from input inert however it reached a
 * Markdown body: the content stage escapes HTML, but a user's notes section, an older content folder or a
 * writer bug must not be able to put markup on a page.
 * - Raw HTML (`<script>`, `<img onerror>`, comments) becomes visible text instead of markup.
 * - A link whose URL is not http(s), mailto or a path on this site (e.g. `javascript:`) loses its `href`.
 * - A link to another site gets `rel="noopener noreferrer"`.
 */
import type { HastPluginDefinition } from 'satteri';
import { EXTERNAL_LINK_REL, isExternalHref, safeExternalUrl } from './links';

export const markdownSafety: HastPluginDefinition = {
  name: 'paper-atlas-markdown-safety',
  raw(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.href;
      if (typeof href !== 'string') return;
      if (!isExternalHref(href)) return;
      if (safeExternalUrl(href) === undefined) {
        ctx.setProperty(node, 'href', undefined);
        return;
      }
      ctx.setProperty(node, 'rel', EXTERNAL_LINK_REL.split(' '));
    },
  },
};
