/**
 * Phrases that are pieces of a longer name, cut where the tagger or the writing cut them: a term cut short, a
 * compound's beheaded tail, the tail of a long form the corpus abbreviates, a run across a paper's own long form.
 */
import { DISCOURSE_NOUNS } from './candidates';
import { discourseStems, porterId } from './nested-tags';
import type { DocumentWords, Identify, KeptCandidate, Span } from './ranked-document';
import { WORD_START } from './word-shape';

/**
 * "Deep Reinforcement" in the title "Using Deep Reinforcement Learning to Play Chess", where the tagger
 * read "Learning" as a verb: every time the phrase stands alone, the next word would make it a phrase
 * that the corpus uses ("deep reinforcement learning"). It is that phrase cut short.
 */
export function truncated(c: KeptCandidate, words: DocumentWords, whole: Set<string>, idOf: Identify): boolean {
  if (c.occurrences.length === 0) return false;
  return c.occurrences.every((o) => {
    const next = o.start + o.length;
    if (next >= words.texts.length || words.sentences[next] !== words.sentences[o.start] || !WORD_START.test(words.texts[next]!)) return false;
    // "actor-critic | methods": a word that refers to the text cuts nothing ("actor-critic" is the name).
    if (DISCOURSE_NOUNS.has(words.texts[next]!.toLowerCase())) return false;
    // (The identity of words joined by a space is their identities joined.)
    const word = idOf(words.texts[next]!);
    return whole.has(c.id === '' ? word : word === '' ? c.id : `${c.id} ${word}`);
  });
}

/**
 * "time applications" in "mission critical real time applications": a phrase met only inside longer ones whose word
 * before it makes, with its first word, a phrase that the corpus uses whole ("real time"), and whose head is a word
 * for the text's own matter, is the tail of a cut compound, not a phrase of its own ("Time applications" was a
 * concept of two papers, review 18 H3). So is one whose two words end a longer phrase the corpus uses whole
 * (`wholeEndings`): "analysis model" in "fire risk analysis model" of a paper that writes "fire risk analysis"
 * ("Analysis models" linked it to a cathode paper's "appropriateness of analysis models", review 22b).
 */
export function beheaded(c: KeptCandidate, words: DocumentWords, whole: Set<string>, wholeEndings: Set<string>, idOf: Identify): boolean {
  if (c.occurrences.length > 0 || c.nested.length === 0) return false;
  // Only on a word for the text's own matter ("applications", "system", "method"): a term's tail that names a thing
  // ("learning agents" of "reinforcement learning agents") links papers about it, and stays (a cut on any head lowered
  // related-paper R@10 from 0.738 to 0.731).
  const head = c.id.slice(c.id.lastIndexOf(' ') + 1);
  if (!DISCOURSE_NOUNS.has(c.key.slice(c.key.lastIndexOf(' ') + 1).toLowerCase()) && !discourseStems().has(porterId(head))) return false;
  const firstId = c.id.split(' ')[0]!;
  if (firstId === '') return false;
  return c.nested.every((o) => {
    const before = o.start - 1;
    if (before < 0 || words.sentences[before] !== words.sentences[o.start] || !WORD_START.test(words.texts[before]!)) return false;
    const word = idOf(words.texts[before]!);
    return word !== '' && (whole.has(`${word} ${firstId}`) || wholeEndings.has(`${word} ${firstId}`));
  });
}

/** Longest long form, in words, that a tail looks back over. */
const MAX_LONG_FORM_WORDS = 6;

/**
 * "Human Feedback" in "Reinforcement Learning from Human Feedback", "Policy Optimization" in
 * "Distillation-Guided Policy Optimization": when every mention of a phrase closes a longer term the
 * corpus defines an abbreviation for, the phrase is that term's tail, and the mention is the term's.
 * Returns the term's identity, or undefined when some mention stands on its own.
 */
export function tailOf(c: KeptCandidate, words: DocumentWords, longForms: LongForms, idOf: Identify): string | undefined {
  let found: string | undefined;
  for (const list of [c.occurrences, c.nested]) {
    for (const o of list) {
      const match = longFormEndingAt(o, words, longForms, idOf);
      if (match === undefined) return undefined;
      found ??= match;
    }
  }
  return found;
}

/** Long forms' identities, and every word-final piece of them ("feedback", "human feedback"): the pieces tell a tail look-back when to stop. */
export interface LongForms {
  ids: Set<string>;
  endings: Set<string>;
}

export function longFormSet(ids: Set<string>): LongForms {
  const endings = new Set<string>();
  for (const id of ids) {
    endings.add(id);
    for (let at = id.lastIndexOf(' '); at > 0; at = id.lastIndexOf(' ', at - 1)) endings.add(id.slice(at + 1));
  }
  return { ids, endings };
}

/**
 * The longest long form that the words before the span complete. The identity of words joined by spaces
 * is their identities joined (`identity` splits at spaces), so it grows a word at a time, and stops once
 * it is no long form's ending: nothing longer can then be one.
 */
function longFormEndingAt(o: Span, words: DocumentWords, longForms: LongForms, idOf: Identify): string | undefined {
  if (o.length >= MAX_LONG_FORM_WORDS || o.start === 0) return undefined;
  // The span's own identity, from its last word back: once it is no long form's ending, none can follow.
  let id = '';
  for (let j = o.start + o.length - 1; j >= o.start; j--) {
    const word = idOf(words.texts[j]!);
    if (word === '') continue;
    id = id === '' ? word : `${word} ${id}`;
    if (!longForms.endings.has(id)) return undefined;
  }
  let match: string | undefined;
  for (let k = 1; k <= MAX_LONG_FORM_WORDS - o.length && o.start - k >= 0; k++) {
    const at = o.start - k;
    if (words.sentences[at] !== words.sentences[o.start] || !WORD_START.test(words.texts[at]!)) break;
    const word = idOf(words.texts[at]!);
    id = word === '' ? id : id === '' ? word : `${word} ${id}`;
    if (longForms.ids.has(id)) match = id;
    else if (!longForms.endings.has(id)) break;
  }
  return match;
}

/**
 * "Antigen receptor T cells" in "Chimeric Antigen Receptor T Cells", where the paper defines "chimeric antigen
 * receptor (CAR)": every mention of the phrase opens inside a term the paper itself abbreviates, so says is one
 * name, and runs on past its end, so it cuts that name in two. (A tail that ends with the term is the term's:
 * `tailOf`.) Only the paper's own terms: "language annotations" in "natural language annotations" is a phrase
 * of its own, whatever another paper abbreviates.
 */
export function cutsLongForm(c: KeptCandidate, words: DocumentWords, longForms: LongForms, idOf: Identify): boolean {
  let cuts = false;
  for (const list of [c.occurrences, c.nested]) {
    for (const o of list) {
      let inside = false;
      for (let length = 1; length < o.length && !inside; length++) inside = longFormEndingAt({ start: o.start, length }, words, longForms, idOf) !== undefined;
      if (!inside) return false;
      cuts = true;
    }
  }
  return cuts;
}
