import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { abstractMarkdown } from '../../../src/lib/content/markdown';

/** Every text value and link target of the parsed Markdown, in order. */
function readBack(markdown: string): { text: string; links: string[]; types: string[] } {
  const tree = fromMarkdown(markdown);
  let text = '';
  const links: string[] = [];
  const types: string[] = [];
  const visit = (node: any) => {
    types.push(node.type);
    if (node.type === 'text') text += node.value;
    if (node.type === 'link') links.push(node.url);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { text, links, types };
}

describe('abstractMarkdown', () => {
  it('links concept mentions relative to the paper page and URLs as links', () => {
    const md = abstractMarkdown('We improve RAG pipelines. Code: https://github.com/a/b.', [{ id: 'rag', forms: ['retrieval-augmented generation', 'RAG'] }]);
    const back = readBack(md);
    expect(back.links).toEqual(['../../concepts/rag/', 'https://github.com/a/b']);
    expect(back.text).toBe('We improve RAG pipelines. Code: https://github.com/a/b.');
  });

  it('gives each section of a structured abstract its own paragraph, its label in bold (review 14 L4)', () => {
    const abstract =
      'Background: Drought limits maize yields. Methods: We grew maize under progressive soil drying. ' +
      'Results: Stomatal conductance fell by half. Conclusions: Water-use efficiency rose.';
    const md = abstractMarkdown(abstract, [{ id: 'maize', forms: ['maize'] }]);
    const tree = fromMarkdown(md);
    expect(tree.children.map((p: any) => p.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(tree.children.map((p: any) => p.children[0].type === 'strong' && p.children[0].children[0].value)).toEqual(['Background:', 'Methods:', 'Results:', 'Conclusions:']);
    const back = readBack(md);
    expect(back.links).toEqual(['../../concepts/maize/']);
    // Every word kept, in order; only the spaces between sections became paragraph breaks.
    expect(back.text).toBe(abstract.replace(/ (?=(?:Methods|Results|Conclusions):)/g, ''));
    // One label alone is no structure ("TESS: we present…"), and a label-like colon mid-sentence is text.
    expect(fromMarkdown(abstractMarkdown('TESS: we present a survey. Its design: four cameras.', [])).children).toHaveLength(1);
  });

  it.each([
    '<script>alert(1)</script> and <img src=x onerror=alert(1)>',
    '---\ntitle: injected\n---',
    '[click](javascript:alert(1)) and ![i](x.png)',
    '# heading? * list? > quote? | a | b |',
    '</script><!-- comment',
    '`code` and **bold** and _em_ and \\escaped\\',
  ])('keeps hostile text as text: %s', (abstract) => {
    const back = readBack(abstractMarkdown(abstract, []));
    expect(back.text).toBe(abstract.replace(/\n/g, '\n'));
    expect(back.types.filter((t) => !['root', 'paragraph', 'text'].includes(t))).toEqual([]);
  });
});
