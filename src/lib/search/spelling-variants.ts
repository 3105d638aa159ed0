/**
 * British spellings of common words of science in their American form, for search only (the index and the
 * query, through ./search-fold.ts), so that "color naming" finds a paper on colour naming. The words are
 * listed, not found by rule: "-our" → "-or" would make "four" "for" and "hour" "hor", "-ise" → "-ize"
 * would make "precise" "precize" and "-tre" → "-ter" "metre" of "symmetre".
 * - a stem whose every word is British whatever follows (`colour…`, `haem…`, `oesophag…`, `sulph…`);
 * - a stem that is British only before a verb ending (`organis` + `e`, `ed`, `ation`… but not `organism`;
 *   `analys` + `e`, `ed`, `ing`, since "analyses" is also the plural of "analysis");
 * - whole words (`centre`, `fibre`, `catalogue`, `modelling`, `ageing`, `grey`).
 */

/**
 * British stem → American stem, whatever the rest of the word: "-our" stems lose the "u", and the Greek "ae" and
 * "oe" stems their "a" or "o" ("haem" → "hem", "oestr" → "estr"); "sulph" is "sulf". (Written as one string each:
 * the search worker downloads this table, and a list of quoted pairs cost twice the bytes.)
 */
const ANY_ENDING: ReadonlyArray<readonly [string, string]> = [
  ...'armour behaviour colour endeavour favour flavour harbour honour humour labour neighbour odour rumour savour tumour vapour vigour'
    .split(' ')
    .map((uk) => [uk, uk.replace(/our$/, 'or')] as const),
  ...'haem anaem leukaem ischaem septicaem glycaem hypoglycaem hyperglycaem paediatr orthopaed encyclopaed gynaecolog anaesthe aetiolog oestr oesophag oedem diarrhoe foet'
    .split(' ')
    .map((uk) => [uk, uk.replace(/[ao]e/, 'e')] as const),
  ['sulph', 'sulf'],
];

/** Stems spelled with "s" in British and "z" in American before these endings only (each listed without its "s"). */
const ISE_STEMS = (
  'apologi categori centrali characteri commerciali critici crystalli digiti discreti emphasi generali harmoni hospitali hypothesi ' +
  'immuni initiali ioni lineari locali marginali maximi memori metaboli minimi mobili neutrali normali optimi organi parameteri ' +
  'penali personali polymeri prioriti quanti randomi reali recogni regulari solubili speciali stabili standardi sterili summari ' +
  'synthesi tokeni utili vectori visuali'
)
  .split(' ')
  .map((stem) => `${stem}s`);
const ISE_ENDINGS = new Set('e ed es er ers ing ation ations ational'.split(' '));
const YSE_STEMS = 'analys catalys dialys electrolys hydrolys paralys'.split(' ');
const YSE_ENDINGS = new Set('e ed ing er ers'.split(' '));

const WHOLE_WORDS = new Map<string, string>([
  ...'centre fibre litre metre millimetre centimetre kilometre micrometre nanometre theatre'.split(' ').flatMap((uk) => {
    const us = `${uk.slice(0, -2)}er`;
    return [[uk, us], [`${uk}s`, `${us}s`]] as Array<[string, string]>;
  }),
  ...'catalogue analogue dialogue homologue monologue prologue epilogue'.split(' ').flatMap((uk) => {
    const us = uk.slice(0, -2);
    return [[uk, us], [`${uk}s`, `${us}s`]] as Array<[string, string]>;
  }),
  ...'model label signal travel tunnel channel fuel level cancel counsel'.split(' ').flatMap((us) => [
    [`${us}ling`, `${us}ing`],
    [`${us}led`, `${us}ed`],
  ] as Array<[string, string]>),
  ...'programme:program programmes:programs ageing:aging aluminium:aluminum grey:gray greyscale:grayscale defence:defense licence:license offence:offense mould:mold moulds:molds'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
]);

function american(lower: string): string | undefined {
  const whole = WHOLE_WORDS.get(lower);
  if (whole !== undefined) return whole;
  for (const [uk, us] of ANY_ENDING) if (lower.startsWith(uk)) return us + lower.slice(uk.length);
  for (const stem of ISE_STEMS) {
    if (lower.startsWith(stem) && ISE_ENDINGS.has(lower.slice(stem.length))) return `${stem.slice(0, -1)}z${lower.slice(stem.length)}`;
  }
  for (const stem of YSE_STEMS) {
    if (lower.startsWith(stem) && YSE_ENDINGS.has(lower.slice(stem.length))) return `${stem.slice(0, -1)}z${lower.slice(stem.length)}`;
  }
  return undefined;
}

/**
 * A run of letters that starts, in any case, as a listed word or stem does: only these can have an American
 * spelling, and looking each word of a text up in the lists took three quarters of search's folding of a page
 * (the site build folds every paper's text: 1.5 s of the Astro step at 10,000 papers).
 */
const LISTED_RUN = new RegExp(`(?<!\\p{L})(?=${[...WHOLE_WORDS.keys(), ...ANY_ENDING.map(([uk]) => uk), ...ISE_STEMS, ...YSE_STEMS].join('|')})\\p{L}+`, 'giu');
const LISTABLE = /^[A-Za-z]{4,}$/;

/** `text` with each British word of the lists in its American spelling, in the word's case. */
export function americanSpelling(text: string): string {
  return text.replace(LISTED_RUN, (word) => {
    const us = LISTABLE.test(word) ? american(word.toLowerCase()) : undefined;
    if (us === undefined) return word;
    if (word.length > 1 && word === word.toUpperCase()) return us.toUpperCase();
    return word[0] === word[0]!.toUpperCase() ? us[0]!.toUpperCase() + us.slice(1) : us;
  });
}
