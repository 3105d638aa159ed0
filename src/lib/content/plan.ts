/**
 * Everything the content stage writes, as a pure function of the stages' results: relative path → file
 * text. The script only has to put these files in place atomically.
 */
import type { PaperRecord } from '../model/paper';
import { conceptNames, type Concept, type ConceptIndex } from '../model/concepts';
import type { RelatedPaper } from '../model/graph';
import type { MentionedIn } from '../graph/mentioned-in';
import { conceptClustersOf, paperClusters } from '../graph/build';
import { abstractMarkdown } from './markdown';
import type { MentionForms } from './mentions';
import { renderPaperFile, yearVenueHash, type UserEdits } from './paper-file';
import type { KeyedCache } from '../cache/keyed-cache';
import { conceptsFileSchema, graphFileSchema, type ConceptEntry, type GraphFile, type Ledger, ledgerSchema, type PaperFrontmatter } from './schema';

export interface ContentInput {
  papers: PaperRecord[];
  index: ConceptIndex;
  related: Record<string, RelatedPaper[]>;
  graph: GraphFile;
  cooccurs: Record<string, Array<{ id: string; count: number }>>;
  /** By concept id, the papers that name it without carrying it (src/lib/graph/mentioned-in.ts); none when absent. */
  mentionedIn?: ReadonlyMap<string, MentionedIn>;
  ledger: Ledger;
  /** The user's additions to existing paper files, by slug. */
  edits: Map<string, UserEdits>;
  /** Concepts carried by fewer papers stay keywords of their paper (see AtlasConfig.minConceptPapers). */
  minConceptPapers?: number;
  /**
   * Paper files rendered by an earlier run, by the full text of their inputs (frontmatter and concept
   * forms): on a re-run most papers' inputs are unchanged, and rendering 10,000 files costs seconds.
   * Files with user edits are always rendered.
   */
  rendered?: KeyedCache<string>;
  /** Abstract bodies (Markdown) by abstract and concept forms: a paper's links or cluster change more often. */
  bodies?: KeyedCache<string>;
}

/**
 * JSON that is the same bytes for the same data, laid out one record per line: objects are opened key by key,
 * and each item of an array is written whole on a line of its own. A diff of concepts.json or graph.json then
 * shows one line per concept, node or edge that changed, and the files are a third smaller than with every
 * value on its own line (writing them took 1.3 s at 10,000 papers that way, 0.6 s this way).
 */
export function stableJson(value: unknown): string {
  return `${recordLines(value, '')}\n`;
}

function recordLines(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${JSON.stringify(item) ?? 'null'}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    // As JSON.stringify does: keys whose value it would drop are left out.
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${recordLines(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What a paper file's body is made of: its abstract and its concepts with the words that mention them (linked
 * in the body). Known once the concepts are, before the links and the graph: the content stage renders the
 * bodies in a worker thread while it links the papers.
 */
export interface BodySpec {
  abstract: string;
  forms: MentionForms[];
  /** Phrases the input set in italics in the abstract, shown in italics (`_…_`). */
  italics?: string[];
}

/** One paper file's inputs: what {@link paperBody} and {@link paperText} turn into its text. */
export interface PaperFileSpec {
  path: string;
  frontmatter: PaperFrontmatter;
  body: BodySpec;
  userEdits: UserEdits | undefined;
}

/** Paper files without the user's own additions (most of them) are cached by their inputs. */
export function hasUserEdits(spec: PaperFileSpec): boolean {
  return spec.userEdits !== undefined && (spec.userEdits.notes !== '' || Object.keys(spec.userEdits.extra).length > 0);
}

/**
 * The cache keys of a paper file's body and of its whole text (the latter once the body is known). Made each
 * time they are asked for (a few times a run, tens of milliseconds at 10,000 papers): kept, the bodies' keys
 * would stay alive from the concepts to the end of the stage, through the link phase, and the files' keys (whole
 * files, 60 MB) through the write.
 */
export function bodyCacheKey(body: BodySpec): string {
  return JSON.stringify(body.italics ? [body.abstract, body.forms, body.italics] : [body.abstract, body.forms]);
}
export function fileCacheKey(spec: PaperFileSpec, body: string): string | undefined {
  return hasUserEdits(spec) ? undefined : JSON.stringify([spec.frontmatter, body]);
}

/** The abstract's body of one paper file (Markdown). */
export function paperBody(body: BodySpec): string {
  return abstractMarkdown(body.abstract, body.forms, body.italics);
}

/** The whole text of one paper file around its body. */
export function paperText(spec: Pick<PaperFileSpec, 'frontmatter' | 'userEdits'>, body: string): string {
  return renderPaperFile(spec.frontmatter, body, spec.userEdits);
}

/** The concepts that have a page of their own, the only ones the site shows: those carried by enough papers. */
export function conceptsWithPages(index: ConceptIndex, minConceptPapers: number): Concept[] {
  return index.concepts.filter((c) => c.df >= minConceptPapers);
}

/** The concepts a paper's files show (carried by enough papers) and the ones that stay its keywords. */
function conceptRegistry(index: ConceptIndex, minConceptPapers: number) {
  const all = new Map(index.concepts.map((c) => [c.id, c]));
  const shown = new Map(conceptsWithPages(index, minConceptPapers).map((c) => [c.id, c]));
  return {
    all,
    shown,
    idsOf: (paper: PaperRecord) => (index.byPaper[paper.slug] ?? []).map((c) => c.id).filter((id) => shown.has(id)),
  };
}

/** Each paper's {@link BodySpec}, in the order of `papers`. */
export function paperBodySpecs(papers: readonly PaperRecord[], index: ConceptIndex, minConceptPapers = 2): BodySpec[] {
  const registry = conceptRegistry(index, minConceptPapers);
  return papers.map((paper) => ({
    abstract: paper.abstract,
    ...(paper.italics?.abstract ? { italics: paper.italics.abstract } : {}),
    forms: registry.idsOf(paper).map((id) => {
      const c = registry.shown.get(id)!;
      return { id, forms: conceptNames(c) };
    }),
  }));
}

/**
 * A link's score as the paper file keeps it: two significant digits. The file's list is already in order, and
 * the site only scales the small graph's lines by it; the link stage's four decimals moved with every paper
 * added anywhere (0.3851 → 0.3857), so a re-run rewrote every paper file and a user's commit of one note came
 * with a diff of all of them (review 20 L2).
 */
export function fileScore(score: number): number {
  return score === 0 ? 0 : Number(score.toPrecision(2));
}

/**
 * Each paper file's inputs, in the order of `papers`; `bodySpecs` are their {@link paperBodySpecs} when the caller
 * already made them.
 */
export function paperFileSpecs(
  { papers, index, related, graph, edits, minConceptPapers = 2 }: ContentInput,
  bodySpecs: readonly BodySpec[] = paperBodySpecs(papers, index, minConceptPapers),
): PaperFileSpec[] {
  const registry = conceptRegistry(index, minConceptPapers);
  const clusterOf = paperClusters(graph);
  return papers.map((paper, i): PaperFileSpec => {
    const ranked = index.byPaper[paper.slug] ?? [];
    const keywords = ranked.flatMap((c) => (registry.shown.has(c.id) ? [] : (registry.all.get(c.id)?.label ?? [])));
    const links = (related[paper.slug] ?? []).map((r) => ({ ...r, score: fileScore(r.score), shared: r.shared.filter((id) => registry.shown.has(id)) }));
    const [source, ...duplicates] = paper.sources;
    const frontmatter: PaperFrontmatter = {
      id: paper.slug,
      title: paper.title,
      authors: paper.authors,
      literalAuthors: paper.literalAuthors,
      nameParts: paper.nameParts,
      etAl: paper.etAl,
      collaboration: paper.collaboration,
      year: paper.year,
      venue: paper.venue,
      bibliographic: paper.bibliographic,
      url: paper.url,
      doi: paper.doi,
      arxiv: paper.arxiv,
      pmid: paper.pmid,
      citationKey: paper.citationKey,
      entryType: paper.entryType,
      language: paper.language,
      madeTitle: paper.madeTitle,
      italics: paper.italics,
      retraction: paper.retraction,
      authorKeywords: paper.keywords,
      concepts: registry.idsOf(paper),
      keywords,
      related: links,
      cluster: clusterOf.get(paper.slug),
      links: paper.links,
      source: source!,
      duplicates,
      hash: paper.hash,
      yearVenueHash: yearVenueHash(paper.year, paper.venue),
      abstract: paper.abstract,
    };
    return { path: `papers/${paper.slug}.md`, frontmatter, body: bodySpecs[i]!, userEdits: edits.get(paper.slug) };
  });
}

/**
 * `specs` are the paper files' specs when the caller already made them, and `texts` the files it has already
 * rendered or found (in worker threads, scripts/lib/render-in-workers.ts); the rest is made here.
 */
export function planContent(
  input: ContentInput,
  specs: readonly PaperFileSpec[] = paperFileSpecs(input),
  texts: ReadonlyMap<PaperFileSpec, string> = new Map(),
): Map<string, string> {
  const { index, graph, cooccurs, mentionedIn, ledger, minConceptPapers = 2, rendered, bodies } = input;
  const files = new Map<string, string>();
  const conceptById = conceptRegistry(index, minConceptPapers).shown;
  const registry = [...conceptById.values()];
  const conceptCluster = conceptClustersOf(graph, index);

  for (const spec of specs) {
    const known = texts.get(spec);
    if (known !== undefined) {
      files.set(spec.path, known);
      continue;
    }
    const bodyKey = bodies && bodyCacheKey(spec.body);
    let body = bodyKey === undefined ? undefined : bodies!.get(bodyKey);
    if (body === undefined) {
      body = paperBody(spec.body);
      if (bodyKey !== undefined) bodies!.put(bodyKey, body);
    }
    const key = rendered && fileCacheKey(spec, body);
    let text = key === undefined ? undefined : rendered!.get(key);
    if (text === undefined) {
      text = paperText(spec, body);
      if (key !== undefined) rendered!.put(key, text);
    }
    files.set(spec.path, text);
  }

  const concepts: ConceptEntry[] = registry.map((c) => ({
    id: c.id,
    label: c.label,
    aliases: c.aliases,
    ...(c.abbreviation ? { abbreviation: c.abbreviation } : {}),
    df: c.df,
    papers: c.papers,
    cooccurs: (cooccurs[c.id] ?? []).filter((o) => conceptById.has(o.id)),
    ...(c.narrower?.some((id) => conceptById.has(id)) ? { narrower: c.narrower.filter((id) => conceptById.has(id)) } : {}),
    ...(conceptCluster.has(c.id) ? { cluster: conceptCluster.get(c.id) } : {}),
    ...(mentionedIn?.has(c.id) ? { mentionedIn: mentionedIn.get(c.id) } : {}),
  }));
  files.set('concepts.json', stableJson(conceptsFileSchema.parse(concepts)));
  files.set('graph.json', stableJson(graphFileSchema.parse(graph)));
  files.set('ledger.json', stableJson(ledgerSchema.parse(ledger)));
  return files;
}
