/**
 * Ids that a paper page puts around its abstract inside the indexed region. Pagefind records where
 * each starts (in words), and search takes result excerpts from between them rather than from the
 * title, which Pagefind's own excerpt favours (see `regionExcerpt`).
 */
export const EXCERPT_FROM = 'abstract';
/** Where the abstract's text ends: the concepts' other names, indexed but no excerpt material. */
export const EXCERPT_TO = 'other-names';
