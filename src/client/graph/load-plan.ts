/**
 * Whether the graph page loads the explorer's script at once or waits for the reader to ask. The script
 * carries Cytoscape (about 160 kB gzipped, review 22 finding 9): where the browser says data is to be saved or
 * the link is slow, the page shows the cluster legend and the list links, and a button; a reader who pressed it
 * once on this device is not asked again. Pure: load.ts reads the browser and acts.
 */
import { asksToSave, type ConnectionInfo } from '../../lib/site/connection';

/** The localStorage key set once the reader asked for the graph on a connection that holds it back. */
export const ALWAYS_LOAD_KEY = 'atlas-graph-always';

/**
 * Why the graph waits, to show beside the button; undefined when it loads at once: the browser says nothing
 * of its link, or a fast one without data saver, or the reader asked before (`askedBefore`).
 */
export function waitReason(connection: ConnectionInfo | undefined, askedBefore: boolean): string | undefined {
  if (askedBefore || !asksToSave(connection)) return undefined;
  const why = connection?.saveData === true ? 'Data saver is on' : 'This connection is slow';
  return `${why}, so the graph waits for you: drawing it takes a large script. Its clusters are listed on this page, and every paper and concept on the list pages.`;
}
