import { describe, expect, it } from 'vitest';
import { documentAnalysis } from '../../../src/lib/concepts/concept-analysis';
import { corpusAbbreviations } from '../../../src/lib/concepts/corpus-abbreviations';
import { identity } from '../../../src/lib/concepts/normalise';
import { fromAnalysis } from '../../../src/lib/concepts/ranked-document';
import { WordCase } from '../../../src/lib/concepts/word-case';

const idOf = (phrase: string) => identity(phrase);

function read(texts: { id: string; title: string; abstract: string }[]) {
  const wordCase = new WordCase();
  const analysed = texts.map((t) => fromAnalysis(t.id, documentAnalysis(t), wordCase, idOf));
  return corpusAbbreviations(texts, analysed, idOf);
}

describe("the collection's abbreviations", () => {
  const a = read([
    { id: 'a', title: 'Retrieval for language models', abstract: 'Retrieval-augmented generation (RAG) grounds answers in documents.' },
    { id: 'b', title: 'Agentic RAG', abstract: 'We let an agent decide when RAG retrieves.' },
    { id: 'c', title: 'Power tracking', abstract: 'We track the maximum power (MP) point of solar panels.' },
    { id: 'd', title: 'Median partitioning', abstract: 'Median partitioning (MP) splits the data. MP is fast.' },
  ]);
  const rag = idOf('RAG');
  const mp = idOf('MP');

  it("read a short form, and the short forms inside a phrase, by the collection's definitions", () => {
    expect(a.longIn(undefined, rag)).toBe(idOf('retrieval-augmented generation'));
    expect(a.expandIn(undefined, idOf('RAG pipelines'))).toBe(`${idOf('retrieval-augmented generation')} ${idOf('pipelines')}`);
    expect(a.expandIn(undefined, idOf('solar panels'))).toBe(idOf('solar panels'));
  });

  it('read a short form the paper defines as its own long form', () => {
    expect(a.ownLong[2]!.get(mp)).toBe(idOf('maximum power'));
    expect(a.longIn(2, mp)).toBe(idOf('maximum power'));
    expect(a.longIn(3, mp)).toBe(idOf('median partitioning'));
    // Two definitions, none a majority: the collection reads no long form.
    expect(a.shortToLong.has(mp)).toBe(false);
    expect(a.shortToLong.get(rag)).toBe(idOf('retrieval-augmented generation'));
  });

  it('know which phrases touch a defined short form, and each paper’s words', () => {
    expect(a.touchesShort(idOf('RAG pipelines'))).toBe(true);
    expect(a.touchesShort(idOf('solar panels'))).toBe(false);
    expect(a.textOf(1)).toContain(` ${rag} `);
    expect(a.defined.map((d) => d.short).sort()).toEqual(['MP', 'MP', 'RAG']);
  });
});

describe('long forms that open with the same two words', () => {
  it('are one name written two ways, pooled under the one whose initials spell the short form', () => {
    const a = read([
      { id: 'a', title: 'Dose planning', abstract: 'Intensity modulated radiation therapy (IMRT) spares organs.' },
      { id: 'b', title: 'Head and neck', abstract: 'Intensity-modulated radiotherapy (IMRT) is common.' },
      { id: 'c', title: 'Plans', abstract: 'Intensity-modulated radiotherapy (IMRT) plans are compared.' },
    ]);
    const canonical = idOf('intensity modulated radiation therapy');
    expect(a.sameName.get(idOf('intensity-modulated radiotherapy'))).toBe(canonical);
    expect(a.shortToLong.get(idOf('IMRT'))).toBe(canonical);
  });
});

describe("a paper's reading of a short form, found once", () => {
  // Paper 1 writes "MP" undefined; in the first collection it writes one long form out, in the second the other.
  const first = read([
    { id: 'a', title: 'Power tracking', abstract: 'We track the maximum power (MP) point of solar panels.' },
    { id: 'b', title: 'Trackers', abstract: 'The MP point moves; the maximum power drifts with the sun.' },
    { id: 'c', title: 'Median partitioning', abstract: 'Median partitioning (MP) splits the data.' },
  ]);
  const second = read([
    { id: 'a', title: 'Power tracking', abstract: 'We track the maximum power (MP) point of solar panels.' },
    { id: 'b', title: 'Splitting', abstract: 'MP splits data; median partitioning is fast.' },
    { id: 'c', title: 'Median partitioning', abstract: 'Median partitioning (MP) splits the data.' },
  ]);
  const mp = idOf('MP');

  it('gives each collection its own answer for the same paper and short form', () => {
    expect(first.longIn(1, mp)).toBe(idOf('maximum power'));
    expect(second.longIn(1, mp)).toBe(idOf('median partitioning'));
    expect(first.longIn(1, mp)).toBe(idOf('maximum power'));
  });

  it('answers alike when asked again, no reading included (undefined, not a marker)', () => {
    const lone = read([
      { id: 'a', title: 'Power tracking', abstract: 'We track the maximum power (MP) point of solar panels.' },
      { id: 'b', title: 'Ledgers', abstract: 'An MP signs the ledger of the parliament.' },
    ]);
    expect(lone.longIn(1, mp)).toBeUndefined();
    expect(lone.longIn(1, mp)).toBeUndefined();
    expect(lone.expandIn(1, `${mp} ${idOf('ledger')}`)).toBe(`${mp} ${idOf('ledger')}`);
  });
});

describe("a short form another paper's definition reads", () => {
  // Two papers define DFT as density functional theory; a third writes it bare about the same materials, and a
  // fourth about a signal's spectrum, where it is a discrete Fourier transform. The last shares only the words
  // any abstract writes ("method", "features", "performance", "results") with the definers.
  const a = read([
    {
      id: 'gaps',
      title: 'Band gaps of doped perovskite oxides',
      abstract:
        'We compute band gaps and defect formation energies of doped perovskite oxides with density functional theory (DFT). Hybrid functionals correct the gap of semilocal functionals. The results show that the method reproduces measured features with good performance.',
    },
    {
      id: 'water',
      title: 'Water on titania',
      abstract:
        'Adsorption of water on anatase surfaces is studied with density functional theory (DFT). Dissociation on oxygen vacancies is favoured. The method gives results whose features agree with the performance of experiments.',
    },
    {
      id: 'vacancies',
      title: 'Oxygen vacancy migration in perovskite oxides',
      abstract: 'Migration barriers of oxygen vacancies in perovskite oxides are computed with DFT and the nudged elastic band method. Defect formation energies decrease under strain.',
    },
    {
      id: 'emg',
      title: 'Myoelectric pattern recognition under changing conditions',
      abstract:
        'We compare time-domain features of surface electromyogram signals for prosthesis control. Features such as the DFT improve the performance of the classification method. The results hold for several arm positions.',
    },
    { id: 'traffic', title: 'Traffic flow', abstract: 'A cellular automaton models congestion on motorways with ramps.' },
    { id: 'catalog', title: 'Library catalogues', abstract: 'Catalogues of academic libraries move to discovery services.' },
  ]);
  const dft = idOf('DFT');
  const theory = idOf('density functional theory');

  it('gives it to a paper about what the definers are about', () => {
    expect(a.longIn(0, dft)).toBe(theory);
    expect(a.longIn(2, dft)).toBe(theory);
  });

  it('leaves it to a paper whose own words share no topic with theirs (probe 56: DFT in an EMG paper)', () => {
    expect(a.longIn(3, dft)).toBeUndefined();
  });
});

describe('bare short forms that several papers hold', () => {
  const texts = [
    { id: 'uptake', title: 'Antigen uptake by dendritic cells', abstract: 'Mannose-coated antigens raised uptake by DCs through lectin receptors, and the DCs primed T cells.' },
    { id: 'vaccine', title: 'Tumour lysate vaccines', abstract: 'DCs loaded with tumour lysate primed T cells against melanoma antigens.' },
    { id: 'grid', title: 'Power distribution on industrial plants', abstract: 'We design converters for DC grids of industrial plants.' },
    { id: 'soil', title: 'Liming of pastures', abstract: 'The pH of limed soils rose within a season.' },
    { id: 'enzyme', title: 'Protease activity', abstract: 'Protease activity peaks at a pH near seven in phosphate buffer.' },
    { id: 'glass', title: 'Glass melts', abstract: 'The SiO2 network of silicate melts opens as alkali is added.' },
    { id: 'ore', title: 'Iron ore blocks', abstract: 'Iron ore blocks hold Fe2O3 and SiO2 in varying shares.' },
  ];
  const a = read(texts);
  const concepts = [['DC'], ['DC'], ['DC'], ['PH'], ['PH'], ['SIO2'], ['SIO2']].map((ids) => new Map(ids.map((id) => [id, 1])));
  const apart = a.apartIn(concepts);

  it('are apart in a paper that shares no context with the others that hold them (dendritic cells and direct current)', () => {
    expect(apart.map((set) => [...set])).toEqual([[], [], ['DC'], [], [], [], []]);
  });
});
