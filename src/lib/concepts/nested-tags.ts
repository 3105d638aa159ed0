/** Whether two concepts would read as one tag said twice, were a paper to carry both. */
import { DISCOURSE_NOUNS } from './candidates';
import { identity, wordStem } from './normalise';

/**
 * Would a reader see the two as one tag said twice? One identity runs inside the other as whole words
 * ("languag model" in "larg languag model", "agent" in "multi agent system"), or both have the same
 * words in another order ("adapt multiresolut approach", "multiresolut adapt approach").
 */
export function nested(x: string, y: string): boolean {
  if (x === y) return true;
  // Two concepts can still read as one tag said twice: "Cadastre" and "Cadastral systems",
  // "Monotone" and "Monotonicity". Here words meet as the Porter stemmer folds them.
  const a = porterId(x);
  const b = porterId(y);
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (containsWords(long, short)) return true;
  if (a.length === b.length && a.split(' ').sort().join(' ') === b.split(' ').sort().join(' ')) return true;
  // "domain knowledge" and "domain-specific knowledge": -specific, -related, -oriented say "about the
  // word before", so the longer tag repeats the shorter one. (Only a long form one such word longer can be.)
  const extra = long.length - short.length - 1;
  if (extra >= MIN_ABOUT_LENGTH && extra <= MAX_ABOUT_LENGTH) {
    const longWords = long.split(' ');
    for (let k = 1; k < longWords.length - 1; k++) {
      if (ABOUT.has(longWords[k]!) && [...longWords.slice(0, k), ...longWords.slice(k + 1)].join(' ') === short) return true;
    }
  }
  // "decision-making tasks" and "decision-making problems", "theoretical perspective" and "theoretical
  // analyses": the same modifiers on two heads that refer to the text (task, problem, method, approach).
  const at = a.lastIndexOf(' ');
  return (
    at >= 0 &&
    at === b.lastIndexOf(' ') &&
    b.startsWith(a.slice(0, at)) &&
    discourseStems().has(a.slice(at + 1)) &&
    discourseStems().has(b.slice(at + 1))
  );
}

const porterMemo = new Map<string, string>();
/** A concept id with each word Porter-stemmed, short forms kept (a word of an id is a short form, a word, or already a Porter stem). */
export function porterId(id: string): string {
  let out = porterMemo.get(id);
  if (out === undefined) {
    out = id.split(' ').map(wordStem).join(' ');
    if (porterMemo.size < 500_000) porterMemo.set(id, out);
  }
  return out;
}

/** `short` runs inside `long` as whole space-separated words. */
export function containsWords(long: string, short: string): boolean {
  if (short === '') return ` ${long} `.includes('  ');
  for (let at = long.indexOf(short); at >= 0; at = long.indexOf(short, at + 1)) {
    const end = at + short.length;
    if ((at === 0 || long[at - 1] === ' ') && (end === long.length || long[end] === ' ')) return true;
  }
  return false;
}

let discourseStemSet: Set<string> | undefined;
export function discourseStems(): Set<string> {
  if (!discourseStemSet) {
    // With the Greek plurals the list leaves out ("analysis" → "analyses"): Porter stems them apart.
    const words = [...DISCOURSE_NOUNS].flatMap((w) => (/is$/.test(w) ? [w, w.replace(/is$/, 'es')] : [w]));
    discourseStemSet = new Set(words.map((w) => porterId(identity(w))).filter((w) => w && !w.includes(' ')));
  }
  return discourseStemSet;
}

/** Stems of the second halves of "domain-specific", "task-related", "goal-oriented", "context-aware". */
const ABOUT = new Set(['specif', 'relat', 'orient', 'awar', 'centric', 'focus']);
const MIN_ABOUT_LENGTH = [...ABOUT].reduce((m, w) => Math.min(m, w.length), Infinity);
const MAX_ABOUT_LENGTH = [...ABOUT].reduce((m, w) => Math.max(m, w.length), 0);
