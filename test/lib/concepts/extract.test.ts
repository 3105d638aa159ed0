import { describe, expect, it } from 'vitest';
import { extractConcepts, extractKeyphrases } from '../../../src/lib/concepts/index';
import { parseOverrides } from '../../../src/lib/concepts/overrides';
import type { DocumentText } from '../../../src/lib/model/paper';

const docs: DocumentText[] = [
  {
    id: 'rag-survey',
    title: 'A Survey of Retrieval-Augmented Generation',
    abstract:
      'Retrieval-augmented generation (RAG) grounds large language models (LLMs) in external documents. ' +
      'We review dense retrievers, rerankers and the evaluation of RAG pipelines for open-domain question answering.',
  },
  {
    id: 'rag-agents',
    title: 'Agentic RAG for multi-hop question answering',
    abstract:
      'LLMs answer multi-hop questions poorly. We let an agent decide when to retrieve, which improves RAG ' +
      'on open-domain question answering benchmarks with dense retrieval.',
  },
  {
    id: 'world-models',
    title: 'World Models for Self-Play Agents',
    abstract:
      'Learned world models let agents plan by imagination. We train world models through self play and show ' +
      'that a large language model can serve as a world model for planning in text games.',
  },
  {
    id: 'self-play',
    title: 'Self-play fine-tuning of language agents',
    abstract:
      'Self-play improves reasoning without human labels. A large language model plays both roles, and its world ' +
      'model of the game improves planning in text games.',
  },
];

function conceptOf(index: ReturnType<typeof extractConcepts>, phrase: string) {
  const p = phrase.toLowerCase();
  return index.concepts.find((c) => c.label.toLowerCase() === p || c.aliases.some((a) => a.toLowerCase() === p));
}

describe('extractConcepts', () => {
  const index = extractConcepts(docs, { perPaper: 6 });

  it('merges an abbreviation with its long form across papers', () => {
    const rag = conceptOf(index, 'RAG');
    expect(rag).toBeDefined();
    expect(rag!.label).toBe('Retrieval-augmented generation');
    expect(rag!.abbreviation).toBe('RAG');
    expect(rag!.id).toBe('retrieval-augmented-generation');
    // rag-agents never spells it out, but it writes "retrieval": the one definition, in rag-survey, applies there.
    expect(rag!.papers).toEqual(expect.arrayContaining(['rag-survey', 'rag-agents']));
    const llm = conceptOf(index, 'LLM');
    expect(llm).toBeDefined();
    expect(conceptOf(index, 'large language model')?.id).toBe(llm!.id);
  });

  it('merges plural, case and hyphenation variants', () => {
    const variants: DocumentText[] = [
      { id: 'a', title: 'World Models', abstract: 'We learn world models by self-play. The world model predicts the next frame.' },
      { id: 'b', title: 'Self-Play with a World Model', abstract: 'Agents improve through self-play training, and a learned world model guides the search.' },
      { id: 'c', title: 'Graph neural networks', abstract: 'A graph neural network classifies molecules.' },
    ];
    const out = extractConcepts(variants, { perPaper: 4 });
    const wm = conceptOf(out, 'world models') ?? conceptOf(out, 'world model');
    expect(wm?.id).toBe('world-model');
    // The title's capitals are not the concept's.
    expect(wm!.label).toMatch(/^World models?$/);
    expect([...wm!.papers].sort()).toEqual(['a', 'b']);
    const sp = conceptOf(out, 'self-play') ?? conceptOf(out, 'self play');
    expect(sp?.id).toBe('self-play');
    expect([...sp!.papers].sort()).toEqual(['a', 'b']);
    const gnn = conceptOf(out, 'graph neural network') ?? conceptOf(out, 'graph neural networks');
    expect(gnn?.papers).toEqual(['c']);
  });

  it('gives each paper a short list of distinct, well-formed tags', () => {
    for (const d of docs) {
      const tags = index.byPaper[d.id]!;
      expect(tags.length).toBeGreaterThan(0);
      expect(tags.length).toBeLessThanOrEqual(6);
      expect(new Set(tags.map((t) => t.id)).size).toBe(tags.length);
      for (let i = 1; i < tags.length; i++) expect(tags[i - 1]!.score).toBeGreaterThanOrEqual(tags[i]!.score);
    }
    for (const c of index.concepts) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.label).not.toMatch(/^(the|a|of|and|this|our|based)\b/i);
      expect(c.label).not.toMatch(/\b(of|the|and|with|for)$/i);
      expect(c.df).toBe(c.papers.length);
      expect(['paper', 'approach', 'this work', 'based approach']).not.toContain(c.label.toLowerCase());
    }
    expect(index.concepts.map((c) => c.id)).toEqual([...index.concepts.map((c) => c.id)].sort());
  });

  it('keeps every paper in byPaper and every tag in the registry', () => {
    const ids = new Set(index.concepts.map((c) => c.id));
    expect(Object.keys(index.byPaper).sort()).toEqual(docs.map((d) => d.id).sort());
    for (const tags of Object.values(index.byPaper)) for (const t of tags) expect(ids.has(t.id)).toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractConcepts(docs, { perPaper: 6 }))).toBe(JSON.stringify(index));
  });

  it('treats hostile text as text', () => {
    const hostile: DocumentText[] = [
      { id: '__proto__', title: 'constructor', abstract: 'The __proto__ constructor toString method of hasOwnProperty objects. <script>alert(1)</script> prototype pollution' },
      { id: 'constructor', title: 'Prototype pollution attacks', abstract: 'Prototype pollution through __proto__ keys and constructor objects.' },
    ];
    const out = extractConcepts(hostile, { perPaper: 5 });
    expect(Object.getPrototypeOf(out.byPaper)).toBeNull();
    expect(Array.isArray(out.byPaper['__proto__'])).toBe(true);
    expect(Array.isArray(out.byPaper['constructor'])).toBe(true);
    for (const c of out.concepts) expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('applies overrides: merge, ban, rename, pin, remove', () => {
    const overrides = parseOverrides(
      [
        'merge:',
        '  - [world model, self-play]',
        'ban:',
        '  - open-domain question answering',
        'rename:',
        '  retrieval-augmented-generation: RAG (retrieval-augmented generation)',
        'pin:',
        '  rag-agents: [text games]',
        'remove:',
        '  rag-survey: [LLMs]',
      ].join('\n'),
      'concepts.yaml',
    );
    const out = extractConcepts(docs, { perPaper: 6, overrides });
    const byId = new Map(out.concepts.map((c) => [c.id, c]));
    const wm = out.concepts.find((c) => c.aliases.concat(c.label).some((a) => /^self.play$/i.test(a)));
    expect(wm?.label.toLowerCase()).toMatch(/world model/);
    expect(out.concepts.some((c) => /^open-domain question answering$/i.test(c.label))).toBe(false);
    expect(byId.get('retrieval-augmented-generation')?.label).toBe('RAG (retrieval-augmented generation)');
    const agents = out.byPaper['rag-agents']!.map((t) => byId.get(t.id)!.label.toLowerCase());
    expect(agents[0]).toBe('text games');
    const survey = out.byPaper['rag-survey']!.map((t) => byId.get(t.id)!);
    expect(survey.some((c) => c.abbreviation === 'LLM')).toBe(false);
  });
});

describe('extractKeyphrases', () => {
  it('returns surface phrases, best first, one per stemmed form', () => {
    const [k] = extractKeyphrases([docs[2]!], { top: 10 });
    expect(k!.id).toBe('world-models');
    expect(k!.keyphrases.length).toBeGreaterThan(2);
    expect(k!.keyphrases.length).toBeLessThanOrEqual(10);
    expect(k!.keyphrases.map((p) => p.toLowerCase())).toContain('world models');
    const worldModelForms = k!.keyphrases.filter((p) => /^world models?$/i.test(p));
    expect(worldModelForms).toHaveLength(1);
  });

  it('handles a document without a title or words', () => {
    expect(extractKeyphrases([{ id: 'x', title: '', abstract: '' }], { top: 5 })).toEqual([{ id: 'x', keyphrases: [] }]);
  });
});

describe('labels', () => {
  it('never open with a function word, unless the short form of a long form spells it', () => {
    const index = extractConcepts(
      [
        { id: 'a', title: '', abstract: 'We accelerate combustion chemistry with In Situ Adaptive Tabulation (ISAT) in turbulent flames.' },
        { id: 'b', title: '', abstract: 'ISAT speeds up turbulent flames simulations; ISAT tables grow with the chemistry.' },
      ],
      { perPaper: 8 },
    );
    // "In" is the I of ISAT: a word of the name (it gave way to "ISAT" before review 8's "AP" for "a posteriori").
    for (const c of index.concepts) if (c.abbreviation !== 'ISAT') expect(c.label).not.toMatch(/^(in|of|the|a|an|for|to|and|with|by|on)\s/i);
    expect(index.concepts.find((c) => c.abbreviation === 'ISAT')?.label).toMatch(/^In situ adaptive tabulation$/i);
  });
});

describe('tags on one paper', () => {
  const labelsOf = (index: ReturnType<typeof extractConcepts>, paper: string) => {
    const byId = new Map(index.concepts.map((c) => [c.id, c.label.toLowerCase()]));
    return (index.byPaper[paper] ?? []).map((p) => byId.get(p.id)!);
  };

  it('never shows "X knowledge" beside "X-specific knowledge"', () => {
    const corpus: DocumentText[] = [
      {
        id: 'merge',
        title: 'Equipping reward models with domain knowledge',
        abstract:
          'Reward models lack domain knowledge. We inject domain-specific knowledge by model merging, and the ' +
          'merged reward model keeps its general alignment while gaining domain-specific knowledge of law and medicine.',
      },
      { id: 'other', title: 'Domain knowledge for agents', abstract: 'Agents use domain knowledge and model merging for planning.' },
    ];
    const labels = labelsOf(extractConcepts(corpus, { perPaper: 8 }), 'merge');
    expect(labels.some((l) => l === 'domain knowledge' || l === 'domain-specific knowledge')).toBe(true);
    expect(labels.includes('domain knowledge') && labels.includes('domain-specific knowledge')).toBe(false);
  });

  it('labels an abbreviated term with its whole long form, not the tail Schwartz–Hearst finds', () => {
    const corpus: DocumentText[] = [
      { id: 'ioi', title: 'Competitive programming with reasoning models', abstract: 'Our model won gold at the International Olympiad in Informatics (IOI). The IOI tasks are hard.' },
      { id: 'ppo', title: 'Policy learning', abstract: 'Agents are trained with Proximal Policy Optimization (PPO). PPO is stable.' },
      { id: 'ppo2', title: 'PPO for language models', abstract: 'We fine-tune language models with PPO and compare it with Proximal Policy Optimization baselines.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    expect(conceptOf(index, 'PPO')?.label).toBe('Proximal Policy Optimization');
    expect(index.concepts.some((c) => c.label === 'Policy optimization' || c.label === 'Informatics')).toBe(false);
    expect(conceptOf(index, 'IOI')?.label).toBe('International Olympiad in Informatics');
  });
});

describe('tags that are pieces of a sentence', () => {
  const labelsOf = (index: ReturnType<typeof extractConcepts>, paper: string) => {
    const byId = new Map(index.concepts.map((c) => [c.id, c.label.toLowerCase()]));
    return (index.byPaper[paper] ?? []).map((p) => byId.get(p.id)!);
  };

  it('never runs a plural subject into its verb, even in a title', () => {
    const corpus: DocumentText[] = [
      {
        id: 'vlm',
        title: 'Vision-Language Models Provide Promptable Representations for Reinforcement Learning',
        abstract: 'Policies trained on embeddings from general-purpose VLMs outperform equivalent policies trained on image embeddings.',
      },
      { id: 'other', title: 'Promptable representations', abstract: 'Vision-language models give promptable representations to agents.' },
    ];
    const labels = labelsOf(extractConcepts(corpus, { perPaper: 8 }), 'vlm');
    for (const l of labels) expect(l).not.toMatch(/provide|outperform/);
    expect(labels).toContain('promptable representations');
  });

  it('reads an -ing word that opens a phrase the paper repeats as its modifier, one said once as a verb', () => {
    const corpus: DocumentText[] = [
      {
        id: 'motor',
        title: 'Speed control of induction motors',
        abstract:
          'We design a sliding mode controller for induction motors. The sliding mode controller keeps the speed error bounded under load changes. Engineers spent weeks making cable harness drawings by hand.',
      },
      { id: 'other', title: 'Induction motor drives', abstract: 'Induction motors drive pumps, and their speed error grows under load changes.' },
    ];
    const labels = labelsOf(extractConcepts(corpus, { perPaper: 8 }), 'motor');
    expect(labels).toContain('sliding mode controller');
    for (const l of labels) expect(l).not.toMatch(/^making/);
  });

  it('reads a named resource and its kind as the name ("QM9 benchmark" is QM9), not a field\'s acronym ("RL benchmarks")', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Message passing on the QM9 benchmark', abstract: 'We train message passing networks on the QM9 benchmark and predict molecular properties.' },
      { id: 'b', title: 'Equivariant networks for QM9', abstract: 'On QM9, equivariant networks predict molecular properties within chemical accuracy.' },
      { id: 'c', title: 'Offline reinforcement learning', abstract: 'Reinforcement learning (RL) agents learn from logged data. We compare RL benchmarks for offline agents.' },
      { id: 'd', title: 'Benchmarks for RL', abstract: 'Reinforcement learning (RL) needs RL benchmarks that measure generalisation of agents.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    const qm9 = index.concepts.filter((c) => /qm9/i.test(c.label));
    expect(qm9.map((c) => c.label)).toEqual(['QM9']);
    expect(qm9[0]!.papers.sort()).toEqual(['a', 'b']);
    const rl = index.concepts.find((c) => c.label === 'Reinforcement learning')!;
    expect(rl.aliases.map((a) => a.toLowerCase())).not.toContain('rl benchmarks');
  });

  it('drops a phrase that every time stops one word short of a phrase the corpus uses', () => {
    const corpus: DocumentText[] = [
      {
        id: 'giraffe',
        title: 'Giraffe: Using Deep Reinforcement Learning to Play Chess',
        abstract: 'Giraffe is a chess engine that learns its evaluation functions by self-play.',
      },
      { id: 'drl', title: 'Deep reinforcement learning for games', abstract: 'Deep reinforcement learning agents master chess and Go by self-play.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    expect(index.concepts.some((c) => c.label.toLowerCase() === 'deep reinforcement')).toBe(false);
  });

  it('keeps a name followed by a word that refers to the text ("actor-critic | methods")', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Multi-agent actor-critic', abstract: 'We present an adaptation of actor-critic methods that considers the policies of other agents.' },
      { id: 'b', title: 'A survey', abstract: 'We review Q-learning and actor-critic methods for control.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    expect(labelsOf(index, 'a')).toContain('actor-critic');
  });

  it('shows no idiom or count noun on its own ("on the other hand", "thousands of", "on par with")', () => {
    const corpus: DocumentText[] = [
      {
        id: 'x',
        title: 'Hardware security with reinforcement learning',
        abstract:
          'On the other hand, thousands of designs exist. Our agent is on par with experts, and this attempt opens opportunities and a new perspective.',
      },
    ];
    const labels = labelsOf(extractConcepts(corpus, { perPaper: 8 }), 'x');
    for (const bad of ['hand', 'thousands', 'par', 'attempt', 'opportunities', 'perspective']) expect(labels).not.toContain(bad);
  });
});

describe('single-word tags', () => {
  it('shows a plain word the abstract says once only when the title has it or other papers share it; names always', () => {
    const corpus: DocumentText[] = [
      {
        id: 'a',
        title: 'Chess engines trained by self-play',
        abstract: 'Giraffe learns chess by self-play. The necessity of hand-crafted features is questioned, as in Minecraft, and we study transpositions.',
      },
      {
        id: 'b',
        title: 'Self-play for board games',
        abstract: 'Self-play trains agents for chess. We discuss the cost of search, as in Minecraft, and we study transpositions.',
      },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    const labels = (paper: string) => (index.byPaper[paper] ?? []).map((p) => index.concepts.find((c) => c.id === p.id)!.label.toLowerCase());
    expect(labels('a').some((l) => l.includes('chess'))).toBe(true);
    // Said once, in one paper only: a passing mention.
    expect(labels('a')).not.toContain('necessity');
    // Said once in each of two papers: it links them (a word specific enough: see 'common words' below).
    expect(labels('a')).toContain('transpositions');
    expect(labels('b')).toContain('transpositions');
    expect(labels('a')).toContain('minecraft');
  });

  it('leaves a slot empty rather than fill it with a passing word', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Chess by self-play', abstract: 'Engines learn chess by self-play. The necessity of features is questioned.' },
      { id: 'b', title: 'Self-play for board games', abstract: 'Self-play trains agents for chess.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    const labels = (index.byPaper['a'] ?? []).map((p) => index.concepts.find((c) => c.id === p.id)!.label.toLowerCase());
    expect(labels).toEqual(['self-play', 'chess']);
  });
});

describe('one modifier, two text-referring heads', () => {
  it('shows "graph problems" or "graph tasks", not both', () => {
    const corpus: DocumentText[] = [
      {
        id: 'a',
        title: 'Neural solvers for graph problems',
        abstract: 'We solve graph problems with neural networks. Graph tasks such as colouring need search, and graph problems grow with the neural networks used.',
      },
      { id: 'b', title: 'Cloud scheduling', abstract: 'Graph problems and graph tasks in clouds.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    const labels = (index.byPaper['a'] ?? []).map((p) => index.concepts.find((c) => c.id === p.id)!.label.toLowerCase());
    expect(labels).toContain('graph problems');
    expect(labels).not.toContain('graph tasks');
    expect(labels).toContain('neural networks');
  });

  // (Not "theoretical": indexers seldom keep "theoretical perspective" or "theoretical analyses", which are no
  // tags at all, routine-phrases.test.ts.)
  it('knows the Greek plural of a text-referring head ("statistical analyses" beside "statistical perspective")', () => {
    const corpus: DocumentText[] = [
      {
        id: 'a',
        title: 'Statistical analyses of policy gradients',
        abstract: 'We give statistical analyses of policy gradients. A statistical perspective explains why policy gradients work, and statistical analyses bound their variance.',
      },
      { id: 'b', title: 'Cloud scheduling', abstract: 'A statistical perspective and statistical analyses of cloud schedulers.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    const labels = (index.byPaper['a'] ?? []).map((p) => index.concepts.find((c) => c.id === p.id)!.label.toLowerCase());
    expect(labels.filter((l) => l.startsWith('statistical')).length).toBe(1);
  });
});

describe('words about the research, not its field', () => {
  const labelsOf = (index: ReturnType<typeof extractConcepts>, paper: string) => {
    const byId = new Map(index.concepts.map((c) => [c.id, c.label.toLowerCase()]));
    return (index.byPaper[paper] ?? []).map((p) => byId.get(p.id)!);
  };

  it('shows no scholarly head alone or with a generic modifier ("technical report", "experimental results", "case studies", "baselines")', () => {
    const corpus: DocumentText[] = [
      {
        id: 'report',
        title: 'Technical Report of a Kalman Filter Toolkit',
        abstract:
          'Experimental results on radar tracking show the Kalman filter beats strong baselines. Case studies and ' +
          'design choices are discussed, and a single set of hyperparameters serves all sensor fusion datasets.',
      },
      {
        id: 'other',
        title: 'Sensor fusion with Kalman filters',
        abstract: 'We report experimental results, case studies, design choices and baselines for radar tracking with a Kalman filter.',
      },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    for (const paper of ['report', 'other']) {
      const labels = labelsOf(index, paper);
      expect(labels).toContain('kalman filter');
      for (const l of labels) expect(l).not.toMatch(/report|results|case stud|design choice|baseline|single set|^datasets?$/);
    }
  });

  it('shows no word of academic prose, symbol name or list number on its own ("family", "notion", "Omega", "II")', () => {
    const corpus: DocumentText[] = [
      {
        id: 'a',
        title: 'Observability of Kalman filters, II',
        abstract:
          'In the presence of sensor noise, a family of Kalman filters keeps observability. The notion of observability ' +
          'needs a large number of sensors; Omega and II denote the sensor sets, and Theta the noise.',
      },
      { id: 'b', title: 'Kalman filters', abstract: 'For pt. I see ibid., vol. 3. A family of Kalman filters and the notion of observability, with Omega and Theta as sensor noise, II.' },
      { id: 'c', title: 'Kalman filters, II', abstract: 'For pt. I see ibid., vol. 2. Kalman filters for sensor noise.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    const labels = index.concepts.map((c) => c.label.toLowerCase());
    expect(labels.some((l) => /kalman filter/.test(l))).toBe(true);
    for (const word of ['presence', 'family', 'notion', 'omega', 'theta', 'ii', 'large number', 'ibid']) expect(labels).not.toContain(word);
  });

  it('shows no word for a method\'s pros and cons, a percentage or a predicate adjective on its own ("drawbacks", "percent", "proportional")', () => {
    const corpus: DocumentText[] = [
      {
        id: 'a',
        title: 'Fuzzy controllers for wind turbines',
        abstract:
          'Fuzzy controllers track wind turbine power at 84 percent efficiency. On the contrary, PID control has drawbacks: ' +
          'its error is proportional to the wind speed, and its shortcomings grow with turbine size.',
      },
      {
        id: 'b',
        title: 'Wind turbine control',
        abstract: 'PID control of wind turbines has shortcomings and drawbacks; fuzzy controllers reach 96 percent. Power is proportional to the cube of wind speed.',
      },
    ];
    const labels = extractConcepts(corpus, { perPaper: 8 }).concepts.map((c) => c.label.toLowerCase());
    expect(labels.some((l) => /fuzzy controller|wind turbine/.test(l))).toBe(true);
    for (const word of ['drawbacks', 'shortcomings', 'percent', 'proportional', 'contrary']) expect(labels).not.toContain(word);
  });

  it('shows no compound of scope on a word for the text\'s own matter ("real-world applications", "domain-specific tasks")', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Kalman filters in practice', abstract: 'Kalman filters serve real-world applications and domain-specific tasks such as radar tracking.' },
      { id: 'b', title: 'Radar tracking', abstract: 'Radar tracking with Kalman filters covers real-world applications and domain-specific tasks in a domain-specific language.' },
    ];
    const labels = extractConcepts(corpus, { perPaper: 8 }).concepts.map((c) => c.label.toLowerCase());
    expect(labels).not.toContain('real-world applications');
    expect(labels).not.toContain('domain-specific tasks');
    expect(labels).toContain('domain-specific language');
  });

  it('keeps a scholarly head that a topical modifier makes a term ("circuit design", "RL baselines")', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Circuit design with RL baselines', abstract: 'We compare circuit design tools against RL baselines on analog circuit design.' },
      { id: 'b', title: 'Analog circuit design', abstract: 'Circuit design is automated; RL baselines are weak on circuit design.' },
    ];
    const labels = labelsOf(extractConcepts(corpus, { perPaper: 8 }), 'a');
    expect(labels.some((l) => /circuit design/.test(l))).toBe(true);
    expect(labels.some((l) => /^rl baselines?$/.test(l))).toBe(true);
  });
});

describe('a phrase that closes a longer defined term', () => {
  const labelsOf = (index: ReturnType<typeof extractConcepts>, paper: string) => {
    const byId = new Map(index.concepts.map((c) => [c.id, c.label]));
    return (index.byPaper[paper] ?? []).map((p) => byId.get(p.id)!);
  };

  it('yields to the term: "Human Feedback" in "Reinforcement Learning from Human Feedback" is RLHF', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Aligning chat assistants', abstract: 'Chat assistants are aligned with Reinforcement Learning from Human Feedback (RLHF). RLHF needs reward models and preference data.' },
      { id: 'b', title: 'Preference data for chat assistants', abstract: 'Preference-based training, specifically Reinforcement Learning from Human Feedback, shapes chat assistants. We collect preference data from annotators.' },
      { id: 'c', title: 'Reward models', abstract: 'Reward models score answers of chat assistants trained on preference data.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    expect(labelsOf(index, 'b')).toContain('RLHF');
    expect(index.concepts.some((c) => c.label.toLowerCase() === 'human feedback')).toBe(false);
    expect(conceptOf(index, 'reinforcement learning from human feedback')?.papers).toEqual(expect.arrayContaining(['a', 'b']));
  });

  it('stays the paper\'s tag where the term would repeat a tag beside it ("verifiable rewards" beside "reinforcement learning")', () => {
    const corpus: DocumentText[] = [
      {
        id: 'a',
        title: 'Reinforcement learning for medical extraction',
        abstract: 'We train extractors with Reinforcement Learning with Verifiable Rewards (RLVR). Reinforcement learning beats supervised extractors.',
      },
      { id: 'b', title: 'Reinforcement learning for math', abstract: 'Reinforcement learning with verifiable rewards improves math solvers; reinforcement learning is cheap.' },
    ];
    const labels = labelsOf(extractConcepts(corpus, { perPaper: 8 }), 'a').map((l) => l.toLowerCase());
    expect(labels).toContain('reinforcement learning');
    expect(labels).toContain('verifiable rewards');
  });
});

describe('title-case labels', () => {
  it('keep a name the corpus capitalises inside sentences where capitals say nothing (titles, long forms)', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Hidden Markov Models (HMMs) for Embedded Linux', abstract: 'HMMs tag words on embedded Linux; the Markov property keeps them small.' },
      { id: 'b', title: 'Speech tagging', abstract: 'We train HMMs for speech; a Markov chain drives them on embedded Linux boards.' },
    ];
    const labels = extractConcepts(corpus, { perPaper: 8 }).concepts.map((c) => c.label);
    expect(labels).toContain('Hidden Markov models');
    expect(labels).toContain('Embedded Linux');
  });

  it('keep the capitals of a phrase that papers write as a name inside sentences and none writes otherwise ("United States")', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Information systems success factors: Japan vs. the United States', abstract: 'We surveyed developers from Japan and the United States regarding success factors. Both states of practice differ.' },
      { id: 'b', title: 'Integrated delivery systems', abstract: 'It is the second largest integrated delivery system in the northeastern United States, with annual revenues rising.' },
      { id: 'c', title: 'Bankruptcy courts online', abstract: 'A project of the Administrative Office of the United States Courts puts bankruptcy filings online; the states agree.' },
    ];
    const labels = extractConcepts(corpus, { perPaper: 8 }).concepts.map((c) => c.label);
    expect(labels).toContain('United States');
    expect(labels).not.toContain('United states');
  });

  it('leave a name the corpus defines an abbreviation for as written, and lower a capitalised phrase that is none', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Robot policies', abstract: 'We train robot policies with Proximal Policy Optimization (PPO) and a Policy Optimization framework over World Models.' },
      { id: 'b', title: 'Learned simulators', abstract: 'Our Policy Optimization framework trains robot policies in World Models with PPO; policy optimization in world models is cheap.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    expect(conceptOf(index, 'PPO')?.label).toBe('Proximal Policy Optimization');
    const labels = index.concepts.map((c) => c.label);
    expect(labels).toContain('Policy optimization');
    expect(labels.some((l) => /^world models?$/i.test(l))).toBe(true);
    expect(labels.filter((l) => /\s\p{Lu}\p{Ll}/u.test(l))).toEqual(['Proximal Policy Optimization']);
  });
});

describe('a concept followed by a word for a way of working or a capacity', () => {
  const labelsOf = (index: ReturnType<typeof extractConcepts>, paper: string) => {
    const byId = new Map(index.concepts.map((c) => [c.id, c.label]));
    return (index.byPaper[paper] ?? []).map((p) => byId.get(p.id)!);
  };

  it('is that concept ("policy gradient methods" is "policy gradient", "RAG methods" is RAG, "complex reasoning capabilities" is "complex reasoning")', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Variance of estimators', abstract: 'We train robot controllers with policy gradient methods, but policy gradient methods suffer from variance. Offline methods avoid it.' },
      { id: 'b', title: 'Policy gradient for robots', abstract: 'We estimate the policy gradient with control variates for robot controllers.' },
      { id: 'c', title: 'Retrieval-augmented generation (RAG) for law', abstract: 'Retrieval-augmented generation grounds answers. RAG methods retrieve statutes, and RAG frameworks cite them.' },
      { id: 'd', title: 'RAG for medicine', abstract: 'RAG methods retrieve guidelines for clinicians and ground the generation of answers in them.' },
      { id: 'e', title: 'Theorem provers', abstract: 'Theorem provers need complex reasoning capabilities; we train their complex reasoning capabilities with games.' },
      { id: 'f', title: 'Games for theorem provers', abstract: 'Games teach complex reasoning to theorem provers.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    const all = index.concepts.map((c) => c.label.toLowerCase());
    expect(all.some((l) => /methods?$|frameworks?$|capabilit(y|ies)$/.test(l))).toBe(false);
    expect(labelsOf(index, 'e')).toContain('Complex reasoning');
    expect(labelsOf(index, 'a')).toContain('Policy gradient');
    expect(all).not.toContain('offline');
    expect(conceptOf(index, 'RAG')?.label).toBe('Retrieval-augmented generation');
    expect(conceptOf(index, 'RAG')?.papers).toEqual(expect.arrayContaining(['c', 'd']));
  });
});

describe('the short form of a concept followed by a method word (review 18 M3: "FEM" was no other name of "Finite element")', () => {
  it('is that concept, and its short form one of the concept\'s names', () => {
    const corpus: DocumentText[] = [
      { id: 'cardiac', title: 'Monodomain simulations on cardiac meshes', abstract: 'Approximations are obtained using the finite element method (FEM) to discretise the equations on cardiac meshes. The FEM mesh has millions of nodes.' },
      { id: 'bridge', title: 'Aerostatic stability of bridges', abstract: 'A finite element method models the deck of a cable-stayed bridge, and finite element simulations give its aerostatic stability.' },
      { id: 'buckling', title: 'Sheet buckling under boundary constraints', abstract: 'We combine the finite element method (FEM) with an energy-based wrinkling criterion. The FEM analysis predicts buckling modes, and FEM results agree with tests.' },
      { id: 'mortar', title: 'Mortar finite elements', abstract: 'We couple finite elements on non-matching grids of a domain decomposition, and the finite elements converge optimally.' },
      // Writes the short form only: it is read as the others define it, "finite element method", and that is "finite element".
      { id: 'hpf', title: 'Element-by-element FEM in High Performance Fortran', abstract: 'Poisson equations on cardiac meshes are solved by the FEM on parallel computers; the FEM solver uses conjugate gradients and the FEM meshes are partitioned.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    const fe = index.concepts.filter((c) => /^finite element/i.test(c.label));
    expect(fe.map((c) => c.label)).toEqual(['Finite element']);
    expect(fe[0]!.aliases).toContain('FEM');
    expect(fe[0]!.papers.sort()).toEqual(['bridge', 'buckling', 'cardiac', 'hpf', 'mortar']);
  });
});

describe('a paper that writes a phrase and a short form of its initials, no bracket between (review 18 M3: "Measuring return: revealing ROI" carried "Return on investment" and "ROI")', () => {
  const corpus: DocumentText[] = [
    { id: 'imaging', title: 'Segmenting tumours in MRI', abstract: 'A region of interest (ROI) is drawn around each tumour, and the ROI is refined by active contours on the magnetic resonance images.' },
    { id: 'lesions', title: 'Lesion detection in mammograms', abstract: 'Each ROI of the mammogram is classified by texture features, and the ROI boundaries follow the lesion of the breast image.' },
    {
      id: 'measuring',
      title: 'Measuring return: revealing ROI',
      abstract:
        'The most critical part of the return-on-investment odyssey is to develop metrics that matter to the business and to measure systems in terms of their ability to help achieve those business goals. It is important to keep tabs on how well your automation investment is meeting the metrics established by your company.',
    },
    {
      id: 'mainstream',
      title: 'Moving into the mainstream [product lifecycle management]',
      abstract:
        'Product lifecycle management (PLM) is widely recognised by most manufacturing companies, as manufacturers begin to identify and implement targeted projects intended to deliver return-on investment in a timely fashion. Vendors are also releasing second-generation PLM products.',
    },
  ];

  it('reads the short form as that phrase', () => {
    const index = extractConcepts(corpus, { perPaper: 8 });
    const roi = index.concepts.filter((c) => c.papers.includes('measuring') && (c.label === 'ROI' || c.aliases.includes('ROI')));
    expect(roi.map((c) => c.label)).toEqual(['Return on investment']);
    expect(conceptOf(index, 'Region of interest')?.papers ?? []).not.toContain('measuring');
  });
});

describe('heads that say the same', () => {
  it('make one concept of "tool usage" and "tool use", "reasoning abilities" and "reasoning capabilities"', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Tool usage in chat agents', abstract: 'Chat agents learn tool usage and gain reasoning abilities from search engines.' },
      { id: 'b', title: 'Tool use for math agents', abstract: 'Math agents learn tool use; their reasoning capabilities grow with calculators.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    const tool = index.concepts.filter((c) => /^tool us(e|age)$/i.test(c.label));
    expect(tool).toHaveLength(1);
    expect(tool[0]!.papers.sort()).toEqual(['a', 'b']);
    const reasoning = index.concepts.filter((c) => /^reasoning (abilit|capabilit)/i.test(c.label));
    expect(reasoning.length).toBeLessThanOrEqual(1);
  });

  it('make one concept of an -al adjective\'s phrase and its noun\'s ("behavioral cloning", "behavior cloning")', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Behavioral cloning from sparse demonstrations', abstract: 'Behavioral cloning copies an expert from demonstrations.' },
      { id: 'b', title: 'Offline behavior cloning for robot arms', abstract: 'Behavior cloning learns robot arm policies offline.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    const cloning = index.concepts.filter((c) => /^behaviou?r(al)? cloning$/i.test(c.label));
    expect(cloning).toHaveLength(1);
    expect(cloning[0]!.papers.sort()).toEqual(['a', 'b']);
  });
});

describe('abbreviations a paper defines itself', () => {
  const labelsOf = (index: ReturnType<typeof extractConcepts>, paper: string) => {
    const byId = new Map(index.concepts.map((c) => [c.id, c.label]));
    return (index.byPaper[paper] ?? []).map((p) => byId.get(p.id)!.toLowerCase());
  };
  const pvA: DocumentText = {
    id: 'pv-a',
    title: 'Feedforward maximum power point tracking of PV systems using fuzzy controller',
    abstract:
      'The maximum power (MP) of a photovoltaic array changes with irradiance and temperature. A fuzzy controller ' +
      'moves the operating point of the interleaved boost converter towards the MP within a few cycles.',
  };
  const pvB: DocumentText = {
    id: 'pv-b',
    title: 'Tracking the maximum power of small wind turbines',
    abstract: 'The maximum power (MP) of a wind turbine depends on wind speed. Our converter holds the turbine at its MP with a fuzzy controller.',
  };
  const median: DocumentText = {
    id: 'median',
    title: 'Median partitioning: a novel method for the selection of representative subsets from large compound pools',
    abstract:
      'A method termed median partitioning (MP) selects diverse subsets from large compound pools. MP divides ' +
      'compound pools at the median values of molecular property descriptors, and MP subsets cover the property space.',
  };
  const user: DocumentText = {
    id: 'user',
    title: 'Grid-connected inverters for rooftop panels',
    abstract: 'Each rooftop panel is held at its MP by a fuzzy controller in the grid-connected inverter, so MP tracking needs no sensors.',
  };

  it('means its own long form there, whatever the rest of the corpus defines', () => {
    const index = extractConcepts([pvA, pvB, median, user], { perPaper: 8 });
    expect(labelsOf(index, 'median')).not.toContain('maximum power');
    expect(labelsOf(index, 'median')).toContain('median partitioning');
    expect(conceptOf(index, 'maximum power')?.papers ?? []).not.toContain('median');
    // A paper that only uses the short form takes the long form most definitions give (two to one).
    expect(conceptOf(index, 'maximum power')?.papers).toEqual(expect.arrayContaining(['pv-a', 'pv-b', 'user']));
  });

  it('stays a short form of its own where the corpus is split over what it stands for', () => {
    const index = extractConcepts([pvA, median, user, { ...user, id: 'user-2', title: 'Panel-level inverters' }], { perPaper: 8 });
    expect(labelsOf(index, 'median')).not.toContain('maximum power');
    // One definition each: "MP" alone is no evidence for either reading (input order would decide).
    expect(conceptOf(index, 'maximum power')?.papers ?? []).not.toContain('user');
    expect(conceptOf(index, 'median partitioning')?.papers ?? []).not.toContain('user');
    expect(labelsOf(index, 'user')).toContain('mp tracking');
  });

  it('takes, where the corpus is split, the long form the paper writes out itself', () => {
    const writes: DocumentText = {
      id: 'writes',
      title: 'Partial shading of rooftop panels',
      abstract: 'Partial shading lowers the maximum power of rooftop panels. Our fuzzy controller finds the MP of a shaded panel in a few steps.',
    };
    const index = extractConcepts([pvA, median, writes, user], { perPaper: 8 });
    expect(conceptOf(index, 'maximum power')?.papers).toEqual(expect.arrayContaining(['pv-a', 'writes']));
    expect(conceptOf(index, 'median partitioning')?.papers).toEqual(['median']);
    // Its "MP" is that maximum power, not a short form standing alone.
    expect(index.concepts.find((c) => c.label === 'MP')?.papers ?? []).not.toContain('writes');
  });
});

describe('merge groups that name a concept by an abbreviation form or by its id', () => {
  const corpus: DocumentText[] = [
    {
      id: 'starcraft',
      title: 'Grandmaster level in StarCraft II using multi-agent reinforcement learning',
      abstract:
        'Reinforcement learning (RL) agents rarely master real-time strategy games. Our deep reinforcement learning agent ' +
        'plays StarCraft II at grandmaster level, and league training keeps the RL agents diverse.',
    },
    {
      id: 'atari',
      title: 'Human-level control through deep reinforcement learning',
      abstract: 'A deep reinforcement learning agent learns Atari games from pixels. The deep reinforcement learning agent uses experience replay.',
    },
    {
      id: 'minecraft',
      title: 'Curious RL agents in Minecraft',
      abstract: 'RL agents explore Minecraft with intrinsic rewards. Reinforcement learning agents with curiosity collect diamonds.',
    },
    {
      id: 'dreamer',
      title: 'Mastering diverse domains through world models',
      abstract: 'Model-based reinforcement learning (MBRL) learns a world model of the environment. The world model predicts rewards for planning.',
    },
    {
      id: 'muzero',
      title: 'Planning with a learned model',
      abstract: 'MuZero combines tree search with a learned model of the rules. This model-based RL agent masters Go, chess and Atari.',
    },
    {
      id: 'survey',
      title: 'A survey of model-based RL methods',
      abstract: 'Model-based RL methods learn a model of the environment and plan with it. We compare model-based RL methods on Atari and robot control.',
    },
    {
      id: 'sim',
      title: 'World models as simulators',
      abstract: 'A learned world model replaces the simulator. Agents train inside the world model and transfer to robots.',
    },
  ];
  const merging = (group: string[]) =>
    extractConcepts(corpus, { perPaper: 8, overrides: parseOverrides(`merge:\n  - [${group.join(', ')}]\n`, 'concepts.yaml') });
  const holding = (index: ReturnType<typeof extractConcepts>, paper: string, pattern: RegExp) =>
    index.concepts.filter((c) => c.papers.includes(paper) && [c.label, ...c.aliases].some((a) => pattern.test(a)));

  it.each([
    [['rl-agent', 'deep-reinforcement-learning-agent']],
    [['RL agents', 'deep reinforcement learning agent']],
    [['deep reinforcement learning agent', 'RL agents']],
    [['deep reinforcement learning agent', 'reinforcement-learning-agent']],
  ])('makes one concept of %j', (group) => {
    const index = merging(group);
    const rl = /^(deep )?(rl|reinforcement learning) agents?$/i;
    const concepts = index.concepts.filter((c) => [c.label, ...c.aliases].some((a) => rl.test(a)));
    expect(concepts).toHaveLength(1);
    expect([...concepts[0]!.papers].sort()).toEqual(['atari', 'minecraft', 'starcraft']);
  });

  it('moves every form of a concept whose abbreviation the group names ("model-based RL" is also MBRL)', () => {
    const index = merging(['world model', 'model-based RL']);
    const mbrl = /^(model-based (rl|reinforcement learning)|mbrl)$/i;
    expect(index.concepts.filter((c) => [c.label, ...c.aliases].some((a) => mbrl.test(a)))).toHaveLength(1);
    expect(conceptOf(index, 'MBRL')?.id).toBe(conceptOf(index, 'world model')!.id);
    expect(holding(index, 'dreamer', mbrl)).toEqual(holding(index, 'dreamer', /^world models?$/i));
    // "Model-based RL methods" are the merged concept too, not a concept left behind.
    expect(index.concepts.some((c) => /methods?$/i.test(c.label) && /model-based/i.test(c.label))).toBe(false);
    expect(conceptOf(index, 'world model')?.papers).toContain('survey');
  });
});

describe('a concept of the collection that a title phrase holds', () => {
  const papers: DocumentText[] = [
    {
      id: 'power-quality',
      title: 'Comparison between discrete STFT and wavelets for the analysis of power quality events',
      abstract:
        'This paper compares the discrete short-time Fourier transform and wavelets as signal processing tools for ' +
        'power quality analysis. Wavelets locate transients in time, while the STFT suits stationary harmonics.',
    },
    {
      id: 'archival-documents',
      title: 'Restoration of archival documents using a wavelet technique',
      abstract:
        'Handwritten archival documents often suffer from interfering strokes that bleed through the paper. We ' +
        'decompose each image with wavelets, weaken the coefficients of the interfering strokes and reconstruct the foreground text.',
    },
    {
      id: 'deblurring',
      title: 'A framework for image deblurring using wavelet packet bases',
      abstract:
        'We propose a framework for image deblurring in which the blurring operator is nearly diagonal in a ' +
        'wavelet packet basis. The best packet basis is chosen by a variational method, and deblurring becomes a simple thresholding.',
    },
    {
      id: 'segments',
      title: 'Wavelet-based image segment representation',
      abstract:
        'An efficient representation method for arbitrarily shaped image segments is proposed. The method selects a ' +
        'wavelet basis to approximate the given image segment, with improved image quality and reduced computational load.',
    },
  ];

  it('is theirs too, beside the phrase that holds it ("Wavelets" on the wavelet packet paper), whatever the order of the papers', () => {
    const index = extractConcepts(papers, { perPaper: 8 });
    const wavelets = conceptOf(index, 'wavelets')!;
    expect(wavelets).toBeDefined();
    expect([...wavelets.papers].sort()).toEqual(['archival-documents', 'deblurring', 'power-quality', 'segments']);
    const labels = (paper: string) => index.byPaper[paper]!.map((c) => index.concepts.find((x) => x.id === c.id)!.label);
    expect(labels('deblurring')).toContain('Wavelets');
    expect(labels('deblurring').some((l) => /^wavelet packet/i.test(l))).toBe(true);
    expect(labels('segments')).toContain('Wavelets');
    const reversed = extractConcepts([...papers].reverse(), { perPaper: 8 });
    expect(reversed.byPaper).toEqual(index.byPaper);
  });

  it('is only the collection\'s: a paper alone with its wavelet packets gets no "Wavelets"', () => {
    const index = extractConcepts([papers[2]!, docs[0]!], { perPaper: 8 });
    expect(conceptOf(index, 'wavelets')).toBeUndefined();
  });

  it('counts the titles that hold it: one paper tagged "Scheduling" lends it to the others whose titles are about scheduling', () => {
    const scheduling: DocumentText[] = [
      {
        id: 'cane-railway',
        title: 'Cane railway scheduling via constraint logic programming',
        abstract:
          'Sugar cane is carried from farms to mills by narrow gauge railways. We model the daily timetable of the ' +
          'locomotives as a constraint logic program and compare labelling strategies on data from two mills.',
      },
      {
        id: 'train-operators',
        title: 'An optimization based approach to the train operator scheduling problem',
        abstract:
          'Train operators of a mass rapid transit system are assigned to duties by column generation. The duties ' +
          'cover the timetable at the least cost under union rules on breaks and shift lengths.',
      },
      {
        id: 'project-costs',
        title: 'Project scheduling under time dependent costs',
        abstract:
          'Activities of a project must be started so that precedence constraints hold and the total cost, which ' +
          'depends on the start times, is least. A branch and bound algorithm solves instances of 50 activities.',
      },
      {
        id: 'manufacturing',
        title: 'Scheduling by feedback in distributed manufacturing',
        abstract:
          'Scheduling is done online in distributed manufacturing: each machine decides with local feedback which ' +
          'job to process next. Scheduling by feedback keeps the queues bounded under changing demand.',
      },
    ];
    const index = extractConcepts(scheduling, { perPaper: 8 });
    const concept = conceptOf(index, 'scheduling')!;
    expect(concept).toBeDefined();
    expect([...concept.papers].sort()).toEqual(['cane-railway', 'manufacturing', 'project-costs', 'train-operators']);
    // A paper whose title holds it once and no other paper's title does: still a concept of one paper.
    const alone = extractConcepts([scheduling[0]!, scheduling[3]!, docs[0]!], { perPaper: 8 });
    expect(conceptOf(alone, 'scheduling')?.papers ?? []).not.toContain('cane-railway');
  });
});

describe('a word of a title phrase that only stems like a concept', () => {
  it('holds no concept written otherwise ("amended" in a title is not "amendments")', () => {
    const papers: DocumentText[] = [
      {
        id: 'gdpr',
        title: 'Data protection law in the European Union',
        abstract:
          'In the case of the GDPR, regulation shapes rapid innovation. Current amendments are no exception: ' +
          'amendments to consent rules let firms link customer databases.',
      },
      {
        id: 'libraries',
        title: 'Copyright law in digital libraries',
        abstract:
          'Copyright amendments have provided many opportunities for libraries. These amendments bring ' +
          'the world closer together through information accessibility.',
      },
      {
        id: 'bridges',
        title: 'Amended seismic design codes for cable-stayed bridges',
        abstract:
          'Seismic design of cable-stayed bridges is analysed with a nonlinear finite element method that ' +
          'includes the pitch moment coefficient of the deck.',
      },
    ];
    const index = extractConcepts(papers, { perPaper: 8 });
    const amendments = conceptOf(index, 'amendments')!;
    expect(amendments.papers.sort()).toEqual(['gdpr', 'libraries']);
  });
});

describe('short forms that spell an ordinary word', () => {
  const corpus: DocumentText[] = [
    {
      id: 'space-curriculum',
      title: 'Self-paced context evaluation for contextual reinforcement learning',
      abstract:
        'We propose self-paced context evaluation (SPaCE), a curriculum for contextual reinforcement learning. ' +
        'SPaCE orders training contexts by how well the agent already performs. SPaCE speeds up learning.',
    },
    {
      id: 'space-benchmark',
      title: 'Curricula for contextual reinforcement learning',
      abstract: 'We compare SPaCE with random curricula over the training contexts of contextual reinforcement learning tasks. SPaCE needs fewer samples.',
    },
    {
      id: 'banach',
      title: 'Weak convergence in reflexive Banach spaces',
      abstract: 'Every bounded sequence in a reflexive Banach space has a weakly convergent subsequence. The space of probability measures is dense.',
    },
    {
      id: 'convex-order',
      title: 'On bivariate dependence and the convex order',
      abstract: 'The copulas are dense in the space of probability measures. We study the convex order on this space.',
    },
    {
      id: 'scheduling',
      title: 'Job shop scheduling with genetic algorithms',
      abstract: 'Genetic algorithms (GAs) schedule jobs on machines. The GAs use a new crossover operator for job shop scheduling.',
    },
    {
      id: 'timetabling',
      title: 'Timetabling by evolution',
      abstract: 'We apply GAs with a new crossover operator to university timetabling and compare GAs with tabu search and other local search algorithms.',
    },
    {
      id: 'microvalve',
      title: 'A silicon microvalve for gases',
      abstract: 'The microvalve meters gases at low flow rates. Gas flow through the valve is measured for three gases.',
    },
    {
      id: 'sensor',
      title: 'Sensing gases with metal oxides',
      abstract: 'Metal oxide sensors detect toxic gases. The gas response of the sensor depends on temperature.',
    },
  ];
  const index = extractConcepts(corpus, { perPaper: 8 });
  const names = (c: (typeof index.concepts)[number]) => [c.label, c.abbreviation ?? '', ...c.aliases];

  it('keeps "SPaCE" from the word "space": neither its alias nor a tag of the papers that say "space"', () => {
    const space = index.concepts.find((c) => c.abbreviation === 'SPaCE')!;
    expect(space.label).toBe('Self-paced context evaluation');
    expect(names(space).filter((n) => /^spac/i.test(n))).toEqual(['SPaCE', 'SPaCE']);
    expect([...space.papers].sort()).toEqual(['space-benchmark', 'space-curriculum']);
    for (const paper of ['banach', 'convex-order']) expect(index.byPaper[paper]!.map((t) => t.id)).not.toContain(space.id);
  });

  it('keeps "GAs" from "gases": genetic algorithms has neither "gas" nor "gases" as a name', () => {
    const ga = index.concepts.find((c) => c.abbreviation === 'GA')!;
    expect(ga.label).toBe('Genetic algorithms');
    expect(names(ga).filter((n) => /^gas/i.test(n))).toEqual([]);
    expect([...ga.papers].sort()).toEqual(['scheduling', 'timetabling']);
  });
});

describe('an abbreviation whose X stands for ex-', () => {
  it('is one concept with its long form ("XML" and "Extensible Markup Language"), labelled as written', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Impact analysis of XML in supply chains', abstract: 'This paper discusses the impact analysis of the Extensible Markup Language (XML). Each business partner exchanges XML documents.' },
      { id: 'b', title: 'Wrapper generation', abstract: 'We present an automatic eXtensible Markup Language (XML)-based framework that generates wrappers for web sources.' },
      { id: 'c', title: 'Typechecking XML transformations', abstract: 'XML transformations of documents are typechecked against XML schemas with tree automata.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    const xml = conceptOf(index, 'XML');
    expect(xml?.label).toBe('Extensible Markup Language');
    expect(xml?.abbreviation).toBe('XML');
    expect(xml?.papers.sort()).toEqual(['a', 'b', 'c']);
    expect(index.concepts.filter((c) => /markup language$/i.test(c.label) || c.label === 'XML')).toHaveLength(1);
  });

  it('keeps a lowercase opening with capitals after it as written ("pH", "eXtensible")', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Soil acidity', abstract: 'The pH of the soil samples was measured after liming.' },
      { id: 'b', title: 'Enzyme activity', abstract: 'Enzyme activity depends on pH and temperature of the buffer.' },
    ];
    expect(extractConcepts(corpus, { perPaper: 8 }).concepts.map((c) => c.label)).toContain('pH');
  });
});

describe('an abbreviation defined with a word for the kind of thing after its long form', () => {
  it('is the same concept as where it is defined without it ("neural network models (NN)" is "neural networks (NN)")', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Particle size distribution from laser diffraction', abstract: 'Neural network models (NN) predict the particle size distribution from laser diffraction patterns. The NN is trained on simulated particle systems.' },
      { id: 'b', title: 'Short-term load forecasting', abstract: 'A neural network (NN) forecasts electric loads. The NN is trained by backpropagation on hourly loads.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    const nn = index.concepts.filter((c) => c.abbreviation === 'NN');
    expect(nn).toHaveLength(1);
    expect(nn[0]!.label.toLowerCase()).toMatch(/^neural networks?$/);
    expect(nn[0]!.papers.sort()).toEqual(['a', 'b']);
  });
});

describe('a short form the paper neither defines nor writes out, defined once in the corpus', () => {
  const contextual: DocumentText = {
    id: 'contextualize',
    title: 'Contextualize me: the case for context in reinforcement learning',
    abstract:
      'Contextual reinforcement learning (cRL) provides a framework to model changes in the environment through context. ' +
      'We show that cRL agents generalise better when they observe the context, and release a benchmark library for cRL.',
  };
  const processAlgebra: DocumentText = {
    id: 'mu-crl',
    title: 'Completeness of timed mu CRL',
    abstract:
      'Previously a straightforward extension of the process algebra mu CRL was proposed to explicitly deal with time. ' +
      'This paper gives an in depth analysis of the theory of timed mu CRL and proves its axioms complete for closed terms.',
  };
  const imaging: DocumentText = {
    id: 'mammography',
    title: 'Lesion segmentation in digital mammograms',
    abstract:
      'A region of interest (ROI) around each lesion is found by thresholding. Texture features of the ROI separate benign from malignant masses.',
  };
  const finance: DocumentText = {
    id: 'portal-payback',
    title: 'Portal payback',
    abstract: 'Enterprise portals promise a fast ROI and draw the interest of investors. We show how three firms measured the ROI of their portal projects within a year.',
  };
  const scan: DocumentText = {
    id: 'scan',
    title: 'Fan-beam reconstruction of a small region',
    abstract: 'We reconstruct the ROI around a lesion from truncated fan-beam projections, so that only the region inside the scan is exposed.',
  };
  const index = extractConcepts([contextual, processAlgebra, imaging, finance, scan], { perPaper: 8 });
  const tagsOf = (paper: string) => {
    const byId = new Map(index.concepts.map((c) => [c.id, c.label.toLowerCase()]));
    return (index.byPaper[paper] ?? []).map((p) => byId.get(p.id)!);
  };

  it('stays itself when the paper is not about what the definer is about, whatever words of the long form it writes: "mu CRL" is no contextual RL, a finance ROI (with investors\' "interest") no region of interest (review 18 H1)', () => {
    expect(tagsOf('mu-crl')).not.toContain('contextual reinforcement learning');
    expect(conceptOf(index, 'contextual reinforcement learning')?.papers).toEqual(['contextualize']);
    expect(tagsOf('portal-payback')).not.toContain('region of interest');
  });

  it('takes the one definition where the paper is about what the definer is about (a lesion)', () => {
    expect(conceptOf(index, 'region of interest')?.papers.sort()).toEqual(['mammography', 'scan']);
  });
});

describe('a gerund and an agent noun are words of their own (review 8)', () => {
  const corpus: DocumentText[] = [
    { id: 'crt', title: 'A survey of 19-inch CRT monitors', abstract: 'We compare display monitors from six vendors. Monitors with flat screens cost more.' },
    { id: 'lcd', title: 'Flat-panel monitors for the office', abstract: 'Flat-panel monitors replace CRT displays. The monitors use less power.' },
    { id: 'net', title: 'Network monitoring with sampled flows', abstract: 'Monitoring a backbone network needs sampling. Our monitoring system samples flows.' },
    { id: 'grid', title: 'Monitoring of power grids', abstract: 'Monitoring the power grid finds faults early. Monitoring uses phasor units.' },
  ];
  it('keeps "monitors" (displays) and "monitoring" (the act) apart', () => {
    const index = extractConcepts(corpus, { perPaper: 8 });
    const monitoring = conceptOf(index, 'monitoring');
    const monitors = conceptOf(index, 'monitors');
    // ("net" carries "Network monitoring", which holds it.)
    expect(monitoring?.papers).toContain('grid');
    expect(monitoring?.papers).not.toEqual(expect.arrayContaining(['crt']));
    expect(monitoring?.papers).not.toEqual(expect.arrayContaining(['lcd']));
    expect(monitors?.papers.sort()).toEqual(['crt', 'lcd']);
  });
});

describe('a classical plural and its singular', () => {
  it('are one concept: Criterion and Criteria (review 8)', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'A stopping criterion for iterative solvers', abstract: 'We derive a stopping criterion from the residual. The criterion is cheap.' },
      { id: 'b', title: 'Stopping criteria compared', abstract: 'Five stopping criteria for Krylov solvers are compared. The criteria differ in cost.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    const named = (form: RegExp) => index.concepts.filter((c) => [c.label, ...c.aliases].some((a) => form.test(a))).map((c) => c.id);
    expect(named(/^stopping criterion$/i)).toHaveLength(1);
    expect(named(/^stopping criteria$/i)).toEqual(named(/^stopping criterion$/i));
    // Alone, "criterion" is a discourse noun since review 18 H3: no concept in either form.
    expect(named(/^criterion$/i)).toHaveLength(0);
    expect(named(/^criteria$/i)).toHaveLength(0);
  });
});

describe('a long form opening with a function word its short form spells', () => {
  it('is the label, not the letters: "A posteriori" for AP, "In situ adaptive tabulation" for ISAT (review 8)', () => {
    const corpus: DocumentText[] = [
      {
        id: 'spot',
        title: 'Word spotting based on a posterior measure of keyword confidence',
        abstract: 'An a posteriori (AP) confidence measure and its forward-backward algorithm are deduced. The AP measure rejects false alarms in keyword spotting.',
      },
      {
        id: 'map',
        title: 'Decoding with a posteriori probabilities',
        abstract: 'The decoder computes the a posteriori (AP) probability of each bit. AP decoding beats hard decisions on fading channels.',
      },
      { id: 'isat', title: 'In situ adaptive tabulation for combustion', abstract: 'In Situ Adaptive Tabulation (ISAT) speeds up chemistry. ISAT tables grow during the run.' },
      { id: 'isat2', title: 'ISAT for turbulent flames', abstract: 'We apply ISAT to turbulent flames. The in situ adaptive tabulation keeps errors small.' },
    ];
    const index = extractConcepts(corpus, { perPaper: 8 });
    const ap = conceptOf(index, 'AP');
    expect(ap?.label).toBe('A posteriori');
    expect(ap?.abbreviation).toBe('AP');
    expect(ap?.papers.sort()).toEqual(['map', 'spot']);
    expect(conceptOf(index, 'ISAT')?.label).toMatch(/^In situ adaptive tabulation$/i);
    // A fragment that only opens with a function word is still no label.
    expect(index.concepts.some((c) => /^(of|the|a|in) /i.test(c.label) && c.abbreviation === undefined)).toBe(false);
  });
});

describe('long forms of one short form that open with the same two words (review 18 M3)', () => {
  const corpus: DocumentText[] = [
    { id: 'prostate', title: 'Dose escalation for prostate cancer', abstract: 'Intensity modulated radiation therapy (IMRT) plans deliver a higher dose to the prostate while sparing the rectum.' },
    { id: 'head-neck', title: 'Parotid sparing in head and neck cancer', abstract: 'Intensity-modulated radiotherapy (IMRT) spares the parotid glands; the dose to the tumour is kept.' },
    { id: 'planning', title: 'Fast inverse planning', abstract: 'IMRT plans are optimised so that the dose to the tumour rises and the rectum and parotid glands are spared.' },
    { id: 'ood-a', title: 'Robust text classifiers', abstract: 'Classifiers fail on out-of-domain (OOD) reviews; we adapt them with unlabeled reviews.' },
    { id: 'ood-b', title: 'Detecting novel inputs', abstract: 'Out-of-distribution (OOD) inputs are flagged by the classifier confidence on reviews.' },
  ];
  const index = extractConcepts(corpus, { perPaper: 8 });

  it('are one concept, with both long forms among its names ("IMRT" was three concepts)', () => {
    const imrt = index.concepts.filter((c) => c.abbreviation === 'IMRT' || c.label === 'IMRT' || /^intensity/i.test(c.label));
    expect(imrt).toHaveLength(1);
    const names = [imrt[0]!.label, ...imrt[0]!.aliases].map((n) => n.toLowerCase().replace(/-/g, ' '));
    expect(names).toEqual(expect.arrayContaining(['intensity modulated radiation therapy', 'intensity modulated radiotherapy']));
    expect([...imrt[0]!.papers].sort()).toEqual(['head-neck', 'planning', 'prostate']);
  });

  it('take no label from a spelling merged into another one ("Transmission Electron Microscoscopy")', () => {
    const tem = extractConcepts(
      [
        { id: 'a', title: 'Grain boundaries in alumina', abstract: 'Grain boundaries were imaged with a transmission electron microscope (TEM). The TEM images show dislocations in alumina grains.' },
        { id: 'b', title: 'Dislocations in alumina', abstract: 'A transmission electron microscope (TEM) shows dislocations at grain boundaries of alumina.' },
        { id: 'c', title: 'Alumina nanograins', abstract: 'Nanograins of alumina were studied with Transmission Electron Microscoscopy (TEM); TEM shows grain boundaries free of dislocations.' },
      ],
      { perPaper: 8 },
    ).concepts.filter((c) => c.abbreviation === 'TEM' || /^transmission/i.test(c.label));
    expect(tem).toHaveLength(1);
    expect(tem[0]!.label).toBe('Transmission electron microscope');
  });

  it('stay apart when the two words they share are function words ("out of domain", "out of distribution")', () => {
    const ood = index.concepts.filter((c) => /^out.of/i.test(c.label));
    expect(ood.map((c) => c.label.toLowerCase().replace(/-/g, ' ')).sort()).toEqual(['out of distribution', 'out of domain']);
  });
});

describe('a noun whose form in -s is its singular', () => {
  it('keeps its -s in the concept id: "quantum-mechanics", "active-species", not "quantum-mechanic" (review 20 L7: /concepts/specie/)', () => {
    const corpus: DocumentText[] = [
      { id: 'a', title: 'Quantum mechanics of active species in plasmas', abstract: 'We apply quantum mechanics to the active species of a plasma. Quantum mechanics predicts the rates of the active species.' },
      { id: 'b', title: 'Active species in quantum mechanics', abstract: 'Active species are modelled with quantum mechanics. The active species decay as quantum mechanics says.' },
    ];
    const ids = extractConcepts(corpus, { perPaper: 8 }).concepts.map((c) => c.id);
    expect(ids).toContain('quantum-mechanics');
    expect(ids).toContain('active-species');
    expect(ids.filter((id) => /(mechanic|specie)$/.test(id))).toEqual([]);
  });
});

describe('letters no paper defines, written in different fields', () => {
  const papers: DocumentText[] = [
    {
      id: 'uptake',
      title: 'Antigen uptake by dendritic cells',
      abstract: 'Mannose-coated antigens raised uptake by DCs through C-type lectin receptors. The DCs then primed CD8 T cells in draining lymph nodes.',
    },
    {
      id: 'vaccine',
      title: 'Tumour lysate vaccines',
      abstract: 'Monocyte-derived DCs loaded with tumour lysate primed T cells against melanoma antigens. DC maturation required lectin signalling.',
    },
    {
      id: 'grid',
      title: 'Power distribution on industrial plants',
      abstract: 'We design converters for AC and DC grids of industrial plants. DC links cut losses in motor drives and DC busbars feed the converters.',
    },
    { id: 'harbour', title: 'Harbour sediments', abstract: 'Dredged harbour sediments hold heavy metals that leach under tidal flushing.' },
    { id: 'ice', title: 'Sea ice', abstract: 'Arctic sea ice thins as ocean heat reaches the surface in autumn storms.' },
  ];
  const index = extractConcepts(papers, { perPaper: 6 });

  it('are one concept only for the papers that write them in a shared context (probe 56: dendritic cells and direct current)', () => {
    const dc = index.concepts.find((c) => c.label === 'DC' || c.aliases.includes('DC'));
    expect(dc?.papers ?? []).not.toContain('grid');
  });
});
