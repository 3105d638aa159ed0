import { describe, expect, it } from 'vitest';
import { parseOverrides, unknownPaperWarnings } from '../../../src/lib/concepts/overrides';
import { LocatedError } from '../../../src/lib/model/source';

describe('parseOverrides', () => {
  it('reads every section', () => {
    const o = parseOverrides(
      [
        '# corrections',
        'merge:',
        '  - [retrieval-augmented generation, RAG]',
        '  - - world model',
        '    - world simulator',
        'ban: [benchmark, state of the art]',
        'rename:',
        '  large language model: Large language models',
        'pin:',
        '  my-paper: [transformer]',
        '  __proto__: self-attention',
        'remove:',
        '  my-paper:',
        '    - sequence transduction',
      ].join('\n'),
      'content/concepts.yaml',
    );
    expect(o.merge).toEqual([
      ['retrieval-augmented generation', 'RAG'],
      ['world model', 'world simulator'],
    ]);
    expect(o.ban).toEqual(['benchmark', 'state of the art']);
    expect([...o.rename]).toEqual([['large language model', 'Large language models']]);
    expect(o.pin.get('my-paper')).toEqual(['transformer']);
    expect(o.pin.get('__proto__')).toEqual(['self-attention']);
    expect(o.remove.get('my-paper')).toEqual(['sequence transduction']);
  });

  it('accepts an empty file and empty sections', () => {
    expect(parseOverrides('', 'c.yaml').merge).toEqual([]);
    expect(parseOverrides('# nothing yet\n', 'c.yaml').ban).toEqual([]);
    expect(parseOverrides('ban:\nmerge:\n', 'c.yaml').ban).toEqual([]);
  });

  const located = (text: string) => {
    try {
      parseOverrides(text, 'content/concepts.yaml');
    } catch (e) {
      expect(e).toBeInstanceOf(LocatedError);
      return { line: (e as LocatedError).line, message: (e as Error).message };
    }
    throw new Error('expected a LocatedError');
  };

  it('names file, line and what was expected', () => {
    expect(located('merge:\n  - [a, b]\nbann:\n  - x\n')).toMatchObject({ line: 3, message: expect.stringMatching(/^content\/concepts\.yaml:3: unknown section "bann"/) });
    expect(located('merge:\n  - [only-one]\n')).toMatchObject({ line: 2, message: expect.stringContaining('at least two') });
    expect(located('ban:\n  - ok\n  - {a: 1}\n')).toMatchObject({ line: 3, message: expect.stringContaining('expected a phrase') });
    expect(located('rename:\n  - a\n')).toMatchObject({ message: expect.stringContaining('mapping of concept: label') });
    expect(located('pin: [a]\n')).toMatchObject({ line: 1, message: expect.stringContaining('paper slug') });
    expect(located('merge: [a, b\n')).toMatchObject({ message: expect.stringContaining('invalid YAML') });
    expect(located('ban:\n\t- a\n')).toEqual({ line: 2, message: 'content/concepts.yaml:2: invalid YAML: Tabs are not allowed as indentation' });
    expect(located('ban:\n  - a\n  - "b\n')).toEqual({ line: 3, message: 'content/concepts.yaml:3: invalid YAML: Missing closing "quote' });
    expect(located("rename:\n  a: 'x\n  b: y\n")).toMatchObject({ line: 2, message: expect.stringMatching(/invalid YAML: Missing closing 'quote$/) });
    expect(located('- just\n- a list\n')).toMatchObject({ line: 1, message: expect.stringContaining('expected a mapping') });
  });
});

describe('unknownPaperWarnings', () => {
  it('warns, with its line, about a pin or remove entry naming a paper no paper is', () => {
    const o = parseOverrides(['pin:', '  real-paper: [transformer]', '  typo-paper: [attention]', 'remove:', '  gone-paper: [benchmark]', ''].join('\n'), 'my/concepts.yaml');
    const warnings = unknownPaperWarnings(o, 'my/concepts.yaml', new Set(['real-paper']));
    expect(warnings.map((w) => [w.file, w.line, w.severity])).toEqual([
      ['my/concepts.yaml', 3, 'warning'],
      ['my/concepts.yaml', 5, 'warning'],
    ]);
    expect(warnings[0]!.reason).toMatch(/`pin` names the paper "typo-paper", but no paper has that slug/);
    expect(warnings[1]!.reason).toMatch(/`remove` names the paper "gone-paper"/);
  });

  it('says nothing when every entry names a paper', () => {
    const o = parseOverrides('pin:\n  real-paper: [transformer]\n', 'concepts.yaml');
    expect(unknownPaperWarnings(o, 'concepts.yaml', new Set(['real-paper']))).toEqual([]);
  });
});
