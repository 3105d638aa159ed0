/**
 * One work under two records: a preprint and its published version, or one item exported twice, whose
 * abstracts differ by a sentence or a `(5%)`. Records that give the same DOI, the same arXiv id (its
 * version aside; an arXiv DOI `10.48550/arXiv.X` is arXiv id X) or the same PubMed id are one paper, unless
 * something says the id is an input error: titles that share little, two different publisher DOIs, two
 * different arXiv ids, or two different PMIDs. Then the records stay apart and each one is named in a
 * warning, so the user can correct the id.
 *
 * Only an id of a DOI's, an arXiv id's or a PMID's shape names a work: spreadsheet-made JSON writes "N/A", "nan" or
 * "-" for a missing one, and two papers with "N/A" are not one. An id given by more records than one work
 * has (book chapters that all carry the book's DOI) names none of them: they stay apart, with one warning.
 */
import { normaliseArxiv, unversionedArxiv } from '../cite/arxiv';
import { foldForComparison } from './dedupe';
import { linkTarget } from './urls';

export type WorkIdKind = 'doi' | 'arxiv' | 'pmid';

/** One name of a work: `key` compares, `shown` is as the record wrote it. */
export interface WorkName {
  kind: WorkIdKind;
  key: string;
  shown: string;
}

const URL_LIKE = /^https?:/i;
const DOI_PREFIX = /^doi:\s*/i;
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;
/** `10.` and a registrant code of 4 to 9 digits, `/`, a suffix: what `normaliseDoi` finds in a field. */
const DOI_SHAPE = /^10\.\d{4,9}\/\S+$/;
/** PubMed's ids are up to 9 digits and start at 1; leading zeros are no part of one (`normalisePmid`). */
const PMID_SHAPE = /^0*([1-9]\d{0,8})$/;

/**
 * More records than a preprint, its versions and its published copies come to: an id given by more names
 * a book or a series, not one work, and comparing every pair of so many titles would cost k² for nothing.
 */
export const MOST_RECORDS_OF_ONE_WORK = 10;

/** A DOI in one comparable spelling: a bare DOI, `doi:` before it and its doi.org link, in any case, are one DOI. */
export function comparableDoi(doi: string): string {
  const trimmed = doi.trim().replace(DOI_PREFIX, '');
  const target = linkTarget(URL_LIKE.test(trimmed) ? trimmed : `https://doi.org/${trimmed}`);
  return target.startsWith('doi:') ? target.slice('doi:'.length) : trimmed.toLowerCase();
}

/** An arXiv id in one comparable spelling: without its version, in lower case. */
export function comparableArxiv(id: string): string {
  return unversionedArxiv(id).toLowerCase();
}

/** The comparable spelling of a DOI, or undefined for text of another shape ("N/A", "none", "-"). */
export function doiKey(doi: string | undefined): string | undefined {
  if (!doi?.trim()) return undefined;
  const key = comparableDoi(doi);
  return DOI_SHAPE.test(key) ? key : undefined;
}

/** The comparable spelling of an arXiv id (bare, `arXiv:` or an arxiv.org link), or undefined for text of another shape. */
export function arxivKey(arxiv: string | undefined): string | undefined {
  const id = normaliseArxiv(arxiv);
  return id === undefined ? undefined : comparableArxiv(id);
}

/** The comparable spelling of a PubMed id (its digits, without leading zeros), or undefined for text of another shape. */
export function pmidKey(pmid: string | undefined): string | undefined {
  return pmid === undefined ? undefined : PMID_SHAPE.exec(pmid.trim())?.[1];
}

export interface WorkIds {
  doi?: string;
  arxiv?: string;
  pmid?: string;
}

/**
 * The DOI, arXiv id and PubMed id a record names its work by; an arXiv DOI names its arXiv id too. Text that
 * is none of them names nothing. A PMID is as much one work's as a DOI: PubMed gives each article one, and
 * its older records (and Web of Science's `PM`) often carry no DOI to join them by.
 */
export function workNames({ doi, arxiv, pmid }: WorkIds): WorkName[] {
  const names: WorkName[] = [];
  const doiName = doiKey(doi);
  if (doiName !== undefined) {
    const shown = doi!.trim();
    names.push({ kind: 'doi', key: doiName, shown });
    const fromDoi = normaliseArxiv(ARXIV_DOI.exec(doiName)?.[1]);
    // Shown as the record spells it where it can be read (the key is in lower case).
    const fromShown = normaliseArxiv(ARXIV_DOI.exec(shown)?.[1]);
    if (fromDoi) names.push({ kind: 'arxiv', key: comparableArxiv(fromDoi), shown: unversionedArxiv(fromShown ?? fromDoi) });
  }
  const arxivId = normaliseArxiv(arxiv);
  if (arxivId !== undefined) {
    const key = comparableArxiv(arxivId);
    if (!names.some((n) => n.kind === 'arxiv' && n.key === key)) names.push({ kind: 'arxiv', key, shown: unversionedArxiv(arxivId) });
  }
  const pmidName = pmidKey(pmid);
  if (pmidName !== undefined) names.push({ kind: 'pmid', key: pmidName, shown: pmidName });
  return names;
}

/** A DOI of the published work, not arXiv's own. */
function publisherDoi(doi: string | undefined): string | undefined {
  const key = doiKey(doi);
  return key === undefined || ARXIV_DOI.test(key) ? undefined : key;
}

const ARXIV_LINK = /^((?:[a-z0-9-]+\.)*arxiv\.org\/(?:abs|pdf)\/)(.+?)(?:\.pdf)?$/i;

/**
 * What a link points at, for telling a work's links apart when its records are merged: as `linkTarget`,
 * and an arXiv page or PDF in any version is one (the preprint's `…v1` beside the journal record's
 * unversioned link made two arXiv buttons).
 */
export function workLinkTarget(href: string): string {
  const target = linkTarget(href);
  const m = ARXIV_LINK.exec(target);
  const id = m && normaliseArxiv(m[2]);
  return id ? `${m[1]!.toLowerCase()}${comparableArxiv(id)}` : target;
}

const words = (title: string) => new Set(foldForComparison(title).split(' ').filter((w) => w !== ''));

/**
 * Whether two titles can be one work's: the same after folding, one the other with a subtitle added, or
 * sharing at least half the words of the longer one. A DOI typed into the wrong record shares almost none.
 */
export function titlesAgree(a: string, b: string): boolean {
  const fa = foldForComparison(a);
  const fb = foldForComparison(b);
  if (fa === fb || fa.startsWith(`${fb} `) || fb.startsWith(`${fa} `)) return true;
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared * 2 >= Math.max(wa.size, wb.size) && shared > 0;
}

export interface WorkRecord extends WorkIds {
  title: string;
  abstract: string;
  venue?: string;
  year?: number;
  hash: string;
}

export const PREPRINT_VENUE = /arxiv|\bcorr\b|preprint/i;

/** Published: a venue that is not arXiv (as `CoRR` or `arXiv preprint arXiv:…`), or a DOI that is not arXiv's. */
function isPublished(r: WorkRecord): boolean {
  return (r.venue !== undefined && !PREPRINT_VENUE.test(r.venue)) || publisherDoi(r.doi) !== undefined;
}

/** The published version first, then the later year: the first thing that makes one record of a paper the fuller. */
export function compareVersion(a: WorkRecord, b: WorkRecord): number {
  return Number(isPublished(b)) - Number(isPublished(a)) || (b.year ?? -Infinity) - (a.year ?? -Infinity);
}

/**
 * Which record of one work becomes its page, whatever the input order: the published version, then the
 * later year, then the longer abstract, then the smaller content hash.
 */
export function compareFuller(a: WorkRecord, b: WorkRecord): number {
  return compareVersion(a, b) || b.abstract.length - a.abstract.length || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0);
}

const KIND_LABEL: Record<WorkIdKind, string> = { doi: 'DOI', arxiv: 'arXiv id', pmid: 'PMID' };

export function describeName(name: WorkName): string {
  return `${KIND_LABEL[name.kind]} ${name.shown}`;
}

export interface SameWorkGroup {
  /** The record the page is made from. */
  kept: number;
  /** The other records of the work, each with a name it shares with the kept one (or, through a chain, with another of the group). */
  others: Array<{ index: number; name: WorkName }>;
}

/** Records that name one work by their ids but cannot be one paper; they stay apart. */
export type SameWorkConflict =
  /** Something says the shared id is wrong, or names two versions: each member is told, naming the others. */
  | {
      kind: 'mismatch';
      members: number[];
      /** The name they share, for the warning. */
      name: WorkName;
      /** Why they were not merged, in words. */
      why: string;
      /** What the user is to make of it. */
      advice: string;
    }
  /**
   * More records than one work has: `name` is given by all of them, or (`joined`) joins, with the ids of
   * its records, that many. Told once, not once per member: each would name hundreds of others.
   */
  | { kind: 'crowded'; members: number[]; name: WorkName; joined: boolean };

const CORRECT_THE_ID = 'kept as separate papers; correct the id if one is wrong';
const VERSIONS = 'two published versions of one preprint (a conference and a journal paper?), kept as separate papers';

/** Why records joined by a shared id cannot be one paper, or undefined when they can. */
function conflict(records: WorkRecord[], name: WorkName): { why: string; advice: string } | undefined {
  let titlesDiffer = false;
  for (let i = 0; i < records.length && !titlesDiffer; i++) {
    for (let j = i + 1; j < records.length && !titlesDiffer; j++) titlesDiffer = !titlesAgree(records[i]!.title, records[j]!.title);
  }
  const dois = new Set(records.map((r) => publisherDoi(r.doi)).filter((d) => d !== undefined));
  // One arXiv id, two publisher DOIs and one title is what a preprint published twice looks like: nothing to correct.
  if (dois.size > 1) return { why: `they give different DOIs (${[...dois].join(', ')})`, advice: name.kind === 'arxiv' && !titlesDiffer ? VERSIONS : CORRECT_THE_ID };
  const arxivIds = new Set(records.flatMap((r) => workNames(r).filter((n) => n.kind === 'arxiv').map((n) => n.key)));
  if (arxivIds.size > 1) return { why: `they give different arXiv ids (${[...arxivIds].join(', ')})`, advice: CORRECT_THE_ID };
  // One article has one PubMed record: two PMIDs under one DOI are a mistyped id or two papers.
  const pmids = new Set(records.map((r) => pmidKey(r.pmid)).filter((p) => p !== undefined));
  if (pmids.size > 1) return { why: `they give different PMIDs (${[...pmids].join(', ')})`, advice: CORRECT_THE_ID };
  if (titlesDiffer) return { why: 'their titles differ', advice: CORRECT_THE_ID };
  return undefined;
}

const nameKey = (n: WorkName) => `${n.kind}\u0000${n.key}`;

/** Which kind of shared name a merge is told by when several are shared: the one readers know a work by first. */
const KIND_ORDER: Record<WorkIdKind, number> = { doi: 0, arxiv: 1, pmid: 2 };

/** The name most of `members` give (a DOI before an arXiv id before a PMID, then the smaller key): the same whatever their order. */
function commonName(members: readonly number[], names: readonly WorkName[][]): WorkName {
  const counts = new Map<string, { name: WorkName; count: number }>();
  for (const i of members) {
    for (const n of names[i]!) {
      const seen = counts.get(nameKey(n));
      if (seen) seen.count++;
      else counts.set(nameKey(n), { name: n, count: 1 });
    }
  }
  const ranked = [...counts.values()].sort(
    (a, b) => b.count - a.count || KIND_ORDER[a.name.kind] - KIND_ORDER[b.name.kind] || (a.name.key < b.name.key ? -1 : a.name.key > b.name.key ? 1 : 0),
  );
  return ranked[0]!.name;
}

/**
 * Groups records (each already one paper: exact duplicates merged) that name the same work. Every index is
 * in exactly one group, groups in order of their first record; a group of one is a record on its own.
 * Records joined by an id that cannot be one paper are left as groups of one and reported in `conflicts`.
 * The work grows with the number of records, not its square, however many give one id.
 */
export function groupSameWork(records: readonly WorkRecord[]): { groups: SameWorkGroup[]; conflicts: SameWorkConflict[] } {
  const allNames = records.map((r) => workNames(r));
  const givers = new Map<string, number[]>();
  allNames.forEach((own, i) => {
    for (const n of own) {
      const list = givers.get(nameKey(n));
      if (list) list.push(i);
      else givers.set(nameKey(n), [i]);
    }
  });
  const conflicts: SameWorkConflict[] = [];
  const crowded = new Set<string>();
  for (const [key, members] of givers) {
    if (members.length <= MOST_RECORDS_OF_ONE_WORK) continue;
    crowded.add(key);
    conflicts.push({ kind: 'crowded', members, name: allNames[members[0]!]!.find((n) => nameKey(n) === key)!, joined: false });
  }
  // A crowded id joins nothing; the records' other ids still do (a chapter and its preprint).
  const names = allNames.map((own) => own.filter((n) => !crowded.has(nameKey(n))));

  const parent = records.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const [key, members] of givers) {
    if (crowded.has(key)) continue;
    for (const i of members.slice(1)) {
      const [a, b] = [find(members[0]!), find(i)];
      // The smaller index roots its component, so components list in order of their first record.
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const components = new Map<number, number[]>();
  records.forEach((_, i) => {
    const root = find(i);
    const members = components.get(root);
    if (members) members.push(i);
    else components.set(root, [i]);
  });

  const groups: SameWorkGroup[] = [];
  const gives = (i: number, n: WorkName) => names[i]!.some((m) => m.kind === n.kind && m.key === n.key);
  for (const members of components.values()) {
    if (members.length === 1) {
      groups.push({ kept: members[0]!, others: [] });
      continue;
    }
    if (members.length > MOST_RECORDS_OF_ONE_WORK) {
      // Joined through a chain of ids each given by few: as many records as a crowded id, and as unlikely one work.
      conflicts.push({ kind: 'crowded', members, name: commonName(members, names), joined: true });
      for (const i of members) groups.push({ kept: i, others: [] });
      continue;
    }
    const name = commonName(members, names);
    const found = conflict(members.map((i) => records[i]!), name);
    if (found !== undefined) {
      conflicts.push({ kind: 'mismatch', members, name, ...found });
      for (const i of members) groups.push({ kept: i, others: [] });
      continue;
    }
    const kept = members.reduce((best, i) => (compareFuller(records[i]!, records[best]!) < 0 ? i : best));
    const others = members
      .filter((i) => i !== kept)
      .map((index) => ({
        index,
        // A name shared with the kept record, else (joined through a chain) one shared with any other.
        name: names[index]!.find((n) => gives(kept, n)) ?? names[index]!.find((n) => members.some((m) => m !== index && gives(m, n)))!,
      }));
    groups.push({ kept, others });
  }
  const first = (g: SameWorkGroup) => g.others.reduce((m, o) => Math.min(m, o.index), g.kept);
  groups.sort((a, b) => first(a) - first(b));
  conflicts.sort((a, b) => a.members[0]! - b.members[0]!);
  return { groups, conflicts };
}
