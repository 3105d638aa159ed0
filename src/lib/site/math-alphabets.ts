/**
 * MathML's `mathvariant` (double-struck, fraktur, script, bold, sans-serif, …) written into the characters
 * themselves. KaTeX writes `\mathbb{T}` as `<mi mathvariant="double-struck">T</mi>`, and MathML Core, all that
 * Chromium draws, knows only `mathvariant="normal"`: Wiles' "R = 𝕋" read "R = T", ring and Hecke algebra
 * alike. The Unicode Mathematical Alphanumeric Symbols (U+1D400–U+1D7FF) draw the same letters in every
 * browser and are read by screen readers by name ("double-struck T"). KaTeX has no option for this.
 */

/** Per variant, the code points of its A, a and 0 (undefined where Unicode has no such letters). */
interface Alphabet {
  upper?: number;
  lower?: number;
  digit?: number;
  /** The first of its 58 Greek letters (Α–Ω with ϴ, ∇, α–ω, ∂ and six variant forms). */
  greek?: number;
}

const ALPHABETS: Readonly<Record<string, Alphabet>> = {
  bold: { upper: 0x1d400, lower: 0x1d41a, digit: 0x1d7ce, greek: 0x1d6a8 },
  italic: { upper: 0x1d434, lower: 0x1d44e, greek: 0x1d6e2 },
  'bold-italic': { upper: 0x1d468, lower: 0x1d482, greek: 0x1d71c },
  script: { upper: 0x1d49c, lower: 0x1d4b6 },
  'bold-script': { upper: 0x1d4d0, lower: 0x1d4ea },
  fraktur: { upper: 0x1d504, lower: 0x1d51e },
  'double-struck': { upper: 0x1d538, lower: 0x1d552, digit: 0x1d7d8 },
  'bold-fraktur': { upper: 0x1d56c, lower: 0x1d586 },
  'sans-serif': { upper: 0x1d5a0, lower: 0x1d5ba, digit: 0x1d7e2 },
  'bold-sans-serif': { upper: 0x1d5d4, lower: 0x1d5ee, digit: 0x1d7ec, greek: 0x1d756 },
  'sans-serif-italic': { upper: 0x1d608, lower: 0x1d622 },
  'sans-serif-bold-italic': { upper: 0x1d63c, lower: 0x1d656, greek: 0x1d790 },
  monospace: { upper: 0x1d670, lower: 0x1d68a, digit: 0x1d7f6 },
};

/**
 * Letters Unicode had already encoded in Letterlike Symbols (ℝ, ℌ, ℒ, ℎ, …): the block leaves their places
 * empty (reserved code points that fonts do not draw), so these must be used instead.
 */
const HOLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  italic: { h: 'ℎ' },
  script: { B: 'ℬ', E: 'ℰ', F: 'ℱ', H: 'ℋ', I: 'ℐ', L: 'ℒ', M: 'ℳ', R: 'ℛ', e: 'ℯ', g: 'ℊ', o: 'ℴ' },
  fraktur: { C: 'ℭ', H: 'ℌ', I: 'ℑ', R: 'ℜ', Z: 'ℨ' },
  'double-struck': { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' },
};

/** Greek letters after ω in the block's order, each a place after the 25 capitals and 25 small letters. */
const GREEK_AFTER_OMEGA = '∂ϵϑϰϕϱϖ';

/** One character in `variant`'s alphabet, or undefined when Unicode has none for it. */
function styledChar(ch: string, variant: string): string | undefined {
  const hole = HOLES[variant]?.[ch];
  if (hole) return hole;
  const alphabet = ALPHABETS[variant];
  if (!alphabet) return undefined;
  const cp = ch.codePointAt(0)!;
  const at = (start: number | undefined, offset: number) => (start === undefined ? undefined : String.fromCodePoint(start + offset));
  if (cp >= 0x41 && cp <= 0x5a) return at(alphabet.upper, cp - 0x41);
  if (cp >= 0x61 && cp <= 0x7a) return at(alphabet.lower, cp - 0x61);
  if (cp >= 0x30 && cp <= 0x39) return at(alphabet.digit, cp - 0x30);
  // Α–Ω (U+0391–U+03A9; U+03A2, unassigned, sits where the block has ϴ), ∇, α–ω (with ς), then the variants.
  if (cp >= 0x391 && cp <= 0x3a9 && cp !== 0x3a2) return at(alphabet.greek, cp - 0x391);
  if (ch === '∇') return at(alphabet.greek, 25);
  if (cp >= 0x3b1 && cp <= 0x3c9) return at(alphabet.greek, 26 + cp - 0x3b1);
  const variantForm = GREEK_AFTER_OMEGA.indexOf(ch);
  if (variantForm !== -1) return at(alphabet.greek, 51 + variantForm);
  return undefined;
}

/** `text` in `variant`'s alphabet, or undefined unless Unicode has every one of its characters there. */
export function mathAlphabetText(text: string, variant: string): string | undefined {
  let out = '';
  for (const ch of text) {
    const styled = styledChar(ch, variant);
    if (styled === undefined) return undefined;
    out += styled;
  }
  return out === '' ? undefined : out;
}

/**
 * KaTeX's token elements (`<mi>`, `<mn>`) with a mathvariant other than "normal" rewritten into the styled
 * characters, the attribute dropped. A token Unicode cannot spell wholly (a double-struck Greek letter) keeps
 * its attribute: Firefox still draws it. `<mtext>` (`\textbf{…}`) is left as words: math letters there
 * would read letter by letter to a screen reader and not copy as text.
 */
const TOKEN = /<(mi|mn)((?:\s[a-z-]+="[^"]*")*?)\smathvariant="([a-z-]+)"((?:\s[a-z-]+="[^"]*")*)>([^<]*)<\/\1>/g;

export function mathVariantsAsCharacters(mathml: string): string {
  return mathml.replace(TOKEN, (whole, tag: string, before: string, variant: string, after: string, text: string) => {
    if (variant === 'normal') return whole;
    const styled = mathAlphabetText(text, variant);
    return styled === undefined ? whole : `<${tag}${before}${after}>${styled}</${tag}>`;
  });
}
