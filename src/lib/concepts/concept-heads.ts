/**
 * Head words after which a phrase is the concept of the words before them, or of the same words with another
 * head: a way of working ("RL methods"), a kind of named resource ("ImageNet dataset"), a synonym ("reasoning
 * abilities").
 */
import { identity, stem } from './normalise';
import { METHOD_WORDS } from './method-words';

/** Words for a way of working or a capacity (./method-words.ts): their Porter stems, as a candidate's `stems` hold them... */
export const METHOD_HEADS = new Set(METHOD_WORDS.map(stem));
/** ...and their identities, as a concept id ends in them. */
export const METHOD_HEAD_IDS = new Set(METHOD_WORDS.map((w) => identity(w)));

/** Stems of words for the kind of a named resource: "QM9 benchmark", "ImageNet dataset", "Brown corpus". */
export const RESOURCE_HEADS = new Set(['benchmark', 'dataset', 'corpus'].map(stem));
/**
 * A name: a word with a capital inside or letters with digits ("QM9", "ImageNet", "MiniWoB", "GSM8K"). Not
 * a bare acronym: "RL benchmarks" are benchmarks of a field, not the field.
 */
export const RESOURCE_NAME = /^([\p{L}\p{N}]*\p{Ll}\p{Lu}[\p{L}\p{N}]*|\p{L}+\p{N}[\p{L}\p{N}]*)$/u;

/** Heads that say the same of the words before them: "reasoning abilities" are "reasoning capabilities", "tool usage" is "tool use". */
const HEAD_SYNONYMS = new Map([['ability', 'capability'], ['usage', 'use']].map(([a, b]) => [identity(a!), identity(b!)]));

export function foldHead(cid: string): string {
  const at = cid.lastIndexOf(' ');
  const same = at > 0 ? HEAD_SYNONYMS.get(cid.slice(at + 1)) : undefined;
  return same === undefined ? cid : `${cid.slice(0, at)} ${same}`;
}
