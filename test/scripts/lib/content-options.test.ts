import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { asksForHelp, CONTENT_OPTIONS, describeArgumentError } from '../../../scripts/lib/content-options';

/** The message the content stage prints for these arguments, from the error Node's parser throws. */
function messageFor(args: string[]): string | undefined {
  try {
    parseArgs({ args, options: CONTENT_OPTIONS, allowPositionals: false });
  } catch (error) {
    return describeArgumentError(error);
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
