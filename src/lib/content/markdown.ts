/**
 * The body of a paper file: its abstract as Markdown, built as an mdast tree and serialised with remark,
 * so any text from the input (HTML, `---`, `[x](javascript:...)`, `</script>`) is escaped as text and can
 * never change the structure of the file or of the page.
 */
import type { Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import { findMentions, urlSpans, type MentionForms } from './mentions';

/** Relative from `/papers/<slug>/`, so links work under any base path. */
export function conceptHref(id: string): string {
  return `../../concepts/${encodeURIComponent(id)}/`;
}

export function abstractToMdast(abstract: string, concepts: MentionForms[]): Root {
  const urls = urlSpans(abstract);
  const mentions = findMentions(abstract, concepts, urls);
  const marks = [
    ...urls.map((u) => ({ start: u.start, end: u.end, url: u.url })),
    ...mentions.map((m) => ({ start: m.start, end: m.end, url: conceptHref(m.id) })),
  ].sort((a, b) => a.start - b.start);

  const children: PhrasingContent[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) children.push({ type: 'text', value: abstract.slice(at, mark.start) } satisfies Text);
    children.push({
      type: 'link',
      url: mark.url,
      children: [{ type: 'text', value: abstract.slice(mark.start, mark.end) }],
    } satisfies Link);
    at = mark.end;
  }
  if (at < abstract.length) children.push({ type: 'text', value: abstract.slice(at) });
  const paragraph: Paragraph = { type: 'paragraph', children };
  return { type: 'root', children: children.length > 0 ? [paragraph] : [] };
}

const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });

export function mdastToMarkdown(tree: Root): string {
  return processor.stringify(tree);
}

export function abstractMarkdown(abstract: string, concepts: MentionForms[]): string {
  return mdastToMarkdown(abstractToMdast(abstract, concepts));
}
