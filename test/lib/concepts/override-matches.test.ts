import { describe, expect, it } from 'vitest';
import { extractConceptIndex } from '../../../src/lib/concepts/index';
import { parseOverrides, unmatchedOverrideWarnings } from '../../../src/lib/concepts/overrides';
import type { DocumentText } from '../../../src/lib/model/paper';

const docs: DocumentText[] = [
  {
    id: 'wavelet-coding',
    title: 'Wavelet image coding with a perceptual model',
    abstract: 'Wavelets give sparse image representations. We design a wavelet transform for image coding and compare it with the cosine transform.',
  },
  {
    id: 'wavelet-restoration',
    title: 'Restoration of archival documents using a wavelet technique',
    abstract: 'The wavelet transform separates ink from bleed-through. Image coding is not needed; edge detection on wavelets restores the text.',
  },
  {
    id: 'nn-loads',
    title: 'Load forecasting with neural networks',
    abstract: 'Neural networks (NN) forecast electric loads. The NN is trained by backpropagation on hourly loads.',
  },
  {
    id: 'nn-models',
    title: 'Neural net classifiers of fatigue',
    abstract: 'Neural net classifiers (NN) predict fatigue life of welded joints. The NN uses backpropagation.',
  },
  {
    id: 'nn-third',
    title: 'Neural networks and neural net classifiers for control',
    abstract: 'We compare neural networks with neural net classifiers in adaptive control of electric loads and fatigue.',
  },
];

const FILE = 'content/concepts.yaml';

function run(yaml: string) {
  const overrides = parseOverrides(yaml, FILE);
  const { index, unmatched } = extractConceptIndex(docs, { perPaper: 6, overrides });
  return { index, unmatched, warnings: unmatchedOverrideWarnings(overrides, FILE, unmatched) };
}

describe('concepts.yaml entries that change nothing', () => {
  it('are none when every entry meets the papers', () => {
    const { unmatched } = run(
      ['merge:', '  - [wavelet, wavelet transform]', 'ban:', '  - cosine transform', 'rename:', '  wavelets: Wavelets (all)', 'remove:', '  wavelet-coding: [image coding]', ''].join('\n'),
    );
    expect(unmatched).toEqual([]);
  });

  it('are each reported at their line, saying what they name and why they do nothing', () => {
    const { warnings } = run(
      [
        'rename:',
        '  nonexistent concept: Foo',
        'merge:',
        '  - [wavelet, nonexistent thing]',
        'remove:',
        '  wavelet-coding: [image coding, quantum gravity]',
        'ban:',
        '  - quantum entanglement',
        '',
      ].join('\n'),
    );
    expect(warnings.map((w) => [w.file, w.line, w.severity])).toEqual([
      [FILE, 2, 'warning'],
      [FILE, 4, 'warning'],
      [FILE, 8, 'warning'],
      [FILE, 6, 'warning'],
    ]);
    expect(warnings[0]!.reason).toMatch(/^`rename` names "nonexistent concept", but no concept is named so .*the entry does nothing$/);
    expect(warnings[1]!.reason).toMatch(/^`merge` joins "nonexistent thing" to "wavelet", but no paper's text has the phrase "nonexistent thing"/);
    expect(warnings[2]!.reason).toMatch(/^`ban` names "quantum entanglement", but no paper's text has that phrase/);
    expect(warnings[3]!.reason).toMatch(/^`remove` takes "quantum gravity" off the paper "wavelet-coding", but that paper's text has no such phrase/);
  });

  it('count a remove of a concept the paper writes as met, though no tag candidate of it names the concept: the links read it', () => {
    const withStorage = [...docs.slice(0, 2), { id: 'storage', title: 'Archive storage', abstract: 'We study archive storage costs, where image coding is a small part.' }];
    const removeFromStorage = (phrase: string) => extractConceptIndex(withStorage, { perPaper: 6, overrides: parseOverrides(`remove:\n  storage: [${phrase}]\n`, FILE) }).unmatched;
    // "Image coding" is a concept of the collection and the paper writes it: the entry takes the mention away.
    expect(removeFromStorage('image coding')).toEqual([]);
    // A concept the paper does not write, and a phrase it writes that is no concept, do nothing.
    expect(removeFromStorage('wavelet transform')).toEqual([{ section: 'remove', paper: 'storage', index: 0 }]);
    expect(removeFromStorage('small part')).toEqual([{ section: 'remove', paper: 'storage', index: 0 }]);
  });

  it('report a merge whose first phrase, which names the concept, is a mistyped name the papers use', () => {
    // Merged with the classifiers, the typo names the concept and its address: said, at the group's first phrase.
    const { warnings } = run('merge:\n  - [nueral networks, neural net classifiers]\n');
    expect(warnings).toEqual([
      { file: FILE, line: 2, severity: 'warning', reason: expect.stringMatching(/^`merge` names its concept "nueral networks", which no paper's text has, and which is a letter or two from "neural networks", a name the papers use: most likely that name mistyped/i) },
    ]);
    // A first phrase no paper writes that is no near miss is the user's own name for the concept, as before.
    expect(run('merge:\n  - [ANN models, neural net classifiers]\n').unmatched).toEqual([]);
  });

  it('count a ban of a phrase the papers have as met, though it would not have been a concept anyway', () => {
    // "Bleed-through" is in one paper only: without the ban it is no shared concept, but it is a candidate, so the
    // ban is the reason it is none.
    expect(run('ban: [bleed-through, ink]\n').unmatched).toEqual([]);
  });

  it('name the concepts an abbreviation the papers define in two ways could mean', () => {
    const { index, warnings } = run('rename:\n  NN: "Neural networks (NN)"\n');
    const nn = index.concepts.filter((c) => c.abbreviation === 'NN');
    expect(nn.map((c) => c.label).sort()).toEqual(['Neural net classifiers', 'Neural networks']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.line).toBe(2);
    for (const c of nn) expect(warnings[0]!.reason).toContain(`"${c.label}" (${c.id})`);
    expect(warnings[0]!.reason).toMatch(/an abbreviation the papers use for several concepts.*rename each by its id/);
  });

  it('leave an abbreviation that a merge made one concept to name that concept', () => {
    const { index, unmatched } = run('merge:\n  - [neural network, neural net classifier]\nrename:\n  NN: "Neural networks (NN)"\n');
    expect(unmatched).toEqual([]);
    expect(index.concepts.filter((c) => c.abbreviation === 'NN').map((c) => c.label)).toEqual(['Neural networks (NN)']);
  });

  it('make two merge groups that share a phrase one concept, named by the first group, and say so at the shared phrase', () => {
    const { index, warnings } = run('merge:\n  - [wavelet transform, image coding]\n  - [image coding, cosine transform]\n');
    const merged = index.concepts.find((c) => c.label === 'Wavelet transform');
    expect(merged?.aliases.map((a) => a.toLowerCase())).toEqual(expect.arrayContaining(['image coding', 'cosine transform']));
    // No concept of its own for the shared phrase, holding the second group's papers only (a user probe, session 54).
    expect(index.concepts.find((c) => c.label.toLowerCase() === 'image coding')).toBeUndefined();
    expect(warnings).toEqual([
      { file: FILE, line: 3, severity: 'warning', reason: expect.stringMatching(/^`merge` has "image coding" in this group and in the group of "wavelet transform" \(line 2\): the two groups are one concept/) },
    ]);
  });

  it('say nothing more of a shared phrase than that it joins two groups, whichever way round it stands', () => {
    const { warnings } = run('merge:\n  - [wavelet transform, image coding]\n  - [cosine transform, wavelet transform]\n');
    expect(warnings).toEqual([
      { file: FILE, line: 3, severity: 'warning', reason: expect.stringMatching(/^`merge` has "wavelet transform" in this group and in the group of "wavelet transform" \(line 2\)/) },
    ]);
  });

  it('name, for a ban of a merged concept, the group that holds the banned phrase and every phrase joined to it', () => {
    const { warnings } = run('merge:\n  - [wavelet transform, image coding]\n  - [image coding, cosine transform]\nban:\n  - cosine transform\n');
    const ban = warnings.find((w) => w.line === 5);
    expect(ban?.reason).toMatch(/^`ban` names "cosine transform", which `merge` \(line 3\) makes one concept with "wavelet transform", "image coding": the ban takes all of them/);
  });

  it('say that a ban of a phrase a merge group holds bans the whole group', () => {
    const { index, warnings } = run('merge:\n  - [wavelet transform, image coding]\nban:\n  - wavelet transform\n');
    expect(index.concepts.filter((c) => /wavelet transform|image coding/i.test([c.label, ...c.aliases].join(' ')))).toEqual([]);
    expect(warnings).toEqual([
      { file: FILE, line: 4, severity: 'warning', reason: expect.stringMatching(/^`ban` names "wavelet transform", which `merge` \(line 2\) makes one concept with "image coding": the ban takes all of them/) },
    ]);
  });

  it('say so of a rename that gives one concept a second label, or two concepts one label', () => {
    // By a spelling and by its id: one concept.
    const twice = run('rename:\n  image coding: Coding\n  image-coding: Image coding (IC)\n');
    expect(twice.index.concepts.find((c) => c.id === 'image-coding')?.label).toBe('Image coding (IC)');
    expect(twice.warnings).toEqual([
      { file: FILE, line: 3, severity: 'warning', reason: expect.stringMatching(/^`rename` names the concept that "image coding" \(line 2\) renames already: this later label, "Image coding \(IC\)", is the one used/) },
    ]);
    // The label of a concept not renamed.
    const existing = run('rename:\n  image coding: Wavelets\n');
    expect(existing.warnings).toEqual([
      { file: FILE, line: 2, severity: 'warning', reason: expect.stringMatching(/^`rename` gives "Wavelets" to the concept "image coding" names, which is the label of another concept \(wavelet\)/) },
    ]);
    const shared = run('rename:\n  cosine transform: Transforms\n  image coding: transforms\n');
    expect(shared.warnings).toEqual([
      { file: FILE, line: 3, severity: 'warning', reason: expect.stringMatching(/^`rename` gives "transforms" to the concept "image coding" names and to the one "cosine transform" \(line 2\) names: two concepts, two pages of one name/) },
    ]);
  });

  it('say so of a merge phrase that names the first phrase’s concept already', () => {
    const { warnings } = run('merge:\n  - [wavelet, Wavelets]\n');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.reason).toMatch(/both name the same concept already/);
  });
});

describe('a merge group', () => {
  const controllers: DocumentText[] = [
    { id: 'a', title: 'A fuzzy controller for inverted pendulums', abstract: 'The fuzzy controller balances the pendulum. A fuzzy controller with six rules suffices.' },
    { id: 'b', title: 'Tuning a fuzzy controller by genetic search', abstract: 'Genetic search tunes the fuzzy controller of a crane; the fuzzy controller is stable.' },
    { id: 'c', title: 'A fuzzy logic controller for power filters', abstract: 'A fuzzy logic controller drives the shunt filter and regulates the pendulum of a crane.' },
  ];

  it('is the first phrase’s concept: its id and label, the others’ forms as aliases', () => {
    const overrides = parseOverrides('merge:\n  - [fuzzy logic controller, fuzzy controller]\n', FILE);
    const { index } = extractConceptIndex(controllers, { perPaper: 6, overrides });
    const c = index.concepts.find((x) => x.aliases.some((a) => a.toLowerCase() === 'fuzzy controller'));
    expect(c).toMatchObject({ id: 'fuzzy-logic-controller', label: 'Fuzzy logic controller' });
    expect(c!.papers.sort()).toEqual(['a', 'b', 'c']);
  });

  it('takes its name as written when the papers never use the first phrase', () => {
    const overrides = parseOverrides('merge:\n  - [FLC design, fuzzy controller, fuzzy logic controller]\n', FILE);
    const { index } = extractConceptIndex(controllers, { perPaper: 6, overrides });
    expect(index.concepts.find((x) => x.aliases.some((a) => a.toLowerCase() === 'fuzzy controller'))).toMatchObject({ id: 'flc-design', label: 'FLC design' });
  });
});
