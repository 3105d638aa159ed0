import { atlasConfigSchema, ENV_KEYS, type AtlasConfig } from './schema';
import { likelyMeant } from './suggest';

export interface ConfigSources {
  /** Parsed `content/atlas.config.json`, if there is one. */
  file?: unknown;
  /** Where `file` came from, for error messages. */
  fileName?: string;
  env?: Record<string, string | undefined>;
  /** Settings given on the command line; undefined values are ignored. */
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
  for (const [envKey, key] of Object.entries(ENV_KEYS)) {
    const value = env[envKey];
    if (value !== undefined && value !== '') {
      merged[key] = value;
      from.set(key, `the environment's ${envKey}`);
    }
  }
  for (const [key, value] of Object.entries(flags)) {
    if (value !== undefined) {
      merged[key] = value;
      from.set(key, 'the command line');
    }
  }
  const parsed = atlasConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => {
        const key = String(i.path[0] ?? '');
        return `  - ${i.path.join('.') || '(root)'}${from.has(key) ? ` (from ${from.get(key)})` : ''}: ${i.message}`;
      })
      .join('\n');
    throw new Error(`Invalid configuration (${fileName}, environment or flags):\n${problems}`);
  }
  return parsed.data;
}
