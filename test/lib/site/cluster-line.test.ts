import { describe, expect, it } from 'vitest';
import { breadcrumbCluster, otherClusterLine, ownClusterNote } from '../../../src/lib/site/cluster-line';

describe('how a page words a paper’s cluster (review 41 finding 2: a digital-libraries paper read "Papers / Monte Carlo")', () => {
  const cluster = { label: 'Monte Carlo', color: '#4d5fd6' };

  it('names the cluster in the breadcrumb only where its name is true of the paper', () => {
    expect(breadcrumbCluster(cluster, false)).toBe(cluster);
    expect(breadcrumbCluster(cluster, true)).toBeUndefined();
    expect(breadcrumbCluster(undefined, false)).toBeUndefined();
  });

  it('says a paper its cluster’s name is not true of is linked into the cluster, not in it as its topic', () => {
    expect(otherClusterLine('Monte Carlo', false)).toBe('In the cluster Monte Carlo');
    expect(otherClusterLine('Monte Carlo', true)).toBe('Linked into the cluster Monte Carlo');
    expect(ownClusterNote(false)).toBe('this paper’s');
    expect(ownClusterNote(true)).toBe('this paper’s, by its links');
  });
});
