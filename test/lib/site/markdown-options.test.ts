import { describe, expect, it } from 'vitest';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { markdownProcessorOptions } from '../../../src/lib/site/markdown-options';

const html = (md: string) => (markdownToHtml(md, markdownProcessorOptions) as MarkdownToHtmlResult).html;

describe('the paper bodies as Astro renders them', () => {
  it('show punctuation as the input gives it: no smart dashes, quotes or ellipses', () => {
    const out = html(`Run the trainer with --verbose and --epochs 10--20; the model's "loss" drops... 'a' --- b`);
    expect(out).toContain(`--verbose and --epochs 10--20; the model's "loss" drops... 'a' --- b`);
    expect(out).not.toMatch(/[–—’“”…]/);
  });

  it('still make raw HTML text and render math', () => {
    const out = html('<!-- note --> <b>x</b> and $x^2$');
    expect(out).not.toMatch(/<b>|<!--/);
    expect(out).toContain('&lt;!-- note --&gt;');
    expect(out).toContain('<msup>');
  });
});
