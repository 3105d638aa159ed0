/**
 * A cache of per-item results kept between runs in one text file: a header line naming the format and
 * the version of the code that made the results, then one line per item, `<hash of its key>\t<checksum
 * of the JSON>\t<JSON>`.
 * Lines are parsed only when asked for, so a run that needs a few of 10,000 items pays for a few; and a
 * damaged line (a truncated file, a hand edit) costs that one item, never the run: whatever does not
 * parse, fails its checksum (a value changed by hand parses fine) or fails the caller's check reads as a
 * miss and is computed again.
 *
 * A run that changed a few entries adds them at the file's end ({@link KeyedCacheFile.saving}): a later line
 * of the same key wins when read. Rewriting the file (64 MB of concept analyses at 10,000 papers, to change
 * one line of it) took a second of a re-run. Entries this run did not ask for stay behind only while such
 * dead lines are at most {@link MAX_DEAD_SHARE} of the file; past that the file is written again with only
 * the items this run asked for, so it never keeps growing with inputs that are gone.
 */
import { hash as digest } from 'node:crypto';
import { contentHash } from './hash-set-cache';

const FORMAT = 'paper-atlas keyed cache 2';

/** The share of a file's entry lines that may be dead (superseded, or of keys no run asks for) after an append. */
export const MAX_DEAD_SHARE = 0.1;

/** How to bring the file up to date with what this run used and made. */
export type CacheSaving = { kind: 'none' } | { kind: 'append'; lines: string[] } | { kind: 'rewrite' };

/** Guards against damage, not tampering: a fast digest is enough. */
function checksum(body: string): string {
  return digest('sha1', body, 'base64url');
}

/** What a stage sees of a cache: results by key (the key is the full text of the inputs, hashed here). */
export interface KeyedCache<T> {
  get(key: string): T | undefined;
  put(key: string, value: T): void;
}

export class KeyedCacheFile<T> implements KeyedCache<T> {
  /** Stored lines after the key hash (`checksum\tJSON`), by key hash, as read. */
  private readonly stored = new Map<string, string>();
  /** What this run asked for or made, by key hash: the entries the next save keeps. */
  private readonly live = new Map<string, string>();
  private dirty = false;
  /** Entry lines of the file as read, counting every line of a key that appears more than once. */
  private fileLines = 0;
  /** The file as read ended with a whole entry line under this code's header: lines may be added to it. */
  private appendable = false;
  /**
   * The last key and its hash: callers ask `get` and then `put` (or `has` and then `get`) of the same long
   * key. One entry, not a map of every key: the write phase's keys are whole paper files, 60 MB at 10,000
   * papers, that a map would keep alive to the end of the run.
   */
  private lastKey: string | undefined;
  private lastHash = '';
  hits = 0;
  misses = 0;

  /**
   * `text` is the file as read (undefined: none); `version` says which code made the results, a file
   * from other code is empty; `check` returns the value when the parsed JSON has the expected shape.
   */
  constructor(
    text: string | undefined,
    private readonly version: string,
    private readonly check: (value: unknown) => T | undefined,
  ) {
    if (text === undefined) return;
    const firstBreak = text.indexOf('\n');
    if (firstBreak < 0 || text.slice(0, firstBreak) !== header(version)) return;
    let at = firstBreak + 1;
    while (at < text.length) {
      const end = text.indexOf('\n', at);
      // A last line without its line break is a write that was cut short.
      if (end < 0) break;
      const tab = text.indexOf('\t', at);
      if (tab > at && tab < end) this.stored.set(text.slice(at, tab), text.slice(tab + 1, end));
      this.fileLines++;
      at = end + 1;
    }
    this.appendable = at === text.length;
  }

  get size(): number {
    return this.stored.size;
  }

  /** Whether an entry for the key is stored or was put (without checking that it reads back). */
  has(key: string): boolean {
    const hash = this.hashOf(key);
    return this.live.has(hash) || this.stored.has(hash);
  }

  get(key: string): T | undefined {
    const hash = this.hashOf(key);
    const fresh = this.live.get(hash);
    const line = fresh ?? this.stored.get(hash);
    const tab = line === undefined ? -1 : line.indexOf('\t');
    const body = tab < 0 ? undefined : line!.slice(tab + 1);
    if (body !== undefined && line!.slice(0, tab) === checksum(body)) {
      let value: T | undefined;
      try {
        value = this.check(JSON.parse(body));
      } catch {
        value = undefined;
      }
      if (value !== undefined) {
        this.live.set(hash, line!);
        this.hits++;
        return value;
      }
    }
    this.misses++;
    return undefined;
  }

  /** Values must survive JSON (no undefined in arrays, finite numbers): the caller checks before putting. */
  put(key: string, value: T): void {
    this.putSerialised(key, JSON.stringify(value));
  }

  /**
   * `put` of a value already made into JSON (by `JSON.stringify` of a T that survives JSON): worker threads
   * hand their results over as text, so the parsed objects never exist in the thread that keeps the cache.
   */
  putSerialised(key: string, json: string): void {
    this.live.set(this.hashOf(key), `${checksum(json)}\t${json}`);
    this.dirty = true;
  }

  private hashOf(key: string): string {
    if (key !== this.lastKey) {
      this.lastHash = contentHash(key);
      this.lastKey = key;
    }
    return this.lastHash;
  }

  /** True when saving would write something other than what was read. */
  get changed(): boolean {
    return this.dirty || this.live.size !== this.stored.size;
  }

  /**
   * Nothing, when the file already holds what a rewrite would (dead lines aside, within their share); the
   * lines to add at its end, when the file as read may be added to and the dead lines stay within their share;
   * else a rewrite ({@link serialisePieces}).
   */
  saving(): CacheSaving {
    if (!this.changed) return { kind: 'none' };
    if (!this.appendable) return { kind: 'rewrite' };
    const lines: string[] = [];
    for (const [hash, line] of this.live) {
      if (this.stored.get(hash) !== line) lines.push(`${hash}\t${line}\n`);
    }
    const total = this.fileLines + lines.length;
    if (total - this.live.size > MAX_DEAD_SHARE * total) return { kind: 'rewrite' };
    return lines.length === 0 ? { kind: 'none' } : { kind: 'append', lines };
  }

  serialise(): string {
    return [...this.serialisePieces()].join('');
  }

  /**
   * The same text in pieces of about `pieceSize` characters (whole lines), to be written one after the other:
   * the concept analyses' file is 64 MB at 10,000 papers, and joined into one string it was that much more
   * garbage at the content stage's busiest moment.
   */
  *serialisePieces(pieceSize = 1 << 20): Generator<string> {
    yield* inPieces(this.lines(), pieceSize);
  }

  private *lines(): Generator<string> {
    yield `${header(this.version)}\n`;
    for (const hash of [...this.live.keys()].sort()) yield `${hash}\t${this.live.get(hash)!}\n`;
  }
}

/** Whole lines joined into pieces of about `pieceSize` characters: each piece ends with the line that passed it. */
export function* inPieces(lines: Iterable<string>, pieceSize = 1 << 20): Generator<string> {
  let piece = '';
  for (const line of lines) {
    piece += line;
    if (piece.length >= pieceSize) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}

function header(version: string): string {
  return JSON.stringify({ format: FORMAT, version });
}
