import { describe, expect, it } from 'vitest';
import { background } from '../../../src/lib/concepts/background';
import { acceptableTag, readableLabel, readableLongForm } from '../../../src/lib/concepts/readable-tags';

const bg = background();

describe('readable labels', () => {
  it('are four words at most, without clause punctuation, a stray full stop or a function word at an edge', () => {
    expect(readableLabel('policy gradient methods')).toBe(true);
    expect(readableLabel('deep reinforcement learning for robot control')).toBe(false);
    expect(readableLabel('Number field K.')).toBe(false);
    expect(readableLabel('agents, tools')).toBe(false);
    expect(readableLabel('of the model')).toBe(false);
    expect(readableLabel('Marbury v. Madison')).toBe(true);
  });

  it('are no verb and its object, unless the -ing word is known to modify', () => {
    expect(readableLabel('Enhancing large language models')).toBe(false);
    expect(readableLabel('sliding mode controller', true)).toBe(true);
  });

  it('may open a long form on a function word its short form spells', () => {
    expect(readableLongForm('a posteriori', 'AP')).toBe(true);
    expect(readableLongForm('In Situ Adaptive Tabulation', 'ISAT')).toBe(true);
    expect(readableLongForm('of the model', 'OM')).toBe(false);
  });
});

describe('acceptable tags', () => {
  it('take a letter joined by a hyphen, not a letter alone', () => {
    expect(acceptableTag('x ray diffraction', ['X-ray diffraction'], bg)).toBe(true);
    expect(acceptableTag('x axi', ['x axis'], bg)).toBe(false);
  });

  it('refuse a plural subject before its verb, a symbol and a word every paper uses', () => {
    expect(acceptableTag('llm answer question', ['LLMs answer questions'], bg)).toBe(false);
    expect(acceptableTag('omega', ['Omega'], bg)).toBe(false);
    expect(acceptableTag('cost', ['cost'], bg)).toBe(false);
    expect(acceptableTag('chess', ['chess'], bg)).toBe(true);
  });

  it('keep words that only look plural', () => {
    expect(acceptableTag('continu integr', ['continuous integration'], bg)).toBe(true);
  });
});
