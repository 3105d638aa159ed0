import { describe, expect, it } from 'vitest';
import { clusterContacts } from '../../../src/lib/graph/cluster-contacts';

/** `count` papers of cluster `c` on a square grid one unit apart, its corner at (x0, y0). */
function block(c: number, x0: number, y0: number, side: number, positions: Map<string, { x: number; y: number }>, clusterOf: Map<string, number>) {
  for (let i = 0; i < side; i++) {
    for (let j = 0; j < side; j++) {
      const id = `c${c}-${i}-${j}`;
      positions.set(id, { x: x0 + i, y: y0 + j });
      clusterOf.set(id, c);
    }
  }
}

describe('clusterContacts', () => {
  it('finds the clusters drawn side by side, not those far apart, and leaves the other bucket out', () => {
    const positions = new Map<string, { x: number; y: number }>();
    const clusterOf = new Map<string, number>();
    block(0, 0, 0, 10, positions, clusterOf);
    block(1, 10, 0, 10, positions, clusterOf); // right next to 0
    block(2, 0, 40, 10, positions, clusterOf); // far below both
    block(9, 20, 0, 10, positions, clusterOf); // the other bucket, next to 1
    const contacts = clusterContacts(positions, clusterOf, 9);
    expect(contacts.get(0)?.get(1)).toBeGreaterThan(0);
    expect(contacts.get(1)?.get(0)).toBe(contacts.get(0)?.get(1));
    expect(contacts.get(0)?.has(2)).toBeFalsy();
    expect(contacts.get(1)?.has(2)).toBeFalsy();
    expect(contacts.has(9)).toBe(false);
    expect(contacts.get(1)?.has(9)).toBeFalsy();
  });

  it('counts a long common border more than a corner', () => {
    const positions = new Map<string, { x: number; y: number }>();
    const clusterOf = new Map<string, number>();
    block(0, 0, 0, 12, positions, clusterOf);
    block(1, 12, 0, 12, positions, clusterOf); // a whole side against 0
    block(2, 12, 12, 12, positions, clusterOf); // touches 0 at a corner only
    const contacts = clusterContacts(positions, clusterOf, undefined);
    expect(contacts.get(0)!.get(1)!).toBeGreaterThan(2 * (contacts.get(0)?.get(2) ?? 0));
  });

  it('has nothing to say about one paper or none', () => {
    expect(clusterContacts(new Map([['a', { x: 0, y: 0 }]]), new Map([['a', 0]]), undefined).size).toBe(0);
    expect(clusterContacts(new Map(), new Map(), undefined).size).toBe(0);
  });
});
