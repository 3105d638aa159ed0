/**
 * PubMed's journal titles add a place or an edition in brackets to tell journals apart ("Lancet (London,
 * England)", "BMJ (Clinical research ed.)"), which no citation prints. Its records carry the journal's short
 * title beside (CSL's `container-title-short`, MEDLINE's `TA`): where that is the title without the bracket, the
 * short one is shown. Any other title is kept whole ("The New England Journal of Medicine" beside "N Engl J Med").
 */
const PLACE_AFTER = /^(.+?)\s*\([^()]+\)$/;
const comparable = (title: string) => title.toLowerCase().replace(/[\s.]+/g, ' ').trim();

export function shownJournal(title: string, short: string | undefined): string {
  const before = PLACE_AFTER.exec(title)?.[1];
  const shortTitle = short?.trim() ?? '';
  return before !== undefined && shortTitle !== '' && comparable(before) === comparable(shortTitle) ? shortTitle : title;
}

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'de', 'der', 'des', 'die', 'du', 'et', 'for', 'from', 'in', 'la', 'le', 'of', 'on', 'or', 'the', 'to', 'und', 'with']);

/**
 * A journal as MEDLINE's `JT` names it, in the NLM catalogue's form: in sentence case, after a colon the
 * publisher's subtitle, and a qualifier in brackets ("The New England journal of medicine", "Journal of nuclear
 * medicine : official publication, Society of Nuclear Medicine", "Deutsche medizinische Wochenschrift (1946)").
 * Shown as citations name it: the title alone, in title case, a word spelled the way the short title `TA` spells it
 * kept so ("PLoS One"), one the owner writes in lower case as well ("npj Digital Medicine"); a word with capitals of
 * its own is left alone ("JAMA", "mBio").
 */
export function pubmedJournal(title: string, short: string | undefined): string {
  const bare = title.replace(/\s+:\s.*$/, '').replace(/\s*\([^()]*\)$/, '').trim() || title;
  const spelled = new Map((short ?? '').split(/\s+/).filter((w) => w !== '').map((w) => [w.toLowerCase(), w]));
  return bare
    .split(' ')
    .map((word, i) => {
      const own = spelled.get(word.toLowerCase());
      if (own !== undefined && own !== own.toLowerCase() && own !== own.toUpperCase()) return own;
      // An initialism its owner writes in lower case, which the short title gives in capitals: "npj".
      if (own !== undefined && own.length > 1 && own === own.toUpperCase() && word === word.toLowerCase()) return word;
      if (word !== word.toLowerCase() || (i > 0 && SMALL.has(word))) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}
