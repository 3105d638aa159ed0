/** Offsets → 1-based line numbers, for locating records and parse errors in a decoded text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** Line (1-based) holding the character at `offset`; offsets past the end map to the last line. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    const target = Math.max(0, offset);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= target) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** Shortens a piece of user text for an error message, so one bad 100 kB line does not flood the terminal. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}
