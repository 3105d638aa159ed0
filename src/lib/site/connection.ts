/**
 * What a page knows of its network link, and when that link asks the site to hold back: the offline worker's
 * fetching ahead (src/lib/offline/background.ts) and the graph explorer's script (src/client/graph/load.ts).
 * Pure: the page reads `navigator.connection` and asks.
 */

/** `navigator.connection` (Network Information API; Chromium only, absent in Firefox and Safari). */
export interface ConnectionInfo {
  saveData?: boolean;
  effectiveType?: string;
  /** The kind of link (`cellular`, `wifi`, `ethernet`, …): Chromium on Android and ChromeOS only. */
  type?: string;
}

/**
 * The round-trip time from which the Network Information API rates a link "3g" (its table: `3g` from 270 ms,
 * `2g` from 1400 ms), measured as Chromium's estimator measures it: a request sent to its first byte back.
 */
export const SLOW_RTT_MS = 270;

/** Effective connection types too slow for large downloads the reader did not ask for (at 400 ms round trips Chromium says "3g"). */
export const SLOW_CONNECTIONS: readonly string[] = ['slow-2g', '2g', '3g'];

/** Whether the browser says data is to be saved or the link is slow; false where it says nothing. */
export function asksToSave(connection: ConnectionInfo | undefined): boolean {
  if (!connection) return false;
  if (connection.saveData === true) return true;
  return connection.effectiveType !== undefined && SLOW_CONNECTIONS.includes(connection.effectiveType);
}

