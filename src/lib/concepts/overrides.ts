/**
 * `content/concepts.yaml`: a user's corrections to the extracted concepts, applied on every run.
 *
 * ```yaml
 * # Phrases that name one concept. The first phrase of each group is the one the others join;
 * # each phrase can be any surface form ("RAG", "retrieval-augmented generation") or a concept id.
 * merge:
 *   - [retrieval-augmented generation, retrieval augmentation, RAG]
 *   - [world model, world simulator]
 *
 * # Phrases that are never concepts (on any paper).
 * ban:
 *   - state of the art
 *   - benchmark
 *
 * # Display labels: concept (phrase or id) -> label.
 * rename:
 *   large language model: Large language models
 *
 * # Per paper (by slug): concepts it always carries, listed first, even if not extracted...
 * pin:
 *   attention-is-all-you-need: [transformer, self-attention]
 *
 * # ...and concepts it never carries.
 * remove:
 *   attention-is-all-you-need: [sequence transduction]
 * ```
 *
 * Every section is optional; an empty file is fine. Phrases are matched the way concepts are
 * identified (case, plural, hyphenation and inflection folded), so "World Models" matches
 * "world model".
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import { LocatedError, type IngestProblem } from '../model/source';

export interface ConceptOverrides {
  /** Groups of phrases that are one concept; the first phrase is the canonical one. */
  merge: string[][];
  /** Phrases never used as concepts. */
  ban: string[];
  /** Concept phrase (or id) → display label. */
  rename: Map<string, string>;
  /** Paper slug → phrases always on it, in this order, before the extracted ones. */
  pin: Map<string, string[]>;
  /** Paper slug → phrases never on it. */
  remove: Map<string, string[]>;
  /** Where each paper slug of `pin` and `remove` was written (`section:slug` → line), for warnings about it. */
  slugLines?: Map<string, number>;
  /** Where each phrase was written, parallel to the sections above, for warnings about entries that do nothing. */
  lines?: OverrideLines;
}

export interface OverrideLines {
  merge: number[][];
  ban: number[];
  /** By the rename's key. */
  rename: Map<string, number>;
  /** By paper slug, parallel to its phrases. */
  remove: Map<string, number[]>;
}

/**
 * An entry that changed nothing in this run, or more than it says, as the concept stage found it
 * (src/lib/concepts/concept-registry.ts):
 * - a `merge` phrase after the first that no paper's text has (or that names the first phrase's concept itself);
 * - a `merge` phrase that is in an earlier group too (`joins`: that group), which makes the two groups one concept;
 * - a `ban` phrase that no paper's text has as a candidate phrase, or one that names a concept a `merge` group
 *   makes (`merged`: that group), which bans every phrase of the group;
 * - a `rename` key that names no concept, with the concepts an abbreviation the corpus defines in several ways stands for;
 *   or one that renames a concept an earlier key renamed (`twice`: that key), or gives the label an earlier key gave
 *   another concept (`sameLabelAs`: that key) or another concept has (`sameLabelAsConcept`: its id);
 * - a `remove` phrase that the paper's text does not have as a candidate phrase.
 */
export type UnmatchedOverride =
  | { section: 'merge'; group: number; phrase: number; same?: boolean; meant?: string; joins?: number }
  | { section: 'ban'; index: number; merged?: number; with?: string[] }
  | { section: 'rename'; key: string; couldBe?: { id: string; label: string }[]; twice?: string; sameLabelAs?: string; sameLabelAsConcept?: string }
  | { section: 'remove'; paper: string; index: number };

export function emptyOverrides(): ConceptOverrides {
  return { merge: [], ban: [], rename: new Map(), pin: new Map(), remove: new Map() };
}

const SECTIONS = ['merge', 'ban', 'rename', 'pin', 'remove'] as const;

export function parseOverrides(text: string, file: string): ConceptOverrides {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const lineOf = (node: Node | Pair | null | undefined): number => {
    const range = node && 'range' in node ? node.range : undefined;
    const key = node && 'key' in node ? (node.key as Node | null) : undefined;
    const offset = range?.[0] ?? (key && 'range' in key ? key.range?.[0] : undefined) ?? 0;
    return lines.linePos(offset).line;
  };
  const fail = (node: Node | Pair | null | undefined, what: string): never => {
    throw new LocatedError(file, lineOf(node), what);
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new LocatedError(file, lines.linePos(yamlErrorStart(doc, e)).line, `invalid YAML: ${yamlErrorMessage(e)}`);
  }
  const out = emptyOverrides();
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return out;
  if (!isMap(root)) return fail(root, `expected a mapping with the sections ${SECTIONS.join(', ')}`);

  const phrase = (node: unknown, where: string): string => {
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
      return fail(node as Node, `expected a phrase (text) in ${where}`);
    }
    const s = String(node.value).trim();
    if (!s) return fail(node as Node, `expected a non-empty phrase in ${where}`);
    return s;
  };
  const phraseList = (node: unknown, where: string): string[] => {
    if (!isSeq(node)) return fail(node as Node, `expected a list of phrases in ${where}`);
    return node.items.map((item) => phrase(item, where));
  };
  const itemLines = (node: unknown): number[] => (isSeq(node) ? node.items.map((item) => lineOf(item as Node)) : [lineOf(node as Node)]);
  const written: OverrideLines = { merge: [], ban: [], rename: new Map(), remove: new Map() };
  out.lines = written;

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    switch (key) {
      case 'merge': {
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isSeq(value)) fail(pair, 'expected `merge:` to be a list of phrase lists, e.g. - [RAG, retrieval-augmented generation]');
        for (const group of (value as { items: unknown[] }).items) {
          const phrases = phraseList(group, '`merge` (each entry is a list like [RAG, retrieval-augmented generation])');
          if (phrases.length < 2) fail(group as Node, 'expected at least two phrases in a `merge` group');
          out.merge.push(phrases);
          written.merge.push(itemLines(group));
        }
        break;
      }
      case 'ban':
        if (value === null || (isScalar(value) && value.value === null)) break;
        for (const phrase of phraseList(value, '`ban`')) out.ban.push(phrase);
        for (const line of itemLines(value)) written.ban.push(line);
        break;
      case 'rename': {
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isMap(value)) fail(pair, 'expected `rename:` to be a mapping of concept: label');
        for (const p of (value as { items: Pair[] }).items) {
          const from = phrase(p.key, '`rename` (key)');
          out.rename.set(from, phrase(p.value, '`rename` (label)'));
          written.rename.set(from, lineOf(p.key as Node));
        }
        break;
      }
      case 'pin':
      case 'remove': {
        if (value === null || (isScalar(value) && value.value === null)) break;
        if (!isMap(value)) fail(pair, `expected \`${key}:\` to be a mapping of paper slug: [phrases]`);
        const target = key === 'pin' ? out.pin : out.remove;
        for (const p of (value as { items: Pair[] }).items) {
          const slug = phrase(p.key, `\`${key}\` (paper slug)`);
          (out.slugLines ??= new Map()).set(`${key}:${slug}`, lineOf(p.key as Node));
          const list = isScalar(p.value) ? [phrase(p.value, `\`${key}\``)] : phraseList(p.value, `\`${key}.${slug}\``);
          target.set(slug, [...(target.get(slug) ?? []), ...list]);
          if (key === 'remove') written.remove.set(slug, [...(written.remove.get(slug) ?? []), ...itemLines(p.value)]);
        }
        break;
      }
      default:
        fail(pair, `unknown section "${key}": expected one of ${SECTIONS.join(', ')}`);
    }
  }
  return out;
}

/**
 * The yaml library's message ends in " at line L, column C:" and a code frame: the position is the
 * warning's own, and the frame (a few lines with a caret) does not fit on one line.
 */
function yamlErrorMessage(e: YAMLError): string {
  return e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?\s*$/, '').trim();
}

/**
 * Where the mistake begins. An unterminated quote runs to the end of the file, where the library reports it
 * missing; the quote that opened it is where the user has to look.
 */
function yamlErrorStart(doc: Document.Parsed, e: YAMLError): number {
  let at = e.pos[0];
  if (e.code === 'MISSING_CHAR' && /quote/.test(e.message)) {
    visit(doc, {
      Scalar(_, node) {
        const range = node.range;
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && range && range[0] < at && range[1] >= e.pos[0]) at = range[0];
      },
    });
  }
  return at;
}

/**
 * A `pin` or `remove` entry whose paper slug names no paper of this run does nothing: most likely a typo or a
 * slug that changed with its title, which the user should hear about rather than find out.
 */
export function unknownPaperWarnings(overrides: ConceptOverrides, file: string, slugs: ReadonlySet<string>): IngestProblem[] {
  const warnings: IngestProblem[] = [];
  for (const section of ['pin', 'remove'] as const) {
    for (const slug of overrides[section].keys()) {
      if (slugs.has(slug)) continue;
      warnings.push({
        file,
        line: overrides.slugLines?.get(`${section}:${slug}`) ?? 1,
        severity: 'warning',
        reason: `\`${section}\` names the paper "${slug}", but no paper has that slug (the slugs are the file names in the papers/ folder): the entry does nothing`,
      });
    }
  }
  return warnings;
}

/**
 * An entry that changes nothing is most likely a typo, a phrase the papers spell otherwise, or an abbreviation
 * the papers use for more than one thing: each gets a warning at its line, as a pin of an unknown paper does.
 */
export function unmatchedOverrideWarnings(overrides: ConceptOverrides, file: string, unmatched: readonly UnmatchedOverride[]): IngestProblem[] {
  const lines = overrides.lines;
  const warning = (line: number | undefined, reason: string): IngestProblem => ({ file, line: line ?? 1, severity: 'warning', reason });
  return unmatched.map((u) => {
    switch (u.section) {
      case 'merge': {
        const group = overrides.merge[u.group]!;
        if (u.meant !== undefined) {
          return warning(
            lines?.merge[u.group]?.[0],
            `\`merge\` names its concept "${group[0]}", which no paper's text has, and which is a letter or two from "${u.meant}", a name the papers use: most likely that name mistyped (the first phrase of a group names the merged concept and its page's address)`,
          );
        }
        if (u.joins !== undefined) {
          const earlier = overrides.merge[u.joins]!;
          return warning(
            lines?.merge[u.group]?.[u.phrase],
            `\`merge\` has "${group[u.phrase]}" in this group and in the group of "${earlier[0]}" (line ${lines?.merge[u.joins]?.[0] ?? '?'}): the two groups are one concept, named "${earlier[0]}" (the first phrase of the first group). Put the phrases in one group to say so, or take the phrase out of one of them`,
          );
        }
        const what = `\`merge\` joins "${group[u.phrase]}" to "${group[0]}"`;
        return warning(
          lines?.merge[u.group]?.[u.phrase],
          u.same
            ? `${what}, but both name the same concept already: that phrase does nothing`
            : `${what}, but no paper's text has the phrase "${group[u.phrase]}" (a spelling the papers use, or a concept id): that phrase does nothing`,
        );
      }
      case 'ban': {
        if (u.merged !== undefined) {
          const group = overrides.merge[u.merged]!;
          return warning(
            lines?.ban[u.index],
            `\`ban\` names "${overrides.ban[u.index]}", which \`merge\` (line ${lines?.merge[u.merged]?.[0] ?? '?'}) makes one concept with ${(u.with ?? group).map((p) => `"${p}"`).join(', ')}: the ban takes all of them. To keep the others, take "${overrides.ban[u.index]}" out of the \`merge\``,
          );
        }
        return warning(lines?.ban[u.index], `\`ban\` names "${overrides.ban[u.index]}", but no paper's text has that phrase as a candidate for a concept: the entry does nothing`);
      }
      case 'rename': {
        const line = lines?.rename.get(u.key);
        const label = overrides.rename.get(u.key);
        if (u.twice !== undefined) {
          return warning(line, `\`rename\` names the concept that "${u.twice}" (line ${lines?.rename.get(u.twice) ?? '?'}) renames already: this later label, "${label}", is the one used; keep one entry`);
        }
        if (u.sameLabelAsConcept !== undefined) {
          return warning(line, `\`rename\` gives "${label}" to the concept "${u.key}" names, which is the label of another concept (${u.sameLabelAsConcept}): two pages of one name. Give it another label, or \`merge\` the two to make one`);
        }
        if (u.sameLabelAs !== undefined) {
          return warning(
            line,
            `\`rename\` gives "${label}" to the concept "${u.key}" names and to the one "${u.sameLabelAs}" (line ${lines?.rename.get(u.sameLabelAs) ?? '?'}) names: two concepts, two pages of one name. Give them different labels, or \`merge\` them to make one`,
          );
        }
        if (u.couldBe && u.couldBe.length > 1) {
          const list = u.couldBe.map((c) => `"${c.label}" (${c.id})`).join(', ');
          return warning(line, `\`rename\` names "${u.key}", an abbreviation the papers use for several concepts: ${list}. It names none of them, so the entry does nothing: rename each by its id`);
        }
        return warning(line, `\`rename\` names "${u.key}", but no concept is named so (by a spelling its papers use, its abbreviation, or its id, the name of its page under concepts/): the entry does nothing`);
      }
      case 'remove':
        return warning(
          lines?.remove.get(u.paper)?.[u.index],
          `\`remove\` takes "${overrides.remove.get(u.paper)?.[u.index]}" off the paper "${u.paper}", but that paper's text has no such phrase as a candidate for a concept: the entry does nothing`,
        );
    }
  });
}
