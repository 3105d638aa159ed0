/**
 * Skipping the content stage when its run would write what is there already: the same input files (by their
 * bytes), settings, code, Node and year, and a content folder holding exactly the files the stage's last run
 * left, untouched (a file the user edited, added or removed there makes the stage run: it reads the user's
 * notes and its last run's files from that folder; atlas.config.json counts by the settings it gives). At 10,000 papers the stage otherwise recomputes every
 * corpus-wide pass for half a minute to write the same bytes, as after a change to the site's templates only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { folderIsAsRecorded, stepKey, type OutputRecord } from '../../src/lib/cache/step-stamp';
import type { AtlasConfig } from '../../src/lib/config/schema';
import { cacheDir, readCacheFile, writeCacheFile } from './cache-dir';
import { folderParts, listFiles } from './file-tree';
import { CONTENT_LOCK } from './atomic-content';

const STAMP = 'content-stage.json';
const ROOT = resolve(import.meta.dirname, '..', '..');
/**
 * The code the stage's result depends on, whole folders at a time: a change to any module under them runs the
 * stage again, even one it does not import (the site's own modules under src/lib), which costs one run.
 */
const CODE = ['src/lib', 'scripts/content.ts', 'scripts/lib', 'package-lock.json'];

const stampSchema = z.object({
  key: z.string(),
  files: z.array(z.object({ path: z.string(), size: z.number(), mtimeMs: z.number() })),
  /** What the run that wrote the folder printed as its summary, less what changed since the run before it. */
  summary: z.string(),
  /** Its GitHub annotations (printed on GitHub Actions). */
  annotations: z.array(z.string()),
});
export type ContentStamp = z.infer<typeof stampSchema>;

/**
 * The settings the content stage reads. It reads them through `stageSettings` only, so that the key holds
 * every one (the site's settings, such as its base path, change no content and run nothing again).
 */
export const STAGE_SETTINGS = ['input', 'onError', 'untitled', 'contentDir', 'conceptsPerPaper', 'minConceptPapers', 'relatedPerPaper'] as const satisfies readonly (keyof AtlasConfig)[];
export type StageSettings = Pick<AtlasConfig, (typeof STAGE_SETTINGS)[number]>;

export function stageSettings(config: AtlasConfig): StageSettings {
  return Object.fromEntries(STAGE_SETTINGS.map((k) => [k, config[k]])) as StageSettings;
}

export interface ContentStageInputs {
  contentDir: string;
  settings: StageSettings;
  /** Each input file as read, in the order the stage reads them. */
  inputs: readonly { file: string; bytes: Uint8Array }[];
  /** The run's year: it decides which record years count as typos. */
  year: number;
}

/** The hash of everything the stage's result depends on but the content folder. */
export function contentStageKey(run: ContentStageInputs, root = ROOT): string {
  const parts: [string, string | Uint8Array][] = [
    ['node', process.version],
    ['year', String(run.year)],
    ['folder', resolve(run.contentDir)],
    ['settings', JSON.stringify(run.settings)],
  ];
  for (const [path, bytes] of codeFiles(root)) parts.push([`code ${path}`, bytes]);
  for (const { file, bytes } of run.inputs) parts.push([`input ${resolve(file)}`, bytes]);
  return stepKey(parts);
}

function codeFiles(root: string): [string, Buffer][] {
  const out: [string, Buffer][] = [];
  for (const path of CODE) {
    const full = join(root, path);
    if (!existsSync(full)) continue;
    if (!statSync(full).isDirectory()) out.push([path, readFileSync(full)]);
    else for (const part of folderParts(full, path)) out.push(part);
  }
  return out;
}

/**
 * The settings file of the folder, left out of its state: what of it the stage reads is in the key already, as
 * resolved settings (the file under the environment and the flags), so a new title or base path written there
 * ran the stage again for nothing, where the same change as an environment variable ran nothing.
 */
const SETTINGS_FILE = 'atlas.config.json';

/**
 * Every file under `dir` (none when it is missing), by `/`-separated relative path, with its size and time; not
 * the lock or the settings file.
 */
export function folderState(dir: string): OutputRecord[] {
  if (!existsSync(dir)) return [];
  return listFiles(dir)
    .filter((path) => path !== CONTENT_LOCK && path !== SETTINGS_FILE)
    .map((path) => {
      const stat = statSync(join(dir, path));
      return { path, size: stat.size, mtimeMs: stat.mtimeMs };
    });
}

export function readContentStamp(dir = cacheDir()): ContentStamp | undefined {
  const text = readCacheFile(STAMP, dir);
  if (text === undefined) return undefined;
  try {
    const parsed = stampSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** True when the stage last ran with `key` and left `contentDir` as it is now. */
export function contentIsCurrent(stamp: ContentStamp | undefined, key: string, contentDir: string): stamp is ContentStamp {
  return stamp !== undefined && stamp.key === key && stamp.files.length > 0 && folderIsAsRecorded(stamp.files, folderState(contentDir));
}

/** Records a finished run: its key, the folder as it left it, and what a run that changed nothing would print. */
export function saveContentStamp(key: string, contentDir: string, replay: { summary: string; annotations: string[] }, dir = cacheDir()): void {
  const stamp: ContentStamp = { key, files: folderState(contentDir), ...replay };
  writeCacheFile(STAMP, JSON.stringify(stampSchema.parse(stamp)), dir);
}
