import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../../src/lib/concepts/index';

const docs = [
  {
    id: 'jinek',
    title: 'A Programmable Dual-RNA-Guided DNA Endonuclease in Adaptive Bacterial Immunity',
    abstract:
      'The CRISPR-associated protein Cas9 introduces double-stranded (ds) breaks in target DNA. Cas9 cleaves dsDNA at sites complementary to the crRNA-guide sequence, and random insertions and deletions (indels) follow.',
  },
  {
    id: 'komor',
    title: 'Programmable editing of a target base in genomic DNA without double-stranded DNA cleavage',
    abstract:
      'Current genome-editing technologies introduce double-stranded (ds) DNA breaks at a target locus as the first step to gene correction. Cells respond to dsDNA breaks with random insertions and deletions (indels) at the target locus.',
  },
];

describe('a lowercase initialism in parentheses (review 9 M5: "Ds")', () => {
  it('is no concept of its own; a lowercase word the initials do not spell still is', () => {
    const labels = extractConcepts(docs, { perPaper: 8 }).concepts.map((c) => c.label);
    expect(labels).not.toContain('Ds');
    expect(labels).toContain('dsDNA');
    expect(labels).toContain('Indels');
  });
});
