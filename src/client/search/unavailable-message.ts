/**
 * What the search boxes say when search cannot run: shared by the search UI and the header box's trigger, which
 * says it where the search UI itself could not be fetched (offline, on a device that never loaded it).
 */
export function searchUnavailableMessage(online: boolean): string {
  return online
    ? 'Search could not load. Reload the page to try again.'
    : // The index is kept as searches fetch it, not with the pages a reader opens: "open this site once while
      // online" was false for a reader who had, without searching.
      'Search is not saved on this device yet: it works offline once you have searched here while online, or after you save the whole collection (Save for offline use, at the foot of every page).';
}
