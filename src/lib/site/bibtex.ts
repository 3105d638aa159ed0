/**
 * A BibTeX entry for a paper page's "Cite" box. Built from the paper's frontmatter only; values are
 * brace-delimited, so the one thing that must never leak through is an unbalanced brace.
 */
import type { PaperFrontmatter } from '../content/schema';
import { mathSource, splitMath } from '../normalise/math-text';
import { withItalics } from '../normalise/italic-spans';
import { safeExternalUrl } from './url';
import { foldToAscii } from '../normalise/accents';
import { safeCitationKey } from '../cite/citation-key';
import { containerField } from '../cite/entry-type';
import { unversionedArxiv } from '../cite/arxiv';
import { partsOf, type NameParts } from '../cite/person-name';
import { bibtexPages, monthMacro, reportVenue } from '../cite/bibliographic';
import { joinKeywords } from '../normalise/keywords';
import { missingFromRecord } from './find-paper';

export type CitablePaper = Pick<PaperFrontmatter, 'id' | 'title' | 'madeTitle' | 'italics' | 'authors' | 'collaboration' | 'year' | 'venue' | 'doi' | 'arxiv' | 'url' | 'links' | 'citationKey' | 'entryType' | 'literalAuthors' | 'nameParts' | 'etAl' | 'bibliographic' | 'authorKeywords'>;

/** `key`: the paper's key among the corpus's (`citationKeys`); by default the paper's own, or one made for it alone. */
export function bibtexEntry(paper: CitablePaper, key = citationKey(paper)): string {
  /** Name, value, and whether the value is a macro (`mar`), which goes in without braces. */
  const fields: [string, string, 'macro'?][] = [];
  // Double braces keep the title's capitalisation (acronyms, model names) in every bibliography style.
  // Phrases the input set in italics (a case name) in `\emph{}`, as Zotero's BibTeX export writes `<i>` (review 17 M5).
  fields.push(['title', `{${escapeBibtexText(paper.title, paper.italics?.title)}}`]);
  const authors = authorNames(paper);
  if (authors.length > 0) fields.push(['author', authors.join(' and ')]);
  // INSPIRE's field, which revtex and the JHEP style print before the names.
  if (paper.collaboration) fields.push(['collaboration', escapeBibtexText(paper.collaboration)]);
  if (paper.year !== undefined) fields.push(['year', String(paper.year)]);
  const { volume, number, pages, month, publisher, editors, articleNumber, pageCount, institution, reportType, eprintClass, series, address, translators, edition, isbn } = paper.bibliographic ?? {};
  const macro = month === undefined ? undefined : monthMacro(month);
  if (macro) fields.push(['month', macro, 'macro']);
  // Without a stated type, a venue with an arXiv id is most often "arXiv preprint" or an arXiv journal_ref
  // ("ICML 2022"), not a journal, unless a volume or pages say where in it the paper appeared (review 16 M5:
  // the Dantzig selector, with The Annals of Statistics 35, 2313-2351, was @misc). Stated or not, the type
  // names the venue's field: @misc has no `journal`.
  const type = paper.entryType ?? (paper.venue && (!paper.arxiv || volume || pages) ? 'article' : 'misc');
  // A report's shown venue is made of its institution, type and number, which the entry writes as themselves.
  if (paper.venue && paper.venue !== (paper.bibliographic && reportVenue(paper.bibliographic))) fields.push([containerField(type), escapeBibtexText(paper.venue)]);
  // "Given Family", which BibTeX splits as styles need it.
  if (editors && editors.length > 0) fields.push(['editor', nameList(editors)]);
  // biblatex's (and many BibTeX styles') `translator`: a translation is cited with its translators.
  if (translators && translators.length > 0) fields.push(['translator', nameList(translators)]);
  if (series) fields.push(['series', escapeBibtexText(series)]);
  if (edition) fields.push(['edition', escapeBibtexText(edition)]);
  if (volume) fields.push(['volume', escapeBibtexText(volume)]);
  if (number) fields.push(['number', escapeBibtexText(number)]);
  if (pages) fields.push(['pages', escapeBibtexText(bibtexPages(pages))]);
  // biblatex's names: ACM's `articleno` and `numpages` are theirs, and BibTeX styles pass over what they do not know.
  if (articleNumber) fields.push(['eid', escapeBibtexText(articleNumber)]);
  if (pageCount) fields.push(['pagetotal', escapeBibtexText(pageCount)]);
  if (publisher) fields.push(['publisher', escapeBibtexText(publisher)]);
  if (address) fields.push(['address', escapeBibtexText(address)]);
  if (isbn) fields.push(['isbn', escapeBibtexText(isbn)]);
  if (institution) fields.push(['institution', escapeBibtexText(institution)]);
  if (reportType) fields.push(['type', escapeBibtexText(reportType)]);
  if (paper.doi) fields.push(['doi', escapeBibtexVerbatim(paper.doi)]);
  if (paper.arxiv) {
    fields.push(['eprint', escapeBibtexVerbatim(unversionedArxiv(paper.arxiv))]);
    fields.push(['archivePrefix', 'arXiv']);
    if (eprintClass) fields.push(['eprintclass', escapeBibtexText(eprintClass)]);
  }
  const url = firstWebUrl(paper);
  if (url) fields.push(['url', escapeBibtexVerbatim(url)]);
  if (paper.authorKeywords && paper.authorKeywords.length > 0) fields.push(['keywords', escapeBibtexText(joinKeywords(paper.authorKeywords))]);
  // A title made from the abstract (the record had none) is not the authors': cited bare, it would pass for theirs.
  // An entry with a title alone looks complete enough to paste (review 41 finding 5): it says what the record lacks.
  const notes: string[] = [];
  if (paper.madeTitle) notes.push('No title in the source record; the title is taken from its abstract');
  const missing = missingFromRecord(paper);
  if (missing.length > 0) notes.push(`${notes.length > 0 ? 'no' : 'Incomplete record: no'} ${missing.join(' or ')} in the source`);
  if (notes.length > 0) fields.push(['note', notes.join('; ')]);
  const width = fields.reduce((m, [name]) => Math.max(m, name.length), 0);
  const body = fields.map(([name, value, kind]) => `  ${name.padEnd(width)} = ${kind === 'macro' ? value : `{${value}}`}`).join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

/**
 * The paper's own key when the input gave one, so the entry pastes into the user's bibliography under the
 * name their documents already cite; made safe again here because the frontmatter may have been edited by hand.
 */
export function citationKey(paper: KeyedPaper): string {
  return ownKey(paper) ?? generatedCitationKey(paper);
}

type KeyedPaper = Pick<CitablePaper, 'id' | 'title' | 'authors' | 'year' | 'citationKey' | 'nameParts' | 'literalAuthors'>;

const ownKey = (paper: KeyedPaper) => (paper.citationKey !== undefined ? safeCitationKey(paper.citationKey) : undefined);

/**
 * Every paper's key, one paper's alone: a made key that another paper's key or an earlier made one already is
 * (two "smith2021deep" papers) gets a letter, `smith2021deepa`, `…b`, by id, as reference managers suffix them;
 * an entry pasted beside the other would otherwise replace it in the user's bibliography. Keys the input gave
 * are unique already (src/lib/cite/supplied-ids.ts) and stay as they are.
 */
export function citationKeys(papers: readonly KeyedPaper[]): Map<string, string> {
  const keys = new Map<string, string>();
  const taken = new Set<string>();
  const made: KeyedPaper[] = [];
  for (const paper of papers) {
    const own = ownKey(paper);
    if (own === undefined) made.push(paper);
    else {
      keys.set(paper.id, own);
      taken.add(own);
    }
  }
  for (const paper of [...made].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const base = generatedCitationKey(paper);
    let key = base;
    for (let n = 0; taken.has(key); n++) key = `${base}${letterSuffix(n)}`;
    keys.set(paper.id, key);
    taken.add(key);
  }
  return keys;
}

/** a, b, …, z, aa, ab, …: the n-th suffix (from 0). */
function letterSuffix(n: number): string {
  const letter = String.fromCharCode(97 + (n % 26));
  return n < 26 ? letter : `${letterSuffix(Math.floor(n / 26) - 1)}${letter}`;
}

/**
 * Names as BibTeX reads them: a name that is one unit goes in braces, or BibTeX would take its last word for
 * a surname ("Consortium"); a name BibTeX would split wrongly as shown (a suffix, a family name of two words)
 * is written in its "von Last, Jr, First" form; a list cut short in the input ends in `and others`, which
 * styles print as "et al.".
 */
function authorNames(paper: CitablePaper): string[] {
  const literal = new Set(paper.literalAuthors ?? []);
  const names = paper.authors.map((a) => {
    if (literal.has(a)) return `{${escapeBibtexText(a)}}`;
    const parts = partsOf(a, paper.nameParts);
    const kept = paper.nameParts?.some((p) => p.name === a) ?? false;
    return kept || parts.suffix !== undefined ? invertedName(parts) : escapeBibtexText(a);
  });
  return paper.etAl && names.length > 0 ? [...names, 'others'] : names;
}

/** "Given Family" names joined by `and`; a name holding a comma or an "and" is braced whole, as BibTeX would split it there. */
function nameList(names: readonly string[]): string {
  return names.map((e) => (/,|\band\b/i.test(e) ? `{${escapeBibtexText(e)}}` : escapeBibtexText(e))).join(' and ');
}

/** "von Last, Jr, First". A part with a comma or a lone "and" in it is braced, or it would split the name or the list. */
function invertedName(parts: Omit<NameParts, 'name'>): string {
  const part = (text: string) => (/,|(?:^|\s)and(?:\s|$)/i.test(text) ? `{${escapeBibtexText(text)}}` : escapeBibtexText(text));
  const last = [parts.particle, parts.family].filter((p) => p !== undefined).map(part).join(' ');
  return [last, ...(parts.suffix !== undefined ? [part(parts.suffix)] : []), parts.given !== undefined ? part(parts.given) : ''].join(', ');
}

/**
 * `surname + year + first significant title word`, ASCII only, e.g. `hu2025beyond`. The surname is the family
 * name without particle or suffix, as BibTeX styles' own labels take it: `smith` for "John Smith Jr."; for a
 * name that is one unit, an organisation, its first significant word: `world2020report`. Latin letters are
 * spelled in ASCII (`gross` for "Groß"). With no author, or one whose name has no Latin letter to spell it
 * by, the title's first significant word takes the author's place (`rtl2021`), as the title takes an
 * authorless work's in a bibliography: a key that starts with a digit (`2021rtl`) is not a name anyone cites
 * by, and some tools read it as a number.
 */
function generatedCitationKey(paper: Pick<CitablePaper, 'id' | 'title' | 'authors' | 'year' | 'nameParts' | 'literalAuthors'>): string {
  const firstAuthor = paper.authors[0];
  const surname = asciiWord(
    firstAuthor === undefined ? '' : paper.literalAuthors?.includes(firstAuthor) ? organisationWord(firstAuthor) : partsOf(firstAuthor, paper.nameParts).family,
  );
  const titleWords = withNameParticles(
    splitMath(paper.title)
      .filter((s) => s.kind === 'text')
      .map((s) => (s.kind === 'text' ? s.text : ''))
      .join(' ')
      .split(/\s+/),
  )
    .map(asciiWord)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w));
  const year = paper.year ?? '';
  const key = STARTS_WITH_LETTER.test(surname)
    ? `${surname}${year}${titleWords[0] ?? ''}`
    : `${titleWords.find((w) => STARTS_WITH_LETTER.test(w)) ?? ''}${year}`;
  if (key.length >= 4 && STARTS_WITH_LETTER.test(key)) return key;
  const slug = asciiWord(paper.id);
  return STARTS_WITH_LETTER.test(slug) ? slug : `paper${slug}`;
}

const STARTS_WITH_LETTER = /^[a-z]/;

/** Particles of surnames that a title names ("De Bruijn", "Van Kampen", "Von Neumann", "Di Perna", "Du Bois"). */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'di', 'da', 'du', 'del', 'della', 'der', 'den', 'ten', 'ter', 'le', 'la', 'dos', 'das']);
const UPPER_INITIAL = /^\p{Lu}/u;

/**
 * A capitalised particle before a capitalised word begins a name ("The De Bruijn-Newman constant"): the two are
 * one word of the title, as the name is one, so the key takes "debruijnnewman", not the name without its particle
 * (review 17 L7: `rodgers2020bruijnnewman`). A particle written in lower case ("Histoire de la France") is a word
 * of the sentence and stays apart, dropped as any short word is.
 */
function withNameParticles(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && UPPER_INITIAL.test(word) && UPPER_INITIAL.test(next) && NAME_PARTICLES.has(word.toLowerCase())) {
      out.push(`${word}${next}`);
      i += 1;
    } else out.push(word);
  }
  return out;
}

/** Articles an organisation's name may open with ("The RLHF Consortium", "Der Spiegel"): they name nothing. */
const ARTICLES = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'l', 'der', 'die', 'das', 'el', 'los', 'las', 'il', 'lo', 'gli']);
const LOWER_INITIAL = /^\p{Ll}/u;

/**
 * The word a key takes from a name that is one unit: its first word that is neither an article nor lower case
 * ("of", a particle: `gogh` for a CSL family name "van Gogh" given alone). Its last word, as for a person,
 * would be `organization` or `institute` for many different organisations, and the whole name is too long
 * for a key that is typed in a `\cite`.
 */
function organisationWord(name: string): string {
  const words = name.split(/\s+/).filter((w) => asciiWord(w) !== '');
  const significant = words.find((w) => !ARTICLES.has(asciiWord(w)) && !LOWER_INITIAL.test(w)) ?? words[0] ?? '';
  return asciiWord(significant);
}

const STOP_WORDS = new Set(['the', 'and', 'for', 'with', 'from', 'towards', 'toward', 'via', 'into', 'onto', 'are', 'how', 'what', 'why', 'when', 'does']);

function asciiWord(text: string): string {
  return foldToAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const TEXT_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // BibTeX and biber count every brace, escaped or not, so `\{` alone would unbalance the field.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * Text outside math made safe for LaTeX; math is kept as `$...$` when its braces balance (display math too: a
 * field is set inline).
 */
export function escapeBibtexText(text: string, italics: readonly string[] = []): string {
  const escape = (raw: string) => raw.replace(/[\\{}&%#_~^$]/g, (ch) => (ch === '$' ? '\\$' : TEXT_SPECIALS[ch]!));
  return splitMath(text.replace(/\s+/g, ' ').trim())
    .map((s) => {
      if (s.kind === 'math' && bracesBalance(s.tex)) return `$${s.tex}$`;
      if (s.kind === 'text' && italics.length > 0) return withItalics(s.text, italics, escape, (escaped) => `\\emph{${escaped}}`);
      return escape(s.kind === 'math' ? mathSource(s) : s.text);
    })
    .join('');
}

/** DOIs and URLs go in as they are, but a brace would end the field early. */
function escapeBibtexVerbatim(text: string): string {
  return text.replace(/[{}\s]/g, (ch) => (ch === '{' ? '%7B' : ch === '}' ? '%7D' : ''));
}

/** As BibTeX counts them: every brace, a backslash before it or not (`$\{x$` is unbalanced for it). */
function bracesBalance(tex: string): boolean {
  let depth = 0;
  for (const ch of tex) {
    if (ch === '{') depth += 1;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

function firstWebUrl(paper: CitablePaper): string | undefined {
  const candidates = [paper.url, ...paper.links.filter((l) => l.kind === 'paper' || l.kind === 'arxiv').map((l) => l.url)];
  for (const candidate of candidates) {
    const safe = candidate ? safeExternalUrl(candidate) : undefined;
    if (safe) return safe;
  }
  return undefined;
}
