/**
 * Paper files whose slug no paper has any more. A paper's file is named by its slug, which comes from its
 * title: editing the title moves the paper to a new file although the record is the same one. What the user
 * wrote in the old file (notes, keys of their own, a citation key) then belongs in the new file, not aside
 * in `orphans/`. A record is known again by what names it besides its title: its citation key (the input's
 * id or key, src/lib/cite/supplied-ids.ts), its DOI, its arXiv id, or failing those, its abstract, as
 * duplicates are recognised (src/lib/normalise/dedupe.ts). Only a match that is one paper's and one file's
 * alone counts: anything else leaves the edits aside, with the reason.
 */
import type { PaperRecord } from '../model/paper';
import { foldForComparison } from '../normalise/dedupe';
import { workNames } from '../normalise/same-work';

/** What names a paper besides its slug, as its file records it or its record carries it. */
export interface PaperIdentity {
  citationKey?: string;
  doi?: string;
  arxiv?: string;
  abstract?: string;
}

export type IdentityKind = keyof PaperIdentity;

const KIND_NAMES: Record<IdentityKind, string> = { citationKey: 'id or citation key', doi: 'DOI', arxiv: 'arXiv id', abstract: 'abstract' };

/** Each name of a paper in one comparable spelling: DOIs and arXiv ids are written several ways for one work. */
function names(identity: PaperIdentity): Array<[IdentityKind, string]> {
  const out: Array<[IdentityKind, string]> = [];
  if (identity.citationKey) out.push(['citationKey', identity.citationKey]);
  // As the same-work merge reads them: a bare DOI and its doi.org link are one DOI in any case, an arXiv id
  // is one work in any version, and text of neither shape ("N/A") names nothing.
  // (A paper file's identity carries no PMID, so no name here is one.)
  for (const name of workNames(identity)) if (name.kind !== 'pmid') out.push([name.kind, name.key]);
  const abstract = identity.abstract === undefined ? '' : foldForComparison(identity.abstract);
  if (abstract !== '') out.push(['abstract', abstract]);
  return out;
}

export function identityOf(paper: Pick<PaperRecord, 'citationKey' | 'doi' | 'arxiv' | 'abstract'>): PaperIdentity {
  return { citationKey: paper.citationKey, doi: paper.doi, arxiv: paper.arxiv, abstract: paper.abstract };
}

/**
 * Whether a file records another paper than the one that now has its slug: it names a paper, and none of
 * its names is that paper's. (Two papers that swap titles swap slugs; a file whose record changed in every
 * name, as an edited abstract with no ids, names nothing else either and stays where it is.)
 */
export function namesAnotherPaper(file: PaperIdentity, paper: PaperIdentity): boolean {
  const own = names(file);
  if (own.length === 0) return false;
  const theirs = new Set(names(paper).map(([kind, name]) => `${kind}\u0000${name}`));
  return !own.some(([kind, name]) => theirs.has(`${kind}\u0000${name}`));
}

/** Where the edits of a file without a paper go. */
export type MovedFile =
  /** The paper it was written for is `to`, matched by `by`: the edits go into that paper's file. */
  | { kind: 'moved'; to: string; by: IdentityKind }
  /** No paper shares any of its names: its record is gone, or changed in every one of them. */
  | { kind: 'gone' }
  /** Several papers share its names, so which one it was written for is not known. */
  | { kind: 'several'; candidates: string[] }
  /** One paper shares its names, but that paper has a file already, or other files without a paper match it too. */
  | { kind: 'claimed'; to: string; by: IdentityKind; reason: 'has-file' | 'other-files' };

export interface NamedPaper {
  slug: string;
  identity: PaperIdentity;
}

/**
 * For each file without a paper (`files`, by their old slug), where its edits go among `papers` (this run's).
 * `hasFile` says which of this run's papers already have a file of their own: edits are never merged into one.
 */
export function placeMovedFiles(files: readonly NamedPaper[], papers: readonly NamedPaper[], hasFile: (slug: string) => boolean): Map<string, MovedFile> {
  // No file to place: the papers' names are not read (folding 10,000 abstracts took half a second of every run).
  if (files.length === 0) return new Map();
  // Maps, not objects: a citation key is input text and may be `__proto__`.
  const byName = new Map<string, string[]>();
  for (const paper of papers) {
    for (const [kind, name] of names(paper.identity)) {
      const key = `${kind}\u0000${name}`;
      const slugs = byName.get(key);
      if (slugs === undefined) byName.set(key, [paper.slug]);
      else if (!slugs.includes(paper.slug)) slugs.push(paper.slug);
    }
  }
  const matches = new Map<string, Map<string, IdentityKind>>();
  for (const file of files) {
    const found = new Map<string, IdentityKind>();
    for (const [kind, name] of names(file.identity)) {
      for (const slug of byName.get(`${kind}\u0000${name}`) ?? []) if (!found.has(slug)) found.set(slug, kind);
    }
    matches.set(file.slug, found);
  }
  const claims = new Map<string, number>();
  for (const found of matches.values()) if (found.size === 1) for (const slug of found.keys()) claims.set(slug, (claims.get(slug) ?? 0) + 1);

  const out = new Map<string, MovedFile>();
  for (const file of files) {
    const found = matches.get(file.slug)!;
    if (found.size === 0) out.set(file.slug, { kind: 'gone' });
    else if (found.size > 1) out.set(file.slug, { kind: 'several', candidates: [...found.keys()].sort() });
    else {
      const [[to, by]] = [...found] as [[string, IdentityKind]];
      if (hasFile(to)) out.set(file.slug, { kind: 'claimed', to, by, reason: 'has-file' });
      else if (claims.get(to)! > 1) out.set(file.slug, { kind: 'claimed', to, by, reason: 'other-files' });
      else out.set(file.slug, { kind: 'moved', to, by });
    }
  }
  return out;
}

/** Why a file's edits were kept aside in `keptIn` (a warning's reason), for every outcome but a move. */
export function keptAsideReason(outcome: Exclude<MovedFile, { kind: 'moved' }>, keptIn: string, fileOf: (slug: string) => string): string {
  const kept = `your edits were kept in ${keptIn}`;
  switch (outcome.kind) {
    case 'gone':
      return `no input record has this paper's title, citation key (or an id that is a plain key), DOI, arXiv id or abstract any more; ${kept}`;
    case 'several':
      return `its title changed or its record is gone, and ${outcome.candidates.map(fileOf).join(', ')} each share its id or citation key, DOI, arXiv id or abstract; ${kept}, to copy into the right one`;
    case 'claimed':
      return outcome.reason === 'has-file'
        ? `its paper is now ${fileOf(outcome.to)} (same ${KIND_NAMES[outcome.by]}), which has a file of its own already; ${kept}, not merged into it`
        : `its paper is now ${fileOf(outcome.to)} (same ${KIND_NAMES[outcome.by]}), which other files without a paper match too; ${kept}, to copy into it`;
  }
}

/** A line for the log about edits that followed their paper. */
export function movedNote(from: string, outcome: Extract<MovedFile, { kind: 'moved' }>, fileOf: (slug: string) => string): string {
  return `your edits in ${fileOf(from)} moved with its paper to ${fileOf(outcome.to)} (same ${KIND_NAMES[outcome.by]})`;
}
