import { atlasConfigSchema, ENV_KEYS, FLAG_NAMES, siteUrlPathProblem, type AtlasConfig } from './schema';
import { likelyMeant } from './suggest';

export interface ConfigSources {
  /** Parsed `content/atlas.config.json`, if there is one. */
  file?: unknown;
  /** Where `file` came from, for error messages. */
  fileName?: string;
  env?: Record<string, string | undefined>;
  /** Settings given on the command line, as typed or as numbers; undefined values are ignored. */
  flags?: Partial<Record<keyof AtlasConfig, unknown>>;
}

/** Merge the sources (flags over env over file over defaults) and validate; throws with every problem named. */
export function resolveConfig({ file, fileName = 'content/atlas.config.json', env = {}, flags = {} }: ConfigSources): AtlasConfig {
  if (file !== undefined && (typeof file !== 'object' || file === null || Array.isArray(file))) {
    throw new Error(`${fileName}: expected a JSON object of settings`);
  }
  // The file is found inside the content folder, so it cannot move it: the content stage would write to the
  // folder it names while Astro and the exports, which find the folder first, read the other.
  if (Object.hasOwn(file ?? {}, 'contentDir')) {
    throw new Error(`${fileName}: "contentDir" cannot be set here, as this file is read from inside the content folder; set ATLAS_CONTENT_DIR or pass --content-dir instead.`);
  }
  // What the file may set: every setting but the folder it sits in.
  const settings = Object.keys(atlasConfigSchema.shape).filter((key) => key !== 'contentDir');
  // A misspelt setting would otherwise be dropped without a word and the site built with the default.
  const unknown = Object.keys((file as Record<string, unknown> | undefined) ?? {}).filter((key) => !settings.includes(key));
  if (unknown.length > 0) {
    const named = unknown.map((key) => {
      const meant = likelyMeant(key, settings);
      return `  - ${JSON.stringify(key)}: no such setting${meant ? ` (did you mean ${JSON.stringify(meant)}?)` : ''}`;
    });
    throw new Error(`${fileName}: unknown settings:\n${named.join('\n')}\nThe settings are: ${settings.join(', ')}.`);
  }
  const merged: Record<string, unknown> = { ...(file as Record<string, unknown> | undefined) };
  /** Where each setting's value came from, so that an error names the place to mend it. */
  const from = new Map<string, string>(Object.keys(merged).map((key) => [key, fileName]));
  /** Each value as it was given (the text of a number that `merged` holds as one), for the message. */
  const given: Record<string, unknown> = { ...merged };
  for (const [envKey, key] of Object.entries(ENV_KEYS)) {
    const value = env[envKey];
    if (value !== undefined && value !== '') {
      merged[key] = fromText(key, value);
      given[key] = value;
      from.set(key, `the environment's ${envKey}`);
    }
  }
  for (const [key, value] of Object.entries(flags)) {
    if (value !== undefined) {
      merged[key] = fromText(key, value);
      given[key] = value;
      from.set(key, Object.hasOwn(FLAG_NAMES, key) ? `${FLAG_NAMES[key as keyof typeof FLAG_NAMES]} on the command line` : 'the command line');
    }
  }
  const parsed = atlasConfigSchema.safeParse(merged);
  const problems = parsed.success
    ? pathProblem(parsed.data)
    : parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
  if (problems.length > 0) {
    const lines = problems.map(({ path, message }) => {
      const key = path[0] ?? '';
      const value = path.length > 0 ? valueAt(given, path) : undefined;
      const source = from.has(key) ? [`from ${from.get(key)}`] : [];
      if (value !== undefined) source.push(`given ${shown(value)}`);
      return `  - ${path.join('.') || '(root)'}${source.length > 0 ? ` (${source.join(', ')})` : ''}: ${message}`;
    });
    throw new Error(`Invalid configuration (${fileName}, environment or flags):\n${lines.join('\n')}`);
  }
  const config = parsed.data!;
  // A path left by now is the base path said twice (configure-pages' base_url): Astro wants the host alone.
  const site = new URL(config.siteUrl.trim());
  return { ...config, siteUrl: site.pathname === '/' ? config.siteUrl.trim() : site.origin };
}

/** The settings that are whole numbers: given as text (the environment, a flag), they are read as such. */
const COUNTS = new Set(['conceptsPerPaper', 'minConceptPapers', 'relatedPerPaper', 'papersPerPage', 'conceptsPerPage']);

/**
 * A number's text as the number, when it is written in decimal digits; anything else is left as text for the
 * schema to refuse (`Number` took `0x10` for 16 and `""` for 0).
 */
function fromText(key: string, value: unknown): unknown {
  return COUNTS.has(key) && typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : value;
}

function pathProblem(config: AtlasConfig): { path: string[]; message: string }[] {
  const message = siteUrlPathProblem(config.siteUrl, config.basePath);
  return message === undefined ? [] : [{ path: ['siteUrl'], message }];
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, part) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined), value);
}

/** A value as the user wrote it, cut short: the text in quotes, so that an empty one shows. */
function shown(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
