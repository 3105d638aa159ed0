import { describe, expect, it } from 'vitest';
import { decodeEntities, parseExcerpt } from '../../../src/lib/search/excerpt';

describe('parseExcerpt', () => {
  it('splits marked hits from plain text', () => {
    expect(parseExcerpt('grounds <mark>retrieval</mark> in text')).toEqual([
      { text: 'grounds ', mark: false },
      { text: 'retrieval', mark: true },
      { text: ' in text', mark: false },
    ]);
  });

  it('keeps every other tag as literal text, never as markup', () => {
    const segments = parseExcerpt('<img src=x onerror=alert(1)> and &lt;script&gt;<mark>x</mark></script>');
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)> and <script>', mark: false },
      { text: 'x', mark: true },
      { text: '</script>', mark: false },
    ]);
  });

  it('survives unbalanced marks', () => {
    expect(parseExcerpt('a</mark>b<mark>c')).toEqual([
      { text: 'ab', mark: false },
      { text: 'c', mark: true },
    ]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones alone', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&#39;&#x41;&bogus;&#0;')).toBe('&<>"\'A&bogus;&#0;');
    expect(decodeEntities('&constructor;&__proto__;')).toBe('&constructor;&__proto__;');
  });
});
