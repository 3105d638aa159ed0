/**
 * Reads `<contentDir>/concepts.json` (the concept registry) for the pages and the open-data step, straight
 * from the file rather than through an Astro content collection: at 10,000 papers the registry holds some
 * 15,000 concepts, which the content layer would validate, store and serialise into its data store on
 * every build, re-run or not. A missing file gives no concepts (a pipeline still being set up); a file that
 * exists but is malformed stops the build with its path and the entry in the message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conceptSchema, type ConceptEntry } from '../content/schema';

export function readConceptsFile(contentDir: string): ConceptEntry[] {
  const path = join(contentDir, 'concepts.json');
  if (!existsSync(path)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(json)) throw new Error(`${path}: expected an array of concepts`);
  // As the content collection did: one entry per id, a later one replacing an earlier one of the same id.
  const byId = new Map<string, ConceptEntry>();
  json.forEach((item: unknown, i) => {
    const parsed = conceptSchema.safeParse(item);
    if (!parsed.success) {
      const first = parsed.error.issues.slice(0, 5).map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      const id = typeof (item as { id?: unknown } | null)?.id === 'string' ? ` "${(item as { id: string }).id}"` : '';
      throw new Error(`${path}: concept ${i}${id} does not match the concept schema:\n${first.join('\n')}`);
    }
    if (byId.has(parsed.data.id)) console.warn(`${path}: concept id "${parsed.data.id}" appears more than once; the last one is used`);
    byId.set(parsed.data.id, parsed.data);
  });
  return [...byId.values()];
}
