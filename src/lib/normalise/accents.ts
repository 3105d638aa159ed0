/**
 * Text without its accents and other combining marks, compatibility characters decomposed ("é" → "e",
 * "ﬁ" → "fi", "²" → "2"): the folding behind comparison keys, slugs and word matching.
 */
const MARKS = /\p{M}+/gu;

export function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '');
}

/** Letters NFKD does not decompose into ASCII + marks, spelled as they are in ASCII, in their case. */
const TRANSLITERATION: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
  ȷ: 'j',
  ħ: 'h',
  Ħ: 'H',
  ŋ: 'n',
};
const UNDECOMPOSED = new RegExp(`[${Object.keys(TRANSLITERATION).join('')}]`, 'g');

/**
 * The Latin letters that carry no combining accent spelled in ASCII ("Groß" → "Gross", "Łukasz" → "Lukasz",
 * "D'Haultfœuille" → "D'Haultfoeuille"), every other character as it is: for search, where accents are
 * folded by Pagefind itself and are kept for the excerpts to show.
 */
export function transliterate(text: string): string {
  return text.replace(UNDECOMPOSED, (c) => TRANSLITERATION[c] ?? c);
}

/**
 * Latin letters in ASCII where they have a spelling there ("Groß" → "Gross", "Łódź" → "Lodz", "Ørsted" →
 * "Orsted"), for text that must be ASCII (slugs, citation keys) but still read as the word. Other scripts are
 * left as they are, for the caller to drop.
 */
export function foldToAscii(text: string): string {
  return stripAccents(transliterate(text));
}
