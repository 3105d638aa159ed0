/**
 * Related-paper quality on the bundled corpus: the real stages (ingest → normalise → concepts → links)
 * against a plain TF-IDF cosine baseline computed in the same run, scored with the groups of
 * `../shared/data/seed-groups-dev.json` (override with ATLAS_GROUPS). Prints a Markdown section;
 * `relatedReport` is also a section of `npm run eval`.
 *   npx tsx scripts/eval-related.ts
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolveConfig } from '../src/lib/config/resolve';
import { extractConcepts } from '../src/lib/concepts/index';
import { scoreRelated, seedGroupsSchema, type RelatedScores } from '../src/lib/eval/related';
import { tfidfRelated } from '../src/lib/eval/tfidf';
import { countUnexplainedLinks, describeUnexplainedLinks } from '../src/lib/eval/unexplained-links';
import { conceptsWithPages } from '../src/lib/content/plan';
import { DEFAULT_LINK_TUNING, linkPapers, rerankByNeighbourhood, type LinkTuning, type Scored } from '../src/lib/graph/link';
import { ingestFile } from '../src/lib/ingest/index';
import type { RelatedPaper } from '../src/lib/model/graph';
import { normaliseRecords } from '../src/lib/normalise/index';

export interface RelatedReportOptions {
  /** The corpus to link; default: the bundled listing. */
  corpus?: string;
  /** The groups file; default: ATLAS_GROUPS or ../shared/data/seed-groups-dev.json. */
  groups?: string;
}

const K = 10;
/** The repository root, so that the defaults hold whatever the working directory. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function relatedReport(options: RelatedReportOptions = {}): Promise<string> {
  const corpusFile = options.corpus ? resolve(options.corpus) : resolve(ROOT, 'content/sources/trending-papers.txt');
  const corpus = shown(corpusFile);
  const groupsOverride = options.groups ?? process.env.ATLAS_GROUPS;
  const groupsFile = groupsOverride ? resolve(groupsOverride) : resolve(ROOT, '../shared/data/seed-groups-dev.json');
  let groups;
  try {
    groups = seedGroupsSchema.parse(JSON.parse(readFileSync(groupsFile, 'utf8'))).groups;
  } catch (error) {
    return `Groups file not usable: ${groupsFile} (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).\n` +
      'Set ATLAS_GROUPS to a JSON file of the form {"groups": {"name": ["title", ...]}}.';
  }

  const ingested = ingestFile(corpus, readFileSync(corpusFile));
  const { papers } = normaliseRecords(ingested.records);
  const config = resolveConfig({ env: process.env });
  const docs = papers.map((p) => ({ id: p.slug, title: p.title, abstract: p.abstract }));
  const t0 = performance.now();
  const index = extractConcepts(docs, { perPaper: config.conceptsPerPaper });
  const t1 = performance.now();

  const asLists = (related: Record<string, RelatedPaper[]>) =>
    new Map(Object.entries(related).map(([slug, links]) => [slug, links.map((l) => l.id)]));
  const link = (tuning?: Partial<LinkTuning>) => asLists(linkPapers(papers, index, { max: K, tuning, minConceptPapers: config.minConceptPapers }));
  const t2 = performance.now();
  const atlasLinks = linkPapers(papers, index, { max: K, minConceptPapers: config.minConceptPapers });
  const linkMs = performance.now() - t2;
  const baseline = new Map([...tfidfRelated(docs, K)].map(([slug, list]) => [slug, list.map((n) => n.id)]));
  // For reference only (the baseline stays plain): the linker's neighbourhood re-ranking applied to the
  // TF-IDF cosine, with the same candidate pool (20) and graph size, to show how much of the gain is the
  // re-ranking and how much the representation.
  const rerankedBaseline = rerankedTfidf(docs, 20, DEFAULT_LINK_TUNING.graphNeighbours);

  const methods: { name: string; scores: RelatedScores }[] = [
    { name: 'TF-IDF cosine, title + abstract (baseline)', scores: scoreRelated(groups, papers, baseline) },
    { name: '**Paper Atlas** (shared concepts + abstract words)', scores: scoreRelated(groups, papers, asLists(atlasLinks)) },
    { name: 'ablation: shared concepts only', scores: scoreRelated(groups, papers, link({ conceptShare: 1, textOnlyFactor: 0 })) },
    { name: 'ablation: abstract words only', scores: scoreRelated(groups, papers, link({ conceptShare: 0, textOnlyFactor: 1 })) },
    { name: 'ablation: direct similarity, no neighbourhood re-ranking', scores: scoreRelated(groups, papers, link({ graphNeighbours: 0 })) },
    { name: 'reference: TF-IDF cosine + the same neighbourhood re-ranking', scores: scoreRelated(groups, papers, rerankedBaseline) },
  ];
  const base = methods[0]!.scores.precisionAt5;
  const rows = methods.map(({ name, scores }) =>
    `| ${name} | ${scores.precisionAt5.toFixed(3)} | ${scores.recallAt10.toFixed(3)} | ${base > 0 ? (scores.precisionAt5 / base).toFixed(2) : '–'}× |`);

  // How much the result depends on the one blend weight: P@5 over a wide range of concept shares.
  const shares = [0, 0.1, 0.2, 0.3, 0.5, 0.7, 1];
  const sensitivity = shares.map((share) => {
    const p5 = scoreRelated(groups, papers, link({ conceptShare: share })).precisionAt5;
    return `${share}${share === DEFAULT_LINK_TUNING.conceptShare ? ' (used)' : ''} → ${p5.toFixed(3)}`;
  });

  const neighbourCounts = [0, 5, 10, 15, 20];
  const neighbourhood = neighbourCounts.map((k) => {
    const p5 = scoreRelated(groups, papers, link({ graphNeighbours: k })).precisionAt5;
    return `${k}${k === DEFAULT_LINK_TUNING.graphNeighbours ? ' (used)' : ''} → ${p5.toFixed(3)}`;
  });

  // How steeply a specific shared concept should count against a common one (review 22 finding 4): a steeper idf,
  // and less weight for the concepts of the collection's broad area (more than a fifth of the papers).
  const both = (scores: RelatedScores) => `${scores.precisionAt5.toFixed(3)} / ${scores.recallAt10.toFixed(3)}`;
  const exponents = [1, 1.5, 2, 3].map((e) =>
    `${e}${e === DEFAULT_LINK_TUNING.conceptIdfExponent ? ' (used)' : ''} → ${both(scoreRelated(groups, papers, link({ conceptIdfExponent: e })))}`);
  const broadWeights = [1, 0.5, 0.25, 0].map((w) =>
    `${w}${w === DEFAULT_LINK_TUNING.broadConceptWeight ? ' (used)' : ''} → ${both(scoreRelated(groups, papers, link({ broadConceptWeight: w })))}`);

  // The pages show only the shared concepts that have a page (src/lib/content/plan.ts).
  const unexplained = countUnexplainedLinks(atlasLinks, new Set(conceptsWithPages(index, config.minConceptPapers).map((c) => c.id)));
  const evaluated = methods[0]!.scores.evaluated;
  const unmatched = methods[0]!.scores.unmatched;
  return [
    `${papers.length} papers from \`${corpus}\`; ${Object.keys(groups).length} groups in \`${shown(groupsFile)}\`, ` +
      `${evaluated} grouped papers evaluated. P@5 and R@10 as defined in the groups file (src/lib/eval/related.ts).`,
    '',
    '| method | P@5 | R@10 | P@5 vs TF-IDF |',
    '|---|---|---|---|',
    ...rows,
    '',
    describeUnexplainedLinks(unexplained, config.minConceptPapers),
    '',
    `Concepts: ${index.concepts.length} in ${((t1 - t0) / 1000).toFixed(1)} s; linking: ${(linkMs / 1000).toFixed(2)} s.`,
    '',
    `Sensitivity, P@5 by concept share of the score (the rest is abstract words): ${sensitivity.join(', ')}.`,
    '',
    `P@5 by nearest neighbours per paper in the re-ranking graph (0: direct similarity only): ${neighbourhood.join(', ')}.`,
    '',
    `P@5 / R@10 by the exponent of a concept's idf (steeper: specific concepts count more against common ones): ${exponents.join(', ')}.`,
    '',
    `P@5 / R@10 by the weight of concepts more than a fifth of the papers carry: ${broadWeights.join(', ')}.`,
    ...(unmatched.length ? ['', `Group titles not found in the corpus (not evaluated): ${unmatched.join('; ')}.`] : []),
  ].join('\n');
}

/** Each document's `pool` best TF-IDF neighbours, re-ranked as the linker re-ranks its candidates. */
function rerankedTfidf(docs: { id: string; title: string; abstract: string }[], pool: number, k: number): Map<string, string[]> {
  const ids = docs.map((d) => d.id);
  const at = new Map(ids.map((id, i) => [id, i]));
  const neighbours = tfidfRelated(docs, pool);
  const scored: Scored[][] = ids.map((id) =>
    (neighbours.get(id) ?? []).map((nb) => ({ j: at.get(nb.id)!, direct: nb.score, score: nb.score, shared: [] })));
  rerankByNeighbourhood(scored, k);
  return new Map(ids.map((id, i) => [id, [...scored[i]!]
    .filter((l) => l.score > 0)
    .sort((a, b) => b.score - a.score || (ids[a.j]! < ids[b.j]! ? -1 : 1))
    .slice(0, K)
    .map((l) => ids[l.j]!)]));
}

/** A path as the report shows it: relative to the repository root (`../shared/...` for the shared data). */
function shown(file: string): string {
  return relative(ROOT, file).split('\\').join('/') || file;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`## Related papers\n\n${await relatedReport()}\n`);
}
