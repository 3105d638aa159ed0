/**
 * Cluster names over the canvas are names, not the paper under them (review 21 finding 4): a click on
 * "Agents" opened the page of the paper drawn beneath the word. A tap is first tested against the names drawn.
 */

export interface NameBox {
  cluster: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The cluster whose drawn name holds the point (canvas pixels), or undefined; the name drawn last wins (it is on top). */
export function clusterNameAt(names: readonly NameBox[], x: number, y: number, slack = 2): number | undefined {
  for (let i = names.length - 1; i >= 0; i--) {
    const n = names[i]!;
    if (x >= n.left - slack && x <= n.right + slack && y >= n.top - slack && y <= n.bottom + slack) return n.cluster;
  }
  return undefined;
}
