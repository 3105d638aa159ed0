import { describe, expect, it } from 'vitest';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { markdownSafety } from '../../../src/lib/security/markdown';

// The plugin is synchronous, so Sätteri returns the result directly rather than a promise.
const html = (md: string, hastPlugins = [markdownSafety]) => (markdownToHtml(md, { hastPlugins }) as MarkdownToHtmlResult).html;
const render = (md: string) => html(md);

describe('markdownSafety', () => {
  it('turns raw HTML into visible text', () => {
    const html = render('Hi <img src=x onerror="alert(1)"> <script>alert(2)</script> <!-- c -->\n\n<div onclick="x()">b</div>\n');
    expect(html).not.toMatch(/<(img|script|div)\b/);
    expect(html).not.toContain('<!--');
    expect(html).toContain('&lt;img src=x onerror="alert(1)"&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('drops the href of script and data links but keeps their text', () => {
    const html = render('[click](javascript:alert(1)) and [d](data:text/html,x) and [v](VBScript:x)');
    expect(html).not.toMatch(/href="(javascript|data|vbscript):/i);
    expect(html).toContain('>click</a>');
  });

  it('marks external links noopener noreferrer and leaves site links alone', () => {
    const html = render('[code](https://github.com/a/b) <https://x.org/> https://bare.example.org/y [in](/paper-atlas/papers/a/)');
    expect(html).toContain('<a href="https://github.com/a/b" rel="noopener noreferrer">');
    expect(html).toContain('<a href="https://x.org/" rel="noopener noreferrer">');
    expect(html).toContain('<a href="https://bare.example.org/y" rel="noopener noreferrer">');
    expect(html).toContain('<a href="/paper-atlas/papers/a/">');
  });

  it('is a no-op on plain Markdown', () => {
    const md = 'A *model* for `code` and $x^2$.\n';
    expect(render(md)).toBe(html(md, []));
  });
});
