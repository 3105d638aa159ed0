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
