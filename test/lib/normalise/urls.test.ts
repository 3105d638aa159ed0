import { describe, expect, it } from 'vitest';
import { collectLinks, findUrls, fixDuplicatedUrls, linkTarget, toLink } from '../../../src/lib/normalise/urls';

describe('findUrls', () => {
  it('drops sentence punctuation and unbalanced brackets from the end', () => {
    const text = 'Code: https://github.com/a/b. Models (https://huggingface.co/jat-project/jat), site https://x.github.io/p/; wiki https://en.wikipedia.org/wiki/Foo_(bar)!';
    expect(findUrls(text).map((u) => u.url)).toEqual([
      'https://github.com/a/b',
      'https://huggingface.co/jat-project/jat',
      'https://x.github.io/p/',
      'https://en.wikipedia.org/wiki/Foo_(bar)',
    ]);
  });

  it('never finds non-http schemes', () => {
    expect(findUrls('[x](javascript:alert(1)) data:text/html,<script> ftp://a.org/x')).toEqual([]);
  });
});

describe('fixDuplicatedUrls', () => {
  it('repairs the doubled url{url} artefact', () => {
    expect(fixDuplicatedUrls('at https://github.com/Alibaba-NLP/VRAG{https://github.com/Alibaba-NLP/VRAG}.')).toBe('at https://github.com/Alibaba-NLP/VRAG.');
    expect(fixDuplicatedUrls('https://a.org{https://b.org}')).toBe('https://a.org https://b.org');
  });
});

describe('toLink', () => {
  it.each([
    ['https://github.com/zhiyuanhubj/Meta-Ability-Alignment', 'code', 'GitHub'],
    ['https://gitlab.com/x/y', 'code', 'GitLab'],
    ['https://huggingface.co/jat-project/jat', 'code', 'Hugging Face'],
    ['https://huggingface.co/datasets/x/y', 'data', 'Hugging Face dataset'],
    ['https://arxiv.org/abs/2401.00001', 'arxiv', 'arXiv'],
    ['https://doi.org/10.1/x', 'doi', 'DOI'],
    ['https://lfvoid-rl.github.io/', 'project', 'Project page'],
    ['https://sites.google.com/view/prft', 'project', 'Project page'],
    ['https://openreview.net/forum?id=x', 'paper', 'Paper'],
    ['https://zhongwen.one/projects/portal', 'project', 'Project page'],
    // Any other site by its name, not called the paper's project page.
    ['https://www.example.org/x.png', 'other', 'example.org'],
    ['https://deepmind.google/research/', 'other', 'deepmind.google'],
  ])('%s → %s', (url, kind, label) => {
    expect(toLink(url)).toMatchObject({ kind, label });
  });

  it('refuses anything that is not a plain http(s) URL', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'https://user:pw@evil.org/', 'http://localhost/x', 'not a url', 'vbscript:x']) {
      expect(toLink(bad)).toBeUndefined();
    }
  });
});

describe('collectLinks', () => {
  it('takes abstract links in order, then record fields, without repeats', () => {
    const links = collectLinks({
      abstract: 'Code at https://github.com/a/b and https://github.com/a/b/. Paper https://arxiv.org/abs/2401.00001.',
      url: 'https://arxiv.org/abs/2401.00001',
      doi: '10.1000/xyz',
      arxiv: '2401.00001',
    });
    expect(links.map((l) => [l.kind, l.url])).toEqual([
      ['code', 'https://github.com/a/b'],
      ['arxiv', 'https://arxiv.org/abs/2401.00001'],
      ['doi', 'https://doi.org/10.1000/xyz'],
    ]);
  });

  it('counts a DOI once, whatever its resolver host, scheme or case', () => {
    const links = collectLinks({ abstract: 'See http://dx.doi.org/10.1000/xyz1.', url: 'https://www.doi.org/10.1000/XYZ1', doi: '10.1000/XYZ1' });
    expect(links.map((l) => l.url)).toEqual(['http://dx.doi.org/10.1000/xyz1']);
  });
});

describe('linkTarget', () => {
  it('is the same for every spelling of one DOI', () => {
    const spellings = ['https://doi.org/10.1000/XYZ1', 'http://dx.doi.org/10.1000/xyz1', 'https://www.doi.org/10.1000/Xyz1', 'https://doi.org/10.1000%2Fxyz1'];
    expect(new Set(spellings.map(linkTarget))).toEqual(new Set(['doi:10.1000/xyz1']));
  });

  it('ignores scheme, www., host case, trailing slash and fragment, not the path case or query', () => {
    expect(linkTarget('http://WWW.Example.org/a/#top')).toBe(linkTarget('https://example.org/a'));
    expect(linkTarget('https://example.org/A')).not.toBe(linkTarget('https://example.org/a'));
    expect(linkTarget('https://example.org/a?x=1')).not.toBe(linkTarget('https://example.org/a?x=2'));
  });
});
