/**
 * Which clusters the drawing puts side by side, and how long their common border is: colours are given so
 * that clusters that touch differ most (cluster-colours.ts). Read from the build's positions, which is
 * what the reader sees, whichever layout made them (one ForceAtlas2 run, where clusters are wedges of one
 * disc, or clusters packed as discs with gaps between them).
 *
 * The drawing is cut into square cells about three papers wide; two clusters touch where one has papers in
 * a cell and the other in the same cell or one next to it, by the fewer of the two counts there, summed.
 * Three papers wide reaches across the gap between packed discs (two papers' spacing) but not much further.
 */
import type { Point } from './layout';

/** Contact of each pair of clusters: `contacts.get(a)?.get(b)`, the same both ways; absent when they do not touch. */
export type ClusterContacts = ReadonlyMap<number, ReadonlyMap<number, number>>;

const CELL_IN_SPACINGS = 3;

export function clusterContacts(positions: ReadonlyMap<string, Point>, clusterOf: ReadonlyMap<string, number>, otherId: number | undefined): ClusterContacts {
  const placed: Array<{ p: Point; c: number }> = [];
  for (const [id, c] of clusterOf) {
    const p = positions.get(id);
    if (p && c !== otherId) placed.push({ p, c });
  }
  const contacts = new Map<number, Map<number, number>>();
  if (placed.length < 2) return contacts;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { p } of placed) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  // The mean spacing of the papers over the drawing's bounding box.
  const spacing = Math.sqrt(((maxX - minX) * (maxY - minY)) / placed.length);
  const cell = CELL_IN_SPACINGS * spacing;
  if (!(cell > 0)) return contacts;

  const cells = new Map<string, Map<number, number>>();
  const keyOf = (i: number, j: number) => `${i},${j}`;
  for (const { p, c } of placed) {
    const key = keyOf(Math.floor((p.x - minX) / cell), Math.floor((p.y - minY) / cell));
    let counts = cells.get(key);
    if (!counts) cells.set(key, (counts = new Map()));
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const add = (a: number, b: number, n: number) => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      let row = contacts.get(x);
      if (!row) contacts.set(x, (row = new Map()));
      row.set(y, (row.get(y) ?? 0) + n);
    }
  };
  // Each pair of cells once: the cell itself, then four of its eight neighbours.
  const forward = [[1, 0], [-1, 1], [0, 1], [1, 1]] as const;
  for (const [key, here] of cells) {
    const [i, j] = key.split(',').map(Number) as [number, number];
    const inCell = [...here];
    for (let x = 0; x < inCell.length; x++) {
      for (let y = x + 1; y < inCell.length; y++) add(inCell[x]![0], inCell[y]![0], Math.min(inCell[x]![1], inCell[y]![1]));
    }
    for (const [di, dj] of forward) {
      const there = cells.get(keyOf(i + di, j + dj));
      if (!there) continue;
      for (const [a, na] of here) for (const [b, nb] of there) if (a !== b) add(a, b, Math.min(na, nb));
    }
  }
  return contacts;
}
