/**
 * Reads `<contentDir>/graph.json` (clusters and build-time positions) for the pages. The file comes from
 * the content stage; a content folder without it (a pipeline still being set up) gives `undefined` and
 * the pages leave out what needs it, while a file that exists but is malformed stops the build with its
 * path in the message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphFileSchema, type GraphFile } from '../content/schema';

export function readGraphFile(contentDir: string): GraphFile | undefined {
  const path = join(contentDir, 'graph.json');
  if (!existsSync(path)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = graphFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`${path}: does not match the graph file schema:\n${first.join('\n')}`);
  }
  return parsed.data;
}
