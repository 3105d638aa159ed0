import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as mathText from '../../../src/lib/normalise/math-text';
import { mayHoldMath, plainText } from '../../../src/lib/site/plain-text';
import { renderInlineMath } from '../../../src/lib/site/math';
import { escapeHtml } from '../../../src/lib/site/html';
import { withItalics } from '../../../src/lib/normalise/italic-spans';

// The real reader, with its calls counted: a title without a math delimiter must not be read character by character.
vi.mock('../../../src/lib/normalise/math-text', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lib/normalise/math-text')>();
  return { ...real, splitMath: vi.fn((text: string) => real.splitMath(text)), plainMathText: vi.fn((text: string) => real.plainMathText(text)) };
});
const splitMath = vi.mocked(mathText.splitMath);
const plainMathText = vi.mocked(mathText.plainMathText);

/** Strings rich in what opens and closes math: dollars, backslashes, brackets, spaces, digits, letters. */
const mathish = fc.string({ unit: fc.constantFrom('$', '\\', '[', ']', '(', ')', ' ', '1', 'x', '^', '{', '}', '&', '<', 'é') });

describe('plainText and the quick path of renderInlineMath', () => {
  beforeEach(() => {
    splitMath.mockClear();
    plainMathText.mockClear();
  });

  it('read what plainMathText and a full split read, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(mathish, fc.string()), (text) => {
        expect(plainText(text)).toBe(plainMathText(text));
        expect(mayHoldMath(text) || mathText.splitMath(text).every((s) => s.kind === 'text')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('renders the same HTML as a full split, italics included', () => {
    // What renderInlineMath made of each plain part of the split before the quick path.
    const splitHtml = (text: string, italics: readonly string[]) =>
      mathText
        .splitMath(text)
        .map((s) => (s.kind !== 'text' ? '' : italics.length === 0 ? escapeHtml(s.text) : withItalics(s.text, italics, escapeHtml, (html) => `<em>${html}</em>`)))
        .join('');
    fc.assert(
      fc.property(fc.oneof(mathish, fc.string()), fc.constantFrom([], ['x'], ['é x'], ['1 x']), (text, italics) => {
        if (!mayHoldMath(text)) expect(renderInlineMath(text, italics)).toBe(splitHtml(text, italics));
      }),
      { numRuns: 2000 },
    );
    expect(renderInlineMath('Roe v. Wade & <b>', ['Roe v. Wade'])).toBe('<em>Roe v. Wade</em> &amp; &lt;b&gt;');
    expect(renderInlineMath('')).toBe('');
  });

  it('do not read a title without a math delimiter character by character', () => {
    expect(plainText('Graph neural networks for molecules')).toBe('Graph neural networks for molecules');
    expect(renderInlineMath('Graph neural networks & <molecules>')).toBe('Graph neural networks &amp; &lt;molecules&gt;');
    expect(splitMath).not.toHaveBeenCalled();
    expect(plainMathText).not.toHaveBeenCalled();
    // One with a formula still is.
    expect(plainText('CO$_2$ capture')).toBe('CO₂ capture');
    expect(renderInlineMath('UR$^2$')).toContain('<math');
    expect(splitMath).toHaveBeenCalled();
  });
});
