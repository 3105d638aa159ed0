/**
 * File-system side of the open-data exports (src/lib/export/open-data.ts): reads the content folder the
 * way Astro's content layer does (same frontmatter parser, same schemas), and writes `<site>/api/*` only
 * when something they are made from changed since the last time (the key below), or when the files the
 * last run wrote are gone or were touched.
 *
 * The key covers every byte of the content folder's papers, concepts and graph, the settings that reach
 * the files (base path, site URL, title, description), and the code that makes them (all of src/lib, this
 * file and the lockfile): hashing all of it takes a fraction of a second at 10,000 papers, making the files
 * several seconds and a few hundred MB. When it changed, a file whose own inputs are known and unchanged
 * (`OpenDataWriter.madeFrom`, with the settings and the code) is kept as it is: on a re-run after one abstract
 * changed, that leaves the three graph files (200 MB) alone, and the exports no longer take a core from Astro
 * for most of its step.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAtlasConfig } from '../../src/lib/config/load';
import { paperFrontmatterSchema, type PaperFrontmatter } from '../../src/lib/content/schema';
import { readConceptsFile } from '../../src/lib/site/concepts-file';
import { astroBase, openDataWriters, OPEN_DATA_PATHS } from '../../src/lib/export/open-data';
import { collect, emitJson, type Emit } from '../../src/lib/export/text-pieces';
import { parseStepStamp, stampIsCurrent, stepKey, type OutputRecord } from '../../src/lib/cache/step-stamp';
import { readGraphFile } from '../../src/lib/site/graph-file';
import { folderParts } from './file-tree';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const STAMP = 'atlas-open-data.json';

export interface OpenDataPlaces {
  site: string;
  contentDir: string;
  cacheDir: string;
}

/** Settings as astro.config.mjs resolves them (base path and site URL from the content folder's config). */
function exportSettings(contentDir: string, env: NodeJS.ProcessEnv) {
  const atlas = loadAtlasConfig(env, { contentDir });
  // Title and description as the pages have them (src/lib/site/site-config.ts loads the same settings).
  const { title, description } = atlas;
  return { base: astroBase(atlas.basePath), site: atlas.siteUrl ? new URL(atlas.siteUrl) : undefined, title, description };
}

function paperFiles(contentDir: string): string[] {
  const dir = join(contentDir, 'papers');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
}

/** The settings and the code: what every file is made with, whatever the content. */
function* codeParts(settings: ReturnType<typeof exportSettings>): Generator<readonly [string, string | Uint8Array]> {
  yield ['settings', JSON.stringify({ ...settings, site: settings.site?.href })];
  yield* folderParts(join(ROOT, 'src', 'lib'), 'code:src/lib');
  yield ['code:open-data', readFileSync(fileURLToPath(import.meta.url))];
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(lock)) yield ['lockfile', readFileSync(lock)];
}

function* keyParts(contentDir: string, code: string, papers: string[]): Generator<readonly [string, string | Uint8Array]> {
  yield ['code', code];
  for (const name of ['concepts.json', 'graph.json']) {
    const path = join(contentDir, name);
    yield [`content:${name}`, existsSync(path) ? readFileSync(path) : '(none)'];
  }
  for (const name of papers) yield [`paper:${name}`, readFileSync(join(contentDir, 'papers', name))];
}

async function readPapers(contentDir: string, names: string[]): Promise<PaperFrontmatter[]> {
  // Astro's own frontmatter parser, so that the exports see the values the pages see; loaded only when needed.
  const { parseFrontmatter } = await import('astro/markdown');
  return names.map((name) => {
    const path = join(contentDir, 'papers', name);
    const { frontmatter } = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'remove' });
    const parsed = paperFrontmatterSchema.safeParse(frontmatter);
    if (!parsed.success) {
      const first = parsed.error.issues.slice(0, 5).map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
      throw new Error(`${path}: frontmatter does not match the paper schema:\n${first.join('\n')}`);
    }
    return parsed.data;
  });
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function statOf(site: string) {
  return (path: string) => {
    try {
      const s = statSync(join(site, path));
      return s.isFile() ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
    } catch {
      return undefined;
    }
  };
}

/**
 * Pieces joined up to about a MB, then written: no file's whole text is ever one string. Joined with `+=`
 * (V8 links the pieces and copies them once, when encoded): an array of millions of small pieces and its
 * `join` cost a second more at 10,000 papers.
 */
const WRITE_AT = 1 << 20;

/**
 * Writes a file from a writer of pieces; a writer that throws leaves no file behind. Returns the SHA-256 of
 * what it wrote (hex): the service-worker step needs it, and reading 250 MB of exports back to hash them
 * took a second of a re-run.
 */
export function writeInPieces(path: string, write: (emit: Emit) => void, writeAt = WRITE_AT): string {
  const fd = openSync(path, 'w');
  const hash = createHash('sha256');
  try {
    let text = '';
    const flush = () => {
      // A write may take only part of what it is given: the rest goes in the next.
      const bytes = Buffer.from(text, 'utf8');
      hash.update(bytes);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      text = '';
    };
    write((piece) => {
      text += piece;
      if (text.length >= writeAt) flush();
    });
    if (text.length > 0) flush();
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
  return hash.digest('hex');
}

/**
 * The hash of a value as JSON, written in pieces (no 60 MB string for the export graph), each object hashed
 * once however many files are made from it.
 */
function valueHasher(): (value: unknown) => string {
  const known = new Map<unknown, string>();
  return (value) => {
    let out = known.get(value);
    if (out === undefined) {
      const hash = createHash('sha256');
      emitJson(value, (piece) => hash.update(piece), 3);
      known.set(value, (out = hash.digest('hex')));
    }
    return out;
  };
}

/**
 * Writes the open-data files unless they are current. Returns what it did, for the build log: whether it wrote
 * anything, and how many files it kept because what they alone are made from is unchanged
 * (`OpenDataWriter.madeFrom`): a changed abstract changes papers.json but none of the graph files.
 */
export async function writeOpenData({ site, contentDir, cacheDir }: OpenDataPlaces, env: NodeJS.ProcessEnv = process.env): Promise<{ written: boolean; bytes: number; kept: number }> {
  const settings = exportSettings(contentDir, env);
  const papers = paperFiles(contentDir);
  const code = stepKey(codeParts(settings));
  const key = stepKey(keyParts(contentDir, code, papers));
  const stampPath = join(cacheDir, STAMP);
  const stamp = parseStepStamp(readJson(stampPath));
  const stat = statOf(site);
  if (stampIsCurrent(stamp, key, stat)) {
    return { written: false, bytes: stamp!.outputs.reduce((sum, o) => sum + o.size, 0), kept: stamp!.outputs.length };
  }
  const files = openDataWriters({ papers: await readPapers(contentDir, papers), concepts: readConceptsFile(contentDir), graph: readGraphFile(contentDir), ...settings });
  const hashOf = valueHasher();
  const before = new Map((stamp?.outputs ?? []).map((o) => [o.path, o]));
  const outputs: OutputRecord[] = [];
  let kept = 0;
  for (const file of files) {
    const fileKey = file.madeFrom ? stepKey([['code', code], ...file.madeFrom.map((value, i) => [`made from ${i}`, hashOf(value)] as const)]) : undefined;
    const last = before.get(file.path);
    const now = stat(file.path);
    // The hash of the file as written is needed by the service-worker step; a record without one is not kept.
    if (fileKey !== undefined && last?.key === fileKey && last.sha256 !== undefined && now?.size === last.size && now.mtimeMs === last.mtimeMs) {
      outputs.push(last);
      kept++;
      continue;
    }
    const path = join(site, ...file.path.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    // A new file in the old one's place: a site folder holding a link to the old file keeps it whole.
    const sha256 = writeInPieces(`${path}.tmp`, file.write);
    renameSync(`${path}.tmp`, path);
    const s = statSync(path);
    outputs.push({ path: file.path, size: s.size, mtimeMs: s.mtimeMs, sha256, ...(fileKey !== undefined ? { key: fileKey } : {}) });
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stampPath, JSON.stringify({ key, outputs }));
  return { written: true, bytes: outputs.reduce((sum, o) => sum + o.size, 0), kept };
}

/**
 * One open-data file made in memory, for the dev server (astro.config.mjs), which has no post-build step:
 * undefined when `path` (relative to the base path, e.g. `api/papers.json`) is not one of them.
 */
export async function openDataFile(path: string, contentDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (!(OPEN_DATA_PATHS as readonly string[]).includes(path)) return undefined;
  const settings = exportSettings(contentDir, env);
  const files = openDataWriters({ papers: await readPapers(contentDir, paperFiles(contentDir)), concepts: readConceptsFile(contentDir), graph: readGraphFile(contentDir), ...settings });
  // Only the file asked for is made.
  const file = files.find((f) => f.path === path);
  return file && collect(file.write);
}

/** The open-data files as written (path relative to the site, size, time and hash), as the last run recorded them. */
export function openDataRecords(cacheDir: string): OutputRecord[] {
  return parseStepStamp(readJson(join(cacheDir, STAMP)))?.outputs ?? [];
}

/** The open-data files as paths relative to the site, `/`-separated (what a kept output folder must not lose). */
export function openDataOutputs(cacheDir: string): string[] {
  return openDataRecords(cacheDir).map((o) => o.path.split(sep).join('/'));
}
