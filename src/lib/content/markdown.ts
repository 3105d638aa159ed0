/**
 * The body of a paper file: its abstract as Markdown, built as an mdast tree and serialised with remark,
 * so any text from the input (HTML, `---`, `[x](javascript:...)`, `</script>`) is escaped as text and can
 * never change the structure of the file or of the page.
 */
import type { Emphasis, Link, Paragraph, PhrasingContent, Root, Strong, Text } from 'mdast';
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import { sectionLabels } from './abstract-sections';
import { findMentions, urlSpans, type MentionForms } from './mentions';
import { italicSpans } from '../normalise/italic-spans';

/** Relative from `/papers/<slug>/`, so links work under any base path. */
export function conceptHref(id: string): string {
  return `../../concepts/${encodeURIComponent(id)}/`;
}

/** The text from `from` to `to` as text nodes added to `out`, with the italic spans inside it as emphasis. */
function pushText(out: PhrasingContent[], abstract: string, from: number, to: number, italics: ReadonlyArray<{ start: number; end: number }>): void {
  let at = from;
  for (const span of italics) {
    if (span.start < from || span.end > to) continue;
    if (span.start > at) out.push({ type: 'text', value: abstract.slice(at, span.start) } satisfies Text);
    out.push({ type: 'emphasis', children: [{ type: 'text', value: abstract.slice(span.start, span.end) }] } satisfies Emphasis);
    at = span.end;
  }
  if (to > at) out.push({ type: 'text', value: abstract.slice(at, to) } satisfies Text);
}

export function abstractToMdast(abstract: string, concepts: MentionForms[], italicPhrases: readonly string[] = []): Root {
  const urls = urlSpans(abstract);
  const mentions = findMentions(abstract, concepts, urls);
  const marks = [
    ...urls.map((u) => ({ start: u.start, end: u.end, url: u.url })),
    ...mentions.map((m) => ({ start: m.start, end: m.end, url: conceptHref(m.id) })),
  ].sort((a, b) => a.start - b.start);

  // A structured abstract's sections are paragraphs of their own, each opening with its label in bold.
  const labels = sectionLabels(abstract).filter((l) => !marks.some((m) => m.start < l.end && l.start < m.end));
  const italics = italicPhrases.length === 0 ? [] : italicSpans(abstract, italicPhrases, [...marks, ...labels]);
  const bounds = [0, ...labels.map((l) => l.start).filter((start) => start > 0), abstract.length];
  const paragraphs: Paragraph[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k]!;
    const to = bounds[k + 1]!;
    const children: PhrasingContent[] = [];
    let at = from;
    const label = labels.find((l) => l.start === from);
    if (label) {
      children.push({ type: 'strong', children: [{ type: 'text', value: abstract.slice(label.start, label.end) }] } satisfies Strong);
      at = label.end;
    }
    for (const mark of marks) {
      if (mark.start < from || mark.start >= to) continue;
      if (mark.start > at) pushText(children, abstract, at, mark.start, italics);
      children.push({
        type: 'link',
        url: mark.url,
        children: [{ type: 'text', value: abstract.slice(mark.start, mark.end) }],
      } satisfies Link);
      at = mark.end;
    }
    // (The space before the next label ends this paragraph.)
    const rest = abstract.slice(at, to);
    const text = k + 2 < bounds.length ? rest.trimEnd() : rest;
    if (text !== '') pushText(children, abstract, at, at + text.length, italics);
    if (children.length > 0) paragraphs.push({ type: 'paragraph', children });
  }
  return { type: 'root', children: paragraphs };
}

const processor = unified().use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });

export function mdastToMarkdown(tree: Root): string {
  return processor.stringify(tree);
}

export function abstractMarkdown(abstract: string, concepts: MentionForms[], italics: readonly string[] = []): string {
  return mdastToMarkdown(abstractToMdast(abstract, concepts, italics));
}
