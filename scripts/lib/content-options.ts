/**
 * The content stage's command-line options, in one place: `npm run content` parses them, and `npm run build`
 * (which hands its arguments to that stage) reads from them the settings the later steps need too.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export const CONTENT_OPTIONS = {
  input: { type: 'string', multiple: true },
  'on-error': { type: 'string' },
  untitled: { type: 'string' },
  'content-dir': { type: 'string' },
  'concepts-per-paper': { type: 'string' },
  related: { type: 'string' },
  title: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

/**
 * What these content-stage arguments add to the environment of the later steps: Astro, the exports and the
 * search index read the content folder and the title from the environment, so a `--content-dir` or `--title`
 * given to the build must reach them there, or they would build the site from `content/`. Arguments the
 * content stage will reject are left to it to report.
 */
export function stepEnvironment(args: readonly string[]): Record<string, string> {
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({ args: [...args], options: CONTENT_OPTIONS, strict: false, allowPositionals: true }));
  } catch {
    return {};
  }
  const contentDir = values['content-dir'];
  const title = values.title;
  return {
    ...(typeof contentDir === 'string' ? { ATLAS_CONTENT_DIR: contentDir } : {}),
    ...(typeof title === 'string' ? { ATLAS_TITLE: title } : {}),
  };
}
