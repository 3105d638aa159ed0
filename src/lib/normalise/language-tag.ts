/**
 * The language a record says its text is in, as an HTML `lang` value (BCP 47): BibTeX's `language` and
 * biblatex's `langid` (Zotero writes `fr`, `de-DE`; biblatex and JabRef write babel's names, `french`,
 * `ngerman`, `USenglish`), CSL's `language`. A paper page marks its title and abstract with it, so that screen
 * readers speak them in their language and browsers hyphenate and offer to translate them (review 17 M7).
 */

/** Babel's and English names of languages, and a few written in the language itself, by their BCP 47 tag. */
const NAMES: Record<string, string> = {
  english: 'en', american: 'en-US', usenglish: 'en-US', british: 'en-GB', ukenglish: 'en-GB', canadian: 'en-CA', australian: 'en-AU', newzealand: 'en-NZ',
  french: 'fr', francais: 'fr', français: 'fr', frenchb: 'fr', acadian: 'fr-CA', canadien: 'fr-CA',
  german: 'de', ngerman: 'de', deutsch: 'de', austrian: 'de-AT', naustrian: 'de-AT', swissgerman: 'de-CH', nswissgerman: 'de-CH',
  spanish: 'es', español: 'es', espanol: 'es', castellano: 'es', catalan: 'ca', italian: 'it', italiano: 'it',
  portuguese: 'pt', portuges: 'pt', brazilian: 'pt-BR', brazil: 'pt-BR', dutch: 'nl', nederlands: 'nl', flemish: 'nl-BE',
  latin: 'la', greek: 'el', polutonikogreek: 'grc', ancientgreek: 'grc', russian: 'ru', ukrainian: 'uk', polish: 'pl', czech: 'cs',
  slovak: 'sk', slovene: 'sl', slovenian: 'sl', croatian: 'hr', serbian: 'sr', bulgarian: 'bg', hungarian: 'hu', magyar: 'hu',
  romanian: 'ro', swedish: 'sv', danish: 'da', norwegian: 'no', norsk: 'no', nynorsk: 'nn', bokmal: 'nb', finnish: 'fi',
  icelandic: 'is', estonian: 'et', latvian: 'lv', lithuanian: 'lt', irish: 'ga', welsh: 'cy', basque: 'eu', galician: 'gl',
  turkish: 'tr', arabic: 'ar', hebrew: 'he', persian: 'fa', farsi: 'fa', hindi: 'hi', chinese: 'zh', japanese: 'ja', korean: 'ko',
  vietnamese: 'vi', thai: 'th', indonesian: 'id', malay: 'ms',
};

/** A BCP 47 tag: a two- or three-letter language, then subtags ("de", "de-DE", "zh-Hant-TW", "en_US" as some tools write it). */
const TAG = /^([a-z]{2,3})((?:[-_][a-z0-9]{2,8})*)$/i;

/**
 * The tag of a record's language field, or undefined when it names none this knows ("Other", "multiple",
 * "fr; en": a page can mark its text with one language only). Tags are written as BCP 47 spells them:
 * language lower case, region upper case (`de-DE`).
 */
export function languageTag(value: string | undefined | null): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  const named = NAMES[text.toLowerCase().replace(/[\s_-]+/g, '')];
  if (named !== undefined) return named;
  const m = TAG.exec(text);
  if (!m) return undefined;
  const subtags = m[2]!.split(/[-_]/).filter((s) => s !== '');
  return [m[1]!.toLowerCase(), ...subtags.map((s) => (s.length === 2 ? s.toUpperCase() : s.length === 4 ? s[0]!.toUpperCase() + s.slice(1).toLowerCase() : s.toLowerCase()))].join('-');
}

/** Whether a tag is English's, which the site's pages are in already. */
export function isEnglishTag(tag: string): boolean {
  return tag === 'en' || tag.startsWith('en-');
}

/**
 * Function words each language writes often and the others (and English) seldom. Words two of them share
 * ("de", "en", "la", "que", "des", "e") are left out; each list alone tells its language apart.
 */
const FUNCTION_WORDS: ReadonlyArray<[string, ReadonlySet<string>]> = [
  ['de', new Set('der die das und ist nicht mit von den dem des ein eine einer eines einem zu auf für sich auch werden wird wurde sind oder als bei durch nach wie über unter zwischen diese dieser dieses kann können wir im zur zum aus sowie dass seine seiner ihre ihrer'.split(' '))],
  ['fr', new Set('le les du un une est pour dans sur avec qui nous ce cette ces sont ont être été ou aux leur mais pas au et il elle ne se son sa ses'.split(' '))],
  ['es', new Set('el los las del por para con una es su sus más pero este esta estos estas entre sobre también ser fue lo y se como'.split(' '))],
  ['it', new Set('il della delle che sono nel nella gli è questo questa dei degli alla anche di per non si una'.split(' '))],
  ['pt', new Set('não uma os dos das em com são foi pelo pela do da ao à se como'.split(' '))],
  ['nl', new Set('het een van voor met zijn worden wordt deze ook naar bij door aan niet op te'.split(' '))],
];

const WORD = /\p{L}+/gu;
/** Fewer function words than this say nothing ("y" in a formula is no Spanish). */
const MIN_HITS = 3;

/**
 * Which of German, French, Spanish, Italian, Portuguese and Dutch a text is written in, by the share of each
 * one's function words; undefined unless one of them clearly leads (three words and a tenth of the words at least,
 * half as much again as the next). Meant for text already judged not English (../concepts/language.ts).
 */
export function guessTextLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length === 0) return undefined;
  const counts = FUNCTION_WORDS.map(([tag, set]) => ({ tag, n: words.filter((w) => set.has(w)).length })).sort((a, b) => b.n - a.n);
  const [first, second] = counts as [{ tag: string; n: number }, { tag: string; n: number }];
  return first.n >= MIN_HITS && first.n >= 0.1 * words.length && first.n >= 1.5 * second.n ? first.tag : undefined;
}
