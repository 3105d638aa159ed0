/**
 * The content stage's command-line options, in one place: `npm run content` parses them, and `npm run build`
 * (which hands its arguments to that stage) reads from them the settings the later steps need too.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadAtlasConfig } from '../../src/lib/config/load';
import type { ConfigSources } from '../../src/lib/config/resolve';
import { likelyMeant } from '../../src/lib/config/suggest';

export const CONTENT_OPTIONS = {
  input: { type: 'string', multiple: true },
  'on-error': { type: 'string' },
  untitled: { type: 'string' },
  'content-dir': { type: 'string' },
  'concepts-per-paper': { type: 'string' },
  related: { type: 'string' },
  title: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const satisfies ParseArgsConfig['options'];

/** The content stage's options as `--help` lists them, for `npm run content` and `npm run build` alike. */
export const CONTENT_OPTIONS_HELP = `  --input PATH          a file or folder to read (repeatable); default: <content-dir>/sources
  --on-error skip|stop  a record that cannot be read is skipped with a warning (default) or stops the run
  --untitled skip|from-abstract
                        a record with an abstract but no title is not read (default) or is titled by a
                        sentence of its abstract, with a warning
  --content-dir DIR     where to write (default: content, or ATLAS_CONTENT_DIR)
  --concepts-per-paper N, --related N, --title TEXT
  --quiet               only the summary
  --force               run every stage even when the inputs, settings and code are those of the last run
                        and the content folder is as it left it (such a run is otherwise skipped)
`;

/**
 * Whether the arguments ask for the options (`--help`). The build must answer it itself: handed on, the
 * content stage prints them and exits 0, and the build went on to build the site from the last content.
 */
export function asksForHelp(args: readonly string[]): boolean {
  try {
    return parseArgs({ args: [...args], options: CONTENT_OPTIONS, strict: false, allowPositionals: true }).values.help === true;
  } catch {
    return false;
  }
}

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

type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * The settings the content stage's flags give, for `loadAtlasConfig`. The counts stay text, for the settings to
 * read as decimal digits only (`Number` took `--related 0x10` for 16 and `--related ""` for 0).
 */
export function configFlags(values: ParsedValues): NonNullable<ConfigSources['flags']> {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    input: Array.isArray(values.input) ? values.input.filter((v) => typeof v === 'string') : undefined,
    onError: text(values['on-error']),
    untitled: text(values.untitled),
    contentDir: text(values['content-dir']),
    conceptsPerPaper: text(values['concepts-per-paper']),
    relatedPerPaper: text(values.related),
    title: text(values.title),
  };
}

/**
 * What is wrong with a build's arguments and settings, in the words the content stage would use, or undefined.
 * `npm run build` asks before it starts anything: Astro, started beside the content stage, read the same bad
 * setting and printed it first, with a stack trace.
 */
export function settingsProblem(args: readonly string[], command: string, env: Record<string, string | undefined> = process.env): string | undefined {
  let values: ParsedValues;
  try {
    ({ values } = parseArgs({ args: [...args], options: CONTENT_OPTIONS, allowPositionals: false }));
  } catch (error) {
    return describeArgumentError(error, command, args, env) ?? (error instanceof Error ? error.message : String(error));
  }
  try {
    loadAtlasConfig(env, configFlags(values));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return undefined;
}

/**
 * The message for a value that starts with a dash given apart from its flag (`--related -3`), which Node's
 * parser refuses as ambiguous: the settings' own message where the value is a number (as `--related=-3` gets),
 * else how to give it.
 */
function dashValueProblem(flag: string, args: readonly string[], env: Record<string, string | undefined>): string | undefined {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: CONTENT_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  } catch {
    return undefined;
  }
  const token = parsed.tokens.find((t) => t.kind === 'option' && t.rawName === flag && !t.inlineValue && typeof t.value === 'string' && t.value.startsWith('-'));
  const value = token?.kind === 'option' ? token.value : undefined;
  // `--input --quiet`: the value was left out, and the next flag is no value that starts with a dash.
  if (value === undefined || value.startsWith('--')) return undefined;
  if (/^-\d/.test(value)) {
    try {
      loadAtlasConfig(env, configFlags(parsed.values));
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  return `${flag} ${value}: a value that starts with - is taken for an option unless it is joined to its flag, as in \`${flag}=${value}\``;
}

/**
 * A short message for arguments the content stage cannot read, in place of Node's `ERR_PARSE_ARGS_*` error
 * and stack: the unknown flag with the one most likely meant (`--titel` → `--title`), or a bare word, which
 * is most often npm's own slip (`npm run content --input x` hands the stage `x` alone; the flags go after `--`).
 * `args` are the arguments that were parsed (the process's own by default), `command` the npm script's name.
 */
export function describeArgumentError(
  error: unknown,
  command = 'content',
  args: readonly string[] = process.argv.slice(2),
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1];
  const flags = Object.keys(CONTENT_OPTIONS).map((name) => `--${name}`);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted !== undefined) {
    const meant = likelyMeant(quoted, flags);
    return `unknown option ${quoted}${meant ? ` (did you mean ${meant}?)` : ''}; run \`npm run ${command} -- --help\` for the options`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && quoted !== undefined) {
    return `unexpected argument ${JSON.stringify(quoted)}: every option starts with --, and npm passes them on only after a lone --, as in \`npm run ${command} -- --input ${quoted}\``;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = /--[a-z-]+/.exec(message)?.[0];
    const dashValue = flag === undefined ? undefined : dashValueProblem(flag, args, env);
    if (dashValue !== undefined) return dashValue;
    return flag !== undefined && CONTENT_OPTIONS[flag.slice(2) as keyof typeof CONTENT_OPTIONS]?.type === 'string'
      ? `${flag} needs a value, as in \`${flag} <value>\``
      : `${flag ?? 'an option'} takes no value`;
  }
  return undefined;
}
