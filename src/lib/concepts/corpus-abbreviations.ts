/**
 * What the collection's definitions say each short form stands for ("RAG" is "retrieval-augmented generation"),
 * and how one paper reads a short form: by its own definition, its own words, or the collection's.
 */
import type { DocumentText } from '../model/paper';
import { findAbbreviations, initialsLongForm, majorityLongForm, sharedUndefined, shortFormReading, wordsAfterPercentages } from './abbreviations';
import { DISCOURSE_NOUNS } from './candidates';
import { METHOD_WORDS } from './method-words';
import { modifierLongForms } from './modifier-long-forms';
import { SENSE_NEIGHBOURS, SenseContext, specificityAsWritten } from './sense-context';
import { ENGLISH_STOP_WORDS } from '../graph/english-stopwords';
import { stem } from './normalise';
import { fullText } from './rank';
import type { Identify, RankedDocument } from './ranked-document';
import { shortFormKey, shortFormSingular } from './short-form';
import { vote } from './votes';

/** A test never asked (`shortFormReading` without the corpus's votes asks none). */
const NEVER = (): boolean => false;

/** Letters a short form needs for a paper to define it by writing a phrase with its initials, no bracket between. */
const MIN_SPELLED_OUT = 3;

/** The collection's abbreviations, read from the English texts of its papers (`undefined` for one not read). */
export function corpusAbbreviations(texts: readonly (DocumentText | undefined)[], analysed: readonly RankedDocument[], idOf: Identify) {
  // Abbreviations. A paper that defines a short form means its own long form wherever it uses it
  // ("median partitioning (MP)" is not another paper's "maximum power (MP)"); the corpus's definitions
  // are voted only for papers that use the short form without defining it.
  const longVotes = new Map<string, Map<string, number>>();
  /** `head`: the noun a long form is only ever written before, as this paper writes it (`modifierLongForms`). */
  const defined: { short: string; long: string; shortId: string; longId: string; doc: number; head?: string }[] = [];
  /** Per paper: its own short form → long form (the first definition, if it gives two). */
  const ownLong: Map<string, string>[] = [];
  /** Short form → the long forms a definition writes right after a percentage ("95% confidence interval [CI]"). */
  const percentageLongs = new Map<string, Set<string>>();
  texts.forEach((d, doc) => {
    const own = new Map<string, string>();
    for (const pair of d !== undefined ? findAbbreviations(fullText(d)) : []) {
      const shortId = idOf(pair.short);
      const longId = idOf(pair.long);
      if (!shortId || !longId || shortId === longId) continue;
      let votes = longVotes.get(shortId);
      if (!votes) longVotes.set(shortId, (votes = new Map()));
      vote(votes, longId, 1);
      if (pair.afterPercentage) {
        let longs = percentageLongs.get(shortId);
        if (!longs) percentageLongs.set(shortId, (longs = new Set()));
        longs.add(longId);
      }
      defined.push({ ...pair, shortId, longId, doc });
      if (!own.has(shortId)) own.set(shortId, longId);
    }
    ownLong.push(own);
  });
  // A short form the corpus defines in several ways stands for the long form that more than half of its
  // definitions give. Short of that, the winner would be a plurality or a tie that input order breaks,
  // and adding one paper could change every other paper's tags: the short form then stays itself,
  // unless the paper writes one of its long forms out (`longIn`, which reads a paper's short form by
  // abbreviations.ts `shortFormReading`).
  // Long forms of one short form that open with the same two words are one name written two ways:
  // "intensity modulated radiation therapy" and "intensity-modulated radiotherapy" (IMRT), "transmission
  // electron microscope" and "… microscopy" (TEM), "finite element method" and "finite element based" (FEM)
  // were two or three concepts, and without a majority the papers' bare "IMRT" a third (review 18 M3). Their
  // votes are pooled under the one whose initials spell the short form, else the most defined (the first
  // met on a tie), and the others are merged into it. One that only extends another ("near infrared" and
  // "near infrared tomography", both NIR in one group's papers) names a narrower thing: no merge.
  const sameName = new Map<string, string>();
  const stopIds = new Set([...ENGLISH_STOP_WORDS].map(idOf));
  for (const [shortId, votes] of longVotes) {
    if (votes.size < 2) continue;
    const byOpening = new Map<string, string[]>();
    for (const long of votes.keys()) {
      const opening = long.split(' ');
      // Two words of content: "out of domain" and "out of distribution" (OOD) share only "out of".
      if (opening.length < 2 || stopIds.has(opening[0]!) || stopIds.has(opening[1]!)) continue;
      const key = `${opening[0]} ${opening[1]}`;
      const longs = byOpening.get(key);
      if (longs) longs.push(long);
      else byOpening.set(key, [long]);
    }
    for (const longs of byOpening.values()) {
      // "near infrared" and "near infrared tomography" (both NIR) are a term and a longer one built on it.
      if (longs.length < 2 || longs.some((a) => longs.some((b) => b !== a && b.startsWith(`${a} `)))) continue;
      const spells = (long: string) => initialsLongForm(shortId, long) === long;
      const canonical = longs.reduce((a, b) => (Number(spells(b)) - Number(spells(a)) || votes.get(b)! - votes.get(a)!) > 0 ? b : a);
      for (const long of longs) {
        if (long === canonical) continue;
        vote(votes, canonical, votes.get(long)!);
        votes.delete(long);
        sameName.set(long, canonical);
        const longs = percentageLongs.get(shortId);
        if (longs?.delete(long)) longs.add(canonical);
      }
    }
  }
  /** A merged name's canonical long form as a definition writes it: the concept is named after it (concept-registry.ts `mergeFirst`). */
  const sameNameFirst = new Map<string, string>();
  for (const d of defined) if (!sameName.has(d.longId) && [...sameName.values()].includes(d.longId) && !sameNameFirst.has(d.longId)) sameNameFirst.set(d.longId, d.long);
  for (const own of ownLong) for (const [shortId, longId] of own) own.set(shortId, sameName.get(longId) ?? longId);
  /** The definitions that write a merged-away spelling ("microscoscopy"): no label comes from them. */
  const spelledOtherwise = new Set<number>();
  defined.forEach((d, k) => {
    const canonical = sameName.get(d.longId);
    if (canonical === undefined) return;
    d.longId = canonical;
    spelledOtherwise.add(k);
  });
  const shortToLong = new Map<string, string>();
  for (const [shortId, votes] of longVotes) {
    const long = majorityLongForm(votes);
    if (long !== undefined) shortToLong.set(shortId, long);
  }
  /** Per paper, once asked: its words' identities, "|" at sentence ends and punctuation, spaces around. */
  const docText: (string | undefined)[] = [];
  const textOf = (doc: number): string => {
    let out = docText[doc];
    if (out === undefined) {
      const w = analysed[doc]!.words;
      const parts = w.texts.map((t, k) => (k > 0 && w.sentences[k - 1] !== w.sentences[k] ? '| ' : '') + (idOf(t) || '|'));
      docText[doc] = out = ` ${parts.join(' ')} `;
    }
    return out;
  };
  // A long form written only before one noun ("proportional-integral-derivative (PID) controller") is a modifier:
  // the short form and the long form name the phrase with the noun (`expandIn`).
  const notHeads = new Set([...stopIds, ...[...DISCOURSE_NOUNS, ...METHOD_WORDS].map(idOf)]);
  const modifiedBy = modifierLongForms({
    defined,
    spelledOtherwise: new Set(sameName.values()),
    papers: analysed.length,
    textOf,
    phrasesOf: (doc) => analysed[doc]!.ranked.map((r) => ({ id: r.candidate.id, whole: r.candidate.occurrences.length > 0 })),
    noHead: (id) => notHeads.has(id),
    namesAThing: (doc, shortId) => {
      const words = analysed[doc]!.words.texts;
      const before = new Set(bracketsAt(words, shortId, idOf).map((k) => k - 1));
      return analysed[doc]!.ranked.some((r) => [...r.candidate.occurrences, ...r.candidate.nested].some((o) => before.has(o.start + o.length - 1)));
    },
  });
  if (modifiedBy.size > 0) {
    const firstHead = new Map<string, string>();
    for (const d of defined) {
      const head = modifiedBy.get(d.longId);
      if (head === undefined) continue;
      const written = writtenAfterBrackets(analysed[d.doc]!.words.texts, d.shortId, head, idOf);
      if (written !== undefined) d.head = written;
      if (written !== undefined && !firstHead.has(d.longId)) firstHead.set(d.longId, written);
    }
    for (const d of defined) if (d.head === undefined && modifiedBy.has(d.longId)) d.head = firstHead.get(d.longId);
  }
  /** The phrase a long form names: itself, or itself and the noun it is only written before. */
  const withHead = (longId: string): string => {
    const head = modifiedBy.get(longId);
    return head === undefined ? longId : `${longId} ${head}`;
  };
  /**
   * Per paper, once asked: the Porter stems of its words' identities. A word of a long form is a sign of
   * its topic when the paper writes a word of its family: "learn" for "reinforcement learning".
   */
  const docFamilies: (Set<string> | undefined)[] = [];
  const familiesOf = (doc: number): Set<string> => (docFamilies[doc] ??= new Set(analysed[doc]!.words.texts.map((t) => stem(idOf(t)))));
  /** Short form → long form → the papers that define the short form as that long form. */
  const definers = new Map<string, Map<string, Set<number>>>();
  for (const d of defined) {
    let byLong = definers.get(d.shortId);
    if (!byLong) definers.set(d.shortId, (byLong = new Map()));
    let docs = byLong.get(d.longId);
    if (!docs) byLong.set(d.longId, (docs = new Set()));
    docs.add(d.doc);
  }
  /** The papers compared by their words' identities, built once a paper uses a short form it does not define. */
  let senses: SenseContext | undefined;
  const sensesOf = (): SenseContext => {
    if (senses === undefined) {
      // A word's specificity is read off a form a paper writes it in, not off its identity (a stem).
      const writtenOf = new Map<string, string>();
      for (const a of analysed) {
        for (const t of a.words.texts) {
          const id = idOf(t);
          if (!writtenOf.has(id)) writtenOf.set(id, t.toLowerCase());
        }
      }
      senses = new SenseContext(
        analysed.map((_, d) => textOf(d).trim().split(' ')),
        new Set([...ENGLISH_STOP_WORDS].map(idOf)),
        SENSE_NEIGHBOURS,
        specificityAsWritten(writtenOf),
      );
    }
    return senses;
  };
  const senseOf = (shortId: string, longId: string): ReadonlySet<number> => sensesOf().sensePapers(shortId, longId, definers.get(shortId)?.get(longId) ?? []);
  const inContext = (doc: number, shortId: string, longId: string): boolean => senseOf(shortId, longId).has(doc);
  /** Per paper, once asked: the identities of the words it writes right after a percentage ("CI" in "95% CI"). */
  const docAfterPercentages: (Set<string> | undefined)[] = [];
  const afterPercentagesOf = (doc: number): Set<string> =>
    (docAfterPercentages[doc] ??= new Set(texts[doc] !== undefined ? wordsAfterPercentages(fullText(texts[doc])).map(idOf) : []));
  /**
   * Per paper, once asked: a short form of three letters or more → the one phrase of the paper (alone or inside a
   * longer one) whose words' initials spell it, null for none or several. A paper that writes "return-on-investment" and "ROI"
   * means the one by the other without a bracket to say so (review 18 M3: "Measuring return: revealing ROI"
   * carried both "Return on investment" and "ROI"); two letters are too easily the initials of some phrase.
   */
  const spelledOut: Map<string, string | null>[] = [];
  const spelledOutIn = (doc: number, shortId: string): string | undefined => {
    if (shortId.length < MIN_SPELLED_OUT || shortFormKey(shortId) !== shortId) return undefined;
    const known = (spelledOut[doc] ??= new Map());
    let found = known.get(shortId);
    if (found === undefined) {
      for (const r of analysed[doc]!.ranked) {
        const id = r.candidate.id;
        if (!id.includes(' ') || found === id || initialsLongForm(shortId, id) !== id) continue;
        found = found === undefined ? id : null;
        if (found === null) break;
      }
      known.set(shortId, (found ??= null));
    }
    return found ?? undefined;
  };
  /**
   * Per paper, once asked: short form → its reading there (null for none). Everything a reading looks at is
   * settled above, so it is found once: the concept stage asks it of one paper and short form again and again
   * (its phrases, its mentions, the shortened long forms), and at 10,000 papers each asking looked for every
   * long form of the short form in the paper's text.
   */
  const readings: (Map<string, string | null> | undefined)[] = [];
  /** The long form a short form stands for, read in a paper (src/lib/concepts/abbreviations.ts) or, without one, in the corpus. */
  const longIn = (doc: number | undefined, shortId: string): string | undefined => {
    if (doc === undefined) return shortToLong.get(shortId);
    const votes = longVotes.get(shortId);
    // A word the corpus defines as no short form is read as the paper itself reads it, if at all: nothing to keep.
    if (votes === undefined) return shortFormReading(ownLong[doc]!.get(shortId) ?? spelledOutIn(doc, shortId), undefined, NEVER, NEVER, NEVER, NEVER);
    const known = (readings[doc] ??= new Map());
    let out = known.get(shortId);
    if (out === undefined) {
      out =
        shortFormReading(
          ownLong[doc]!.get(shortId) ?? spelledOutIn(doc, shortId),
          votes,
          (longId) => textOf(doc).includes(` ${longId} `),
          (word) => familiesOf(doc).has(stem(word)),
          (longId) => inContext(doc, shortId, longId),
          (longId) => percentageLongs.get(shortId)?.has(longId) === true && afterPercentagesOf(doc).has(shortId),
          (longId) => sharedUndefined(shortId, analysed.length, SENSE_NEIGHBOURS, () => senseOf(shortId, longId), definers.get(shortId)?.get(longId) ?? [], (d) => textOf(d).includes(` ${shortId} `)),
        ) ?? null;
      known.set(shortId, out);
    }
    return out ?? undefined;
  };

  // Short forms inside phrases expand too: "RL agents" is "reinforcement learning agents".
  // A short form or long form that modifies one noun only is the phrase with it ("PID" is a PID controller).
  const expandIn = (doc: number | undefined, id: string): string => {
    const whole = longIn(doc, id);
    if (whole !== undefined) return withHead(whole);
    if (!id.includes(' ')) return withHead(id);
    return withHead(
      id
        .split(' ')
        .map((t) => longIn(doc, t) ?? t)
        .join(' '),
    );
  };
  const touchesMemo = new Map<string, boolean>();
  /** Whether some word of the phrase (or the whole) is a short form the corpus defines. */
  const touchesShort = (id: string): boolean => {
    let out = touchesMemo.get(id);
    if (out === undefined) touchesMemo.set(id, (out = longVotes.has(id) || (id.includes(' ') && id.split(' ').some((t) => longVotes.has(t)))));
    return out;
  };
  /**
   * Per paper, the bare short forms among its concepts (`concepts`, per paper: concept id → anything) that no other
   * paper holding them writes in its sense: letters no definition reads there ("SL", "DC", "EM", or a "DFT" no
   * definer's sense reaches), which other papers hold too, none of them near it by the words of a topic
   * (sense-context.ts `agreeing`). Dendritic cells and direct current, the EM algorithm and EM sensors, are no one
   * concept. A short form only one paper holds is left to it, and so are those that name one thing wherever they are
   * written: a formula or a version, with a digit ("SiO2", "GPT4"), and a symbol or a name written with a lowercase
   * letter ("pH", "mRNA", "HemeLB"); ambiguous letters are initials, written in capitals.
   */
  const apartIn = (concepts: readonly ReadonlyMap<string, unknown>[]): Set<string>[] => {
    const holders = new Map<string, number[]>();
    concepts.forEach((ids, doc) => {
      for (const cid of ids.keys()) {
        if (cid.includes(' ') || shortFormKey(cid) !== cid || DIGIT.test(cid)) continue;
        const docs = holders.get(cid);
        if (docs) docs.push(doc);
        else holders.set(cid, [doc]);
      }
    });
    const out = concepts.map(() => new Set<string>());
    for (const [cid, docs] of holders) {
      if (docs.length < 2 || docs.some((doc) => analysed[doc]!.words.texts.some((t) => shortFormKey(t) === cid && LOWER.test(shortFormSingular(t)!)))) continue;
      const agree = sensesOf().agreeing(cid, docs);
      for (const doc of docs) if (!agree.has(doc)) out[doc]!.add(cid);
    }
    return out;
  };
  return { longVotes, defined, ownLong, sameName, stopIds, sameNameFirst, spelledOtherwise, shortToLong, textOf, longIn, expandIn, touchesShort, apartIn };
}

const DIGIT = /\p{N}/u;
const LOWER = /\p{Ll}/u;

const OPENING = /^[([]$/;
const CLOSING = /^[)\]]$/;

/** Where a paper's words open brackets around a short form alone: "(", "PID", ")". */
function bracketsAt(texts: readonly string[], shortId: string, idOf: Identify): number[] {
  const out: number[] = [];
  for (let k = 0; k + 2 < texts.length; k++) if (OPENING.test(texts[k]!) && CLOSING.test(texts[k + 2]!) && idOf(texts[k + 1]!) === shortId) out.push(k);
  return out;
}

/** How a paper's words write the word after a short form's brackets, "(PID) controllers", where that word is `head`. */
function writtenAfterBrackets(texts: readonly string[], shortId: string, head: string, idOf: Identify): string | undefined {
  for (const k of bracketsAt(texts, shortId, idOf)) if (k + 3 < texts.length && idOf(texts[k + 3]!) === head) return texts[k + 3];
  return undefined;
}

/** What `corpusAbbreviations` reads. */
export type CorpusAbbreviations = ReturnType<typeof corpusAbbreviations>;
