import { describe, expect, it } from 'vitest';
import { findAbbreviations, findBestLongForm, initialsLongForm, majorityLongForm, sharedUndefined, shortFormReading, wordsAfterPercentages } from '../../../src/lib/concepts/abbreviations';
import { extractConcepts } from '../../../src/lib/concepts/index';
import { findConceptMentions } from '../../../src/lib/graph/concept-mentions';

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

  it('takes no long form whose article lent the short form a letter (review 11: "The p53 tumour suppressor gene (TP53)")', () => {
    expect(findAbbreviations('The p53 tumour suppressor gene (TP53) integrates numerous signals.')).toEqual([]);
    expect(findAbbreviations('We study an actor network (AAN) of agents.')).toEqual([]);
    // An article before a long form that spells the short form without it stays outside it.
    expect(findAbbreviations('The proximal policy optimization (PPO) method is stable.')).toEqual([{ short: 'PPO', long: 'proximal policy optimization' }]);
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
  const all = () => true;

  it("is the paper's own definition first", () => {
    expect(shortFormReading('median partitioning', votes, none, none, none, none)).toBe('median partitioning');
  });
  it('is the long form the paper writes out, else the majority one in its context, else nothing', () => {
    const near = (l: string) => l === 'maximum power';
    expect(shortFormReading(undefined, votes, (l) => l === 'median partitioning', none, near, none)).toBe('median partitioning');
    expect(shortFormReading(undefined, new Map([['maximum power', 1]]), (l) => l === 'maximum power', none, none, none)).toBe('maximum power');
    expect(shortFormReading(undefined, votes, none, none, near, none)).toBe('maximum power');
    expect(shortFormReading(undefined, new Map([['maximum power', 1], ['median partitioning', 1]]), none, all, all, none)).toBeUndefined();
    expect(shortFormReading(undefined, undefined, none, all, all, none)).toBeUndefined();
  });
  it('takes the majority definition only where the paper is about what its definers are about (review 18 H1)', () => {
    // "US" (ultrasound, defined twice) in a ballot-box paper is the United States.
    const twice = new Map([['ultrasound', 2]]);
    expect(shortFormReading(undefined, twice, none, all, none, none)).toBeUndefined();
    expect(shortFormReading(undefined, twice, none, none, (l) => l === 'ultrasound', none)).toBe('ultrasound');
  });
  it('takes a single definition only where the paper is about what its definer is about and writes a word of its long form', () => {
    const once = new Map([['region of interest', 1]]);
    const near = (l: string) => l === 'region of interest';
    // "ROI is king" in a finance paper that writes "interest": return on investment, far from the imaging paper.
    expect(shortFormReading(undefined, once, none, (w) => ['return', 'interest'].includes(w), none, none)).toBeUndefined();
    // Near, but no word of the long form ("of" is none of its meaning).
    expect(shortFormReading(undefined, once, none, (w) => w === 'of', near, none)).toBeUndefined();
    expect(shortFormReading(undefined, once, none, (w) => ['region', 'image'].includes(w), near, none)).toBe('region of interest');
  });
  it('takes a single definition where the paper is about what its definer is about and another paper of that sense writes the letters undefined (probe 56: "QCD")', () => {
    const once = new Map([['quantum chromodynamics', 1]]);
    const near = (l: string) => l === 'quantum chromodynamics';
    // A lattice paper that writes "QCD" but neither "quantum" nor "chromodynamics".
    expect(shortFormReading(undefined, once, none, none, near, none)).toBeUndefined();
    expect(shortFormReading(undefined, once, none, none, near, none, near)).toBe('quantum chromodynamics');
    // Shared, but not about what the definer is about.
    expect(shortFormReading(undefined, once, none, none, none, none, all)).toBeUndefined();
  });
  it('counts a sense as shared by two papers that do not define the short form, where the collection is wider than a neighbourhood', () => {
    const using = () => new Set([0, 3, 7, 9]);
    const letters = (doc: number) => doc !== 9;
    expect(sharedUndefined('QCD', 100, 40, using, [0], letters)).toBe(true);
    expect(sharedUndefined('QCD', 100, 40, using, [0, 3], letters)).toBe(false);
    // Paper 9 writes the long form out, not the letters: it says nothing of how the field uses them.
    expect(sharedUndefined('QCD', 100, 40, using, [0, 3], () => true)).toBe(true);
    // Two letters are the initials of too many names.
    expect(sharedUndefined('EU', 100, 40, using, [0], letters)).toBe(false);
    // In 41 papers every paper is among every other's 40 nearest: nearness says nothing, and the sense is not asked.
    expect(sharedUndefined('QCD', 41, 40, () => { throw new Error('asked'); }, [0], letters)).toBe(false);
  });
  it('takes a single definition where the paper writes the short form after a percentage, as the definition writes the long form (review 9: "95% CI")', () => {
    const once = new Map([['confidence interval', 1]]);
    const defined = (l: string) => l === 'confidence interval';
    expect(shortFormReading(undefined, once, none, none, none, defined)).toBe('confidence interval');
    expect(shortFormReading(undefined, once, none, none, none, none)).toBeUndefined();
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
      { short: 'CI', long: 'confidence interval', afterPercentage: true },
      { short: 'HR', long: 'hazard ratio' },
    ]);
  });

  it('says which long forms follow a percentage, and finds the words that do', () => {
    expect(findAbbreviations('a 20% return on investment (ROI) and the region of interest (ROI)')).toEqual([
      { short: 'ROI', long: 'return on investment', afterPercentage: true },
      { short: 'ROI', long: 'region of interest' },
    ]);
    expect(wordsAfterPercentages('hazard ratio, 0.86; 95.02% CI, 0.74 to 0.99; 24% (95 % CI 5 to 39%) of 12 patients')).toEqual(['CI', 'CI']);
  });

  it('never reads a citation as one', () => {
    expect(findAbbreviations('Policy gradients [12] and trust regions [3-5], as in Sutton [11, 12, 37].')).toEqual([]);
  });
});

describe('"95% CI" in trial reports that do not define it (review 9 M5)', () => {
  const papers = [
    {
      id: 'recovery',
      title: 'Dexamethasone in Hospitalized Patients with Covid-19',
      abstract:
        'In patients hospitalized with Covid-19, dexamethasone reduced 28-day mortality among those receiving invasive mechanical ventilation (age-adjusted rate ratio, 0.83; 95% confidence interval [CI], 0.75 to 0.93; P<0.001).',
    },
    {
      id: 'sprint',
      title: 'A Randomized Trial of Intensive versus Standard Blood-Pressure Control',
      abstract:
        'The primary composite outcome occurred less often with intensive treatment (hazard ratio with intensive treatment, 0.75; 95% CI, 0.64 to 0.89; P<0.001), and all-cause mortality was lower.',
    },
    {
      id: 'zinc',
      title: 'Zinc supplementation for acute diarrhoea',
      abstract: 'A randomized trial of 300 children compared zinc supplementation with placebo for acute diarrhoea; zinc shortened the episode by 0.7 days (95% CI 0.3 to 1.1).',
    },
  ];

  it('is the confidence interval one paper defines, in tags and in mentions', () => {
    const index = extractConcepts(papers, { perPaper: 8 });
    expect(index.concepts.find((c) => c.label === 'CI')).toBeUndefined();
    const ci = index.concepts.find((c) => /^confidence interval/i.test(c.label));
    expect(ci?.papers.slice().sort()).toEqual(['recovery', 'sprint', 'zinc']);
    const mentions = findConceptMentions(
      papers.map((p) => ({ slug: p.id, title: p.title, abstract: p.abstract })),
      [ci!],
      { written: index.phraseWords },
    );
    expect(mentions.get('zinc')?.get(ci!.id)).toBe(1);
  });

  it('is not the reading of a definition without a percentage before it (review 8 H2: ROI)', () => {
    const index = extractConcepts(
      [
        { id: 'roi-finance', title: 'Distribution software: ROI is king', abstract: 'Distributors report a 20% ROI on warehouse software within two years, and ROI drives purchasing.' },
        { id: 'roi-finance-2', title: 'Portal payback', abstract: 'Enterprise portals returned a 35% ROI in the first year for the firms surveyed.' },
        { id: 'imaging', title: 'Automatic segmentation of the hippocampus', abstract: 'We delineate the region of interest (ROI) in each magnetic resonance image before segmentation.' },
      ],
      { perPaper: 8 },
    );
    const roi = index.concepts.find((c) => /^region of interest/i.test(c.label));
    expect(roi?.papers).toEqual(['imaging']);
  });
});
