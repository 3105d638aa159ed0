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

const NEWLINE = 0x0a;
const TAB = 0x09;

/** Guards against damage, not tampering: a fast digest is enough. Of a string, the digest of its UTF-8 bytes. */
function checksum(body: string | Uint8Array): string {
  return digest('sha1', body, 'base64url');
}

/** What a stage sees of a cache: results by key (the key is the full text of the inputs, hashed here). */
export interface KeyedCache<T> {
  get(key: string): T | undefined;
  put(key: string, value: T): void;
}

/** Where one stored line lies in the file's bytes: `checksum` from `start` to `tab`, the JSON from `tab` + 1 to `end`. */
interface StoredLine {
  start: number;
  tab: number;
  end: number;
}

/** A line as read (its place in the file) or as made in this run (`checksum\tJSON`). */
type Entry = StoredLine | string;

export class KeyedCacheFile<T> implements KeyedCache<T> {
  /**
   * The file as read, kept as bytes: each line is decoded only when asked for. Decoded at once, the concept
   * analyses' 63 MB (with some text outside ASCII) made one string of twice that, in 0.5 s of a re-run.
   */
  private readonly source: Buffer = Buffer.alloc(0);
  /** Stored lines after the key hash, by key hash, as read. */
  private readonly stored = new Map<string, StoredLine>();
  /** What this run asked for or made, by key hash: the entries the next save keeps. */
  private readonly live = new Map<string, Entry>();
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
   * `file` is the file as read (undefined: none); `version` says which code made the results, a file
   * from other code is empty; `check` returns the value when the parsed JSON has the expected shape.
   */
  constructor(
    file: string | Uint8Array | undefined,
    private readonly version: string,
    private readonly check: (value: unknown) => T | undefined,
  ) {
    if (file === undefined) return;
    const source = typeof file === 'string' ? Buffer.from(file, 'utf8') : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
    const firstBreak = source.indexOf(NEWLINE);
    if (firstBreak < 0 || source.toString('utf8', 0, firstBreak) !== header(version)) return;
    this.source = source;
    let at = firstBreak + 1;
    while (at < source.length) {
      const end = source.indexOf(NEWLINE, at);
      // A last line without its line break is a write that was cut short.
      if (end < 0) break;
      const keyEnd = source.indexOf(TAB, at);
      const tab = keyEnd > at && keyEnd < end ? source.indexOf(TAB, keyEnd + 1) : -1;
      if (tab > keyEnd && tab < end) this.stored.set(source.toString('latin1', at, keyEnd), { start: keyEnd + 1, tab, end });
      this.fileLines++;
      at = end + 1;
    }
    this.appendable = at === source.length;
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
    const entry = this.live.get(hash) ?? this.stored.get(hash);
    const value = entry === undefined ? undefined : this.readEntry(entry);
    if (value !== undefined) {
      this.live.set(hash, entry!);
      this.hits++;
      return value;
    }
    this.misses++;
    return undefined;
  }

  /** The entry's value when its checksum holds, it parses and it passes the caller's check. */
  private readEntry(entry: Entry): T | undefined {
    let json: string;
    if (typeof entry === 'string') {
      const tab = entry.indexOf('\t');
      json = entry.slice(tab + 1);
      if (tab < 0 || entry.slice(0, tab) !== checksum(json)) return undefined;
    } else {
      if (this.source.toString('latin1', entry.start, entry.tab) !== checksum(this.source.subarray(entry.tab + 1, entry.end))) return undefined;
      json = this.source.toString('utf8', entry.tab + 1, entry.end);
    }
    try {
      return this.check(JSON.parse(json));
    } catch {
      return undefined;
    }
  }

  /** The entry as its line holds it after the key hash. */
  private lineOf(entry: Entry): string {
    return typeof entry === 'string' ? entry : this.source.toString('utf8', entry.start, entry.end);
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
    for (const [hash, entry] of this.live) {
      const stored = this.stored.get(hash);
      if (stored === entry) continue;
      const line = this.lineOf(entry);
      if (stored === undefined || this.lineOf(stored) !== line) lines.push(`${hash}\t${line}\n`);
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
    for (const hash of [...this.live.keys()].sort()) yield `${hash}\t${this.lineOf(this.live.get(hash)!)}\n`;
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
