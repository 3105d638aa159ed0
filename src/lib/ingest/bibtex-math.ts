/**
 * Where a BibTeX file's `$...$` math is, read the way TeX pairs dollars: in order, each unescaped `$` opening
 * or closing, with a formula's braces nested to any depth (`$g_{\mathrm{Na}}$`). A pattern that allowed one
 * level of braces failed on such a formula and then paired its closing `$` with the next formula's opening
 * one, so every later formula of the abstract was read inside out (review 13 M1).
 */

export interface MathSpan {
  /** Offset of the opening `$`. */
  start: number;
  /** Offset just past the closing `$`. */
  end: number;
  /** A `$...$` on one line; display math (`$$...$$`) and math across lines are left to the parser. */
  inline: boolean;
}

/**
 * The offset of the `$` that closes math whose body starts at `from`, or -1: none before a `}` that would
 * close the field the math stands in (the math is then no math: a lone `$`, as in a price), nor before a
 * `$` inside one of its own groups.
 */
function closingDollar(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return -1;
      depth--;
    } else if (c === '$') return depth === 0 && i > from ? i : -1;
  }
  return -1;
}

/**
 * The file's formulas, and the offsets of the dollars that open nothing (`$5`, a stray `$` in an abstract: no
 * `$` closes them before the field ends). BibTeX reads such a file, but the parser stops at the entry
 * ("Unclosed math section"), and the paper was lost (review 44 finding 1).
 */
export function readDollars(text: string): { spans: MathSpan[]; lone: number[] } {
  const spans: MathSpan[] = [];
  const lone: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c !== '$') {
      i++;
      continue;
    }
    const display = text[i + 1] === '$';
    const close = closingDollar(text, i + (display ? 2 : 1));
    if (close === -1 || (display && text[close + 1] !== '$')) {
      // A lone dollar opens nothing; the text after it is read as if it were not there.
      lone.push(i);
      if (display) lone.push(i + 1);
      i += display ? 2 : 1;
      continue;
    }
    const end = close + (display ? 2 : 1);
    spans.push({ start: i, end, inline: !display && !text.slice(i, end).includes('\n') });
    i = end;
  }
  return { spans, lone };
}
