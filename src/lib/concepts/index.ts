export type { ExtractOptions } from './extract';
export { extractConcepts, extractKeyphrases, selectKeyphrases } from './extract';
