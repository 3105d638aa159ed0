import { describe, expect, it } from 'vitest';
import { findConceptMentions, mentionWords } from '../../../src/lib/graph/concept-mentions';
import { PhraseWords } from '../../../src/lib/concepts/normalise';
import type { Concept } from '../../../src/lib/model/concepts';

const concept = (id: string, label: string, more: Partial<Concept> = {}): Concept => ({ id, label, aliases: [], df: 1, papers: [], ...more });

describe('mentionWords', () => {
  it("reads words as a concept's identity does: lowercase, inflection folded, accents stripped, hyphens and punctuation splitting; short forms keep their case", () => {
    expect(mentionWords('World-Models, naïve RAG!')).toEqual(['world', 'model', 'naiv', 'RAG']);
    expect(mentionWords('GANs and GAs, but gases')).toEqual(['GAN', 'and', 'GA', 'but', 'gase']);
  });
});

describe('short forms match only as written', () => {
  const registry = [
    concept('information-system', 'Information systems', { abbreviation: 'IS', aliases: ['information system'] }),
    concept('information-technology', 'Information technology', { abbreviation: 'IT' }),
    concept('thesis', 'Thesis', { aliases: ['theses'] }),
    concept('generative-adversarial-network', 'Generative adversarial networks', { abbreviation: 'GAN' }),
  ];
  const found = findConceptMentions(
    [
      {
        slug: 'erp',
        title: 'ERP adoption in small firms',
        abstract: 'Information systems (IS) research has studied ERP. We survey IS managers and IT staff in 40 firms.',
      },
      {
        slug: 'memoir',
        title: 'Midlife career choices',
        abstract: 'It is a personal narrative. These choices, it argues, are common; the theses of two students are read.',
      },
      { slug: 'faces', title: 'Faces from noise', abstract: 'Generative adversarial networks (GANs) draw faces. Two GANs compete.' },
    ],
    registry,
  );

  it('finds "IS" and "IT" where they are written so, never in "it is"', () => {
    expect(found.get('erp')!.get('information-system')).toBe(3);
    expect(found.get('erp')!.get('information-technology')).toBe(1);
    expect(found.get('memoir')!.get('information-system')).toBeUndefined();
    expect(found.get('memoir')!.get('information-technology')).toBeUndefined();
  });

  it('matches no form whose words stem like stopwords ("theses" → "these")', () => {
    expect(found.get('memoir')!.get('thesis')).toBeUndefined();
  });

  it('still reads an upper-case plural as its short form ("GANs")', () => {
    expect(found.get('faces')!.get('generative-adversarial-network')).toBe(3);
  });
});

describe('findConceptMentions', () => {
  const concepts = [
    concept('world-model', 'world model'),
    concept('retrieval-augmented-generation', 'Retrieval-augmented generation', { abbreviation: 'RAG', aliases: ['retrieval augmented generations'] }),
    concept('model', 'model'),
    concept('__proto__', 'proto'),
  ];

  it('finds labels, aliases and abbreviations regardless of case, plural and hyphenation, and counts them', () => {
    const found = findConceptMentions(
      [
        { slug: 'a', title: 'World Models for control', abstract: 'A world-model and RAG. Retrieval Augmented Generation helps.' },
        { slug: 'b', title: 'Nothing here', abstract: 'Chess.' },
      ],
      concepts,
    );
    const a = found.get('a')!;
    expect(a.get('world-model')).toBe(2);
    expect(a.get('retrieval-augmented-generation')).toBe(2);
    // Overlapping mentions all count: "world model" also mentions "model".
    expect(a.get('model')).toBe(2);
    expect(found.get('b')!.size).toBe(0);
  });

  it("reads words as a concept's identity does: words of one Porter stem but another kind are no mention", () => {
    const registry = [
      concept('correctness', 'Correctness'),
      concept('advancement', 'Advancements'),
      concept('iteration', 'Iteration', { aliases: ['iterations'] }),
      concept('transition', 'Transitions'),
      concept('security', 'Security'),
      concept('sample-efficiency', 'Sample efficiency'),
      concept('behavior-cloning', 'Behavior cloning'),
      concept('policy', 'Policy'),
    ];
    // The collection's phrases, as the concept stage reads identities against them.
    const written = new PhraseWords(['recent advancements', 'behavior cloning', 'behavioral cloning', 'sample efficiency', 'program correctness']);
    const found = findConceptMentions(
      [
        {
          slug: 'deferred',
          title: 'Advanced deferred correction schemes',
          abstract: 'The corrections are computed by an iterative, secure method with transitive closure; it is sample-efficient.',
        },
        {
          slug: 'survey',
          title: 'Recent advancements in program correctness',
          abstract: 'Iterations, transitions and security of policies; behavioral cloning of two policy classes.',
        },
      ],
      registry,
      { written },
    );
    // Before, each of these stemmed like the concept's name (Porter makes "correction" and "correctness" one word).
    expect([...found.get('deferred')!.keys()]).toEqual([]);
    expect(Object.fromEntries(found.get('survey')!)).toEqual({
      advancement: 1,
      correctness: 1,
      iteration: 1,
      transition: 1,
      security: 1,
      policy: 2,
      // An -al adjective is its noun where the collection's phrases have the noun and write the two alike.
      'behavior-cloning': 1,
    });
  });

  it('reads a gerund and an agent noun as words of their own: display monitors are no mention of Monitoring (review 8)', () => {
    const registry = [concept('monitoring', 'Monitoring'), concept('encoder', 'Encoder', { aliases: ['encoders'] }), concept('mining', 'Mining')];
    const found = findConceptMentions(
      [
        { slug: 'crt', title: 'A survey of 19-inch CRT monitors', abstract: 'Upgrade your monitor. Mines and quarries buy rugged displays; the video is encoding-free.' },
        { slug: 'net', title: 'Network monitoring', abstract: 'Monitoring flows with two encoders; data mining of the samples.' },
      ],
      registry,
      { written: new PhraseWords(['network monitoring', 'encoders', 'data mining', 'monitors']) },
    );
    expect([...found.get('crt')!.keys()]).toEqual([]);
    expect(Object.fromEntries(found.get('net')!)).toEqual({ monitoring: 2, encoder: 1, mining: 1 });
  });

  it('counts no one-word name that ends a longer name of a concept the paper carries', () => {
    const registry = [
      concept('conservation-law', 'Conservation laws'),
      concept('law', 'Law'),
      concept('conservation', 'Conservation'),
      concept('offline-reinforcement-learning', 'Offline reinforcement learning'),
      concept('reinforcement-learning', 'Reinforcement learning'),
      concept('learning', 'Learning'),
    ];
    const papers = [
      {
        slug: 'filtering',
        title: 'From continuous recovery to discrete filtering in numerical approximations of conservation laws',
        abstract: 'Hyperbolic conservation laws are solved by a filtered scheme.',
      },
      { slug: 'reporting', title: 'Transcripts: bane or boon? [law reporting]', abstract: 'Law reports and conservation laws of the courts.' },
      { slug: 'offline', title: 'Offline reinforcement learning from logged data', abstract: 'Offline reinforcement learning needs no simulator.' },
    ];
    const carried = (slug: string) => ({ filtering: ['conservation-law'], offline: ['offline-reinforcement-learning'] })[slug] ?? [];
    const found = findConceptMentions(papers, registry, { carried });
    // Its "conservation laws" are the concept it carries, not Law; the modifier still names Conservation.
    expect(Object.fromEntries(found.get('filtering')!)).toEqual({ 'conservation-law': 2, conservation: 2 });
    // A paper that does not carry Conservation laws still names Law in them.
    expect(Object.fromEntries(found.get('reporting')!)).toEqual({ law: 3, 'conservation-law': 1, conservation: 1 });
    // A longer name inside is a concept of its own: offline reinforcement learning is reinforcement learning.
    expect(Object.fromEntries(found.get('offline')!)).toEqual({ 'offline-reinforcement-learning': 2, 'reinforcement-learning': 2 });
  });

  it('keeps ids that look like object keys as plain data', () => {
    const found = findConceptMentions([{ slug: '__proto__', title: 'Proto', abstract: 'constructor proto' }], concepts);
    expect(found.get('__proto__')!.get('__proto__')).toBe(2);
  });

  it("reads a short form the paper defines as the paper's own long form", () => {
    const registry = [
      concept('relationship-marketing', 'Relationship marketing', { abbreviation: 'RM' }),
      concept('revenue-management', 'Revenue management', { abbreviation: 'RM' }),
      concept('rl-agent', 'RL agents', { aliases: ['reinforcement learning agents'] }),
      concept('rl-benchmark', 'RL benchmarks'),
    ];
    const found = findConceptMentions(
      [
        {
          slug: 'revenue',
          title: 'From revenue management concepts to software systems',
          abstract: 'Revenue management (RM) is used by airlines and hotels. RM systems forecast demand.',
        },
        {
          slug: 'representation',
          title: 'Representation learning for control',
          abstract: 'We study representation learning (RL) for robots. RL agents and RL benchmarks are compared.',
        },
        { slug: 'hotel', title: 'Hotel web sites', abstract: 'Hotels use RM on the web to raise room revenue.' },
      ],
      registry,
    );
    // Its "RM" is revenue management, never the other concept with that abbreviation.
    expect(found.get('revenue')!.get('relationship-marketing')).toBeUndefined();
    expect(found.get('revenue')!.get('revenue-management')).toBe(4);
    // "RL agents" here are not "reinforcement learning agents"; a concept known only by "RL" still counts.
    expect(found.get('representation')!.get('rl-agent')).toBeUndefined();
    expect(found.get('representation')!.get('rl-benchmark')).toBe(1);
    // A paper that does not define RM reads it as the corpus does: its only definition is revenue management, and
    // the paper writes "revenue".
    expect(found.get('hotel')!.get('relationship-marketing')).toBeUndefined();
    expect(found.get('hotel')!.get('revenue-management')).toBe(1);
  });

  describe('a short form used without a definition reads as the concept stage reads it', () => {
    const registry = [
      concept('maximum-power', 'Maximum power', { abbreviation: 'MP' }),
      concept('median-partitioning', 'Median partitioning', { abbreviation: 'MP' }),
      concept('mp', 'MP'),
    ];
    const solar = { slug: 'solar', title: 'Tracking solar panels', abstract: 'Maximum power (MP) tracking for panels.' };
    const trees = { slug: 'trees', title: 'Balanced trees', abstract: 'Median partitioning (MP) of point sets.' };
    const mentions = (papers: { slug: string; title: string; abstract: string }[], slug: string) =>
      [...findConceptMentions(papers, registry).get(slug)!.keys()].sort();

    it('is no concept it abbreviates when the corpus is split on it and the paper writes neither out', () => {
      const user = { slug: 'user', title: 'Embedded controllers', abstract: 'We use MP on small boards.' };
      // Before, "MP" here mentioned both concepts abbreviated MP at once.
      expect(mentions([solar, trees, user], 'user')).toEqual(['mp']);
    });

    it("is the long form more than half of the corpus's definitions give", () => {
      const solar2 = { slug: 'solar2', title: 'Wind turbines', abstract: 'A maximum power (MP) controller.' };
      // (Its sense reaches a paper that writes a word of the definer's topic: "turbines", not only "controller".)
      const user = { slug: 'user', title: 'Embedded controllers for wind turbines', abstract: 'We use MP on small boards.' };
      // ("mp", known only by the short form, may be any reading of it and keeps the mention.)
      expect(mentions([solar, solar2, trees, user], 'user')).toEqual(['maximum-power', 'mp']);
    });

    it('is the long form the paper writes out, whatever the corpus votes', () => {
      const solar2 = { slug: 'solar2', title: 'Wind turbines', abstract: 'A maximum power (MP) controller.' };
      const user = { slug: 'user', title: 'Sorting points', abstract: 'Median partitioning is fast; MP also splits ties.' };
      expect(mentions([solar, solar2, trees, user], 'user')).toEqual(['median-partitioning', 'mp']);
    });
  });
});

describe('a short form defined once in the corpus, used by a paper that does not define it', () => {
  const registry = [concept('region-of-interest', 'Region of interest', { abbreviation: 'ROI' }), concept('portal', 'Portals')];
  const imaging = { slug: 'mammography', title: 'Lesion segmentation in mammograms', abstract: 'A region of interest (ROI) around each lesion is found by thresholding.' };
  const finance = { slug: 'payback', title: 'Portal payback', abstract: 'Enterprise portals promise a fast ROI and draw the interest of three firms, which measured it within a year.' };
  const scan = { slug: 'scan', title: 'Fan-beam reconstruction of a small region', abstract: 'We reconstruct the ROI around a lesion from truncated projections.' };
  const found = findConceptMentions([imaging, finance, scan], registry);

  it('mentions none of the concepts it abbreviates where the paper is not about what the definer is about (return on investment is no region of interest, though the paper writes "interest"; review 18 H1)', () => {
    expect([...found.get('payback')!.keys()]).toEqual(['portal']);
  });

  it('is that definition where the paper is about what the definer is about (a lesion)', () => {
    expect(found.get('scan')!.get('region-of-interest')).toBe(1);
  });
});

describe('a short form written inside a hyphenated name', () => {
  const registry = [
    concept('neural-network', 'Neural networks', { abbreviation: 'NN', aliases: ['neural network'] }),
    concept('information-system', 'Information systems', { abbreviation: 'IS', aliases: ['information system'] }),
  ];
  const papers = [
    { slug: 'nets', title: 'Neural networks for speech', abstract: 'Neural networks (NN) recognise phonemes; an NN of three layers is trained.' },
    { slug: 'erp', title: 'ERP adoption', abstract: 'Information systems (IS) research has studied ERP; IS managers were surveyed.' },
    // Two definitions each: a paper that does not define NN or IS would read them so.
    { slug: 'faces', title: 'Face detection', abstract: 'A neural network (NN) finds faces in cluttered scenes.' },
    { slug: 'hospital', title: 'Hospital IT', abstract: 'Hospital information systems (IS) store patient records.' },
    {
      slug: 'knn',
      title: 'Using k-nearest-neighbor classification in the leaves of a tree',
      abstract: 'We combine classification trees and k-nearest-neighbor (k-NN). Test items are classified with the k-NN rule within each leaf.',
    },
    {
      slug: 'routing',
      title: 'Multi-hour design of survivable IP networks',
      abstract: 'Intra-domain routing protocols (OSPF, RIP, and IS-IS) are based on shortest paths; we tune OSPF/IS-IS weights.',
    },
  ];
  const found = findConceptMentions(papers, registry);

  it('is not that short form: "k-NN" names no neural network, the IS-IS protocol no information system', () => {
    expect(found.get('knn')!.get('neural-network')).toBeUndefined();
    expect(found.get('routing')!.get('information-system')).toBeUndefined();
    expect(found.get('nets')!.get('neural-network')).toBe(4);
    expect(found.get('erp')!.get('information-system')).toBe(3);
  });
});

describe('a short form the corpus defines, written bare by papers of two fields', () => {
  const registry = [concept('density-functional-theory', 'Density functional theory', { abbreviation: 'DFT' })];
  const gaps = {
    slug: 'gaps',
    title: 'Band gaps of doped perovskite oxides',
    abstract: 'We compute band gaps of doped perovskite oxides with density functional theory (DFT). The results show that the method reproduces measured features with good performance.',
  };
  const water = {
    slug: 'water',
    title: 'Water on titania',
    abstract: 'Adsorption of water on anatase is studied with density functional theory (DFT). The method gives results whose features agree with the performance of experiments.',
  };
  const vacancies = { slug: 'vacancies', title: 'Oxygen vacancies in perovskite oxides', abstract: 'Migration barriers of oxygen vacancies in perovskite oxides are computed with DFT.' };
  const emg = {
    slug: 'emg',
    title: 'Myoelectric pattern recognition',
    abstract: 'We compare time-domain features of electromyogram signals. Features such as the DFT improve the performance of the classification method. The results hold for several arm positions.',
  };
  const found = findConceptMentions([gaps, water, vacancies, emg], registry);

  it('mentions the definers\' concept where the paper shares a word of their topic', () => {
    expect(found.get('vacancies')!.get('density-functional-theory')).toBe(1);
  });

  it('mentions none where it shares only the words any abstract writes (probe 56: a discrete Fourier transform)', () => {
    expect(found.get('emg')!.get('density-functional-theory')).toBeUndefined();
  });
});
