/**
 * How readily indexers make a two-word phrase a keyphrase, from its two words: of the Inspec training split's
 * two-word candidate phrases (1,000 abstracts; never an evaluation split), the share its indexers wrote inside
 * a keyphrase of their abstract, per modifier and per head (data/keyphraseness.json, built by
 * scripts/background-df.ts --kept). About half are kept; a phrase that opens with "experimental" (8 of 80),
 * "practical" (0 of 34) or "large" (0 of 45), or ends in "result" (11 of 125), is how abstracts report and
 * compare, not what they are about. Each word's share is drawn towards the average by `PRIOR_PHRASES` phrases'
 * worth, so that a word seen a few times, or never (a field Inspec lacks: "charmonium"), says little.
 */
import table from './data/keyphraseness.json' with { type: 'json' };

/** Per word, [phrases, kept]. */
interface KeptTable {
  phrases: number;
  kept: number;
  modifiers: Record<string, number[]>;
  heads: Record<string, number[]>;
}

/** The weight of the average share in each word's estimate, in phrases. */
const PRIOR_PHRASES = 10;

const t: KeptTable = table;
const average = t.kept / t.phrases;
const modifiers = new Map(Object.entries(t.modifiers));
const heads = new Map(Object.entries(t.heads));

function share(counts: number[] | undefined): number {
  const [phrases = 0, kept = 0] = counts ?? [];
  return (kept + PRIOR_PHRASES * average) / (phrases + PRIOR_PHRASES) / average;
}

/**
 * The odds that indexers keep the phrase `modifier head` (lowercase candidate-key words: "simulation", "result")
 * against those of the average two-word phrase, as far as its words tell: the odds of a phrase that opens with
 * its modifier times those of one that ends in its head, each 1 for a word the table never saw. "experimental"
 * 0.29, "simulation" 0.56, "neural" 1.6 as modifiers, "result" 0.24, "condition" 1.06, "network" 1.6 as heads:
 * "simulation result" 0.13, "experimental data" 0.2, "boundary condition" 1.3, "neural network" 2.5.
 */
export function keptOdds(modifier: string, head: string): number {
  return share(modifiers.get(modifier)) * share(heads.get(head));
}
