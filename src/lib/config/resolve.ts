import { atlasConfigSchema, ENV_KEYS, type AtlasConfig } from './schema';

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
  const merged: Record<string, unknown> = { ...(file as Record<string, unknown> | undefined) };
  for (const [envKey, key] of Object.entries(ENV_KEYS)) {
    const value = env[envKey];
    if (value !== undefined && value !== '') merged[key] = value;
  }
  for (const [key, value] of Object.entries(flags)) {
    if (value !== undefined) merged[key] = value;
  }
  const parsed = atlasConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration (${fileName}, environment or flags):\n${problems}`);
  }
  return parsed.data;
}
