/**
 * `npm run content`: reads the inputs, runs the stages (ingest → normalise → concepts → links → graph) and
 * writes `content/` atomically. Run with --help for the flags.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { configFlags, CONTENT_OPTIONS, CONTENT_OPTIONS_HELP, describeArgumentError } from './lib/content-options';
import { loadAtlasConfig } from '../src/lib/config/load';
import type { AtlasConfig } from '../src/lib/config/schema';
import { ingestInput } from '../src/lib/ingest/index';
import { normaliseRecords } from '../src/lib/normalise/index';
import { extractConceptIndex } from '../src/lib/concepts/index';
import { conceptText } from '../src/lib/concepts/paper-text';
import { NON_ENGLISH_TITLE, nonEnglishWarnings } from '../src/lib/concepts/language';
import { parseOverrides, unknownPaperWarnings, unmatchedOverrideWarnings, type ConceptOverrides } from '../src/lib/concepts/overrides';
import { linkOnlyPass, linkPapers } from '../src/lib/graph/link';
import { paperMentionsOf, type PaperMentions } from '../src/lib/graph/concept-mentions';
import { conceptsMentionedIn } from '../src/lib/graph/mentioned-in';
import { buildGraph } from '../src/lib/graph/build';
import { checkClusterLayout, CLUSTER_LAYOUT_SOURCES } from '../src/lib/graph/layout';
import { renamePreviousPapers } from '../src/lib/graph/cluster-identity';
import { conceptCooccurrence } from '../src/lib/graph/cooccurrence';
import { conceptsFileSchema, graphFileSchema, movedUrlsFileSchema } from '../src/lib/content/schema';
import { movedUrls } from '../src/lib/content/moved-urls';
import { describePaperChanges, paperChanges } from '../src/lib/content/run-changes';
import { stableJson } from '../src/lib/content/plan';
import { buildLedger, count, describeStop, githubAnnotations, ledgerProblems, summariseLedger, summaryToReplay } from '../src/lib/content/ledger';
import { paperBodySpecs, paperFileSpecs, planContent, type ContentInput } from '../src/lib/content/plan';
import { hasHeadingLine, readPaperIdentity, readUserEdits, USER_EDITS_SOURCES, userEditWarnings, type UserEdits } from '../src/lib/content/paper-file';
import { identityOf, keptAsideReason, movedNote, namesAnotherPaper, placeMovedFiles } from '../src/lib/content/moved-papers';
import { keepHandKeys, type HandKey } from '../src/lib/cite/hand-keys';
import type { IngestProblem, UsedRecord } from '../src/lib/model/source';
import type { PaperRecord, RawRecord } from '../src/lib/model/paper';
import type { ConceptIndex } from '../src/lib/model/concepts';
import { commitContent, CONTENT_LOCK, isForeignEntry, lockContentDir } from './lib/atomic-content';
import { analyseInWorkers, missingAnalyses } from './lib/analyse-in-workers';
import { renderBodiesBeside, renderPaperFiles } from './lib/render-in-workers';
import { openBodyCache, openKeyedCache, openRenderCaches, readCacheFile, saveKeyedCache, sourceTexts, writeCacheFile } from './lib/cache-dir';
import { checkDocumentAnalysis, DOCUMENT_ANALYSIS_SOURCES } from '../src/lib/cache/document-analysis';
import { codeVersion, contentHash, parseHashSet, serialiseHashSet } from '../src/lib/cache/hash-set-cache';
import { InputError, displayPath, listInputFiles } from './lib/read-inputs';
import { contentIsCurrent, contentStageKey, readContentStamp, saveContentStamp, stageSettings } from './lib/content-stamp';
import { collectGarbage, CONTENT_HEAP_GROWING_PERCENT, releaseMemory, limitHeapGrowth, releaseHeapGrowth } from './lib/heap-growth';

limitHeapGrowth(CONTENT_HEAP_GROWING_PERCENT);

const HELP = `Usage: npm run content -- [options]

${CONTENT_OPTIONS_HELP}`;

/** Old slug → new of the papers whose files no paper has the slug of any more and whose record is one of `papers` (moved-papers.ts). */
function renamedSinceLastRun(dir: string, papers: readonly PaperRecord[]): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  const live = new Set(papers.map((p) => p.slug));
  const gone = readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !live.has(name.slice(0, -3)))
    .map((name) => ({ slug: name.slice(0, -3), identity: readPaperIdentity(readFileSync(join(dir, name), 'utf8')) }));
  if (gone.length === 0) return new Map();
  const placed = placeMovedFiles(gone, papers.map((p) => ({ slug: p.slug, identity: identityOf(p) })), () => false);
  const renamed = new Map<string, string>();
  for (const [slug, outcome] of placed) if (outcome.kind === 'moved' || outcome.kind === 'claimed') renamed.set(slug, outcome.to);
  return renamed;
}

/** A previous run's file as `schema` reads it; undefined when it is missing or does not parse. */
function readPrevious<T>(path: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

let values: ReturnType<typeof parseArgs<{ options: typeof CONTENT_OPTIONS; allowPositionals: false }>>['values'];
try {
  ({ values } = parseArgs({ options: CONTENT_OPTIONS, allowPositionals: false }));
} catch (error) {
  const described = describeArgumentError(error);
  if (described === undefined) throw error;
  fail(described);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

let loaded: AtlasConfig;
try {
  loaded = loadAtlasConfig(process.env, configFlags(values));
} catch (error) {
  fail((error as Error).message);
}
const config = stageSettings(loaded);
const contentDir = config.contentDir;
// One run at a time in a content folder (scripts/lib/atomic-content.ts).
const lock = lockContentDir(contentDir);
if (!lock.held) fail(`${contentDir}/ is being written by another content stage (${lock.by}); wait for it to end, or remove ${join(contentDir, CONTENT_LOCK)} if no such run is left.`);
const log = (line: string) => {
  if (!values.quiet) console.log(line);
};
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

// Ingest
let files: string[];
const problems: IngestProblem[] = [];
try {
  const found = listInputFiles(config.input ?? [join(contentDir, 'sources')], contentDir);
  files = found.files;
  // Files in a folder that are not read are warnings: named, but no record was lost that could be counted.
  for (const warning of found.skipped) problems.push(warning);
} catch (error) {
  if (error instanceof InputError) fail(error.message);
  throw error;
}
// The run's year (UTC), for the one check that needs it: a record's year later than next year is a typo.
const currentYear = new Date().getUTCFullYear();
const inputs = files.map((file) => ({ file, bytes: readFileSync(file) }));
// A run that would write what the folder holds already is skipped (scripts/lib/content-stamp.ts).
const stageKey = contentStageKey({ contentDir, settings: config, inputs, year: currentYear });
const lastRun = readContentStamp();
if (!values.force && contentIsCurrent(lastRun, stageKey, contentDir)) {
  console.log(`✔ content unchanged: the same inputs, settings and code as the last run, and ${contentDir}/ as it left it (kept; --force runs the stages anyway)`);
  console.log(lastRun.summary);
  if (process.env.GITHUB_ACTIONS === 'true') for (const line of lastRun.annotations) console.log(line);
  process.exit(0);
}
const records: RawRecord[] = [];
const used: UsedRecord[] = [];
const fileSummaries: Array<{ file: string; format: string; notRead?: string }> = [];
/** The files no record came from and nothing was said of, as read (an Atom feed without an entry). */
const emptyFiles: string[] = [];
for (const [i, { file, bytes }] of inputs.entries()) {
  const shown = displayPath(file, contentDir);
  const result = await ingestInput(shown, bytes, { untitled: config.untitled, currentYear });
  for (const record of result.records) records.push(record);
  for (const problem of result.problems) problems.push(problem);
  for (const record of result.used ?? []) used.push(record);
  fileSummaries.push({ file: shown, format: result.format, ...(result.notRead !== undefined ? { notRead: result.notRead } : {}) });
  // (A file whose records were refused says why in those problems.)
  if (result.records.length === 0 && result.problems.length === 0) emptyFiles.push(`${shown} (read as ${result.format})`);
  if (files.length > 20 && (i + 1) % 20 === 0) log(`  read ${i + 1}/${files.length} files…`);
}
// The files' bytes are garbage now (the records hold what was read of them).
inputs.length = 0;
const normalised = normaliseRecords(records);
// A `dropped` warning (e.g. a BibTeX entry without abstract) is a record the ledger must count as rejected,
// but, being normal in a reference-manager export, it does not stop a run.
const { rejected, fileErrors, warnings, errors } = ledgerProblems(problems, normalised, { records, used });
if (errors.length > 0 && config.onError === 'stop') {
  for (const p of errors) console.error(`  ${p.file}:${p.line}: ${p.reason}`);
  fail(describeStop(errors));
}
const papers = normalised.papers;
if (papers.length === 0) {
  // The warnings too: a file not read (a .txt that is no listing) may be all there is to say.
  for (const p of [...rejected, ...warnings]) console.error(`  ${p.file}:${p.line}: ${p.reason}`);
  for (const file of emptyFiles) console.error(`  ${file}: no record in it`);
  fail('no usable paper in the input; nothing was written.');
}
log(`• ingest: ${count(files.length, 'file')}, ${count(records.length, 'record')} usable, ${count(papers.length, 'paper')} once duplicates are merged (${elapsed()})`);

// Concepts
const overridesPath = join(contentDir, 'concepts.yaml');
let overrides: ConceptOverrides | undefined;
if (existsSync(overridesPath)) {
  try {
    overrides = parseOverrides(readFileSync(overridesPath, 'utf8'), overridesPath);
  } catch (error) {
    fail((error as Error).message);
  }
  for (const warning of unknownPaperWarnings(overrides, overridesPath, new Set(papers.map((p) => p.slug)))) warnings.push(warning);
}
/**
 * Each document's analysis (tagging, candidates, ranking) is kept between runs, by title and abstract. The
 * analyses are the run's biggest structure (at 10,000 papers a 64 MB file, several times that in memory):
 * held only in this function, they can be collected as soon as they are saved, before linking and writing.
 */
async function conceptStep(perPaper: number): Promise<ConceptIndex> {
  /** The share of fresh analyses above which a run counts as analysing much of the collection. */
  const MANY_FRESH = 0.1;
  // Keywords are no part of a document's analysis (cached by title and abstract): they are read in the corpus step, every run.
  const docs = papers.map(conceptText);
  const ANALYSIS_CACHE = 'concept-analysis.jsonl';
  const analysisCache = openKeyedCache(ANALYSIS_CACHE, codeVersion(sourceTexts(DOCUMENT_ANALYSIS_SOURCES)), checkDocumentAnalysis);
  const missing = missingAnalyses(docs, analysisCache);
  // The heap's growth is held down (scripts/lib/heap-growth.ts) for the sake of a run that analyses much of the
  // collection afresh: its fresh analyses make the stage's peak. A run that finds nearly all of them in the cache
  // peaks lower, and with V8's own growth it collects less often: at 10,000 papers, one abstract changed, the
  // stage took 20.4–20.8 s against 22.1–22.9 s, at 1.15 GB against 1.10 GB (the cold stage peaks at 1.35 GB).
  if (missing.docs.length <= MANY_FRESH * docs.length) releaseHeapGrowth();
  const inWorkers = await analyseInWorkers(missing, analysisCache);
  const { index, unmatched, nonEnglish, nonEnglishTitles } = extractConceptIndex(docs, { perPaper, overrides, cache: analysisCache, englishTexts: missing.englishTexts });
  if (overrides) for (const warning of unmatchedOverrideWarnings(overrides, overridesPath, unmatched)) warnings.push(warning);
  for (const warning of nonEnglishWarnings(nonEnglish, papers)) warnings.push(warning);
  for (const warning of nonEnglishWarnings(nonEnglishTitles, papers, NON_ENGLISH_TITLE)) warnings.push(warning);
  saveKeyedCache(ANALYSIS_CACHE, analysisCache);
  log(`• concepts: ${index.concepts.length} found, ${index.concepts.filter((c) => c.df >= config.minConceptPapers).length} in ${config.minConceptPapers} or more papers; document analyses: ${analysisCache.hits - inWorkers} cached, ${inWorkers} in worker threads, ${analysisCache.misses} here (${elapsed()})`);
  return index;
}
const index = await conceptStep(config.conceptsPerPaper);
// The analyses are garbage now, most of the heap: see collectGarbage.
collectGarbage();

// The paper files' bodies need only the concepts: a worker renders them while this thread links the papers.
const bodyCache = openBodyCache();
const bodySpecs = paperBodySpecs(papers, index, config.minConceptPapers);
const earlyBodies = renderBodiesBeside(bodySpecs, bodyCache);

// Links and graph
// What each paper's text names, found once: it explains the links and lists the papers on the concept pages.
// The routine phrases, features of the links alone, are counted in the same reading of the papers.
const pass = linkOnlyPass(index);
const [mentions, linkOnlyMentions] = paperMentionsOf(papers, index, pass ? [pass] : []) as [PaperMentions, PaperMentions?];
const related = linkPapers(papers, index, { max: config.relatedPerPaper, mentions, linkOnlyMentions, minConceptPapers: config.minConceptPapers });
const mentionedIn = conceptsMentionedIn(index, mentions);
// Clusters start from the previous run's and keep their ids and colours (a previous graph.json that does not
// parse is no previous run); a paper whose title was corrected is known there by its new slug, from the files
// no paper has the slug of any more (read again below, for the user's edits; there are few).
const renamedPapers = renamedSinceLastRun(join(contentDir, 'papers'), papers);
const previousGraph = renamePreviousPapers(readPrevious(join(contentDir, 'graph.json'), graphFileSchema), renamedPapers);
// Big graphs are laid out cluster by cluster; a cluster whose papers and links are unchanged keeps its layout.
const LAYOUT_CACHE = 'cluster-layouts.jsonl';
const clusterLayouts = openKeyedCache(LAYOUT_CACHE, codeVersion(sourceTexts(CLUSTER_LAYOUT_SOURCES)), checkClusterLayout);
const graph = buildGraph(papers, index, related, { minConceptPapers: config.minConceptPapers, previous: previousGraph, clusterLayouts, mentions });
saveKeyedCache(LAYOUT_CACHE, clusterLayouts);
const cooccurs = conceptCooccurrence(index, 12);
const laidOut = clusterLayouts.hits + clusterLayouts.misses > 0 ? `; cluster layouts: ${clusterLayouts.hits} kept, ${clusterLayouts.misses} made` : '';
log(`• links and graph: ${graph.papers.edges.length} links, ${graph.clusters.length} clusters${laidOut} (${elapsed()})`);

// Write
// The link and graph steps' working data is garbage now. V8 lets the write's garbage grow in proportion to what
// it last found live, during the link phase: collected here first, re-runs at 10,000 papers peaked at 977–995 MB,
// against 974–1,036 MB without, for about 0.15 s. (Before the bodies' keys stopped being kept through the link
// phase, this made the difference between 970–990 and 1,080–1,180 MB.)
collectGarbage();
const edits = new Map<string, UserEdits>();
const papersDir = join(contentDir, 'papers');
const live = new Set(papers.map((p) => p.slug));
// Most paper files carry no user edits, and parsing 10,000 of them again on every run costs seconds:
// files whose bytes are known to hold none (by content hash, from earlier runs) are not parsed.
const EDITS_CACHE = 'paper-files-without-edits.json';
const editsVersion = codeVersion(sourceTexts(USER_EDITS_SOURCES));
const knownPlain = parseHashSet(readCacheFile(EDITS_CACHE), editsVersion);
const plain = new Set<string>();
/** The live paper files as read here: the commit links the unchanged ones instead of writing them again. */
const current = new Map<string, string>();
/** Files no paper has the slug of any more, by that slug, with what the user wrote in them. */
const unclaimed = new Map<string, { text: string; userEdits: UserEdits }>();
const wroteIn = (e: UserEdits) => e.notes !== '' || Object.keys(e.extra).length > 0 || e.unreadable !== undefined;
const paperAt = new Map(papers.map((p) => [p.slug, p]));
/** Files the user wrote in whose slug another paper has now (two papers that swapped titles), by that slug. */
const displaced = new Map<string, { text: string; userEdits: UserEdits }>();
if (existsSync(papersDir)) {
  for (const name of readdirSync(papersDir)) {
    if (isForeignEntry(name)) {
      // Kept where it is (the swap carries it over), and said: the site reads only the paper files. (Not a
      // system's hidden file, such as .DS_Store.)
      if (!name.startsWith('.')) warnings.push({ file: displayPath(join(papersDir, name), contentDir), line: 1, severity: 'warning', reason: `not a paper file: kept where it is, but the site reads only the .md files of papers/; your own files are best kept beside papers/, not in it` });
      continue;
    }
    const slug = name.slice(0, -3);
    const text = readFileSync(join(papersDir, name), 'utf8');
    current.set(`papers/${name}`, text);
    const hash = contentHash(text);
    // The input's abstract too: the body of a file whose frontmatter abstract was edited is the writer's still.
    const userEdits = knownPlain.has(hash) ? { extra: {}, notes: '' } : readUserEdits(text, paperAt.get(slug)?.abstract);
    if (!live.has(slug)) unclaimed.set(slug, { text, userEdits });
    else {
      edits.set(slug, userEdits);
      if (wroteIn(userEdits) && namesAnotherPaper(readPaperIdentity(text), identityOf(paperAt.get(slug)!))) displaced.set(slug, { text, userEdits });
    }
  }
}
// A paper whose title changed has a new slug and file: what the user wrote in its old file follows it there
// when the record is known again by its other names (src/lib/content/moved-papers.ts). Every file without a
// paper is matched, whatever it holds, so which paper a file goes to does not depend on the caches above.
// So is a file the user wrote in that names another paper than the one now at its slug: when two papers swap
// titles, each one's notes go with it, not to the paper that took its title.
const fileOf = (slug: string) => join(papersDir, `${slug}.md`);
/** A paper file's path as messages and the ledger show it (`displayPath`). */
const shownFileOf = (slug: string) => displayPath(fileOf(slug), contentDir);
/**
 * Copies a paper file, as the user left it, to `orphans/` (before the commit rewrites or removes it); returns the
 * copy's path as shown. A copy kept by an earlier run is never written over: the same bytes are that copy, other
 * bytes get the next free name (`<slug>-2.md`, …).
 */
const keepAside = (slug: string): string => {
  const keep = join(contentDir, 'orphans');
  mkdirSync(keep, { recursive: true });
  const bytes = readFileSync(fileOf(slug));
  for (let n = 1; ; n++) {
    const copy = join(keep, n === 1 ? `${slug}.md` : `${slug}-${n}.md`);
    if (existsSync(copy) && !readFileSync(copy).equals(bytes)) continue;
    if (!existsSync(copy)) writeFileSync(copy, bytes, { flag: 'wx' });
    return displayPath(copy, contentDir);
  }
};
const placed = placeMovedFiles(
  [...unclaimed, ...displaced].map(([slug, file]) => ({ slug, identity: readPaperIdentity(file.text) })),
  papers.map((p) => ({ slug: p.slug, identity: identityOf(p) })),
  (slug) => current.has(`papers/${slug}.md`) && !displaced.has(slug),
);
// A file whose own paper is not known for sure stays with the paper at its slug, as any file does; one that
// moves leaves that paper without edits, and edits never move into a file that stays.
for (const slug of displaced.keys()) if (placed.get(slug)!.kind !== 'moved') displaced.delete(slug);
for (const slug of displaced.keys()) edits.delete(slug);
// A paper file whose frontmatter cannot be read is written anew from the input: the file as the user left it,
// notes and all, is kept aside first.
for (const [slug, userEdits] of edits) {
  if (userEdits.unreadable === undefined) continue;
  warnings.push({ file: shownFileOf(slug), line: userEdits.unreadable.line, severity: 'warning', reason: `its frontmatter cannot be read (${userEdits.unreadable.reason}): the page is written anew from the input, and the file as you left it, with anything you wrote in it, is kept in ${keepAside(slug)}` });
}
// Text the run did not write that is under no heading, and a title or abstract changed in a paper's own file, are warned about.
for (const [slug, userEdits] of edits) for (const warning of userEditWarnings(shownFileOf(slug), userEdits, paperAt.get(slug))) warnings.push(warning);
for (const [slug, outcome] of placed) {
  if (outcome.kind === 'moved' && current.has(`papers/${outcome.to}.md`) && !displaced.has(outcome.to)) placed.set(slug, { ...outcome, kind: 'claimed', reason: 'has-file' });
}
for (const [slug, { userEdits }] of [...unclaimed, ...displaced]) {
  const outcome = placed.get(slug)!;
  const written = wroteIn(userEdits);
  if (outcome.kind === 'moved') {
    // A typed citation key goes too (src/lib/cite/hand-keys.ts decides, as for any paper file, whether it is
    // kept); the one the input gives the paper anyway is no edit of the user's.
    const typedKey = userEdits.citationKey !== undefined && userEdits.citationKey.key !== paperAt.get(outcome.to)!.citationKey;
    if (written || typedKey) {
      edits.set(outcome.to, userEdits);
      log(`• ${movedNote(slug, outcome, shownFileOf)}`);
      for (const warning of userEditWarnings(shownFileOf(slug), userEdits)) warnings.push(warning);
    }
  } else if (written || (userEdits.citationKey !== undefined && knownPlain.size > 0)) {
    // A page whose input is gone, or whose paper is not known for sure, that the user wrote in is kept aside, not
    // deleted; so is one with a key typed in it. A file as the last run wrote it is known plain and not read, so a
    // key read here is the user's, but only where that record of plain files exists: without it (a fresh clone,
    // another cache folder) every file is read, and every key the input gave would pass for typed.
    warnings.push({ file: shownFileOf(slug), line: 1, severity: 'warning', reason: keptAsideReason(outcome, keepAside(slug), shownFileOf) });
  }
}
// A citation key typed into a paper file is kept where the input gives that paper none (src/lib/cite/hand-keys.ts).
const handKeys = new Map<string, HandKey>();
for (const [slug, userEdits] of edits) {
  if (userEdits.citationKey) handKeys.set(slug, { key: userEdits.citationKey.key, source: { file: shownFileOf(slug), line: userEdits.citationKey.line } });
}
const keptKeys = keepHandKeys(papers, handKeys);
// The paper's file is written again without a key that is not used: the file as the user wrote it is kept aside.
for (const [slug, problem] of keptKeys.unused) {
  if (existsSync(fileOf(slug))) problem.reason += `; the file as you wrote it is kept in ${keepAside(slug)}`;
}
for (const warning of keptKeys.warnings) warnings.push(warning);
const citedPapers = keptKeys.keys.size === 0 ? papers : papers.map((p) => (keptKeys.keys.has(p.slug) ? { ...p, citationKey: keptKeys.keys.get(p.slug) } : p));
const ledger = buildLedger({ files: fileSummaries, papers: citedPapers, merged: normalised.merged, used, rejected, fileErrors, warnings });
// Paper files whose inputs are unchanged since an earlier run are taken as they are on disk, not rendered again.
const renderCaches = openRenderCaches(current.values(), { bodies: bodyCache });
const { rendered, bodies } = renderCaches;
const contentInput: ContentInput = { papers: citedPapers, index, related, graph, cooccurs, mentionedIn, ledger, edits, minConceptPapers: config.minConceptPapers, rendered, bodies };
const specs = paperFileSpecs(contentInput, bodySpecs);
await earlyBodies.done;
// The threads' heaps come on top of this thread's: see releaseMemory.
const made = await renderPaperFiles(specs, renderCaches, { collect: releaseMemory });
const beforehand = earlyBodies.count > 0 ? `, ${earlyBodies.count} of their bodies beside the links in a worker thread` : '';
if (made.count > 0) log(`• paper files: ${made.count} rendered in ${made.threads} thread${made.threads > 1 ? 's' : ''}${beforehand} (${elapsed()})`);
const planned = planContent(contentInput, specs, made.texts);
// Old page paths lead to the new ones (src/lib/content/moved-urls.ts): the previous run's pages are read
// here, before the commit replaces them.
const previousConcepts = readPrevious(join(contentDir, 'concepts.json'), conceptsFileSchema);
const previousPapers = [...current.keys()].map((path) => /^papers\/(.+)\.md$/.exec(path)?.[1]).filter((slug) => slug !== undefined);
const earlierMoves = readPrevious(join(contentDir, 'moved-urls.json'), movedUrlsFileSchema) ?? [];
const moved = movedUrls({
  previous: previousConcepts === undefined && previousPapers.length === 0 ? undefined : { papers: previousPapers, concepts: previousConcepts ?? [] },
  next: { papers: papers.map((p) => p.slug), concepts: conceptsFileSchema.parse(JSON.parse(planned.get('concepts.json')!)) },
  paperMoves: renamedPapers,
  earlier: earlierMoves,
});
planned.set('moved-urls.json', stableJson(movedUrlsFileSchema.parse(moved)));
const known = new Set(earlierMoves.map((m) => `${m.from} ${m.to}`));
const newlyMoved = moved.filter((m) => !known.has(`${m.from} ${m.to}`)).length;
if (moved.length > 0) log(`• moved pages: ${count(moved.length, 'old path')} now lead to the new pages (${newlyMoved} new this run)`);
// What changed since the previous run, for the summary: from the pages it had and the moves found above.
const changes = describePaperChanges(paperChanges({ previous: previousPapers, next: papers.map((p) => p.slug), renamed: renamedPapers }), previousPapers.length === 0);
const pauseMarker = process.env.ATLAS_TEST_PAUSE_BEFORE_COMMIT;
commitContent(contentDir, planned, {
  current,
  beforeSwap: pauseMarker
    ? () => {
        // Test hook: lets a test kill the run at the worst moment, with everything staged.
        writeFileSync(pauseMarker, String(process.pid));
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
      }
    : undefined,
});

for (const [path, text] of planned) {
  const slug = /^papers\/(.+)\.md$/.exec(path)?.[1];
  const userEdits = slug === undefined ? undefined : edits.get(slug);
  const noEdits = !userEdits || (userEdits.notes === '' && Object.keys(userEdits.extra).length === 0);
  // An abstract with a line that reads like a heading would parse as notes: such a file is not cached;
  // nor is one whose key was typed by hand, which the next run must read again to keep it.
  if (slug !== undefined && noEdits && !keptKeys.keys.has(slug) && !hasHeadingLine(text)) plain.add(contentHash(text));
}
writeCacheFile(EDITS_CACHE, serialiseHashSet(plain, editsVersion));
renderCaches.save();

const shownConcepts = index.concepts.filter((c) => c.df >= config.minConceptPapers).length;
const annotations = githubAnnotations(ledger);
const replay = summaryToReplay(ledger, shownConcepts, `${displayPath(papersDir, contentDir)}/`);
// Last, once everything is in place: a run killed before this is not taken for one that finished.
saveContentStamp(stageKey, contentDir, replay);
console.log(`✔ content written to ${contentDir}/ in ${elapsed()}`);
console.log(summariseLedger(ledger, shownConcepts, changes));
if (process.env.GITHUB_ACTIONS === 'true') for (const line of annotations) console.log(line);
