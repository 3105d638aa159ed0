import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXTERNAL_LINK_REL, externalLink, isExternalHref, safeExternalUrl } from '../../../src/lib/security/links';

describe('safeExternalUrl', () => {
  it.each(['https://github.com/org/repo', 'http://example.org/a?b=c#d', 'mailto:someone@example.org'])('keeps %s', (url) => {
    expect(safeExternalUrl(url)).toBe(new URL(url).href);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(safeExternalUrl(url)).toBeUndefined();
  });

  it('never returns a URL that a browser would run as script', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('javascript:', 'JAVASCRIPT:', ' javascript:', 'java\tscript:', 'data:', 'vbscript:'), (rest, scheme) => {
        const result = safeExternalUrl(scheme + rest);
        return result === undefined || /^(https?|mailto):/.test(result);
      }),
    );
  });
});

describe('isExternalHref', () => {
  it.each(['https://x.org', 'mailto:a@b', 'javascript:x', '//evil.example/', '\\\\evil.example/', ' java\nscript:x'])('%j leaves the site', (href) => {
    expect(isExternalHref(href)).toBe(true);
  });
  it.each(['/paper-atlas/papers/a/', 'papers/a/', '#abstract', '../concepts/x/', '?q=1'])('%j stays on the site', (href) => {
    expect(isExternalHref(href)).toBe(false);
  });
});

describe('externalLink', () => {
  it('gives safe links noopener and noreferrer', () => {
    expect(externalLink('https://github.com/a/b')).toEqual({ href: 'https://github.com/a/b', rel: EXTERNAL_LINK_REL });
    expect(EXTERNAL_LINK_REL.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  });
  it('gives nothing for an unsafe URL', () => {
    expect(externalLink('javascript:alert(document.cookie)')).toBeUndefined();
  });
});
