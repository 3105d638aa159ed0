import { describe, expect, it } from 'vitest';
import { assignSlugs, MAX_SLUG_LENGTH, slugify } from '../../../src/lib/normalise/slug';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const h = (n: number) => n.toString(16).padStart(64, '0');

describe('slugify', () => {
  it.each([
    ["Beyond 'Aha!': Toward Systematic Meta-Abilities Alignment", 'beyond-aha-toward-systematic-meta-abilities-alignment'],
    ['Über die Größe von Æther & Łódź', 'uber-die-grosse-von-aether-and-lodz'],
    ["The Model's Mind", 'the-models-mind'],
    ['$R^3$: Med-R^3', 'r-3-med-r-3'],
    ['???', ''],
    ['数学 😀', ''],
    // Review 9: Unicode Greek was dropped, TeX Greek spelled out. Now both read as TeX names them.
    ['IL-1β and TNF-α drive NF-κB activation', 'il-1-beta-and-tnf-alpha-drive-nf-kappa-b-activation'],
    ['IL-1$\\beta$ and TNF-$\\alpha$ drive NF-$\\kappa$B activation', 'il-1-beta-and-tnf-alpha-drive-nf-kappa-b-activation'],
    ['Bounds on σ₈ from 5 µg of Δ-data', 'bounds-on-sigma-8-from-5-mu-g-of-delta-data'],
    ['Bounds on $\\sigma_8$', 'bounds-on-sigma-8'],
    ['Ανάλυση δεδομένων for β-cells', 'for-beta-cells'],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('stays within the length limit, cutting at a word boundary', () => {
    const slug = slugify('A very long title with many words that keeps going well past the limit of eighty characters for sure');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(SLUG);
    expect(slug.endsWith('-')).toBe(false);
    expect('a-very-long-title-with-many-words-that-keeps-going-well-past-the-limit-of-eighty-characters'.startsWith(slug)).toBe(true);
  });
});

describe('assignSlugs', () => {
  it('gives a title that slugifies to nothing a slug from its hash', () => {
    const [a, b] = assignSlugs([
      { title: '???', hash: 'abcdef0123456789' },
      { title: '数学', hash: '0123456789abcdef' },
    ]);
    expect(a).toBe('paper-abcdef01');
    expect(b).toBe('paper-01234567');
  });

  it('avoids reserved route names', () => {
    expect(assignSlugs([{ title: 'Index', hash: h(1) }])).toEqual(['index-paper']);
  });

  it('resolves collisions by content hash, not input order', () => {
    const x = { title: 'Same Title', hash: `aaaaaa${'0'.repeat(58)}` };
    const y = { title: 'Same title!', hash: `bbbbbb${'0'.repeat(58)}` };
    expect(assignSlugs([x, y])).toEqual(['same-title', 'same-title-bbbbbb']);
    expect(assignSlugs([y, x])).toEqual(['same-title-bbbbbb', 'same-title']);
  });

  it('lengthens the suffix when a suffixed slug would take another paper\'s slug', () => {
    const items = [
      { title: 'Foo', hash: `111111${'0'.repeat(58)}` },
      { title: 'Foo', hash: `222222${'0'.repeat(58)}` },
      { title: 'Foo 222222', hash: `333333${'0'.repeat(58)}` },
    ];
    const slugs = assignSlugs(items);
    expect(new Set(slugs).size).toBe(3);
    expect(slugs[2]).toBe('foo-222222');
    expect(slugs[1]).toBe('foo-2222220');
  });

  it('keeps suffixed slugs within the length limit', () => {
    const long = 'word '.repeat(40);
    const slugs = assignSlugs([
      { title: long, hash: h(1) },
      { title: long, hash: h(2) },
    ]);
    for (const s of slugs) {
      expect(s.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      expect(s).toMatch(SLUG);
    }
    expect(new Set(slugs).size).toBe(2);
  });
});
