/** Colour of a cluster on the pages; papers and concepts without a cluster (or without graph.json) get a neutral one. */

export const UNCLUSTERED_COLOR = '#8a8f98';

export function swatchColor(clusters: ReadonlyMap<number, { color: string }>, cluster: number | undefined): string {
  return (cluster !== undefined && clusters.get(cluster)?.color) || UNCLUSTERED_COLOR;
}
