export type { ExtractOptions } from './extract';
export { extractConceptIndex, extractConcepts, extractKeyphrases, selectKeyphrases } from './extract';
