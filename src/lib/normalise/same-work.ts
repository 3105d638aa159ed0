/**
 * One work under two records: a preprint and its published version, or one item exported twice, whose
 * abstracts differ by a sentence or a `(5%)`. Records that give the same DOI or the same arXiv id (its
 * version aside; an arXiv DOI `10.48550/arXiv.X` is arXiv id X) are one paper, unless something says the
 * id is an input error: titles that share little, two different publisher DOIs, or two different arXiv ids.
 * Then the records stay apart and each one is named in a warning, so the user can correct the id.
 */
import { unversionedArxiv } from '../cite/arxiv';
import { foldForComparison } from './dedupe';
import { linkTarget } from './urls';

export type WorkIdKind = 'doi' | 'arxiv';

/** One name of a work: `key` compares, `shown` is as the record wrote it. */
export interface WorkName {
  kind: WorkIdKind;
  key: string;
  shown: string;
}

const URL_LIKE = /^https?:/i;
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/** A DOI in one comparable spelling: a bare DOI and its doi.org link, in any case, are one DOI. */
export function comparableDoi(doi: string): string {
  const trimmed = doi.trim();
  const target = linkTarget(URL_LIKE.test(trimmed) ? trimmed : `https://doi.org/${trimmed}`);
  return target.startsWith('doi:') ? target.slice('doi:'.length) : trimmed.toLowerCase();
}

/** An arXiv id in one comparable spelling: without its version, in lower case. */
export function comparableArxiv(id: string): string {
  return unversionedArxiv(id).toLowerCase();
}

export interface WorkIds {
  doi?: string;
  arxiv?: string;
}

/** The DOI and arXiv id a record names its work by; an arXiv DOI names its arXiv id too. */
export function workNames({ doi, arxiv }: WorkIds): WorkName[] {
  const names: WorkName[] = [];
  if (doi?.trim()) {
    const key = comparableDoi(doi);
    names.push({ kind: 'doi', key, shown: doi.trim() });
    const fromDoi = ARXIV_DOI.exec(key)?.[1];
    if (fromDoi) names.push({ kind: 'arxiv', key: comparableArxiv(fromDoi), shown: unversionedArxiv(ARXIV_DOI.exec(doi.trim())?.[1] ?? fromDoi) });
  }
  if (arxiv?.trim()) {
    const key = comparableArxiv(arxiv);
    if (!names.some((n) => n.kind === 'arxiv' && n.key === key)) names.push({ kind: 'arxiv', key, shown: unversionedArxiv(arxiv) });
  }
  return names;
}

/** A DOI of the published work, not arXiv's own. */
function publisherDoi(doi: string | undefined): string | undefined {
  if (!doi?.trim()) return undefined;
  const key = comparableDoi(doi);
  return ARXIV_DOI.test(key) ? undefined : key;
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

const PREPRINT_VENUE = /arxiv|\bcorr\b|preprint/i;

/** Published: a venue that is not arXiv (as `CoRR` or `arXiv preprint arXiv:…`), or a DOI that is not arXiv's. */
function isPublished(r: WorkRecord): boolean {
  return (r.venue !== undefined && !PREPRINT_VENUE.test(r.venue)) || publisherDoi(r.doi) !== undefined;
}

/**
 * Which record of one work becomes its page, whatever the input order: the published version, then the
 * later year, then the longer abstract, then (as for exact duplicates) the smaller content hash.
 */
export function compareFuller(a: WorkRecord, b: WorkRecord): number {
  return (
    Number(isPublished(b)) - Number(isPublished(a)) ||
    (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
    b.abstract.length - a.abstract.length ||
    (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0)
  );
}

const KIND_LABEL: Record<WorkIdKind, string> = { doi: 'DOI', arxiv: 'arXiv id' };

export function describeName(name: WorkName): string {
  return `${KIND_LABEL[name.kind]} ${name.shown}`;
}

export interface SameWorkGroup {
  /** The record the page is made from. */
  kept: number;
  /** The other records of the work, each with a name it shares with the kept one (or, through a chain, with another of the group). */
  others: Array<{ index: number; name: WorkName }>;
}

export interface SameWorkConflict {
  /** Records that name one work by their ids but cannot be one paper; they stay apart. */
  members: number[];
  /** The name they share, for the warning. */
  name: WorkName;
  /** Why they were not merged, in words. */
  why: string;
}

/** Why records joined by a shared id cannot be one paper, or undefined when they can. */
function conflict(records: WorkRecord[]): string | undefined {
  const dois = new Set(records.map((r) => publisherDoi(r.doi)).filter((d) => d !== undefined));
  if (dois.size > 1) return `they give different DOIs (${[...dois].join(', ')})`;
  const arxivIds = new Set(records.flatMap((r) => workNames(r).filter((n) => n.kind === 'arxiv').map((n) => n.key)));
  if (arxivIds.size > 1) return `they give different arXiv ids (${[...arxivIds].join(', ')})`;
  for (let i = 0; i < records.length; i++) {
    for (let j = i + 1; j < records.length; j++) {
      if (!titlesAgree(records[i]!.title, records[j]!.title)) return 'their titles differ';
    }
  }
  return undefined;
}

/**
 * Groups records (each already one paper: exact duplicates merged) that name the same work. Every index is
 * in exactly one group, groups in order of their first record; a group of one is a record on its own.
 * Records joined by an id that cannot be one paper are left as groups of one and reported in `conflicts`.
 */
export function groupSameWork(records: readonly WorkRecord[]): { groups: SameWorkGroup[]; conflicts: SameWorkConflict[] } {
  const names = records.map((r) => workNames(r));
  const parent = records.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const owner = new Map<string, number>();
  names.forEach((own, i) => {
    for (const n of own) {
      const k = `${n.kind}\u0000${n.key}`;
      const first = owner.get(k);
      if (first === undefined) owner.set(k, i);
      else {
        const [a, b] = [find(first), find(i)];
        // The smaller index roots its component, so components list in order of their first record.
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const components = new Map<number, number[]>();
  records.forEach((_, i) => {
    const root = find(i);
    const members = components.get(root);
    if (members) members.push(i);
    else components.set(root, [i]);
  });

  const groups: SameWorkGroup[] = [];
  const conflicts: SameWorkConflict[] = [];
  const sharedName = (a: number, b: number) => names[a]!.find((n) => names[b]!.some((m) => m.kind === n.kind && m.key === n.key));
  for (const members of components.values()) {
    if (members.length === 1) {
      groups.push({ kept: members[0]!, others: [] });
      continue;
    }
    const why = conflict(members.map((i) => records[i]!));
    if (why !== undefined) {
      const name = members.flatMap((a) => members.filter((b) => b !== a).map((b) => sharedName(a, b))).find((n) => n !== undefined)!;
      conflicts.push({ members, name, why });
      for (const i of members) groups.push({ kept: i, others: [] });
      continue;
    }
    const kept = members.reduce((best, i) => (compareFuller(records[i]!, records[best]!) < 0 ? i : best));
    const others = members
      .filter((i) => i !== kept)
      .map((index) => ({ index, name: sharedName(index, kept) ?? members.map((m) => (m === index ? undefined : sharedName(index, m))).find((n) => n !== undefined)! }));
    groups.push({ kept, others });
  }
  const first = (g: SameWorkGroup) => g.others.reduce((m, o) => Math.min(m, o.index), g.kept);
  groups.sort((a, b) => first(a) - first(b));
  return { groups, conflicts };
}
