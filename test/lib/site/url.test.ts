import { describe, expect, it } from 'vitest';
import { arxivUrl, conceptPath, doiUrl, paperPath, safeExternalUrl, withBase } from '../../../src/lib/site/url';

describe('withBase', () => {
  it('joins a root base and a project base with exactly one slash', () => {
    expect(withBase('/', 'papers/')).toBe('/papers/');
    expect(withBase('/paper-atlas/', 'papers/')).toBe('/paper-atlas/papers/');
    expect(withBase('/paper-atlas', '/graph/')).toBe('/paper-atlas/graph/');
    expect(withBase('/paper-atlas/')).toBe('/paper-atlas/');
  });

  it('builds paper and concept paths and encodes ids that are not URL-safe', () => {
    expect(paperPath('/x/', 'attention-is-all-you-need')).toBe('/x/papers/attention-is-all-you-need/');
    expect(conceptPath('/', 'large-language-model')).toBe('/concepts/large-language-model/');
    expect(paperPath('/', '../../evil?x=1#y')).toBe('/papers/..%2F..%2Fevil%3Fx%3D1%23y/');
  });
});

describe('safeExternalUrl', () => {
  it('keeps http(s) links', () => {
    expect(safeExternalUrl(' https://github.com/a/b ')).toBe('https://github.com/a/b');
    expect(safeExternalUrl('http://example.org/p?q=1')).toBe('http://example.org/p?q=1');
  });

  it('drops script URLs and anything that is not a web link', () => {
    expect(safeExternalUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeExternalUrl('JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeExternalUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeExternalUrl('/relative/path')).toBeUndefined();
    expect(safeExternalUrl('not a url')).toBeUndefined();
  });
});

describe('doiUrl and arxivUrl', () => {
  it('accept bare identifiers and already-resolved forms', () => {
    expect(doiUrl('10.1145/3292500.3330701')).toBe('https://doi.org/10.1145/3292500.3330701');
    expect(doiUrl('https://dx.doi.org/10.1/abc')).toBe('https://doi.org/10.1/abc');
    expect(arxivUrl('arXiv:2507.21990')).toBe('https://arxiv.org/abs/2507.21990');
  });
});
