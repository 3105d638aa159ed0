/**
 * Retracted and withdrawn papers. Publishers keep a retracted article online with its title prefixed
 * ("RETRACTED: …", Elsevier; "WITHDRAWN: …", Cochrane and Elsevier) and its abstract replaced or headed by the
 * notice; arXiv replaces a withdrawn preprint's abstract with the author's notice and says so in its comment.
 * Such a record is still a paper of the collection (a reader may meet it cited), but it is no evidence for
 * any other paper, so the atlas marks it rather than showing it as an ordinary one.
 */

export const RETRACTION_STATES = ['retracted', 'withdrawn'] as const;
export type Retraction = (typeof RETRACTION_STATES)[number];

export interface RetractionFinding {
  status: Retraction;
  /** Where the record says so, for the warning: "its title", "its abstract", "its note". */
  where: string;
}

/** `RETRACTED: Title`, `[Retracted] Title`, `Withdrawn article: Title`. */
const TITLE_MARK = /^\s*\[?\s*(retracted|withdrawn)(?:\s+(?:article|paper|preprint))?\s*\]?\s*[:.\]–—-]/i;

/** A notice in place of the abstract: "This paper has been withdrawn by the author", "This article has been retracted: …". */
const NOTICE = /^\s*(?:this|the)\s+(?:paper|article|manuscript|preprint|submission|work|study)\s+(?:has\s+been|had\s+been|was|is)\s+(?:formally\s+|now\s+)?(retracted|withdrawn)\b/i;

/** A note that only says so: BibTeX `note = {Retracted in: Lancet 2010;375:445}`, arXiv's comment "Withdrawn". */
const NOTE_MARK = /^\s*(retracted|withdrawn)\b/i;

const statusOf = (word: string): Retraction => (word.toLowerCase() === 'retracted' ? 'retracted' : 'withdrawn');

/** Whether a record says it was retracted or withdrawn, read from its title, abstract and note (arXiv's comment, BibTeX's `note`). */
export function findRetraction(record: { title: string; abstract: string; note?: string; retractedAs?: string }): RetractionFinding | undefined {
  if (record.retractedAs !== undefined) return { status: 'retracted', where: record.retractedAs };
  const checks: Array<[string, string | undefined, RegExp[]]> = [
    ['its title', record.title, [TITLE_MARK]],
    ['its abstract', record.abstract, [NOTICE]],
    ['its note', record.note, [NOTE_MARK, NOTICE]],
  ];
  for (const [where, text, patterns] of checks) {
    if (text === undefined) continue;
    for (const pattern of patterns) {
      const m = pattern.exec(text);
      if (m) return { status: statusOf(m[1]!), where };
    }
  }
  return undefined;
}
