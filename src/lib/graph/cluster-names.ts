/**
 * Names for the clusters of the paper graph (./clusters.ts finds them): the concepts that set each apart from the
 * rest of the collection, true of enough of its papers, or else the words they share, or "Mixed: …"; and which of
 * its papers the name is not true of.
 */
import type { ConceptIndex } from '../model/concepts';
import type { Cluster } from '../model/graph';
import { compareIds } from './cooccurrence';
import { OTHER_CLUSTER_COLOR } from './palette';
import { MIXED_CLUSTER_LABEL, MIXED_PREFIX, mixedLabel, OTHER_CLUSTER_LABEL } from './cluster-identity';
import { tellingLabel, type WordNamer } from './cluster-words';
import { background, type Background } from '../concepts/background';
import { conceptSpecificity } from './concept-specificity';
import type { PaperMentions } from './concept-mentions';
import { labelWords } from './lone-concepts';
import { upperFirst } from '../concepts/word-shape';
import { stem } from '../concepts/normalise';

/**
 * A concept (or word) names a cluster only when at least this share of its papers are about it (and two of
 * them): ranked by how typical they are, the concepts of a big mixed cluster are rare ones, and at 2,493
 * papers "Polymers · Temperature" named a cluster of 243 whose papers were 3% tagged with either, 15% about
 * either.
 */
export const MIN_NAME_SHARE = 1 / 5;
/**
 * A name is shown as what its cluster is about only when it is true of at least half of its papers (about a
 * concept the name shows, or writing a word of it): every member's page shows its cluster's name, so a name true
 * of fewer would tell a reader something false of a member more often than something true. A fifth
 * (`MIN_NAME_SHARE`) lets a concept name a cluster; two such concepts on different papers cover two fifths.
 * The bar is the majority, not a figure read off a library: "as often as not", as a word names a cluster only
 * when half of the papers using it are about it (cluster-words.ts `TERMED_SHARE`). Below it, the cluster is
 * named by another two of its five most typical concepts that are true of half of it together, else by the two
 * concepts the most of its papers are about (`widestTopics`) where they are typical of it, each on a fifth of it,
 * and true of half of it, or else as mixed, by those ("Mixed: Monte Carlo, Cross section, …", `mixedLabel`), and pages do not show the name as the topic of a paper it is not true of (`GraphNode.offName`).
 * In SemEval-2017's 493 abstracts from three fields "Monte Carlo" named 28 papers, 6 of them about it (review 41
 * finding 2).
 */
export const NAME_COVERAGE = 1 / 2;
/** The concepts whose pairs can name a cluster its best two cannot (`betterPair`): the five its cards list. */
const NAME_CANDIDATES = 5;

/** A cluster's record, and the papers of it its name is not true of (`Cluster.coverage`): marked on the graph's nodes. */
export type DescribedCluster = Cluster & { offName: string[] };

/**
 * One Cluster record per cluster id in use, largest first and the other bucket last (the legend's order;
 * ids carried over from earlier runs need not be ranks). A cluster is named by the concepts most typical of
 * it, among those two or more of its papers carry as tags: the share of its papers about a concept (its
 * coverage) times the log of how much more often the concept is met in the cluster than in the whole
 * collection (its lift): the concept's part in how the cluster's concepts differ from the collection's, as
 * mutual information labels clusters. The collection's idf alone, which this replaced, favoured the
 * rarest concepts whatever their coverage: an 11-paper cognitive-psychology cluster whose concepts were all
 * on two papers or so was "Spatial map · Information theory", each name fitting 2 of its 11 papers, and a
 * concept every paper carries still named clusters through its coverage. A paper is about a concept it
 * carries or its title or abstract names (`mentions`, concept-mentions.ts): a paper carries only its few
 * best tags, preferring concepts few papers share, so tags alone under-count a cluster's broad topics.
 * Scores are weighted by how specific a one-word concept is in scientific text in general
 * (concept-specificity.ts), so that "Patients" does not name a cluster of clinical trials that "Placebo"
 * names better. Only concepts a fifth of its papers are about (`MIN_NAME_SHARE`) name it: in a big mixed
 * cluster the most typical concepts are rare ones, each on a few of its papers. With no such concept it is
 * named by the words a fifth of its papers share (cluster-words.ts), and with none either it is
 * `MIXED_CLUSTER_LABEL`; its top concepts are listed all the same, those in its label first. A name must also be
 * true of half of its papers (`NAME_COVERAGE`), else another pair of its typical concepts names it, or it is named
 * (as mixed where they are not true of half of it either) by the concepts the most of its papers are about; each record says what share its name is true of
 * (`coverage`) and which of its papers it is not (`offName`). Which rule names a cluster: `NAMING_RULES`; how
 * its label is then written, apart from the others': `labelClusters`.
 */
export function describeClusters(
  clusterOf: ReadonlyMap<string, number>,
  otherId: number | undefined,
  colourOf: ReadonlyMap<number, string>,
  index: ConceptIndex,
  previousTopConcepts: ReadonlyMap<number, readonly string[]> = new Map(),
  topN = 5,
  nameByWords?: WordNamer,
  bg: Background = background(),
  mentions: PaperMentions = new Map(),
): DescribedCluster[] {
  const members = new Map<number, string[]>();
  for (const [paper, cluster] of clusterOf) {
    const list = members.get(cluster);
    if (list) list.push(paper);
    else members.set(cluster, [paper]);
  }
  const collection = collectionOf(clusterOf, index, bg, mentions);
  const plans = [...members.keys()]
    .sort((a, b) => a - b)
    .map((id): ClusterPlan => {
      const facts = clusterFacts(id, members.get(id)!, id === otherId, collection, previousTopConcepts.get(id), topN, nameByWords);
      return { ...facts, ...finished(facts, nameCluster(facts)) };
    });
  const labels = labelClusters(plans, collection.labelOf);
  const described = plans.map(({ id, papers, isOther, words, apart, fitsWords }) => {
    const { label, inLabel } = labels.get(id)!;
    const ranked = [...inLabel, ...apart.filter((c) => !inLabel.includes(c))].slice(0, Math.max(topN, inLabel.length));
    const fits = (paper: string) => (words.length > 0 ? fitsWords(paper) : inLabel.some((c) => collection.aboutOf(paper).has(c)));
    const named = !isOther && (words.length > 0 || inLabel.length > 0);
    const offName = named ? papers.filter((p) => !fits(p)).sort(compareIds) : [];
    return {
      id,
      label,
      topConcepts: ranked,
      size: papers.length,
      color: isOther ? OTHER_CLUSTER_COLOR : colourOfCluster(colourOf, id),
      ...(named ? { coverage: round3((papers.length - offName.length) / papers.length) } : {}),
      offName,
    };
  });
  return described.sort((a, b) => Number(a.id === otherId) - Number(b.id === otherId) || b.size - a.size || a.id - b.id);
}

/** What every cluster's naming reads of the whole collection, each read once. */
interface Collection {
  index: ConceptIndex;
  clusterOf: ReadonlyMap<string, number>;
  paperCount: number;
  labelOf: ReadonlyMap<string, string>;
  specificity: ReadonlyMap<string, number>;
  bg: Background;
  /** Whether a concept's label has a word that tells what it is about (cluster-words.ts `tellingLabel`). */
  telling: (id: string) => boolean;
  /** The concepts a paper is about: those it carries, and those its title or abstract names. */
  aboutOf: (paper: string) => ReadonlySet<string>;
  /** How many of the collection's papers are about each concept. */
  df: ReadonlyMap<string, number>;
}

function collectionOf(clusterOf: ReadonlyMap<string, number>, index: ConceptIndex, bg: Background, mentions: PaperMentions): Collection {
  const labelOf = new Map(index.concepts.map((c) => [c.id, c.label]));
  const specificity = new Map(index.concepts.map((c) => [c.id, conceptSpecificity(c.label, bg)]));
  // Asked only of the concepts that fit a fifth of a cluster: a big collection has tens of thousands.
  const tellingMemo = new Map<string, boolean>();
  const telling = (id: string): boolean => {
    let t = tellingMemo.get(id);
    if (t === undefined) tellingMemo.set(id, (t = tellingLabel(labelOf.get(id) ?? id, bg)));
    return t;
  };
  // Once per paper: the collection's counts and its cluster's both read it.
  const aboutMemo = new Map<string, Set<string>>();
  const aboutOf = (paper: string): Set<string> => {
    let about = aboutMemo.get(paper);
    if (about === undefined) {
      about = new Set(uniqueConcepts(index, paper));
      for (const [c, times] of mentions.get(paper) ?? []) if (times > 0) about.add(c);
      aboutMemo.set(paper, about);
    }
    return about;
  };
  const df = new Map<string, number>();
  for (const paper of clusterOf.keys()) {
    for (const c of aboutOf(paper)) df.set(c, (df.get(c) ?? 0) + 1);
  }
  return { index, clusterOf, paperCount: clusterOf.size, labelOf, specificity, bg, telling, aboutOf, df };
}

/** A concept of a cluster as its naming ranks it: how many of its papers are about it, and how typical of it it is. */
interface Scored {
  id: string;
  covered: number;
  score: number;
}

/** What the naming rules read of one cluster. */
interface ClusterFacts {
  id: number;
  papers: string[];
  isOther: boolean;
  labelOf: ReadonlyMap<string, string>;
  /** Its concepts two or more of its papers carry, most typical first, apart from those nested in one before (the cards' list). */
  apart: string[];
  /** Those a fifth of its papers are about (`MIN_NAME_SHARE`), most typical first: the concepts that can name it. */
  fitting: string[];
  canName: ReadonlySet<string>;
  /** Those that set it apart from the collection (lift above 1). */
  typical: ReadonlySet<string>;
  /** Its five most typical concepts that can name it, none nested in one before, the previous run's two in front. */
  labelled: string[];
  /** The words its papers share that name it where no concept can (cluster-words.ts), else none. */
  words: string[];
  /** Whether a paper is one its words are true of. */
  fitsWords: (paper: string) => boolean;
  /** How many of its papers a name must be true of (`NAME_COVERAGE`). */
  enough: number;
  /** The concepts that named it on the previous run, best first. */
  previous: readonly string[] | undefined;
  /** How many of its papers are about one of these concepts. */
  coveredBy: (ids: readonly string[]) => number;
  /** Whether two concepts (or fewer) meet in it (`pairBelongs`). */
  together: (pair: readonly string[]) => boolean;
  /** Whether these concepts can name it together: true of enough of it, and meeting in it. */
  names: (pair: readonly string[]) => boolean;
  /** The concepts the most of its papers are about (`widestTopics`), found once where a rule asks. */
  widest: () => string[];
}

function clusterFacts(
  id: number,
  papers: string[],
  isOther: boolean,
  collection: Collection,
  previous: readonly string[] | undefined,
  topN: number,
  nameByWords: WordNamer | undefined,
): ClusterFacts {
  const { labelOf, aboutOf } = collection;
  const minCount = Math.min(2, papers.length);
  const scored = scoredConcepts(papers, minCount, collection);
  // A name must fit a fair share of the cluster: a concept fewer of its papers are about does not name it.
  const minCovered = Math.max(minCount, Math.ceil(MIN_NAME_SHARE * papers.length));
  const apart = apartFromNested(scored.map((r) => r.id), labelOf, topN);
  // The most typical of the concepts that fit enough of its papers, wherever they rank among all of them.
  const fitting = scored.filter((r) => r.covered >= minCovered);
  const naming = apartFromNested(fitting.map((r) => r.id), labelOf, topN);
  // A concept no more common in the cluster than in the whole collection (lift 1, score 0) does not set it apart.
  const typical = new Set(scored.filter((r) => r.score > 0).map((r) => r.id));
  // Only concepts that set it apart are kept as its name (all are, where none does: a one-cluster collection): a
  // mixed cluster lists first a concept all of its papers are about that the whole collection is about too, and
  // kept as a name on the next run that renamed it with no change to its papers.
  keepPreviousNames(naming, previous, (c) => typical.size === 0 || typical.has(c));
  // A concept nested in one before it is listed, never named: "Petri nets · Nets" said one thing twice.
  const labelled = withoutNested(naming, labelOf);
  const words = isOther ? [] : wordsName(papers, scored, fitting, minCovered, collection, nameByWords);
  // Which of its papers a name is true of: those about one of its concepts, or that write (or are about) one
  // of its words (cluster-words.ts `uses`; a namer without it is taken at its word).
  const coveredBy = (ids: readonly string[]) => papers.reduce((n, p) => n + Number(ids.some((c) => aboutOf(p).has(c))), 0);
  const fitsWords = (paper: string) => nameByWords?.uses === undefined || words.some((w) => nameByWords.uses!(paper, w));
  const enough = NAME_COVERAGE * papers.length;
  // Two concepts name it together only where they meet in it (`pairBelongs`): "Descriptors · PID controller" named
  // 21 Inspec abstracts, 8 on QSAR descriptors and 5 on PID tuning, none on both (review 43 finding 6).
  const together = (pair: readonly string[]) =>
    pair.length < 2 || pairBelongs(pair[0]!, pair[1]!, papers, collection.clusterOf.keys(), aboutOf, collection.df, collection.paperCount);
  const names = (pair: readonly string[]) => coveredBy(pair) >= enough && together(pair);
  let widest: string[] | undefined;
  return {
    id,
    papers,
    isOther,
    labelOf,
    apart,
    fitting: fitting.map((r) => r.id),
    canName: new Set(fitting.map((r) => r.id)),
    typical,
    labelled,
    words,
    fitsWords,
    enough,
    previous,
    coveredBy,
    together,
    names,
    widest: () => (widest ??= widestTopics(papers, aboutOf, scored.map((r) => r.id), labelOf, previous)),
  };
}

/** The concepts two or more of a cluster's papers carry (all, for one paper), most typical first. */
function scoredConcepts(papers: readonly string[], minCount: number, collection: Collection): Scored[] {
  const { index, aboutOf, df, paperCount, specificity } = collection;
  const tagged = new Map<string, number>();
  const about = new Map<string, number>();
  for (const paper of papers) {
    for (const c of uniqueConcepts(index, paper)) tagged.set(c, (tagged.get(c) ?? 0) + 1);
    for (const c of aboutOf(paper)) about.set(c, (about.get(c) ?? 0) + 1);
  }
  const centrality = tagCentrality(index, papers);
  return (
    [...tagged]
      .filter(([, n]) => n >= minCount)
      .map(([c]) => {
        const coverage = (about.get(c) ?? 0) / papers.length;
        // Below 1 the concept is rarer in the cluster than elsewhere: nothing typical of it.
        const lift = coverage / ((df.get(c) ?? 1) / paperCount);
        return { id: c, covered: about.get(c) ?? 0, score: coverage * Math.max(0, Math.log(lift)) * (specificity.get(c) ?? 1) };
      })
      // Equal scores (in a one-cluster collection every lift is 1): the concept more of its papers are about.
      .sort((a, b) => b.score - a.score || b.covered - a.covered || (centrality.get(b.id) ?? 0) - (centrality.get(a.id) ?? 0) || compareIds(a.id, b.id))
  );
}

/**
 * Papers that no concept covers enough of are named by the words enough of them share (cluster-words.ts); with
 * none either, the cluster says it is mixed rather than show a name that fits few of its papers. So are papers
 * that only concepts of words any paper writes would name (`tellingLabel`), each on fewer than half of them, when
 * the words name them by something more specific (concept-specificity.ts): in the SemEval-2017 abstracts
 * "Simulation results" named 17 papers on cloud computing, controller design and transport, six of which report
 * simulation results, "Management system" 15 whose four on one were on knowledge, production and power-grid
 * management (review 22b). A concept most of them are about is what they share, whatever its words ("Knowledge
 * base" of three).
 */
function wordsName(papers: readonly string[], scored: readonly Scored[], fitting: readonly Scored[], minCovered: number, collection: Collection, nameByWords: WordNamer | undefined): string[] {
  const { labelOf, specificity, telling, bg } = collection;
  const generic = fitting.filter((r) => 2 * r.covered <= papers.length && !telling(r.id));
  const onlyGeneric = fitting.length > 0 && generic.length === fitting.length;
  if (!((fitting.length === 0 || onlyGeneric) && nameByWords)) return [];
  const offered = nameByWords(papers, minCovered, scored.map((r) => ({ label: labelOf.get(r.id) ?? r.id, papers: r.covered })));
  return offered.length > 0 && (!onlyGeneric || conceptSpecificity(offered[0]!, bg) > generic.reduce((m, r) => Math.max(m, specificity.get(r.id) ?? 1), 0)) ? offered : [];
}

/** What a naming rule gives: the concepts in the order they are listed, how many the name shows, and whether it says the cluster is mixed. */
interface Naming {
  order: string[];
  count: number;
  mixed: boolean;
}

/** A naming rule: the cluster's name where the rule gives one. */
type NamingRule = (c: ClusterFacts) => Naming | undefined;

/** By the words its papers share, where no concept can name it: as mixed where they are not true of half of it. */
const byWords: NamingRule = (c) => (c.words.length > 0 ? { order: c.labelled, count: 2, mixed: c.papers.filter(c.fitsWords).length < c.enough } : undefined);

/** A cluster named by one concept on the previous run keeps that name while it is still true of enough of it alone. */
const byPreviousConcept: NamingRule = (c) => {
  const one = c.previous?.length === 1 ? c.previous[0]! : undefined;
  if (one === undefined || !c.typical.has(one) || !c.canName.has(one) || c.coveredBy([one]) < c.enough) return undefined;
  return { order: [one, ...c.labelled.filter((x) => x !== one)], count: 1, mixed: false };
};

/** Its two most typical concepts, when they are true of enough of its papers and meet in it. */
const byBestTwo: NamingRule = (c) => (c.names(c.labelled.slice(0, 2)) ? { order: c.labelled, count: 2, mixed: false } : undefined);

/** The best-ranked two of its five most typical that are true of enough of it and meet in it (`betterPair`). */
const byAnotherPair: NamingRule = (c) => {
  const pair = betterPair(c.labelled, c.typical, c.names);
  return pair ? { order: pair, count: 2, mixed: false } : undefined;
};

/** The best-ranked of its five most typical true of enough of it alone (`loneName`). */
const byLoneConcept: NamingRule = (c) => {
  const one = loneName(c.labelled, c.typical, c.coveredBy, c.enough);
  return one ? { order: [one, ...c.labelled.filter((x) => x !== one)], count: 1, mixed: false } : undefined;
};

/** The other bucket is never named as mixed: its label says what it is (`OTHER_CLUSTER_LABEL`). */
const asRemainder: NamingRule = (c) => (c.isOther ? { order: c.labelled, count: 2, mixed: false } : undefined);

/**
 * The concepts the most of its papers are about (`widestTopics`), where they can name it as any concept can
 * (typical of it, on a fifth of it): the first two where they are true of half of it and meet in it (`byWidestTwo`),
 * else the first alone where it is true of half of it (`byWidestOne`).
 */
function widestName(c: ClusterFacts, ids: readonly string[]): boolean {
  return ids.length > 0 && ids.every((x) => c.typical.has(x) && c.canName.has(x)) && c.names(ids);
}

const byWidestTwo: NamingRule = (c) => (widestName(c, c.widest().slice(0, 2)) ? { order: c.widest(), count: 2, mixed: false } : undefined);

const byWidestOne: NamingRule = (c) => (widestName(c, c.widest().slice(0, 1)) ? { order: c.widest(), count: 1, mixed: false } : undefined);

/**
 * Else it is named as mixed by the concepts the most of its papers are about, so that its label speaks for as many
 * of its papers as it can. A mixed cluster lists two concepts: where one is on all of its papers (the widest topics
 * stop there), the most typical of the rest follows it, not nested in it ("Mixed: Reinforcement learning, …" named
 * two clusters alike).
 */
const asMixed: NamingRule = (c) => {
  const widest = c.widest();
  return { order: widest.length < 2 ? withoutNested([...widest, ...c.labelled], c.labelOf) : widest, count: 2, mixed: true };
};

/**
 * How a cluster is named: by the first of these rules that gives it a name. Each rule after `byWords` is tried only
 * where no words name it; the other bucket stops at `asRemainder`, as its label is its own.
 */
const NAMING_RULES: readonly NamingRule[] = [byWords, byPreviousConcept, byBestTwo, byAnotherPair, byLoneConcept, asRemainder, byWidestTwo, byWidestOne, asMixed];

function nameCluster(c: ClusterFacts): Naming {
  for (const rule of NAMING_RULES) {
    const naming = rule(c);
    if (naming) return naming;
  }
  throw new Error(`no naming rule named cluster ${c.id}`);
}

/** A cluster's naming, with the concept its name would take second where another cluster has its one-concept name. */
type ClusterPlan = ClusterFacts & Naming & { second: string | undefined };

function finished(c: ClusterFacts, naming: Naming): Naming & { second: string | undefined } {
  const { order, mixed } = naming;
  // Widest topics may be one concept (on all of its papers): a name of one.
  const count = order.length > 0 && order.length < naming.count ? order.length : naming.count;
  const second = !mixed && count === 1 && c.words.length === 0 && order.length > 0 ? secondConcept(c, order[0]!) : undefined;
  return { order, count, mixed, second };
}

/**
 * The concept a one-concept name takes second where another cluster has that name too: the best-ranked of the
 * concepts that can name the cluster, typical of it, not nested in the first, that meets the first in it.
 */
function secondConcept(c: ClusterFacts, first: string): string | undefined {
  return withoutNested([first, ...c.fitting], c.labelOf)
    .slice(1, NAME_CANDIDATES + 1)
    .find((x) => c.typical.has(x) && c.together([first, x]));
}

/** The label of each cluster, and the concepts it shows, in the order shown. */
interface ClusterLabel {
  label: string;
  inLabel: string[];
}

/** The labels written so far, and the concept (or word) each of them leads with. */
interface Written {
  used: Set<string>;
  leads: Set<string>;
}

/**
 * Labels: the named clusters first, then the mixed ones, biggest first, each led by a concept (or word) no label
 * before it leads with where it has one (`mixedLead`): two Inspec clusters both read "Mixed: Control system, …" in
 * the legend and on the canvas, which cut names short (review 43 finding 6). No two labels read the same
 * (`distinctLabel`).
 */
function labelClusters(plans: readonly ClusterPlan[], labelOf: ReadonlyMap<string, string>): Map<number, ClusterLabel> {
  const written: Written = { used: new Set(), leads: new Set() };
  const labels = new Map<number, ClusterLabel>();
  const byName = [...plans].sort((a, b) => Number(a.mixed) - Number(b.mixed) || (a.mixed ? b.papers.length - a.papers.length : 0) || a.id - b.id);
  for (const plan of byName) {
    const { isOther, words, mixed } = plan;
    const led = mixed && words.length === 0 ? mixedLead(plan.order, (c) => labelOf.get(c) ?? c, written.leads) : plan.order;
    const { order, count } = withSecondConcept(plan, led, written.used, labelOf);
    const name = nameMaker(plan, order, labelOf, written.leads);
    const { label, shown } = distinctLabel(plan, name, count, written.used);
    written.used.add(label);
    if (!isOther && label !== MIXED_CLUSTER_LABEL) written.leads.add(leadOf(label));
    // The concepts its label shows come first (the legend and the cards list them), then the others in rank order.
    labels.set(plan.id, { label, inLabel: words.length > 0 || isOther ? [] : order.slice(0, shown) });
  }
  return labels;
}

/** The concept (or word) a label leads with. */
function leadOf(label: string): string {
  return label.replace(MIXED_PREFIX, '').split(/ · |, /)[0]!;
}

/** "Reinforcement learning" named two bundled clusters on its own: the second takes a concept that meets it there. */
function withSecondConcept(plan: ClusterPlan, order: string[], used: ReadonlySet<string>, labelOf: ReadonlyMap<string, string>): { order: string[]; count: number } {
  const { count, second } = plan;
  const alone = order.length > 0 ? nameFrom(order, labelOf, 1) : '';
  if (plan.isOther || count !== 1 || second === undefined || !used.has(alone)) return { order, count };
  return { order: [order[0]!, second, ...order.slice(1).filter((c) => c !== second)], count: 2 };
}

/** The cluster's name showing its first `n` concepts (or all its words): "A · B", "Mixed: A, B, …" or `MIXED_CLUSTER_LABEL`. */
function nameMaker(plan: ClusterPlan, order: readonly string[], labelOf: ReadonlyMap<string, string>, leads: ReadonlySet<string>): (n: number) => string {
  const { words, mixed } = plan;
  if (words.length > 0) {
    const wordList = mixed ? mixedLead(words.map(upperFirst), (w) => w, leads) : words.map(upperFirst);
    return () => (mixed ? mixedLabel(wordList) : wordList.join(' · '));
  }
  if (order.length === 0) return () => MIXED_CLUSTER_LABEL;
  return (n) => (mixed ? mixedLabel(order.slice(0, n).map((c) => labelOf.get(c) ?? c)) : nameFrom(order, labelOf, n));
}

/**
 * A label no cluster before has, and how many concepts it shows: two clusters must not read the same in the
 * legend, so a name of two takes one more concept (where two already meet), then a number.
 */
function distinctLabel(plan: ClusterPlan, name: (n: number) => string, count: number, used: ReadonlySet<string>): { label: string; shown: number } {
  const { isOther, mixed } = plan;
  let shown = mixed ? 2 : count;
  let label = isOther ? OTHER_CLUSTER_LABEL : name(shown);
  if (!isOther && used.has(label) && shown === 2) [label, shown] = [name(3), 3];
  for (let n = 2; used.has(label); n++) [label, shown] = [`${name(mixed ? 2 : count)} (${n})`, mixed ? 2 : count];
  return { label, shown };
}

/**
 * The first `limit` concepts in rank order, those whose label's words hold or are held by the words of a
 * concept ranked above moved after the rest: "Magnetic resonance imaging · Functional magnetic resonance
 * imaging" says one thing twice, and the name has room for two. Only the first `limit` are wanted, so the
 * scan stops once that many stand apart (a big cluster ranks thousands of concepts: compared each with all
 * those kept before it, they took 1.9 s of the link phase at 10,000 papers).
 */
export function apartFromNested(ranked: readonly string[], labelOf: ReadonlyMap<string, string>, limit: number): string[] {
  const { kept, nested } = splitNested(ranked, labelOf, limit);
  return [...kept, ...nested].slice(0, Math.max(0, limit));
}

/** `ranked` less the concepts whose label's words hold or are held by those of a concept before them. */
export function withoutNested(ranked: readonly string[], labelOf: ReadonlyMap<string, string>): string[] {
  return splitNested(ranked, labelOf, ranked.length).kept;
}

/** The concepts that stand apart from those before them, up to `limit` of them, and the nested ones met on the way. */
function splitNested(ranked: readonly string[], labelOf: ReadonlyMap<string, string>, limit: number): { kept: string[]; nested: string[] } {
  // Word by word as stems: "Principal components" is held by "Principal component analysis" (review 18 H2).
  const wordsOf = (id: string) => new Set(labelWords((labelOf.get(id) ?? id).toLowerCase()).map(stem));
  const first: Array<Set<string>> = [];
  const kept: string[] = [];
  const nested: string[] = [];
  const within = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));
  for (const id of ranked) {
    // Concepts kept later would come after these, and nested ones after all kept.
    if (kept.length >= limit) break;
    const words = wordsOf(id);
    if (words.size > 0 && first.some((other) => within(words, other) || within(other, words))) nested.push(id);
    else {
      kept.push(id);
      first.push(words);
    }
  }
  return { kept, nested };
}

/**
 * A cluster that is the previous run's keeps the two concepts that named it, in front and in their order,
 * while both are still among its top concepts that can name it (`ranked`: those that fit a fifth of it): two concepts of near-equal score trading places would
 * otherwise rename the cluster on every page of its papers after an edit elsewhere.
 */
function keepPreviousNames(ranked: string[], previous: readonly string[] | undefined, keepable: (c: string) => boolean = () => true): void {
  const names = previous?.slice(0, 2) ?? [];
  if (names.length < 2 || !names.every((c) => ranked.includes(c) && keepable(c))) return;
  const rest = ranked.filter((c) => !names.includes(c));
  ranked.length = 0;
  for (const c of [...names, ...rest]) ranked.push(c);
}

function colourOfCluster(colourOf: ReadonlyMap<number, string>, id: number): string {
  const colour = colourOf.get(id);
  if (colour === undefined) throw new Error(`cluster ${id} has no colour`);
  return colour;
}

/**
 * `labelled` with, in front, the best-ranked two of its first five (`NAME_CANDIDATES`) that can name the cluster
 * together (`names`: true of enough of its papers, and meeting in it), each typical of it (`typical`): pairs by the
 * sum of their ranks, then the first's. Undefined when no pair can.
 */
function betterPair(labelled: readonly string[], typical: ReadonlySet<string>, names: (pair: readonly string[]) => boolean): string[] | undefined {
  const candidates = labelled.slice(0, NAME_CANDIDATES);
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < candidates.length; i++) for (let j = i + 1; j < candidates.length; j++) pairs.push([i, j]);
  pairs.sort((a, b) => a[0] + a[1] - (b[0] + b[1]) || a[0] - b[0]);
  for (const [i, j] of pairs) {
    const pair = [candidates[i]!, candidates[j]!];
    if (pair.every((c) => typical.has(c)) && names(pair)) return [...pair, ...labelled.filter((c) => !pair.includes(c))];
  }
  return undefined;
}

/** The best-ranked of `labelled`'s first five (`NAME_CANDIDATES`), typical of the cluster, that alone is true of `enough` of its papers. */
function loneName(labelled: readonly string[], typical: ReadonlySet<string>, coveredBy: (ids: readonly string[]) => number, enough: number): string | undefined {
  return labelled.slice(0, NAME_CANDIDATES).find((c) => typical.has(c) && coveredBy([c]) >= enough);
}

/** The chance below which two concepts' papers in common are taken as more than chance (`pairTogether`): the conventional 5%. */
export const TOGETHER_CHANCE = 0.05;

/**
 * Whether two concepts of a cluster's name belong together in it, so that "A · B" does not read as "about both" for
 * two disjoint groups of its papers: some of its papers are about both (`inCluster`), and either a fair share of
 * those about the rarer of the two in it (`rarer`) are (a fifth, `MIN_NAME_SHARE`, as for one concept to name a
 * cluster: "Reinforcement learning · Self-play" where all of the self-play papers are about reinforcement learning),
 * or across the collection the two go together more often than chance would bring about (`together` of `papers` papers, where independent concepts on
 * `dfA` and `dfB` papers share about `dfA`·`dfB`/`papers`, a Poisson count: as many or more by chance under
 * `TOGETHER_CHANCE`), as a topic and its method do. One paper in common is no evidence for two concepts on a
 * handful of papers each: "E-mail · Students" named 31 Inspec abstracts, 8 about e-mail and 12 about students, one
 * about both, where 0.45 are expected by chance. The review's direction (review 43 finding 6), with no threshold
 * read off a library.
 */
export function pairTogether(inCluster: number, rarer: number, together: number, dfA: number, dfB: number, papers: number): boolean {
  if (inCluster === 0) return false;
  if (inCluster >= MIN_NAME_SHARE * rarer) return true;
  return papers > 0 && poissonAtLeast(together, (dfA * dfB) / papers) < TOGETHER_CHANCE;
}

/** The chance of `k` or more events of a Poisson count of mean `mean`. */
export function poissonAtLeast(k: number, mean: number): number {
  if (k <= 0) return 1;
  if (!(mean > 0)) return 0;
  let term = Math.exp(-mean);
  let below = 0;
  for (let i = 0; i < k; i++) {
    below += term;
    term *= mean / (i + 1);
  }
  return Math.max(0, 1 - below);
}

function pairBelongs(
  a: string,
  b: string,
  members: readonly string[],
  all: Iterable<string>,
  aboutOf: (paper: string) => ReadonlySet<string>,
  df: ReadonlyMap<string, number>,
  paperCount: number,
): boolean {
  const both = (p: string) => aboutOf(p).has(a) && aboutOf(p).has(b);
  const inCluster = members.reduce((n, p) => n + Number(both(p)), 0);
  if (inCluster === 0) return false;
  const on = (c: string) => members.reduce((n, p) => n + Number(aboutOf(p).has(c)), 0);
  const rarer = Math.min(on(a), on(b));
  let together = 0;
  for (const p of all) if (both(p)) together++;
  return pairTogether(inCluster, rarer, together, df.get(a) ?? 0, df.get(b) ?? 0, paperCount);
}

/**
 * A mixed cluster's concepts (or words) with, in front, the first whose label (`parts`) no label before leads with
 * (`leads`), the rest in their order; unchanged when each does.
 */
export function mixedLead<T>(order: readonly T[], partOf: (x: T) => string, leads: ReadonlySet<string>): T[] {
  const k = order.findIndex((x) => !leads.has(partOf(x)));
  return k <= 0 ? [...order] : [order[k]!, ...order.filter((_, i) => i !== k)];
}

/**
 * Up to three of `candidates` (the cluster's concepts, most typical first) that together are what the most of `papers` are about:
 * each in turn the one the most papers not yet counted are about (ties to the better ranked), none nested in one
 * before it. The previous run's first two come first while both are candidates and together still about as many
 * papers as the two found afresh, so an edit elsewhere does not rename the cluster on every page of its papers for
 * a pair no better; a better one is taken, so that the name does not depend on the runs before (started from an
 * earlier graph.json, SemEval-2017's "Monte Carlo" cluster kept its first two concepts, Monte Carlo and Carbon
 * dioxide, on 8 of its 28 papers, where a fresh run lists Monte Carlo and Cross section, on 9).
 */
function widestTopics(
  papers: readonly string[],
  aboutOf: (paper: string) => ReadonlySet<string>,
  candidates: readonly string[],
  labelOf: ReadonlyMap<string, string>,
  previous: readonly string[] | undefined,
): string[] {
  const rank = new Map(candidates.map((c, k) => [c, k]));
  const covered = (ids: readonly string[]) => papers.reduce((n, p) => n + Number(ids.some((c) => aboutOf(p).has(c))), 0);
  const greedy = (start: readonly string[]): string[] => {
    const chosen = [...start];
    const open = new Set(papers.filter((p) => !chosen.some((c) => aboutOf(p).has(c))));
    while (chosen.length < 3) {
      const counts = new Map<string, number>();
      for (const p of open) for (const c of aboutOf(p)) if (rank.has(c) && !chosen.includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
      const next = [...counts]
        .filter(([c]) => withoutNested([...chosen, c], labelOf).length === chosen.length + 1)
        .sort((a, b) => b[1] - a[1] || rank.get(a[0])! - rank.get(b[0])!)[0];
      if (next === undefined) break;
      chosen.push(next[0]);
      for (const p of open) if (aboutOf(p).has(next[0])) open.delete(p);
    }
    return chosen;
  };
  const fresh = greedy([]);
  const kept = previous?.slice(0, 2) ?? [];
  const keep = kept.length === 2 && kept.every((c) => rank.has(c)) && withoutNested(kept, labelOf).length === 2 && covered(kept) >= covered(fresh.slice(0, 2));
  return keep ? greedy(kept) : fresh;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function nameFrom(ranked: readonly string[], labelOf: ReadonlyMap<string, string>, n: number): string {
  return ranked.slice(0, n).map((id) => labelOf.get(id) ?? id).join(' · ');
}

/**
 * How central each concept is to the papers that carry it: its tag score relative to each paper's best tag,
 * summed. It breaks ties between concepts as frequent and as specific: in a six-field review library a
 * security cluster's concepts were all on two papers each, and the alphabet named it "Alexa · AMD", two
 * tags at the ends of their papers' lists.
 */
function tagCentrality(index: ConceptIndex, papers: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const paper of papers) {
    const tags = index.byPaper[paper] ?? [];
    const best = tags.reduce((m, t) => Math.max(m, Number.isFinite(t.score) ? t.score : 0), 0);
    if (!(best > 0)) continue;
    const seen = new Set<string>();
    for (const t of tags) {
      if (seen.has(t.id) || !Number.isFinite(t.score)) continue;
      seen.add(t.id);
      out.set(t.id, (out.get(t.id) ?? 0) + Math.max(0, t.score) / best);
    }
  }
  return out;
}

function uniqueConcepts(index: ConceptIndex, paper: string): string[] {
  return [...new Set((index.byPaper[paper] ?? []).map((c) => c.id))];
}
