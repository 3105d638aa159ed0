import { describe, expect, it } from 'vitest';
import { decodeCaretScripts, decodeSlashScripts, unicodeScript } from '../../../src/lib/normalise/super-subscripts';
import { cleanText } from '../../../src/lib/normalise/text';
import { slugify } from '../../../src/lib/normalise/slug';

describe('decodeSlashScripts', () => {
  it.each([
    ['a bit-serial AB/sup 2/ multiplier', 'a bit-serial AB² multiplier'],
    ['over GF(2/sup m/)', 'over GF(2ᵐ)'],
    ['(/sup 18/F-FDG)-positron', '(¹⁸F-FDG)-positron'],
    ['L/sub p/ stability of x/sub 0/ and T/sub max/', 'Lₚ stability of x₀ and Tₘₐₓ'],
    ['a rate of 10/sup -6/ per bit', 'a rate of 10⁻⁶ per bit'],
    ['the A/sub 1/ and A/sup T/ matrices', 'the A₁ and Aᵀ matrices'],
    ['Windows/sup TM/ users', 'Windows™ users'],
  ])('%j → %j (Unicode when every character has a form)', (input, expected) => {
    expect(decodeSlashScripts(input)).toBe(expected);
  });

  it.each([
    ['robust H/sub infinity / control', 'robust H$_{\\infty}$ control'],
    ['a time of /sup O(n log n)/ steps', 'a time of $^{O(n \\mathrm{log} n)}$ steps'],
    ['the pair /sup ( alpha , beta )/', 'the pair $^{( \\alpha , \\beta )}$'],
    ['p/sub 0.90/ quantile', 'p$_{0.90}$ quantile'],
    ['/sub a_b{c}/ and /sub ab#/', '$_{a\\_b\\{c\\}}$ and $_{\\mathrm{ab}\\#}$'],
  ])('%j → %j (inline math otherwise)', (input, expected) => {
    expect(decodeSlashScripts(input)).toBe(expected);
  });

  it('spells out Greek letters, closing up the spaces the records put around them', () => {
    expect(decodeSlashScripts('x/sub gamma / and /sub t- tau /')).toBe('xᵧ and $_{t- \\tau}$');
    expect(decodeSlashScripts('/sup kappa /')).toBe('$^{\\kappa}$');
    expect(decodeSlashScripts('/sup alpha /')).toBe('ᵅ');
    expect(decodeSlashScripts('/sub Omega /')).toBe('$_{\\Omega}$');
  });

  it('leaves text without the notation alone', () => {
    for (const text of ['and/or', 'a /sup/ path', 'input/output sub-systems', 'sup 2 and sub 3']) expect(decodeSlashScripts(text)).toBe(text);
  });
});

describe('decodeCaretScripts', () => {
  it.each([
    ['we introduce Med-R^3, a', 'we introduce Med-R³, a'],
    ['in O(n^2) time and 2^{k+1} steps', 'in O(n²) time and 2ᵏ⁺¹ steps'],
    ['x^n grows, 10^-6 errors', 'xⁿ grows, 10⁻⁶ errors'],
    ['at the end: R^3.', 'at the end: R³.'],
  ])('%j → %j', (input, expected) => {
    expect(decodeCaretScripts(input)).toBe(expected);
  });

  it('leaves carets it cannot read as one script, or that have no Unicode form, as typed', () => {
    for (const text of ['2^10x', 'a^bc', 'x^{q}', 'n^{a b}', 'the N^ term', '^3 alone', 'x ^ 2', 'v^1.5']) expect(decodeCaretScripts(text)).toBe(text);
  });
});

describe('unicodeScript', () => {
  it('maps every character or gives up', () => {
    expect(unicodeScript('sup', '-12')).toBe('⁻¹²');
    expect(unicodeScript('sub', 'ij')).toBe('ᵢⱼ');
    expect(unicodeScript('sub', 'T')).toBeUndefined();
    expect(unicodeScript('sup', '')).toBeUndefined();
  });
});

describe('slash scripts through cleanText', () => {
  it('come out once, idempotently, and leave URLs as they are', () => {
    const once = cleanText('AB/sup 2/ and H/sub infinity / and Med-R^3 and $R^3$ at https://example.org/R^3/x');
    expect(once).toBe('AB² and H$_{\\infty}$ and Med-R³ and $R^3$ at https://example.org/R^3/x');
    expect(cleanText(once)).toBe(once);
  });

  it('slug like the digits they are', () => {
    expect(slugify(cleanText('/sup 18/F-FDG PET imaging'))).toBe('18f-fdg-pet-imaging');
  });
});
