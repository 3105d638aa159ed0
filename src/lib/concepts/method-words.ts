/**
 * Words for a way of working or a capacity: after a concept's name they add nothing to it. The concept
 * stage reads "RL methods" and "finite element method" as the concepts RL and finite element (paper-mentions.ts, concept-heads.ts),
 * and search reads a query the same way, so "finite element method" names the concept "Finite element"
 * (../search/concept-hits.ts). A module of its own: the search worker takes this list and nothing else of
 * the concept stage.
 */
export const METHOD_WORDS = ['method', 'approach', 'technique', 'framework', 'strategy', 'scheme', 'methodology', 'procedure', 'paradigm', 'capability', 'ability'];
