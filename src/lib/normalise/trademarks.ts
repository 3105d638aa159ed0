/**
 * Trademark marks typed as a word. INSPEC records write the superscript ™ as `/sup TM/` (super-subscripts.ts
 * reads it), and often as a bare `TM` or `[TM]` after the name: "THUNDER TM", "the WINGS TM system",
 * "a PowerPC TM microprocessor". Left as a word, "TM" is an acronym like any other and links unrelated papers
 * through it. A `TM` that closes a name becomes ™ glued to the name. Not every "TM" is a mark: "TE and TM
 * modes" (transverse magnetic), "the TM", "a Turing machine (TM)" name things, and a sentence's first word
 * ("Using TM …") is no name; so the word before must be one (all capitals, inner capitals, or a capital
 * inside a sentence), not TE or TEM, and a text that defines "(TM)" is left alone.
 */

/** The word before, a space, then TM or [TM] as a word of its own. */
const BARE_MARK = /(^|[\s([{"'])([\p{L}\p{N}][\p{L}\p{N}+.-]*?)[ \t]+(?:TM|\[TM\])(?=$|[\s.,;:!?)\]}"'])/gu;
/** "THUNDER", "BI-RADS", "PowerPC", "Rocket": a word that starts with a capital. */
const STARTS_CAPITAL = /^\p{Lu}/u;
/** All capitals (with digits or hyphens), or a capital after a lowercase letter. */
const NAME_SHAPE = /^[\p{Lu}\p{N}-]{2,}$|\p{Ll}\p{Lu}/u;
/** Electromagnetic modes: "TE TM", "TEM TM". */
const MODE_WORDS = new Set(['TE', 'TEM']);
const DEFINES_TM = /\(\s*TMs?\s*\)/;

export function trademarkMarks(text: string): string {
  if (!text.includes('TM') || DEFINES_TM.test(text)) return text;
  return text.replace(BARE_MARK, (whole, lead: string, name: string, offset: number) => {
    if (!STARTS_CAPITAL.test(name) || MODE_WORDS.has(name)) return whole;
    if (!NAME_SHAPE.test(name) && opensSentence(text, offset + lead.length)) return whole;
    return `${lead}${name}™`;
  });
}

/** Does the word at `at` open the text or a sentence (after a full stop, question or exclamation mark)? */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  return before === '' || /[.!?]["')\]]*$/.test(before) || /[([{"']$/.test(before) && opensSentence(text, before.length - 1);
}
