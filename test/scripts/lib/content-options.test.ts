import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { asksForHelp, configFlags, CONTENT_OPTIONS, describeArgumentError, settingsProblem } from '../../../scripts/lib/content-options';

/** The message the content stage prints for these arguments, from the error Node's parser throws. */
function messageFor(args: string[], command?: string): string | undefined {
  try {
    parseArgs({ args, options: CONTENT_OPTIONS, allowPositionals: false });
  } catch (error) {
    return describeArgumentError(error, command, args, {});
  }
  return 'parsed';
}

describe('describeArgumentError (review 20 M4: a stack trace for a mistyped flag)', () => {
  it('names an unknown flag and the one most likely meant', () => {
    expect(messageFor(['--titel', 'Lab'])).toBe('unknown option --titel (did you mean --title?); run `npm run content -- --help` for the options');
    expect(messageFor(['--colour'])).toBe('unknown option --colour; run `npm run content -- --help` for the options');
  });
  it('explains a bare word as npm\'s slip of leaving out the lone --', () => {
    expect(messageFor(['refs.bib'])).toMatch(/^unexpected argument "refs\.bib": .*`npm run content -- --input refs\.bib`/);
  });
  it('says a flag needs a value, or takes none', () => {
    expect(messageFor(['--input'])).toBe('--input needs a value, as in `--input <value>`');
    expect(messageFor(['--quiet=yes'])).toBe('--quiet takes no value');
  });
  it('gives a negative number apart from its flag the message it gets joined to it (probe 13a)', () => {
    // It said "--related needs a value", though one was given.
    expect(messageFor(['--related', '-3'])).toBe(settingsProblem(['--related=-3'], 'content', {}));
    expect(messageFor(['--related', '-3'])).toMatch(/relatedPerPaper \(from --related on the command line, given "-3"\): expected a whole number from 0 to 50/);
    expect(messageFor(['--input', 'a.bib', '--concepts-per-paper', '-1'])).toMatch(/conceptsPerPaper .*given "-1"/);
  });
  it('says how to give another value that starts with a dash, and that a flag in its place leaves the value out', () => {
    expect(messageFor(['--title', '-Lab-'])).toBe('--title -Lab-: a value that starts with - is taken for an option unless it is joined to its flag, as in `--title=-Lab-`');
    expect(messageFor(['--related', '-0'])).toMatch(/^--related -0: .*`--related=-0`/);
    expect(messageFor(['--input', '--quiet'])).toBe('--input needs a value, as in `--input <value>`');
  });
  it('names the npm script it was given, so that `npm run build` points to its own --help (probe 13c)', () => {
    expect(messageFor(['--titel', 'Lab'], 'build')).toBe('unknown option --titel (did you mean --title?); run `npm run build -- --help` for the options');
  });
  it('leaves arguments it can read alone', () => {
    expect(messageFor(['--title', 'Lab', '--quiet'])).toBe('parsed');
  });
});

describe('asksForHelp', () => {
  it('finds --help among other arguments, even ones the content stage would refuse', () => {
    expect(asksForHelp(['--help'])).toBe(true);
    expect(asksForHelp(['--input', 'refs.bib', '--help'])).toBe(true);
    expect(asksForHelp(['--titel', 'Lab', '--help'])).toBe(true);
  });
  it('is false without it, and for a --help that is another flag\'s value', () => {
    expect(asksForHelp([])).toBe(false);
    expect(asksForHelp(['--input', 'refs.bib'])).toBe(false);
    expect(asksForHelp(['--title', '--help'])).toBe(false);
  });
});

describe('settingsProblem (what `npm run build` checks before it starts a step)', () => {
  it('is undefined for arguments and settings the content stage takes', () => {
    expect(settingsProblem(['--title', 'Lab', '--related', '3'], 'build', {})).toBeUndefined();
    expect(settingsProblem([], 'build', { ATLAS_PAPERS_PER_PAGE: '40', SITE_URL: 'https://owner.github.io', BASE_PATH: '/repo/' })).toBeUndefined();
  });
  it('names a bad setting from the environment, the file or a flag, as the content stage does (probe 10)', () => {
    expect(settingsProblem([], 'build', { ATLAS_PAPERS_PER_PAGE: 'abc' })).toMatch(/^Invalid configuration .*\n {2}- papersPerPage \(from the environment's ATLAS_PAPERS_PER_PAGE, given "abc"\)/);
    expect(settingsProblem(['--related', '0x10'], 'build', {})).toMatch(/relatedPerPaper \(from --related on the command line, given "0x10"\)/);
    expect(settingsProblem(['--input', ''], 'build', {})).toMatch(/input\.0 \(from --input on the command line, given ""\): is empty/);
  });
  it('describes an unknown flag with the command it was given to (probe 13c)', () => {
    expect(settingsProblem(['--colour'], 'build', {})).toBe('unknown option --colour; run `npm run build -- --help` for the options');
  });
});

describe('configFlags', () => {
  it('hands the flags on as typed, leaving out those not given', () => {
    const { values } = parseArgs({ args: ['--input', 'a.bib', '--input', 'b.bib', '--related', '4', '--content-dir', 'lab'], options: CONTENT_OPTIONS });
    expect(Object.fromEntries(Object.entries(configFlags(values)).filter(([, v]) => v !== undefined))).toEqual({ input: ['a.bib', 'b.bib'], relatedPerPaper: '4', contentDir: 'lab' });
  });
});
