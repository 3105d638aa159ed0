/**
 * The persisted shapes of `content/`, one zod schema each. The content writer validates with these before
 * writing and Astro's content collections (src/content.config.ts) validate with the same objects when
 * reading, so the two sides cannot drift apart.
 */
import { z } from 'zod';
import { ENTRY_TYPES } from '../cite/entry-type';
import { RETRACTION_STATES } from '../normalise/retraction';

export const sourceLocationSchema = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
});

export const paperLinkSchema = z.object({
  url: z.string(),
  kind: z.enum(['code', 'arxiv', 'doi', 'paper', 'data', 'project', 'other']),
  label: z.string(),
});

export const relatedPaperSchema = z.object({
  id: z.string(),
  score: z.number(),
  shared: z.array(z.string()),
  /** Its shared concepts are all the collection's broad area (src/lib/model/graph.ts). */
  broad: z.boolean().optional(),
  /** The words it rests on where they outweigh its shared concepts, or it shares none (src/lib/model/graph.ts). */
  words: z.array(z.string()).optional(),
});

/** A name's parts where the name as shown does not say them (src/lib/cite/person-name.ts). */
export const namePartsSchema = z.object({
  name: z.string(),
  given: z.string().optional(),
  particle: z.string().optional(),
  family: z.string(),
  suffix: z.string().optional(),
});

/**
 * Volume, number (issue), pages, month (1–12), publisher and the container's editors, for the Cite box: only those the input gave.
 * One key in the paper file rather than five, so that none of them takes over a key a user added by hand.
 */
export const bibliographicSchema = z.object({
  volume: z.string().optional(),
  number: z.string().optional(),
  pages: z.string().optional(),
  month: z.number().int().min(1).max(12).optional(),
  publisher: z.string().optional(),
  editors: z.array(z.string()).optional(),
  articleNumber: z.string().optional(),
  pageCount: z.string().optional(),
  institution: z.string().optional(),
  reportType: z.string().optional(),
  eprintClass: z.string().optional(),
  series: z.string().optional(),
  address: z.string().optional(),
  translators: z.array(z.string()).optional(),
  edition: z.string().optional(),
  isbn: z.string().optional(),
});

/**
 * Frontmatter of `content/papers/<slug>.md`. Loose: keys a user adds by hand are kept (the writer carries
 * them over on the next run) and passed through to the site untouched.
 */
export const paperFrontmatterSchema = z.looseObject({
  id: z.string().min(1),
  title: z.string(),
  authors: z.array(z.string()).default([]),
  /** Names in `authors` that are one unit (an organisation): braced in the Cite box so BibTeX does not split them. */
  literalAuthors: z.array(z.string()).optional(),
  /**
   * The given name, particle, family name and suffix of names in `authors` that a reader of the name as shown
   * would split wrongly ("Gabriel García Márquez", "John Smith Esq."), as the input gave them: for the Cite box.
   */
  nameParts: z.array(namePartsSchema).optional(),
  /** The input's author list ended in "and others": "et al." on the page, `and others` in the Cite box. */
  etAl: z.boolean().optional(),
  /** The collaboration as the input names it ("ATLAS"): the byline names it, the Cite box writes `collaboration`. */
  collaboration: z.string().optional(),
  year: z.number().int().optional(),
  venue: z.string().optional(),
  /** Absent when the input gave none of them. */
  bibliographic: bibliographicSchema.optional(),
  url: z.string().optional(),
  doi: z.string().optional(),
  arxiv: z.string().optional(),
  /** PubMed's id: a link to its PubMed page, and searched. */
  pmid: z.string().regex(/^\d+$/).optional(),
  /**
   * The input's own citation key (BibTeX entry key, CSL `citation-key`, or an `id` that reads as a key), for
   * the Cite box; absent when the input had none and a key is made from author, year and title.
   */
  citationKey: z.string().optional(),
  /** The publication type the input stated, as a BibTeX entry type; absent when it stated none. */
  entryType: z.enum(ENTRY_TYPES).optional(),
  /**
   * Phrases of the title and of the abstract the input set in italics (CSL `<i>`, BibTeX `\emph{}`): a case
   * name, a ship's, a species'. The page shows them as `<em>`, the Cite box's title writes them in `\emph{}`.
   */
  italics: z.object({ title: z.array(z.string()).optional(), abstract: z.array(z.string()).optional() }).optional(),
  /**
   * Its record had no title, and `title` is a sentence of the abstract (`--untitled from-abstract`): the page
   * says so under the heading, and the Cite box's entry says so in its `note`.
   */
  madeTitle: z.literal(true).optional(),
  /** The language of its title and abstract as its record says it, a BCP 47 tag ("fr", "de-DE"): the page marks them with it. */
  language: z.string().optional(),
  /** The paper was retracted or withdrawn, as its record says: a notice on its page, and no related papers either way. */
  retraction: z.enum(RETRACTION_STATES).optional(),
  /**
   * The authors' own keywords as the input listed them (src/lib/normalise/keywords.ts): shown as one line of
   * text and indexed for search, and hints to the concept stage; absent when the input gave none.
   */
  authorKeywords: z.array(z.string()).optional(),
  /** Concept ids, best first: concepts this paper shares with others, each with a page of its own. */
  concepts: z.array(z.string()),
  /** Phrases that describe this paper but no other paper carries: shown, not linked (they link nothing). */
  keywords: z.array(z.string()).default([]),
  related: z.array(relatedPaperSchema),
  cluster: z.number().int().optional(),
  links: z.array(paperLinkSchema).default([]),
  source: sourceLocationSchema,
  /** More places the same paper was read (merged duplicates). */
  duplicates: z.array(sourceLocationSchema).default([]),
  /** Hash of the cleaned title + abstract. */
  hash: z.string(),
  /**
   * Hash of `year` and `venue` as the writer wrote them (src/lib/content/paper-file.ts yearVenueHash): a year or
   * venue changed in the file is told from one changed in the input, and warned about as `title` is. Absent in
   * files of runs before it.
   */
  yearVenueHash: z.string().optional(),
  /** The cleaned abstract as plain text (the body holds it as Markdown with concept links). */
  abstract: z.string(),
});
export type PaperFrontmatter = z.infer<typeof paperFrontmatterSchema>;

export const conceptSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  aliases: z.array(z.string()),
  abbreviation: z.string().optional(),
  df: z.number().int().nonnegative(),
  papers: z.array(z.string()),
  /** Concepts that co-occur with this one most, strongest first. */
  cooccurs: z.array(z.object({ id: z.string(), count: z.number().int() })).default([]),
  /** Narrower concepts of the registry (src/lib/model/concepts.ts `narrower`), by id. Absent when there are none. */
  narrower: z.array(z.string()).optional(),
  cluster: z.number().int().optional(),
  /**
   * The papers whose title or abstract names the concept without carrying it (none it was removed from):
   * how many, and the first of them by slug, most mentions first (src/lib/graph/mentioned-in.ts). Absent
   * when there are none.
   */
  mentionedIn: z.object({ count: z.number().int().positive(), papers: z.array(z.string()) }).optional(),
});
export type ConceptEntry = z.infer<typeof conceptSchema>;

/** `content/concepts.json`: the concept registry, an array sorted by id. */
export const conceptsFileSchema = z.array(conceptSchema);

export const clusterSchema = z.object({
  id: z.number().int(),
  label: z.string(),
  topConcepts: z.array(z.string()),
  size: z.number().int(),
  color: z.string(),
  /** The share of its papers its name is true of (src/lib/model/graph.ts `Cluster.coverage`). */
  coverage: z.number().min(0).max(1).optional(),
});

export const graphNodeSchema = z.object({
  id: z.string(),
  kind: z.enum(['paper', 'concept']),
  label: z.string(),
  x: z.number(),
  y: z.number(),
  cluster: z.number().int(),
  degree: z.number().int(),
  /**
   * Papers view only, papers of the "other papers" bucket: the small community the paper is in, so the next
   * run can start its clustering from exactly this run's communities (src/lib/graph/cluster-identity.ts).
   */
  community: z.number().int().optional(),
  /** Papers view only: its cluster's name is not true of it, about none of the concepts or words of its label (src/lib/graph/cluster-names.ts). */
  offName: z.literal(true).optional(),
});

export const graphEdgeSchema = z.object({
  source: z.string(),
  target: z.string(),
  weight: z.number(),
  kind: z.enum(['related', 'tagged']),
});

/** `content/graph.json`: both graph views with build-time positions, and the clusters. */
export const graphFileSchema = z.object({
  version: z.literal(1),
  clusters: z.array(clusterSchema),
  /** Papers linked by shared concepts. */
  papers: z.object({ nodes: z.array(graphNodeSchema), edges: z.array(graphEdgeSchema) }),
  /** The paper–concept network. */
  concepts: z.object({ nodes: z.array(graphNodeSchema), edges: z.array(graphEdgeSchema) }),
});
export type GraphFile = z.infer<typeof graphFileSchema>;

export const ledgerEntrySchema = z.object({
  source: sourceLocationSchema,
  /** `used`: no page of its own, but others' take fields from it (a BibTeX crossref parent). */
  outcome: z.enum(['written', 'merged', 'used', 'rejected']),
  /** `written`/`merged`: the slug of the page that holds the record. */
  page: z.string().optional(),
  reason: z.string().optional(),
});

/** `content/ledger.json`: what happened to every input record of the last run. */
/** Something the run says about a place in an input file. */
const locatedNoteSchema = z.object({ file: z.string(), line: z.number().int(), reason: z.string() });

export const ledgerSchema = z.object({
  version: z.literal(1),
  /**
   * `records`: every record read from the file, skipped ones included, as the summary counts them. `notRead`: why
   * nothing of it was read (a `.txt` that is no listing: `format` is then only what its name promised).
   */
  files: z.array(z.object({ file: z.string(), format: z.string(), records: z.number().int(), notRead: z.string().optional() })),
  entries: z.array(ledgerEntrySchema),
  totals: z.object({
    read: z.number().int(),
    written: z.number().int(),
    merged: z.number().int(),
    used: z.number().int(),
    rejected: z.number().int(),
  }),
  /** Errors about a file that still gave records: a file damaged outside any one record (src/lib/content/ledger.ts). */
  fileErrors: z.array(locatedNoteSchema).default([]),
  warnings: z.array(locatedNoteSchema).default([]),
});
export type Ledger = z.infer<typeof ledgerSchema>;

/**
 * A page's path relative to the site's base path (`papers/<id>/`, `concepts/<id>/`): every exported record
 * carries it beside its absolute `url`, so a file from a build without `SITE_URL` (whose URLs point at
 * localhost) still leads to the page once joined to wherever the site is served.
 */
const pagePathSchema = z.string().regex(/^(papers|concepts)\/[^/\s?#\\]+\/$/);

/** `<base>/api/papers.json`: the open-data export. */
export const papersApiSchema = z.object({
  version: z.literal(1),
  papers: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      url: z.string(),
      path: pagePathSchema,
      /** The abstract as plain text, as its page shows it (inline math stays as `$...$`, as in the title). */
      abstract: z.string(),
      concepts: z.array(z.string()),
      related: z.array(relatedPaperSchema),
      authors: z.array(z.string()),
      /** The input's author list ended in "and others" or "et al.": `authors` are its first authors only. */
      etAl: z.literal(true).optional(),
      /** The paper was retracted or withdrawn, as its record says; absent otherwise. */
      retraction: z.enum(RETRACTION_STATES).optional(),
      year: z.number().int().optional(),
      venue: z.string().optional(),
      /** The authors' own keywords as the input listed them; absent when it gave none. */
      authorKeywords: z.array(z.string()).optional(),
      doi: z.string().optional(),
      arxiv: z.string().optional(),
      links: z.array(paperLinkSchema),
      cluster: z.number().int().optional(),
    }),
  ),
  concepts: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      path: pagePathSchema,
      aliases: z.array(z.string()),
      abbreviation: z.string().optional(),
      papers: z.array(z.string()),
    }),
  ),
  /** The clusters the papers' `cluster` ids name (empty before the graph stage ran). */
  clusters: z.array(
    z.object({
      id: z.number().int(),
      label: z.string(),
      /** Papers in it. */
      size: z.number().int().nonnegative(),
      /** Ids of the concepts most typical of it, strongest first. */
      topConcepts: z.array(z.string()),
      color: z.string(),
    }),
  ),
});
export type PapersApi = z.infer<typeof papersApiSchema>;

/*
 * The CSV exports under `<base>/api/` (src/lib/export/tables.ts): one row schema per file, whose keys in
 * order are the file's columns. A cell is text, a number, a yes/no (`true`/`false`) or empty (absent).
 * Lists in one cell are joined with "; " (the files beside them give each item a row of its own).
 */

/** `api/papers.csv`: one row per paper. */
export const papersCsvRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().int().optional(),
  venue: z.string().optional(),
  authors: z.string(),
  et_al: z.boolean(),
  doi: z.string().optional(),
  arxiv: z.string().optional(),
  /** The paper's own URL as its record gave it (publisher, preprint server…). */
  external_url: z.string().optional(),
  cluster: z.number().int().optional(),
  cluster_label: z.string().optional(),
  /**
   * Whether the cluster's name is true of the paper (graph.json's `offName`, review 41 finding 2): false where
   * the paper is in the cluster by its links but about none of the name's concepts; empty without a cluster.
   */
  cluster_name_fits: z.boolean().optional(),
  concept_count: z.number().int().nonnegative(),
  concept_ids: z.string(),
  related_count: z.number().int().nonnegative(),
  author_keywords: z.string(),
  retraction: z.enum(RETRACTION_STATES).optional(),
  url: z.string(),
  path: pagePathSchema,
});

/** `api/links.csv`: every related pair of papers once (all of `papers.json`'s `related`, not only the drawn ones). */
export const linksCsvRowSchema = z.object({
  source: z.string(),
  target: z.string(),
  /** The link strength in (0, 1]: `papers.json`'s `score`. */
  weight: z.number(),
  shared_concept_ids: z.string(),
  shared_concepts: z.string(),
  /** The graph explorer draws this link (it draws each paper's strongest few). */
  drawn: z.boolean(),
});

/** `api/paper-concepts.csv`: one row per concept a paper carries. */
export const paperConceptsCsvRowSchema = z.object({
  paper_id: z.string(),
  concept_id: z.string(),
  concept_label: z.string(),
  /** 1 for the paper's best concept. */
  rank: z.number().int().positive(),
  /** 1 / rank, as the graph files' `tagged` edges. */
  weight: z.number(),
});

/** `api/concepts.csv`: one row per concept. */
export const conceptsCsvRowSchema = z.object({
  id: z.string(),
  label: z.string(),
  abbreviation: z.string().optional(),
  aliases: z.string(),
  paper_count: z.number().int().nonnegative(),
  cluster: z.number().int().optional(),
  cluster_label: z.string().optional(),
  url: z.string(),
  path: pagePathSchema,
});

/** `api/clusters.csv`: one row per cluster. */
export const clustersCsvRowSchema = z.object({
  id: z.number().int(),
  label: z.string(),
  size: z.number().int().nonnegative(),
  top_concept_ids: z.string(),
  top_concepts: z.string(),
  color: z.string(),
  /** The share of its papers its name is true of (graph.json's `coverage`); empty where the graph has none. */
  name_coverage: z.number().min(0).max(1).optional(),
});

/**
 * `content/moved-urls.json`: page paths of earlier runs that a re-run changed (a corrected title, a renamed
 * concept), each with the page it leads to now, relative to the site's base (src/lib/content/moved-urls.ts).
 * The site serves a redirect page at each `from` (astro.config.mjs).
 */
export const movedUrlsFileSchema = z.array(z.object({ from: pagePathSchema, to: pagePathSchema }));
export type MovedUrlsFile = z.infer<typeof movedUrlsFileSchema>;
