/**
 * Nouns that English grammar uses as something else: the noun of a multiword preposition ("with regard
 * to", "in terms of", "in the context of"), of a quantifier ("a couple of"), of a verb idiom ("takes
 * place", "gives rise to", "with maintenance in mind"), and the names of months, weekdays and, before a
 * year, seasons ("September 2000", "in the fall of 1995"), and a month's abbreviation beside a day or year
 * ("by Jan 31, 2020", "2 Feb 2020"; "Jan Smith" stays a name), and "vs"/"versus", a preposition the tagger
 * may call a noun ("streptokinase infusion vs 1029/8595" gave "Streptokinase infusion vs"), and "of color" said of
 * people ("women of color"), Latin adverbs ("per capita"), "an order of magnitude" and the adverbial idioms of
 * academic prose ("in summary", "for simplicity", "in practice": ADVERBIAL_IDIOMS). None of them names a topic there, though the
 * tagger rightly calls them nouns; they become phrase breaks. These are lists of general English (the
 * complex prepositions of the grammars, e.g. Quirk et al. 1985, §9.10–9.13), not words picked from a corpus.
 */
import type { Word } from './tokenize';

/**
 * One idiom a line: words separated by spaces, alternatives by `|`, an optional word ends in `?`, and the
 * noun that is no topic stands in brackets.
 */
const IDIOMS = [
  // Complex prepositions.
  'with|in [regard|regards] to',
  'in [regard|regards] of',
  'with|in [respect] to',
  'in [respect] of',
  'with|in [reference] to',
  'in [terms] of',
  'in [view] of',
  'in the? [light] of',
  'in [spite] of',
  'on [behalf] of',
  'in [lieu] of',
  'by [means|dint] of',
  'by [way] of',
  'by [virtue] of',
  'in [place] of',
  'in [favour|favor] of',
  'in [front] of',
  'in [addition] to',
  'in [accordance] with',
  'in [comparison] with|to',
  'in [contrast] to|with',
  'in [relation] to',
  'in [response] to',
  'in [conjunction] with',
  'in [line] with',
  'in [keeping] with',
  'on [account] of',
  'on [top] of',
  'for the [sake] of',
  'in the [face|wake|course|midst|event] of',
  'in|within the|this|that|a|such|its|their [context]',
  'as a [result|consequence] of',
  'as a [consequence]',
  'in [consequence]',
  'at the [expense|hands] of',
  'in [search|excess|charge|need|pursuit] of',
  'with the [exception] of',
  'on the [part|verge|eve] of',
  'in the [hope] of|that',
  // Quantifiers.
  'a [couple|pair|handful|host|plethora|myriad|multitude|wealth|bunch|dozen] of',
  // Verb idioms.
  'take|takes|took|taken|taking [place]',
  'give|gives|gave|given|giving [rise] to',
  'on the [rise]',
  'in [mind]',
  'take|takes|took|taken|taking into [account|consideration]',
  'take|takes|took|taken|taking [advantage|part|care|hold|shape] of|in',
  'shed|sheds|shedding|throw|throws|threw|thrown|throwing [light] on|upon',
  'keep|keeps|kept|keeping|lose|loses|lost|losing [track|sight] of',
  'on the [tip] of',
  'make|makes|made|making [sense]',
  // "Much ado about nothing", "without further ado": English says "ado" in these alone ("Ado" linked a
  // virus note to a paper on electronic signatures, review 18 H3); "to the max" is "as far as can be".
  'much [ado]',
  'without|with no further? [ado]',
  'to the [max]',
  // Figures of academic English: the noun names no topic there.
  'on the [horizon]',
  'lay|lays|laid|laying the|a? [foundation|foundations|groundwork|cornerstone] for|of',
  'pave|paves|paved|paving the [way] for|to|toward|towards',
  'at the [forefront|heart] of',
  'the|a [cornerstone|backbone|bedrock|linchpin] of',
  'in the [realm] of',
  'come|comes|came|coming into [play]',
  'at [stake]',
  'bridge|bridges|bridged|bridging the [gap] between',
  'a wide|broad|diverse|rich|vast [range|array|spectrum|variety] of',
  // "to what extent", "the extent to which", "to some extent".
  'to what|some|this|that|which|such|any|no? a|an|the? large|great|certain|lesser|greater|limited|full|same? [extent]',
  'the [extent] to which|that',
  // Latin phrases English uses as adverbs ("income per capita", "a rate per annum"), and "an order of
  // magnitude", a measure of size: no head, year or magnitude is their topic.
  'per [capita|annum|diem]',
  'an? [order] of magnitude',
  '[orders] of magnitude',
  'order|orders of [magnitude]',
  // "women of color", "students of colour": said of people, "of color" means not white and names no colour
  // ("Color" was the tag of a paper on violence against women of color, review 17 L1; "perception of color" keeps it).
  'people|person|persons|women|woman|men|man|communities|community|students|student|children|families|individuals|girls|boys|youth|scholars|voters|workers|patients of [color|colour]',
];

/**
 * Prepositional phrases that English uses as sentence adverbs, which connect or qualify what is said ("In
 * summary, we…", "for simplicity the c axis is taken…", "the method can in principle be…"): the disjuncts and
 * conjuncts of the grammars (Quirk et al. 1985, §8.121–8.137; Biber et al. 1999, §10.3). "In summary" is no
 * mention of summaries ("Summary" and "Simplicity" were concepts, probe 56). The same words are a phrase where the
 * noun goes on into one ("in summary statistics", "in general relativity", "in contrast agents") or the
 * preposition hangs on a noun before it ("changes in practice"): those stay words (`adverbialUse`).
 */
const ADVERBIAL_IDIOMS = [
  'in [summary|sum|short|brief|conclusion|particular|general|addition|contrast|practice|principle|fact|turn|effect|essence|total|detail|advance|retrospect]',
  'by [contrast|definition|comparison]',
  'for [simplicity|brevity|convenience|clarity|completeness|comparison|instance|example]',
  'at [present|random|first]',
  'on [average|balance]',
  'as a [rule|whole]',
];

interface Idiom {
  /** Each word's alternatives; `optional` words may be absent. */
  words: { forms: Set<string>; optional: boolean }[];
  /** Index of the noun in `words`. */
  noun: number;
  /** An adverbial idiom (ADVERBIAL_IDIOMS): its noun ends it, and is a word again where it does not. */
  adverbial?: true;
}

const parse = (line: string): Idiom => {
  let noun = -1;
  const words = line.split(' ').map((token, k) => {
    const optional = token.endsWith('?');
    const bare = token.replace(/\?$/, '');
    if (bare.startsWith('[')) noun = k;
    return { forms: new Set(bare.replace(/[[\]]/g, '').split('|')), optional };
  });
  return { words, noun };
};
const PARSED: Idiom[] = [...IDIOMS.map(parse), ...ADVERBIAL_IDIOMS.map((line) => ({ ...parse(line), adverbial: true as const }))];

/** Idioms by the words they may open with: the first word, and the second when the first is optional. */
const BY_OPENER = new Map<string, Idiom[]>();
for (const idiom of PARSED) {
  const [first, second] = idiom.words;
  for (const form of [...first!.forms, ...(first!.optional ? second!.forms : [])]) BY_OPENER.set(form, [...(BY_OPENER.get(form) ?? []), idiom]);
}

/** Index of the idiom's noun when the idiom starts at `at` (all in one sentence), or -1. */
function matchAt(words: readonly Word[], at: number, idiom: Idiom): number {
  let k = at;
  let noun = -1;
  for (let p = 0; p < idiom.words.length; p++) {
    const part = idiom.words[p]!;
    const w = words[k];
    const fits = w !== undefined && w.sentence === words[at]!.sentence && part.forms.has(w.lower);
    if (!fits) {
      if (part.optional) continue;
      return -1;
    }
    if (p === idiom.noun) noun = k;
    k++;
  }
  return noun;
}

const MONTHS_AND_DAYS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** "Jan", "Sept.": written beside a day or year (DAY_OR_YEAR), a month. */
const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
const DAY_OR_YEAR = /^(?:[1-9]|[12]\d|3[01]|(?:1[5-9]|20)\d\d)(?:st|nd|rd|th)?$/;
const VERSUS = new Set(['vs', 'vs.', 'versus']);
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/** "fall 1995", "the fall of 1995", "Spring, 2001": a season before a year is a date. */
function seasonOfYear(words: readonly Word[], k: number): boolean {
  if (!SEASONS.has(words[k]!.lower)) return false;
  let j = k + 1;
  if (words[j]?.lower === 'of' || words[j]?.text === ',') j++;
  return words[j] !== undefined && words[j]!.sentence === words[k]!.sentence && YEAR.test(words[j]!.text);
}

/** "Jan 31", "31 Jan", "Jan. 2020": a month's abbreviation with a day or year next to it in its sentence. */
function abbreviatedDate(words: readonly Word[], k: number): boolean {
  if (!MONTH_ABBREVIATION.test(words[k]!.text)) return false;
  const near = (w: Word | undefined) => w !== undefined && w.sentence === words[k]!.sentence && DAY_OR_YEAR.test(w.text);
  return near(words[k + 1]) || near(words[k - 1]) || (words[k + 1]?.text === '.' && near(words[k + 2]));
}

/**
 * Is the adverbial idiom at `at`, whose noun is at `noun`, used as one? Not where its noun goes on into a phrase
 * ("in general relativity", "for comparison purposes"), nor where a noun before it takes the preposition ("changes
 * in practice", "a basis for comparison").
 */
function adverbialUse(words: readonly Word[], at: number, noun: number): boolean {
  const next = words[noun + 1];
  if (next !== undefined && next.sentence === words[noun]!.sentence && (next.cls === 'N' || next.cls === 'A')) return false;
  const before = words[at - 1];
  return before === undefined || before.sentence !== words[at]!.sentence || (before.pos !== 'NOUN' && before.pos !== 'PROPN');
}

/** Makes phrase breaks of the nouns of idioms and of dates (see the module comment). */
export function markIdioms(words: Word[]): void {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (MONTHS_AND_DAYS.test(w.text) || seasonOfYear(words, k) || abbreviatedDate(words, k) || VERSUS.has(w.lower)) {
      w.cls = 'X';
      continue;
    }
    for (const idiom of BY_OPENER.get(w.lower) ?? []) {
      const noun = matchAt(words, k, idiom);
      if (noun >= 0 && (!idiom.adverbial || adverbialUse(words, k, noun))) words[noun]!.cls = 'X';
    }
  }
}
