/**
 * An abstract's sentences, and two kinds of sentence that read badly out of their place: one about the text
 * itself ("Table 1 lists…", "The remainder of this paper…") and one that leans on a sentence before it ("There
 * are many applications for this mechanism"). Made titles (../ingest/untitled.ts) and a concept's sentence in
 * context (../site/concept-context.ts) both choose from them. Plain rules of English scholarly prose, no word
 * list of any corpus.
 */

export interface SentenceSpan {
  /** Where it starts and ends in the text (its final stop included). */
  start: number;
  end: number;
  text: string;
}

/**
 * Abbreviations whose full stop ends no sentence. A general class of English and scholarly writing, not a
 * reading of any corpus: a sentence cut at "e.g." or "Fig." would make a title of half a clause.
 */
const NO_SENTENCE_END = new Set(['e.g', 'i.e', 'cf', 'viz', 'vs', 'etc', 'al', 'approx', 'ca', 'fig', 'figs', 'eq', 'eqs', 'ref', 'refs', 'no', 'vol', 'sec', 'ch', 'dr', 'prof', 'mr', 'mrs', 'ms', 'st']);

const SENTENCE_STOP = /[.!?]["')\]]?$/;
const TRAILING_STOP = /[.!?"')\]]+$/;
const LEADING_BRACKET = /^["'(\[]+/;
const INITIAL = /^[A-Z]\.$/;
/** A word that may open a sentence: a capital or a digit, perhaps after a quote or bracket. */
const SENTENCE_OPENER = /^["'(\[]?[\p{Lu}\d]/u;
const TOKEN = /\S+/g;
/** The characters a sentence may end with (SENTENCE_STOP's). */
const STOP_CHARS = new Set(['.', '!', '?', '"', "'", ')', ']']);
/** The start of the word after a stop, enough of it to tell whether it may open a sentence; none at the end. */
const NEXT_WORD = /\s+(\S{1,2})/y;
/** A `$` that opens or closes inline math (not `\$`, a dollar sign). */
const MATH_DOLLAR = /(?<!\\)\$/g;

/** Whether `word` ends a sentence when a word that may open one follows. */
export function endsSentence(word: string): boolean {
  return SENTENCE_STOP.test(word) && !NO_SENTENCE_END.has(word.replace(TRAILING_STOP, '').replace(LEADING_BRACKET, '').toLowerCase()) && !INITIAL.test(word);
}

/**
 * The sentences of `text`, in order: a sentence ends at a full stop, question or exclamation mark (perhaps
 * before a closing quote or bracket) that ends no abbreviation or initial, when the next word may open a
 * sentence, and never inside `$...$` math.
 */
export function sentences(text: string): SentenceSpan[] {
  const found: SentenceSpan[] = [];
  let start = -1;
  let dollars = 0;
  let last = -1;
  TOKEN.lastIndex = 0;
  // One pass over the words; only a word that ends in a stop or closing mark is looked at closely (a page
  // reads the abstracts of many concepts' papers).
  for (let token = TOKEN.exec(text); token; token = TOKEN.exec(text)) {
    const word = token[0];
    if (start < 0) start = token.index;
    last = token.index + word.length;
    if (word.includes('$')) dollars += word.match(MATH_DOLLAR)?.length ?? 0;
    if (!STOP_CHARS.has(word[word.length - 1]!) || dollars % 2 !== 0 || !endsSentence(word)) continue;
    NEXT_WORD.lastIndex = last;
    const next = NEXT_WORD.exec(text);
    if (next === null || SENTENCE_OPENER.test(next[1]!)) {
      found.push({ start, end: last, text: text.slice(start, last) });
      start = -1;
    }
  }
  if (start >= 0) found.push({ start, end: last, text: text.slice(start, last) });
  return found;
}

/**
 * A numbered part of the document (Table 1, Fig. 3, Eq. (2), Section 4, Appendix A) or words that lay out the
 * text to come ("the remainder of", "the rest of this paper", "as follows", "in what follows", "the following relation was derived:"). A sentence
 * with one is about the text it stands in, not about its subject.
 */
const TEXT_PART = /\b(?:[Tt]ables?|[Tt]ab\.|[Ff]ig(?:ure)?s?\.?|[Ee]qs?\.|[Ee]quations?|[Ss]ections?|[Ss]ec(?:t)?\.|[Cc]hapters?|[Aa]ppendix|[Aa]ppendices)(?:\s+|\s*\()(?:\d|[IVX]+\b|[A-Z]\b)/;
const TEXT_LAYOUT = /\b(?:the remainder of|the following(?=\s+(?:[A-Za-z-]+\s+)?(?:is|are|was|were|has|have)\b|\s*:)|the rest of (?:this|the) (?:paper|article|section|chapter|thesis|work)|as follows\b|in what follows|(?:shown|given|described|discussed|listed) (?:above|below)|in the (?:next|following|previous|preceding) sections?)/i;

/** Whether the sentence is about the text it stands in: its tables, figures, sections, or how it goes on. */
export function aboutTheText(sentence: string): boolean {
  return TEXT_PART.test(sentence) || TEXT_LAYOUT.test(sentence);
}

/** Nouns that name the text itself: "this paper", "this work" need no sentence before them. */
const DOCUMENT_NOUNS = new Set(['paper', 'work', 'study', 'article', 'letter', 'thesis', 'report', 'review', 'contribution', 'manuscript', 'chapter', 'note', 'survey', 'communication', 'dissertation', 'talk', 'abstract', 'research', 'author', 'authors']);
/**
 * "this X", "these X", "such X": the word after the demonstrative. ("Those" is left out: it mostly stands for a
 * noun of the same sentence, "those of", "those with".)
 */
const DEMONSTRATIVE = /\b(this|these|such)\s+([\p{L}-]+)/giu;
/** A demonstrative ending the sentence: "There are three reasons for this." */
const DEMONSTRATIVE_LAST = /\b(?:this|these)\W*$/i;
/** A personal pronoun opening the sentence ("They", "Its"): not "It", mostly the empty subject of "It is known that". */
const PRONOUN_OPENER = /^["'(]?(?:its|they|their|he|she|his|her)\b/i;
/**
 * "It" opening the sentence stands for something named before ("It is realized in the program…", "It was measured
 * at…") unless it is the empty subject of a clause that follows ("It is known that…", "It is important to…", "It
 * has been shown that…", "It remains unclear whether…"): a verb of being, seeming or becoming, up to three words,
 * then the clause's "that", "to", "whether", "how", "if" or "why".
 */
const IT_OPENER = /^["'(]?it\b/i;
const EMPTY_IT = /^["'(]?it\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|can\s+be|could\s+be|may\s+be|might\s+be|should\s+be|must\s+be|seems|seemed|appears|appeared|remains|remained|becomes|became|turns\s+out|follows)\s+(?:[\p{L}-]+,?\s+){0,3}?(?:that|to|whether|how|if|why|what|when)\b/iu;
/**
 * A connective among the sentence's first four words: it goes on from what was said before ("We also show…",
 * "However, the…", "Let us now consider…", "I also could not resist mentioning…"). English's closed class of
 * additive, contrastive and sequential adverbs, no word of any corpus.
 */
const CONNECTIVE_OPENING = /^(?:\S+\s+){0,3}?(?:also|moreover|furthermore|additionally|besides|however|nevertheless|nonetheless|conversely|instead|therefore|thus|hence|consequently|accordingly|similarly|likewise|then|now|again|finally)\b/i;
/**
 * Openings that go on from what came before: "In addition,", "As well as the…", "By contrast,", "Second,",
 * "Briefly,", "Note that". ("In summary" is left out: it opens the sentence that sums the paper up.)
 */
const CONNECTIVE_PHRASE = /^["'(]?(?:(?:in (?:addition|particular|fact|turn|contrast)|by contrast|for (?:example|instance)|as (?:well as|expected|a result)|as (?:mentioned|noted|discussed|described|stated|shown|explained|argued|seen)(?: (?:earlier|above|before|previously))?|by that|that is|on the other hand|first of all|note that|notice)\b|(?:first|second|third|fourth|firstly|secondly|thirdly|lastly|briefly|indeed)\s*,)/i;
/** What "such" may stand before without pointing back: "such as", "such that", "such a". */
const SUCH_NOT_BACK = new Set(['as', 'that', 'a', 'an']);

/**
 * Whether the sentence points back at something said before it: a demonstrative before a noun that is not the
 * text itself and not named earlier in the sentence ("this mechanism", "these results", "such systems"), a
 * demonstrative standing alone ("this is due to"), a personal pronoun opening it ("They are…"), or a connective
 * among its first words ("We also…", "However,"). Out of its place such a sentence says less than it seems to.
 */
export function leansOnWhatCameBefore(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  for (const m of sentence.matchAll(DEMONSTRATIVE)) {
    const word = m[2]!.toLowerCase();
    if (DOCUMENT_NOUNS.has(word) || (m[1]!.toLowerCase() === 'such' && SUCH_NOT_BACK.has(word))) continue;
    // "We propose an approach…; this approach…" points back inside the sentence itself.
    if (lower.lastIndexOf(word, m.index) >= 0) continue;
    return true;
  }
  return PRONOUN_OPENER.test(sentence) || (IT_OPENER.test(sentence) && !EMPTY_IT.test(sentence)) || DEMONSTRATIVE_LAST.test(sentence) || CONNECTIVE_OPENING.test(sentence) || CONNECTIVE_PHRASE.test(sentence);
}

/** A numbered reference to the bibliography: "[3]", "[1, 4]", "[10–12]". */
const CITATION = /\s*\[\d+(?:\s*[,–-]\s*\d+)*\]/g;

/**
 * Whether the sentence reports other work it cites: by number where the citation is part of its clause ("An OPE
 * of V(r) was developed in [3]") or stands after the authors' names ("tested by Ullrich and Jablonowski [23]"),
 * or by its authors ("Rodrigo et al. (2014) reviewed…").
 * One that only backs a statement ("…against corrosion [1].") does not make the sentence about that work.
 */
export function citesByNumber(sentence: string): boolean {
  if (AUTHOR_YEAR.test(sentence)) return true;
  for (const m of sentence.matchAll(CITATION)) {
    const before = sentence.slice(0, m.index);
    if (REPORTING_BEFORE.test(before) || NAME_BEFORE.test(before)) return true;
  }
  return false;
}

/** Work cited by its authors: "Rodrigo et al. (2014) reviewed…", "as Smith and Jones (2001) showed". */
const AUTHOR_YEAR = /\p{Lu}[\p{L}'’-]+(?: et al\.?| and \p{Lu}[\p{L}'’-]+)? \((?:19|20)\d\d[a-z]?\)|\p{Lu}[\p{L}'’-]+ et al\./u;
/** A capitalised word after another word: an author's name before a citation (not the sentence's first word). */
const NAME_BEFORE = /\S\s+\p{Lu}[\p{L}'’-]*$/u;

/** Words a citation may be part of the clause after: "developed in [3]", "see [4]", "[1] and [2]". */
const CLAUSE_BEFORE = /(?:^|\s)(?:in|on|by|of|from|to|at|with|see|also|cf\.?|and|or|e\.g\.,?|i\.e\.,?|ref\.|refs\.)$/i;
/** Words before a citation that make the sentence report the cited work: "developed in [3]", "proposed by [4]", "see [5]". */
const REPORTING_BEFORE = /(?:^|\s)(?:in|by|from|see|cf\.?|ref\.|refs\.)$/i;

/**
 * The sentence without its numbered citations: "…another wild speculation [10]." reads "…another wild
 * speculation.". One after a preposition or conjunction is part of the clause ("developed in [3]") and stays.
 */
export function withoutCitations(sentence: string): string {
  return sentence.replace(CITATION, (mark, at: number) => (CLAUSE_BEFORE.test(sentence.slice(0, at)) ? mark : ''));
}
