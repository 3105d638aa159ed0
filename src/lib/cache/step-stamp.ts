/**
 * Skipping a post-build step whose inputs did not change. A step records, next to Astro's cache, the hash
 * of everything it read (its key) and the files it wrote with their size and modification time; the next
 * run skips the step only when the key is the same and every one of those files is still there untouched
 * (an emptied or hand-edited output folder makes the step run again).
 */
import { createHash } from 'node:crypto';

export interface OutputRecord {
  /** Relative to the site folder, `/`-separated. */
  path: string;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the file as written, hex, when the step hashed it while writing. */
  sha256?: string;
  /** The hash of what this file alone was made from, where the step keeps files one by one. */
  key?: string;
}

export interface StepStamp {
  key: string;
  outputs: OutputRecord[];
}

/** A stamp read back from disk, or undefined when it is missing or not of this shape. */
export function parseStepStamp(json: unknown): StepStamp | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { key, outputs } = json as { key?: unknown; outputs?: unknown };
  if (typeof key !== 'string' || !Array.isArray(outputs)) return undefined;
  const records: OutputRecord[] = [];
  for (const o of outputs as unknown[]) {
    const r = o as Partial<OutputRecord> | null;
    if (typeof r?.path !== 'string' || typeof r.size !== 'number' || typeof r.mtimeMs !== 'number') return undefined;
    const sha256 = typeof r.sha256 === 'string' && /^[0-9a-f]{64}$/.test(r.sha256) ? { sha256: r.sha256 } : {};
    const key = typeof r.key === 'string' ? { key: r.key } : {};
    records.push({ path: r.path, size: r.size, mtimeMs: r.mtimeMs, ...sha256, ...key });
  }
  return { key, outputs: records };
}

/** True when the step last ran with `key` and left every one of its files as they are now. */
export function stampIsCurrent(
  stamp: StepStamp | undefined,
  key: string,
  statOf: (path: string) => { size: number; mtimeMs: number } | undefined,
): boolean {
  if (!stamp || stamp.key !== key || stamp.outputs.length === 0) return false;
  return stamp.outputs.every((o) => untouched(o, statOf(o.path)));
}

/** Whether a file is still as recorded: there, at its size and modification time. */
function untouched(recorded: { size: number; mtimeMs: number }, now: { size: number; mtimeMs: number } | undefined): boolean {
  return now !== undefined && now.size === recorded.size && now.mtimeMs === recorded.mtimeMs;
}

/**
 * Hash of a step's inputs, given as labelled parts in a fixed order. Each part is length-prefixed, so
 * moving bytes from one part into the next changes the key.
 */
export function stepKey(parts: Iterable<readonly [label: string, bytes: string | Uint8Array]>): string {
  const hash = createHash('sha256');
  for (const [label, bytes] of parts) {
    const length = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
    hash.update(`${label}\0${length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/**
 * True when a folder holds exactly the files `recorded` names (no more, no fewer), each at its recorded size
 * and modification time: a step that reads a whole folder (the content stage reads the user's edits and its
 * last run's files from it) cannot be skipped when a file was edited, removed or added there.
 */
export function folderIsAsRecorded(recorded: readonly OutputRecord[], now: readonly OutputRecord[]): boolean {
  if (recorded.length !== now.length) return false;
  const byPath = new Map(now.map((f) => [f.path, f]));
  return recorded.every((r) => untouched(r, byPath.get(r.path)));
}
