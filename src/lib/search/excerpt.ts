/**
 * Pagefind excerpts are HTML: escaped page text with the hits wrapped in `<mark>`. The site never puts
 * them into innerHTML; it turns them into plain-text segments and builds `<mark>` elements itself, so
 * content cannot inject markup whatever the index holds.
 */

export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the few entities an escaper produces; anything else stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(ENTITIES, body.toLowerCase()) ? ENTITIES[body.toLowerCase()]! : whole;
  });
}

/**
 * Splits on `<mark>`/`</mark>` only; every other tag-looking piece of text is kept as literal text.
 * Adjacent segments of the same kind are merged and empty ones dropped.
 */
export function parseExcerpt(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    const lower = piece.toLowerCase();
    if (lower === '<mark>') { mark = true; continue; }
    if (lower === '</mark>') { mark = false; continue; }
    if (piece === '') continue;
    const text = decodeEntities(piece);
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  }
  return segments;
}
