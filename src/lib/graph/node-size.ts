/**
 * How big a node is drawn, in graph units (pixels at zoom 1). Shared by the build-time layout, which keeps
 * nodes of this size from overlapping, and the explorer, which draws them.
 */
export function nodeDiameter(kind: 'paper' | 'concept', degree: number): number {
  const base = kind === 'paper' ? 10 : 7;
  return Math.round((base + 3.2 * Math.sqrt(Math.max(0, degree))) * 10) / 10;
}
