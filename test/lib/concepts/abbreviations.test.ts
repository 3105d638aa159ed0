import { describe, expect, it } from 'vitest';
import { findAbbreviations, findBestLongForm, initialsLongForm, majorityLongForm, shortFormReading } from '../../../src/lib/concepts/abbreviations';

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

  it('reads an X that abbreviates ex-, as in XML and XP', () => {
    expect(findAbbreviations('This paper discusses the impact analysis of the Extensible Markup Language (XML). Each partner gains.')).toEqual([{ short: 'XML', long: 'Extensible Markup Language' }]);
    expect(findAbbreviations('We present an automatic eXtensible Markup Language (XML)-based framework.')).toEqual([{ short: 'XML', long: 'eXtensible Markup Language' }]);
    expect(findAbbreviations('Teams that practise extreme programming (XP) ship often; XML (Extensible Markup Language) files.')).toEqual([
      { short: 'XP', long: 'extreme programming' },
      { short: 'XML', long: 'Extensible Markup Language' },
    ]);
    // Only an X stands for ex-.
    expect(findAbbreviations('an expert system (ES) shell and the exact match (EM) rule')).toEqual([
      { short: 'ES', long: 'expert system' },
      { short: 'EM', long: 'exact match' },
    ]);
  });

  it('leaves out a last word for a kind of thing that the short form does not spell', () => {
    expect(findAbbreviations('Neural network models (NN) predict fatigue life of welded joints.')).toEqual([{ short: 'NN', long: 'Neural network' }]);
    expect(findAbbreviations('It is faster than the direct maximum likelihood method (ML, Newton-Raphson) for large samples.')).toEqual([{ short: 'ML', long: 'maximum likelihood' }]);
    // A word that is part of the name stays, spelled or not.
    expect(findAbbreviations('Phones use the global system for mobile communications (GSM) and tumor necrosis factor alpha (TNF) rises.')).toEqual([
      { short: 'GSM', long: 'global system for mobile communications' },
      { short: 'TNF', long: 'tumor necrosis factor alpha' },
    ]);
    expect(findAbbreviations('Neural networks (NN) forecast loads; the finite element method (FEM) is used.')).toEqual([
      { short: 'NN', long: 'Neural networks' },
      { short: 'FEM', long: 'finite element method' },
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

describe('long forms spelled by word initials', () => {
  it('prefers initials over letters found inside words', () => {
    // Plain Schwartz–Hearst stops at "Policy Optimization" (the second P inside "oPtimization").
    expect(findAbbreviations('trained with Proximal Policy Optimization (PPO).')).toEqual([{ short: 'PPO', long: 'Proximal Policy Optimization' }]);
    // ...and at "Informatics" (I, O and I all inside one word).
    expect(findAbbreviations('the 2024 International Olympiad in Informatics (IOI).')).toEqual([
      { short: 'IOI', long: 'International Olympiad in Informatics' },
    ]);
  });

  it('lets function words and hyphenated parts take part', () => {
    expect(initialsLongForm('RLHF', 'we use Reinforcement Learning from Human Feedback')).toBe('Reinforcement Learning from Human Feedback');
    expect(initialsLongForm('CPS', 'specifications of Cyber-Physical Systems')).toBe('Cyber-Physical Systems');
    expect(initialsLongForm('QoS', 'the quality of service')).toBe('quality of service');
    expect(initialsLongForm('LLMs', 'large language models')).toBe('large language models');
  });

  it('gives up when the initials do not spell the short form', () => {
    expect(initialsLongForm('FEM', 'a finite elements approach')).toBeNull();
    expect(initialsLongForm('OF', 'of the foo')).toBeNull();
    expect(findAbbreviations('a multi-step matrix game (MSMG) is adopted')).toEqual([{ short: 'MSMG', long: 'multi-step matrix game' }]);
  });
});

describe('shortFormReading', () => {
  const votes = new Map([['maximum power', 2], ['median partitioning', 1]]);
  const none = () => false;

  it("is the paper's own definition first", () => {
    expect(shortFormReading('median partitioning', votes, none, none)).toBe('median partitioning');
  });
  it('is the long form the paper writes out, else the majority one, else nothing', () => {
    expect(shortFormReading(undefined, votes, (l) => l === 'median partitioning', none)).toBe('median partitioning');
    expect(shortFormReading(undefined, votes, none, none)).toBe('maximum power');
    expect(shortFormReading(undefined, new Map([['maximum power', 1], ['median partitioning', 1]]), none, none)).toBeUndefined();
    expect(shortFormReading(undefined, undefined, none, none)).toBeUndefined();
  });
  it('takes a single definition only where the paper writes a word of its long form', () => {
    const once = new Map([['region of interest', 1]]);
    // "ROI is king" in a finance paper: return on investment, no region and no interest.
    expect(shortFormReading(undefined, once, none, (w) => ['software', 'return', 'investment'].includes(w))).toBeUndefined();
    // "of" is not a word of the long form's meaning.
    expect(shortFormReading(undefined, once, none, (w) => w === 'of')).toBeUndefined();
    expect(shortFormReading(undefined, once, none, (w) => ['region', 'image'].includes(w))).toBe('region of interest');
    expect(shortFormReading(undefined, new Map([['region of interest', 2]]), none, none)).toBe('region of interest');
  });
  it('needs more than half of the definitions for a majority', () => {
    expect(majorityLongForm(new Map([['a', 2], ['b', 1], ['c', 1]]))).toBeUndefined();
    expect(majorityLongForm(new Map([['a', 3], ['b', 1], ['c', 1]]))).toBe('a');
  });
});

describe('findAbbreviations with square brackets (review 9 M5)', () => {
  it('reads a definition in square brackets, NEJM style, in order with those in parentheses', () => {
    const text =
      'Patients with chronic kidney disease (CKD) died less often (age-adjusted rate ratio, 0.83; 95% confidence interval [CI], 0.75 to 0.93), ' +
      'with a hazard ratio [HR] of 0.75.';
    expect(findAbbreviations(text)).toEqual([
      { short: 'CKD', long: 'chronic kidney disease' },
      { short: 'CI', long: 'confidence interval' },
      { short: 'HR', long: 'hazard ratio' },
    ]);
  });

  it('never reads a citation as one', () => {
    expect(findAbbreviations('Policy gradients [12] and trust regions [3-5], as in Sutton [11, 12, 37].')).toEqual([]);
  });
});
