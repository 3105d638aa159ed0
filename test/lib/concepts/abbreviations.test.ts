import { describe, expect, it } from 'vitest';
import { findAbbreviations, findBestLongForm } from '../../../src/lib/concepts/abbreviations';

describe('findBestLongForm (Schwartz–Hearst)', () => {
  it('finds the classic examples of the paper', () => {
    expect(findBestLongForm('HSF', 'Heat shock transcription factor')).toBe('Heat shock transcription factor');
    expect(findBestLongForm('HNF4', 'activation of hepatocyte nuclear factor 4')).toBe('hepatocyte nuclear factor 4');
    expect(findBestLongForm('alpha-MSH', 'the alpha-melanocyte stimulating hormone')).toBe(
      'alpha-melanocyte stimulating hormone',
    );
  });

  it('needs the first letter at the start of a word', () => {
    // "t" occurs inside "dataset" but no word starts with it.
    expect(findBestLongForm('TD', 'a dataset')).toBeNull();
  });
});

describe('findAbbreviations', () => {
  it('pairs long and short forms written "long form (SF)"', () => {
    expect(
      findAbbreviations('We combine retrieval-augmented generation (RAG) with large language models (LLMs).'),
    ).toEqual([
      { short: 'RAG', long: 'retrieval-augmented generation' },
      { short: 'LLMs', long: 'large language models' },
    ]);
  });

  it('reads the reverse order "SF (long form)"', () => {
    expect(findAbbreviations('The MSH (melanocyte stimulating hormone) level rose.')).toEqual([
      { short: 'MSH', long: 'melanocyte stimulating hormone' },
    ]);
  });

  it('takes the part before a comma or semicolon and keeps long forms inside their sentence', () => {
    expect(findAbbreviations('Reinforcement learning from human feedback (RLHF; Ouyang et al.) helps.')).toEqual([
      { short: 'RLHF', long: 'Reinforcement learning from human feedback' },
    ]);
    // "good data" would fit GD, but it belongs to the previous sentence.
    expect(findAbbreviations('We saw good data. Models (GD) failed.')).toEqual([]);
  });

  it('ignores parentheses that are not abbreviations', () => {
    expect(findAbbreviations('the error (p < 0.05) and the result (see Fig. 3) and (i) first')).toEqual([]);
  });
});

describe('findAbbreviations: glosses and list markers', () => {
  it('takes no lowercase word in parentheses for a short form', () => {
    expect(findAbbreviations('The templates are extended by implications (logical) and sequences (topical).')).toEqual([]);
    expect(findAbbreviations('This paper reviews (i) what is meant by learning in the UHIMI context (ii) the theories.')).toEqual([]);
  });

  it('reads a comma inside a long form as a space between two modifiers', () => {
    expect(findAbbreviations('Linear, parameter-varying (LPV) control of an engine.')).toEqual([{ short: 'LPV', long: 'Linear parameter-varying' }]);
  });
});
