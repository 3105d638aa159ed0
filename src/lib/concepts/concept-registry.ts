/**
 * The concept index from the papers' selected concepts: ids (slugs), labels, aliases and narrower concepts, the
 * user's renames, and the overrides that changed nothing.
 */
import type { Concept, ConceptIndex, PaperConcept } from '../model/concepts';
import { likelyMeant } from '../config/suggest';
import type { DocumentText } from '../model/paper';
import type { InnerNoun } from './broader-nouns';
import type { CorpusAbbreviations } from './corpus-abbreviations';
import { foldHead } from './concept-heads';
import { EVERY_WORD_CAPITALISED, evenJoins, properName, stripAcronymPlural, UNICODE_HYPHENS, type ConceptStats, type NameCase } from './concept-labels';
import type { ConceptNames } from './concept-names';
import type { NameRuns } from './name-runs';
import { namedKinds, type WrittenName } from './named-kinds';
import { slugify, wordIdentity, type PhraseWords } from './normalise';
import type { ConceptOverrides, UnmatchedOverride } from './overrides';
import { fullText } from './rank';
import type { Identify, RankedDocument } from './ranked-document';
import { readableLabel, readableLongForm } from './readable-tags';
import { binomialAbbreviation, writtenAbbreviations } from './species-abbreviations';
import type { Chosen, PaperSelection } from './tag-selection';
import { best, shorterFirst } from './votes';
import { sentenceCase, type WordCase } from './word-case';
import { upperFirst } from './word-shape';

/** What the registry is made from: the corpus-wide steps' results. */
export interface RegistryInputs {
  analysed: readonly RankedDocument[];
  texts: readonly (DocumentText | undefined)[];
  overrides: ConceptOverrides;
  abbreviations: CorpusAbbreviations;
  names: ConceptNames;
  chosen: Chosen;
  selected: readonly PaperSelection[];
  removedFromPaper: ReadonlyMap<string, ReadonlySet<string>>;
  routineHeld: ReadonlyMap<string, string[]>;
  perDoc: readonly ReadonlyMap<string, number>[];
  tailFallback: readonly ReadonlyMap<string, string>[];
  hints: readonly { cid: string; surface: string }[][];
  innerAdded: ReadonlySet<string>;
  innerNouns: readonly ReadonlyMap<string, InnerNoun>[];
  nameCase: ReadonlyMap<string, NameCase>;
  nameRuns: NameRuns;
  namedLongForms: ReadonlyMap<string, string>;
  statsOf: (cid: string) => ConceptStats;
  wordCase: WordCase;
  idOf: Identify;
  inPhrases: PhraseWords;
  nonEnglish: string[];
  nonEnglishTitles: string[];
}

/**
 * The concept index, the entries of the user's overrides that changed nothing in it, and the documents that are
 * not read (`extractConceptIndex`).
 */
export function conceptRegistry(inputs: RegistryInputs): { index: ConceptIndex; unmatched: UnmatchedOverride[]; nonEnglish: string[]; nonEnglishTitles: string[] } {
  const { analysed, texts, overrides, abbreviations, names, chosen, selected, removedFromPaper, routineHeld, perDoc, tailFallback, hints, innerAdded, innerNouns, nameCase, nameRuns, namedLongForms, statsOf, wordCase, idOf, inPhrases, nonEnglish, nonEnglishTitles } = inputs;
  const { defined, longVotes, sameNameFirst, shortToLong, expandIn } = abbreviations;
  const { banUsed, canonIn, mergeUsed, resolve, userIdentity } = names;
  // Ids: slugs of the readable normal form, collisions numbered in a fixed order.
  const cids = [...chosen.keys()].sort();
  // A merged concept is named after the first phrase of its group, in the forms the papers write it, or as the
  // user wrote it when they never do: the forms the other phrases brought are aliases.
  const mergeFirst = new Map<string, string>();
  for (const group of overrides.merge) {
    const cid = foldHead(expandIn(undefined, userIdentity(group[0]!)));
    if (!mergeFirst.has(cid)) mergeFirst.set(cid, group[0]!);
  }
  // Likewise one name written two ways (`sameName`): "Transmission electron microscope", not a misspelt
  // "microscoscopy" that two papers write more often.
  for (const [canonical, written] of sameNameFirst) {
    const cid = foldHead(canonical);
    if (chosen.has(cid) && !mergeFirst.has(cid)) mergeFirst.set(cid, written);
  }
  const firstPhraseForms = (cid: string, votes: Map<string, number>): Map<string, number> => {
    if (!mergeFirst.has(cid)) return votes;
    return new Map([...votes].filter(([form]) => foldHead(expandIn(undefined, idOf(form))) === cid));
  };
  const slugOf = new Map<string, string>();
  const taken = new Set<string>();
  const baseOf = (cid: string): string => {
    const s = statsOf(cid);
    const first = mergeFirst.get(cid);
    const key = first !== undefined ? (best(firstPhraseForms(cid, s.keys)) ?? first) : (best(s.keys) ?? best(s.partialKeys) ?? best(s.surfaces) ?? cid);
    return slugify(key) || slugify(cid) || 'concept';
  };
  const bases = cids.map((cid) => ({ cid, base: baseOf(cid) }));
  bases.sort((x, y) => (x.base < y.base ? -1 : x.base > y.base ? 1 : x.cid < y.cid ? -1 : 1));
  for (const { cid, base } of bases) {
    let slug = base;
    for (let k = 2; taken.has(slug); k++) slug = `${base}-${k}`;
    taken.add(slug);
    slugOf.set(cid, slug);
  }

  /** Concepts that some paper names with an abbreviation: their capitals are the name's. */
  const definedLong = new Set(defined.map((d) => canonIn(d.doc, d.longId)));
  const renames = new Map<string, string>();
  /** The rename entry (its key) that gave each renamed concept its label. */
  const renamedBy = new Map<string, string>();
  const idToCid = new Map([...slugOf].map(([cid, slug]) => [slug, cid]));
  const unmatched: UnmatchedOverride[] = [];
  for (const [from, label] of overrides.rename) {
    const cid = idToCid.get(from) ?? resolve(undefined, userIdentity(from));
    // "NN" for "neural networks" in some papers and "nearest neighbour" in others stands for neither,
    // unless a merge made them one.
    const couldBe = slugOf.has(cid) ? [cid] : [...new Set([...(longVotes.get(userIdentity(from))?.keys() ?? [])].map((long) => resolve(undefined, long)))].filter((c) => slugOf.has(c));
    if (couldBe.length === 1) {
      const renamed = couldBe[0]!;
      // Two entries for one concept ("CTL" and its id): the later label wins, and the earlier entry is said to.
      const earlier = renamedBy.get(renamed);
      if (earlier !== undefined) unmatched.push({ section: 'rename', key: from, twice: earlier });
      // One label for two concepts: two pages of one name, which only a merge makes one.
      const sameLabel = [...renames].find(([other, l]) => other !== renamed && l.toLowerCase() === label.toLowerCase());
      if (sameLabel !== undefined) unmatched.push({ section: 'rename', key: from, sameLabelAs: renamedBy.get(sameLabel[0])! });
      renames.set(renamed, label);
      renamedBy.set(renamed, from);
    } else unmatched.push(couldBe.length > 1 ? { section: 'rename', key: from, couldBe: couldBe.map((c) => ({ id: slugOf.get(c)!, label: c })) } : { section: 'rename', key: from });
  }

  const paperIndex = new Map(selected.map((s, i) => [s.paper, i]));
  const abbreviatedBinomials = writtenAbbreviations(texts.flatMap((t) => (t !== undefined ? [fullText(t)] : [])));
  const conceptOf = (cid: string, papersOf: (cid: string) => string[]): Concept => {
    const s = statsOf(cid);
    // A concept two defined long forms make (shortened-long-forms.ts) goes by the short form of the long form it is named after: "NN", not "ANN", for "Neural networks".
    const ownShorts = new Map([...s.shorts].filter(([short]) => shortToLong.get(idOf(short)) === cid));
    const shortForm = best(ownShorts.size > 0 && ownShorts.size < s.shorts.size ? ownShorts : s.shorts);
    const surfaces = s.surfaces.size ? s.surfaces : new Map(shortForm ? [[shortForm, 1]] : [[cid, 1]]);
    // The most used surface that reads as a label; a long form too long to show gives way to its
    // abbreviation ("PRIMES" for "Progressive Reasoning and Intelligent multiple MEthods System").
    const own = firstPhraseForms(cid, surfaces);
    const named = own.size > 0 ? own : new Map([[mergeFirst.get(cid)!, 1]]);
    const spelled = shortForm !== undefined && definedLong.has(cid);
    // A form with a word abbreviated ("MP point") names the concept only where the papers write it no other way.
    const readableAll = new Map([...named].filter(([x]) => readableLabel(x) || (spelled && readableLongForm(x, shortForm))));
    const spelledOut = new Map([...readableAll].filter(([x]) => !s.partial.has(x)));
    const readable = spelledOut.size > 0 ? spelledOut : readableAll;
    const labelSurface = best(readable, shorterFirst) ?? (shortForm && readableLabel(shortForm) ? shortForm : best(surfaces, shorterFirst)!);
    const shown = upperFirst(stripAcronymPlural(evenJoins(labelSurface, surfaces.keys())));
    // (A long form some paper defines an abbreviation for keeps its case as voted: "Retrieval Augmented
    // Generation (RAG)" is capitalised for its initials.)
    const name = definedLong.has(cid) ? undefined : properName(nameCase.get(cid), named);
    const voted = name ?? (definedLong.has(cid) ? shown : sentenceCase(shown, (w) => wordCase.isName(w)));
    // A name keeps its capitals; where the votes kept them already, their spelling stands ("Retrieval-Augmented").
    // Unicode's hyphens (U+2010, U+2011, as publishers' titles write "Positive‐electrode") are the hyphen in a label.
    const label = renames.get(cid) ?? nameRuns.restore((EVERY_WORD_CAPITALISED.test(voted) ? voted : (namedLongForms.get(cid) ?? voted)).replace(UNICODE_HYPHENS, '-'));
    const aliasSet = new Map<string, string>();
    const addAlias = (a: string) => {
      const low = a.toLowerCase();
      if (low !== label.toLowerCase() && !aliasSet.has(low)) aliasSet.set(low, a);
    };
    if (shortForm) addAlias(shortForm);
    const species = binomialAbbreviation(label, abbreviatedBinomials);
    if (species) addAlias(species);
    const bySupport = [...surfaces, ...s.shorts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const [a] of bySupport) addAlias(a);
    const papers = papersOf(cid);
    const concept: Concept = {
      id: slugOf.get(cid)!,
      label,
      aliases: [...aliasSet.values()].slice(0, 12),
      df: papers.length,
      papers,
    };
    // A voted label that writes the short form already ("PID controller", whose "PID" alone the papers also write) is
    // not shown with it again, "PID controller (PID)": it stays one of the other names. (A user's label is as they wrote it.)
    const writesShort = !renames.has(cid) && (label.match(WORD_RUNS) ?? ([] as string[])).includes(shortForm ?? '');
    if (shortForm && shortForm.toLowerCase() !== label.toLowerCase() && !writesShort) concept.abbreviation = shortForm;
    if (innerAdded.has(cid)) {
      // The phrases that write the noun on the papers that carry both: "Electron beam lithography" under "Lithography".
      const narrower = new Set<string>();
      for (const x of chosen.get(cid)!) {
        const i = paperIndex.get(x.paper)!;
        const carried = new Set(selected[i]!.concepts.map((q) => q.cid));
        for (const h of innerNouns[i]!.get(cid)?.holders ?? []) if (h !== cid && carried.has(h)) narrower.add(slugOf.get(h)!);
      }
      if (narrower.size > 0) concept.narrower = [...narrower].sort();
    }
    return concept;
  };
  const concepts: Concept[] = cids.map((cid) =>
    conceptOf(cid, (c) =>
      chosen
        .get(c)!
        .slice()
        .sort((x, y) => y.score - x.score || (x.paper < y.paper ? -1 : 1))
        .map((x) => x.paper)),
  );
  addNamedKinds(
    cids,
    concepts,
    (cid) => {
      const own = [...statsOf(cid).shorts.keys()].filter((short) => shortToLong.get(idOf(short)) === cid);
      return own.map((short) => ({ ids: idOf(short).split(' '), text: short }));
    },
    (word) => wordIdentity(word, inPhrases),
  );
  concepts.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  // A routine phrase no paper carries as a tag (no page, no reason), that the link stage still reads in the papers'
  // text, as it did while it was a tag: two papers that write it are nearer by a little, as by any shared words.
  const linkOnlyCids = [...routineHeld.keys()].filter((cid) => !chosen.has(cid)).sort();
  for (const cid of linkOnlyCids) {
    const base = baseOf(cid);
    let slug = base;
    for (let k = 2; taken.has(slug); k++) slug = `${base}-${k}`;
    taken.add(slug);
    slugOf.set(cid, slug);
  }
  const linkOnly: Concept[] = linkOnlyCids.map((cid) => ({ ...conceptOf(cid, () => []), df: 0 }));

  const byPaper: Record<string, PaperConcept[]> = Object.create(null) as Record<string, PaperConcept[]>;
  for (const { paper, concepts: picked } of selected) {
    byPaper[paper] = picked.map((c) => ({ id: slugOf.get(c.cid)!, score: Math.round(c.score * 1e4) / 1e4 }));
  }
  const removed: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [paper, cids] of removedFromPaper) {
    const ids = [...cids].flatMap((cid) => slugOf.get(cid) ?? []).sort();
    if (ids.length > 0) removed[paper] = ids;
  }
  const labelOf = new Map(concepts.map((c) => [c.id, c.label]));
  // A rename to the label another concept has: two pages of one name (renames among themselves are checked above).
  for (const [cid, from] of renamedBy) {
    const label = renames.get(cid)!.toLowerCase();
    const other = concepts.find((c) => c.id !== slugOf.get(cid) && !renamedBy.has(idToCid.get(c.id) ?? '') && c.label.toLowerCase() === label);
    if (other !== undefined) unmatched.push({ section: 'rename', key: from, sameLabelAsConcept: other.id });
  }
  for (const u of unmatched) if (u.section === 'rename') for (const c of u.couldBe ?? []) c.label = labelOf.get(c.id) ?? c.label;
  // A group's first phrase names its concept (and the page's address) even where no paper writes it; one that no
  // paper writes but that is a couple of letters from another concept's name is most likely that name mistyped.
  const written = new Set(overrides.merge.length === 0 ? [] : analysed.flatMap((a) => a.ranked.map((r) => r.candidate.id)));
  const sharedAt = new Set(names.sharedMergePhrases.map((x) => `${x.group}:${x.phrase}`));
  overrides.merge.forEach((group, g) => {
    const target = expandIn(undefined, userIdentity(group[0]!));
    if (!written.has(userIdentity(group[0]!)) && !written.has(target)) {
      // Its own concept's other names too: merged with "RL", a mistyped "reinforcment learning" took in the
      // "reinforcement learning" the papers write.
      const typed = group[0]!.toLowerCase();
      const names = concepts.flatMap((c) => [c.label, ...c.aliases]).filter((n) => n.toLowerCase() !== typed);
      const meant = likelyMeant(group[0]!, names);
      if (meant !== undefined) unmatched.push({ section: 'merge', group: g, phrase: 0, meant });
    }
    group.forEach((p, k) => {
      const id = expandIn(undefined, userIdentity(p));
      // A phrase that joins the group to an earlier one is said so (below), not judged against this group's name.
      if (k === 0 || !id || sharedAt.has(`${g}:${k}`)) return;
      if (id === target) unmatched.push({ section: 'merge', group: g, phrase: k, same: true });
      else if (!mergeUsed.has(id)) unmatched.push({ section: 'merge', group: g, phrase: k });
    });
  });
  for (const { group, phrase, with: earlier } of names.sharedMergePhrases) unmatched.push({ section: 'merge', group, phrase, joins: earlier });
  overrides.ban.forEach((p, index) => {
    const cid = resolve(undefined, userIdentity(p));
    if (!banUsed.has(cid)) {
      unmatched.push({ section: 'ban', index });
      return;
    }
    // A ban of a merged concept bans every phrase the merge put into it, which the user may not have meant: said at
    // the group that holds the banned phrase (else the first that makes the concept), with every phrase of the
    // groups that make it.
    const own = userIdentity(p);
    const making = overrides.merge.flatMap((g, at) => (g.some((q) => resolve(undefined, userIdentity(q)) === cid) ? [at] : []));
    const phrases = [...new Set(making.flatMap((at) => overrides.merge[at]!))].filter((q) => userIdentity(q) !== own);
    if (phrases.length === 0) return;
    const holding = making.find((at) => overrides.merge[at]!.some((q) => userIdentity(q) === own)) ?? making[0]!;
    unmatched.push({ section: 'ban', index, merged: holding, with: phrases });
  });
  analysed.forEach((a, i) => {
    const entries = overrides.remove.get(a.id) ?? [];
    if (entries.length === 0) return;
    // The paper's words as identities: a concept of the index that it writes is one the link stage reads as a
    // mention of it, which the entry takes away too, though no tag candidate of the paper names it.
    const spelled = ` ${a.words.texts.map((w) => idOf(w.toLowerCase())).join(' ')} `;
    entries.forEach((p, index) => {
      const own = userIdentity(p);
      const cid = resolve(i, own);
      const candidate = perDoc[i]!.has(cid) || [...tailFallback[i]!.values()].includes(cid) || hints[i]!.some((h) => h.cid === cid);
      const mentioned = slugOf.has(cid) && (spelled.includes(` ${cid} `) || spelled.includes(` ${own} `));
      if (!candidate && !mentioned) unmatched.push({ section: 'remove', paper: a.id, index });
    });
  });
  return {
    index: {
      concepts,
      byPaper,
      ...(Object.keys(removed).length > 0 ? { removed } : {}),
      phraseWords: inPhrases,
      ...(linkOnly.length > 0 ? { linkOnly } : {}),
      ...(nonEnglish.length > 0 ? { unread: nonEnglish } : {}),
      ...(nonEnglishTitles.length > 0 ? { unreadTitles: nonEnglishTitles } : {}),
    },
    unmatched,
    nonEnglish,
    nonEnglishTitles,
  };
}

const WORD_RUNS = /[\p{L}\p{N}]+/gu;

/**
 * The kinds of each concept its names tell (named-kinds.ts: "Offline reinforcement learning" of "Reinforcement
 * learning"), added to its narrower concepts beside those broader-nouns.ts found. `concepts` are in the order of
 * `cids`; `shortNames` gives a concept's own short forms ("meta-RL"), which the corpus reads as that concept.
 */
function addNamedKinds(cids: readonly string[], concepts: readonly Concept[], shortNames: (cid: string) => WrittenName[], wordId: (word: string) => string): void {
  const conceptOfCid = new Map(cids.map((cid, k) => [cid, concepts[k]!]));
  const broader = namedKinds(
    cids.map((cid) => ({ cid, names: [{ ids: cid.split(' '), text: conceptOfCid.get(cid)!.label }, ...shortNames(cid)] })),
    wordId,
  );
  for (const [cid, heads] of broader) {
    const id = conceptOfCid.get(cid)!.id;
    for (const head of heads) {
      const c = conceptOfCid.get(head)!;
      c.narrower = [...new Set([...(c.narrower ?? []), id])].sort();
    }
  }
}
