import { describe, expect, it } from 'vitest';
import {
  boxMeetsDisc,
  briefLabel,
  distinctShortLabels,
  fitLabel,
  LABEL_PLACES,
  LABEL_SIDES,
  labelBox,
  overlaps,
  placeLabelsAround,
  placeNeighbourhoodLabels,
  type Box,
  type LabelledNode,
  type LabelPlacement,
  type LabelView,
} from '../../../src/client/graph/labels';

describe('labelBox', () => {
  it('centres the label below its node and scales with the zoom', () => {
    const [x1, y1, x2, y2] = labelBox(100, 50, 20, 60, 10);
    expect((x1 + x2) / 2).toBe(100);
    expect(y1).toBeGreaterThan(50 + 10 - 1);
    const zoomed = labelBox(100, 50, 20, 60, 10, 2);
    expect(zoomed[2] - zoomed[0]).toBeGreaterThan(2 * (x2 - x1) - 10);
    expect(y2).toBeGreaterThan(y1);
  });

  it('covers the measured text and its halo, with a little room', () => {
    // 200 model units of text at zoom 1.5: 300 px, 4 px of room each side.
    const [x1, , x2] = labelBox(0, 0, 10, 200, 10, 1.5);
    expect(x2 - x1).toBe(308);
    // Zoomed in far, the halo (2 model units) is wider than the room and counts instead.
    const [d1, , d2] = labelBox(0, 0, 10, 200, 10, 6);
    expect(d2 - d1).toBe(1200 + 2 * 12);
  });
});

describe('labelBox on each side', () => {
  const below = labelBox(100, 50, 20, 60, 10, 2);

  it('mirrors below to above about the node, and right to left', () => {
    const above = labelBox(100, 50, 20, 60, 10, 2, 'above');
    expect([above[0], above[2]]).toEqual([below[0], below[2]]);
    expect(above[1] + below[3]).toBeCloseTo(100);
    expect(above[3]).toBeLessThan(50 - 10 * 2);
    const right = labelBox(100, 50, 20, 60, 10, 2, 'right');
    const left = labelBox(100, 50, 20, 60, 10, 2, 'left');
    expect(left[0] + right[2]).toBeCloseTo(200);
    expect(left[2] + right[0]).toBeCloseTo(200);
  });

  it('puts a label beside its node past the node and the gap, centred on it, as wide as its text', () => {
    const [x1, y1, x2, y2] = labelBox(100, 50, 20, 60, 10, 2, 'right');
    // The node's edge is at 120, the text starts 3 model units (6 px) on, with 4 px of room before it.
    expect(x1).toBe(100 + 20 + 6 - 4);
    expect(x2 - x1).toBe(120 + 8);
    expect((y1 + y2) / 2).toBe(50);
    expect(y2 - y1).toBeGreaterThanOrEqual(10 * 1.3 * 2);
  });
});

describe('boxMeetsDisc', () => {
  it('tells a disc under a box from one only near its corner', () => {
    const box: Box = [0, 0, 100, 20];
    expect(boxMeetsDisc(box, { x: 50, y: 25, r: 6 })).toBe(true);
    expect(boxMeetsDisc(box, { x: 50, y: 26, r: 6 })).toBe(false);
    // Beyond the corner diagonally: inside the disc's box, not the disc.
    expect(boxMeetsDisc(box, { x: 104, y: 24, r: 5 })).toBe(false);
    expect(boxMeetsDisc(box, { x: 103, y: 23, r: 5 })).toBe(true);
  });
});

describe('placeLabelsAround', () => {
  const canvas: Box = [0, 0, 400, 300];
  const node = (x: number, y: number, textWidth = 60, zoom = 1) => LABEL_SIDES.map((side) => labelBox(x, y, 10, textWidth, 10, zoom, side));
  const disc = (x: number, y: number, r = 6) => ({ x, y, r });

  it('moves a label off another node: above, then beside, and leaves it out where every side covers one', () => {
    // A dot just below the node: its label goes above.
    expect(placeLabelsAround([node(200, 100)], { within: canvas, discs: [disc(200, 100), disc(200, 118)] })).toEqual([1]);
    // Dots below and above: to the right; and right too: to the left.
    expect(placeLabelsAround([node(200, 100)], { within: canvas, discs: [disc(200, 100), disc(200, 118), disc(200, 82)] })).toEqual([2]);
    expect(placeLabelsAround([node(200, 100)], { within: canvas, discs: [disc(200, 100), disc(200, 118), disc(200, 82), disc(240, 100)] })).toEqual([3]);
    expect(placeLabelsAround([node(200, 100)], { within: canvas, discs: [disc(200, 100), disc(200, 118), disc(200, 82), disc(240, 100), disc(160, 100)] })).toEqual([-1]);
    // Without the dots it stays below.
    expect(placeLabelsAround([node(200, 100)], { within: canvas })).toEqual([0]);
  });

  it('keeps off dots of nodes that get no label (discs past the labels), never its own node', () => {
    expect(placeLabelsAround([node(200, 100), node(200, 200)], { within: canvas, discs: [disc(200, 100), disc(200, 200), disc(200, 118)] })).toEqual([1, 0]);
  });

  it('takes a shorter text where the whole one covers a dot on every side', () => {
    // 60 units of text, then 20: the dots 30 units off either way are clear of the short one beside the node.
    const both = [...node(200, 100, 60), ...node(200, 100, 20)];
    const dots = [disc(200, 100), disc(200, 118), disc(200, 82), disc(250, 100), disc(150, 100)];
    expect(placeLabelsAround([both], { within: canvas, discs: dots })).toEqual([-1 + LABEL_SIDES.length + 3]);
  });

  it('keeps only the middle of a big dot clear', () => {
    // A dot 40 px across whose top the label below covers (the label ends at 123), 17 px short of its centre.
    const dots = [disc(200, 100), disc(200, 140, 20), disc(200, 82), disc(240, 100), disc(160, 100)];
    expect(placeLabelsAround([node(200, 100)], { within: canvas, discs: dots })).toEqual([-1]);
    expect(placeLabelsAround([node(200, 100)], { within: canvas, discs: dots, middle: 12 })).toEqual([0]);
    expect(placeLabelsAround([node(200, 100)], { within: canvas, discs: dots, middle: 18 })).toEqual([-1]);
  });

  it('places one label wider than the canvas over dots, when nothing else is placed, so the deepest zoom names a node', () => {
    // Zoomed in 6 times: 60 units of text are 360 px on a 300 px canvas, over the dots of nodes beside it.
    const narrow: Box = [0, 0, 300, 300];
    const dots = [disc(150, 100, 30), disc(150, 200, 30), disc(150, 0, 30), disc(300, 100, 30), disc(0, 100, 30), disc(150, 290, 30)];
    const deep = [node(150, 100, 60, 6), node(150, 200, 60, 6)];
    expect(placeLabelsAround(deep, { within: narrow, discs: dots, middle: 12 })).toEqual([0, -1]);
    // A label that fits the canvas is held off the dots even so.
    expect(placeLabelsAround([node(150, 100, 20, 6)], { within: narrow, discs: dots, middle: 12 })).toEqual([-1]);
    // Once one label is placed, a wide one keeps off the dots like any other.
    expect(placeLabelsAround([node(20, 280, 5, 1), ...deep], { within: narrow, discs: [disc(20, 280), ...dots], middle: 12 })).toEqual([1, -1, -1]);
  });

  it('stops at the limit and keeps off labels taken already', () => {
    const taken: Box[] = [labelBox(200, 100, 10, 60, 10)];
    expect(placeLabelsAround([node(200, 100), node(200, 40), node(200, 250)], { within: canvas, taken, limit: 1 })).toEqual([1, -1, -1]);
  });
});

describe('briefLabel', () => {
  it('names a title by the name it opens with', () => {
    expect(briefLabel('SPIRAL: Self-Play on Zero-Sum Games Incentivizes Reasoning', 16)).toBe('SPIRAL…');
    expect(briefLabel('Med-R³: Enhancing Medical Retrieval-Augmented Reasoning', 16)).toBe('Med-R³…');
    // A name too long is cut between words like any title.
    expect(briefLabel('Learning to Reason Under Off-Policy Guidance: a study', 16)).toBe('Learning to Reason…');
  });

  it('keeps two words at least, three after an article, and a short title whole', () => {
    expect(briefLabel('Can Compact Language Models Search Like Agents?', 16)).toBe('Can Compact…');
    expect(briefLabel('Consciousness-Inspired Spatio-Temporal Abstractions for Better Generalization', 16)).toBe('Consciousness-Inspired Spatio-Temporal…');
    expect(briefLabel('A bright millisecond-duration radio burst of extragalactic origin', 16)).toBe('A bright millisecond-duration…');
    expect(briefLabel('Attention Is All You Need', 16)).toBe('Attention Is All…');
    expect(briefLabel('Mano  Report', 16)).toBe('Mano Report');
    expect(briefLabel('Deep Residual Learning', 16)).toBe('Deep Residual…');
    // Never ending on a function word.
    expect(briefLabel('Results of a Randomized Trial of Induction', 16)).toBe('Results of a Randomized…');
    expect(briefLabel('Studies of the Economic Growth', 12)).toBe('Studies of the Economic…');
  });

  it('drops punctuation before the ellipsis', () => {
    expect(briefLabel('Benefits and Pitfalls, of Reinforcement Learning', 16)).toBe('Benefits and Pitfalls…');
    expect(briefLabel('Bounds on σ₈, and more from the survey', 13)).toBe('Bounds on σ₈…');
  });
});

describe('placeLabelsAround with one place per label', () => {
  const box = (x: number, y: number): Box => [x, y, x + 50, y + 10];
  // Whether each label, given one place, is placed.
  const placed = (boxes: readonly Box[], placement: LabelPlacement = {}) => placeLabelsAround(boxes.map((b) => [b]), placement).map((side) => side >= 0);

  it('keeps the first of two overlapping labels and every label clear of the others', () => {
    expect(placed([box(0, 0), box(20, 5), box(60, 0), box(20, 20)])).toEqual([true, false, true, true]);
    expect(overlaps(box(0, 0), box(49, 9))).toBe(true);
    expect(overlaps(box(0, 0), box(50, 0))).toBe(false);
  });

  it('leaves out labels that would run off the canvas, and stops at the limit', () => {
    const canvas: Box = [0, 0, 200, 100];
    expect(placed([box(-5, 0), box(10, 0), box(160, 0), box(10, 95)], { within: canvas })).toEqual([false, true, false, false]);
    expect(placed([box(0, 0), box(0, 20), box(0, 40)], { limit: 2 })).toEqual([true, true, false]);
  });

  it('keeps every label off those taken already, which do not count against the limit', () => {
    expect(placed([box(20, 5), box(60, 0), box(0, 20)], { limit: 2, taken: [box(0, 0)] })).toEqual([false, true, true]);
  });

  it('places a label wider than the canvas when its middle is inside, so the deepest zoom still names nodes', () => {
    const canvas: Box = [0, 0, 200, 100];
    const wide = (middle: number, y = 10): Box => [middle - 150, y, middle + 150, y + 20];
    expect(placed([wide(100), wide(100, 20), wide(120, 60)], { within: canvas })).toEqual([true, false, true]);
    expect(placed([wide(250)], { within: canvas })).toEqual([false]);
    expect(placed([wide(100, 90)], { within: canvas })).toEqual([false]);
  });

  it('holds a label to the canvas when only the room round its text makes it wider', () => {
    // 196 px of text (+4 px of room a side) on a 200 px canvas: it fits once its node is in the middle, so
    // off the middle it is cut, not a label wider than the canvas.
    const canvas: Box = [0, 0, 200, 100];
    const text = labelBox(60, 10, 10, 196, 10);
    expect(text[2] - text[0]).toBeGreaterThan(200);
    expect(placed([text], { within: canvas })).toEqual([false]);
    expect(placed([labelBox(100, 10, 10, 190, 10)], { within: canvas })).toEqual([true]);
  });
});

describe('placeNeighbourhoodLabels', () => {
  // A phone: the canvas of a 375 px wide page, a selection centred at the zoom it animates to.
  const phone: LabelView = { zoom: 1.6, pan: { x: 172 - 1000 * 1.6, y: 259 - 500 * 1.6 }, width: 344, height: 518 };
  const node = (x: number, y: number, textWidth = 180, kept = false): LabelledNode => ({ x, y, size: 12, textWidth, kept });
  // Whether each label is drawn, on whichever side.
  const drawn = (...args: Parameters<typeof placeNeighbourhoodLabels>) => placeNeighbourhoodLabels(...args).map((side) => side >= 0);

  it('leaves out neighbours whose labels would run past the left or right edge of a narrow canvas', () => {
    const selection = node(1000, 500, 150, true);
    // 180 model units of title are 288 px here: only a node near the middle of the 344 px canvas fits one.
    const left = node(960, 420);
    const right = node(1050, 580);
    const middle = node(1002, 600);
    expect(drawn([selection, left, right, middle], phone, 10)).toEqual([true, false, false, true]);
    // A short title fits off the middle.
    expect(drawn([selection, node(960, 420, 60)], phone, 10)).toEqual([true, true]);
  });

  it('places for the view given: the same neighbour fits once the view is panned to it', () => {
    const left = node(960, 420);
    expect(drawn([left], phone, 10)).toEqual([false]);
    const panned = { ...phone, pan: { x: phone.pan.x + 40 * 1.6, y: phone.pan.y } };
    expect(drawn([left], panned, 10)).toEqual([true]);
  });

  it('draws kept labels whatever their place, and keeps the others off them', () => {
    const selection = node(1000, 500, 150, true);
    const below = node(1001, 510);
    const cut = node(900, 500, 180, true);
    expect(drawn([below, selection, cut], phone, 10)).toEqual([false, true, true]);
  });

  it('still names a node whose label is wider than the canvas when its middle is in view', () => {
    const deep: LabelView = { zoom: 6, pan: { x: 172 - 1000 * 6, y: 259 - 500 * 6 }, width: 344, height: 518 };
    expect(drawn([node(1000, 480), node(1040, 480), node(1000, 300)], deep, 10)).toEqual([true, false, false]);
  });

  it('keeps a neighbour’s label off the other lit nodes’ dots, on another side where below covers one (the selection’s too)', () => {
    // Below the selection lies a neighbour's dot: the selection's label goes above it, and the neighbour's
    // below its own node, clear of the selection's dot.
    const selection = node(1000, 500, 60, true);
    const under = node(1000, 512, 60);
    const [below, above, right] = [0, 1, 2];
    expect(placeNeighbourhoodLabels([selection, under], phone, 10)).toEqual([above, below]);
    // A dot drawn without a label of its own (a lit node further down the ranking, or any node of a big
    // graph) is kept clear the same way.
    const neighbour = node(1000, 440, 40);
    expect(placeNeighbourhoodLabels([neighbour], phone, 10, [{ x: 1000, y: 452, size: 12 }])).toEqual([above]);
    expect(placeNeighbourhoodLabels([neighbour], phone, 10, [{ x: 1000, y: 452, size: 12 }, { x: 1000, y: 428, size: 12 }])).toEqual([right]);
    // Dots on every side: left out rather than drawn over one; the selection's is drawn below all the same.
    const around = [0, 40, -40].flatMap((dx) => [12, -12, 0].map((dy) => ({ x: 1000 + dx, y: 440 + dy, size: 12 }))).filter((d) => d.x !== 1000 || d.y !== 440);
    expect(placeNeighbourhoodLabels([neighbour], phone, 10, around)).toEqual([-1]);
    expect(placeNeighbourhoodLabels([{ ...neighbour, kept: true }], phone, 10, around)).toEqual([below]);
    // Where only the edge of a dot is under its label on the right, and the middle of one under every other
    // side, the selection's goes right.
    const middles = [{ x: 1000, y: 452, size: 12 }, { x: 1000, y: 428, size: 12 }, { x: 960, y: 440, size: 12 }, { x: 1030, y: 427.75, size: 12 }];
    expect(placeNeighbourhoodLabels([{ ...neighbour, kept: true }], phone, 10, middles)).toEqual([right]);
  });

  it('puts the selection’s label past a corner of its node where every side covers the middle of a dot', () => {
    const selection: LabelledNode = { ...node(1000, 440, 40), kept: true };
    // A neighbour's dot against each side: below, above, right and left of the selection.
    const cross = [{ x: 1000, y: 452, size: 12 }, { x: 1000, y: 428, size: 12 }, { x: 1040, y: 440, size: 12 }, { x: 960, y: 440, size: 12 }];
    const [at] = placeNeighbourhoodLabels([selection], phone, 10, cross, 12);
    expect(at).toBeGreaterThanOrEqual(LABEL_SIDES.length);
    // The corner's label leaves every dot's middle (4 px of it) clear, which no side did (it was drawn below, over one).
    const toPx = (x: number, y: number) => [x * phone.zoom + phone.pan.x, y * phone.zoom + phone.pan.y] as const;
    const box = labelBox(...toPx(1000, 440), 12, 40, 10, phone.zoom, LABEL_PLACES[at!]);
    for (const d of cross) expect(boxMeetsDisc(box, { x: toPx(d.x, d.y)[0], y: toPx(d.x, d.y)[1], r: 2 })).toBe(false);
    // A side clear of the dots' middles still comes first.
    expect(placeNeighbourhoodLabels([selection], phone, 10, cross.slice(0, 3), 12)).toEqual([3]);
    // A neighbour's label is not moved past a corner: left out, as before.
    expect(placeNeighbourhoodLabels([node(1000, 440, 40)], phone, 10, cross, 12)).toEqual([-1]);
  });

  it('draws a label over faint dots (nodes outside the neighbourhood) only where no side is clear of them', () => {
    const neighbour = node(1000, 440, 40);
    const faded = (x: number, y: number) => ({ x, y, size: 12, faint: true });
    expect(placeNeighbourhoodLabels([neighbour], phone, 10, [faded(1000, 452)])).toEqual([1]);
    const all = [0, 40, -40].flatMap((dx) => [12, -12, 0].map((dy) => faded(1000 + dx, 440 + dy))).filter((d) => d.x !== 1000 || d.y !== 440);
    expect(placeNeighbourhoodLabels([neighbour], phone, 10, all)).toEqual([0]);
    // A found paper outside the neighbourhood has a label placed, and a faint dot: kept clear where a side is.
    expect(placeNeighbourhoodLabels([neighbour, { ...node(1000, 452, 40), faint: true }], phone, 10)).toEqual([1, 0]);
    expect(placeNeighbourhoodLabels([neighbour, { ...node(1000, 452, 40), faint: true }], phone, 10, all)).toEqual([0, -1]);
  });

  it('keeps only the middle of a big dot clear', () => {
    const neighbour = node(1000, 440, 40);
    // A dot of 30 model units (48 px) whose edge, not middle, reaches under the label below.
    const big = { x: 1000, y: 473, size: 30 };
    expect(placeNeighbourhoodLabels([neighbour], phone, 10, [big])).toEqual([1]);
    expect(placeNeighbourhoodLabels([neighbour], phone, 10, [big], 12)).toEqual([0]);
  });
});

describe('fitLabel', () => {
  // Every character 6 units wide, the ellipsis too.
  const measure = (text: string) => text.length * 6;

  it('keeps a label that fits whole, its spaces collapsed', () => {
    expect(fitLabel('Deep  learning\nfor graphs', 200, measure)).toBe('Deep learning for graphs');
    expect(fitLabel('Deep learning', 13 * 6, measure)).toBe('Deep learning');
  });

  it('cuts between words, as many as fit with the ellipsis, and never wider than asked', () => {
    const title = 'Delving into RL for Image Generation with CoT: A Study on DPO vs. GRPO';
    for (const width of [60, 90, 120, 150, 200, 300]) {
      const text = fitLabel(title, width, measure);
      expect(measure(text), `at ${width}`).toBeLessThanOrEqual(width);
      expect(text.endsWith('…')).toBe(true);
      // A run of whole first words of the title.
      const words = text.slice(0, -1);
      expect(title.startsWith(words)).toBe(true);
      expect(title.slice(words.length), `at ${width}`).toMatch(/^[\s:.,;]/);
    }
    // A cut right after a function word is one word shorter (review 15 L5: "Observation of…").
    expect(fitLabel(title, 90, measure)).toBe('Delving…');
    // One more word would not fit: 'Delving into RL…' is 16 characters.
    expect(fitLabel(title, 95, measure)).toBe('Delving…');
    expect(fitLabel(title, 96, measure)).toBe('Delving into RL…');
  });

  it('drops punctuation before the ellipsis', () => {
    expect(fitLabel('DeepSport: A Multimodal Large Language Model', 70, measure)).toBe('DeepSport…');
    expect(fitLabel('DeepSport: A Multimodal Large Language Model', 80, measure)).toBe('DeepSport…');
    expect(fitLabel('Observation of a new particle in the search for the Standard Model Higgs boson', 100, measure)).toBe('Observation…');
    expect(fitLabel('Observation of a new particle in the search for the Standard Model Higgs boson', 160, measure)).toBe('Observation of a new…');
    expect(fitLabel('Fino1 - on the transferability of reasoning', 60, measure)).toBe('Fino1…');
  });

  it('cuts inside the first word only when it does not fit whole, keeping a character at least', () => {
    expect(fitLabel('Consciousness-inspired spatio-temporal abstractions', 60, measure)).toBe('Conscious…');
    expect(fitLabel('Supercalifragilistic', 30, measure)).toBe('Supe…');
    expect(fitLabel('Supercalifragilistic', 1, measure)).toBe('S…');
  });

  it('measures a few times, not once per word', () => {
    let calls = 0;
    const title = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    fitLabel(title, 100, (t) => (calls++, measure(t)));
    expect(calls).toBeLessThan(10);
  });
});

describe('distinctShortLabels', () => {
  const cut = (label: string, max: number) => (label.length <= max ? label : `${label.slice(0, label.lastIndexOf(' ', max))}…`);
  it('runs different titles that would read the same cut on to the word where they differ', () => {
    const labels = [
      'Approximation theory of fuzzy systems - MIMO case',
      'Approximation theory of fuzzy systems - SISO case',
      'Approximation theory of fuzzy  systems - MIMO case',
      'A short title',
      'Fuzzy sets and fuzzy logic in control',
    ];
    expect(cut(labels[0]!, 30)).toBe(cut(labels[1]!, 30));
    expect(distinctShortLabels(labels, 30, cut)).toEqual([
      'Approximation theory of fuzzy systems - MIMO…',
      'Approximation theory of fuzzy systems - SISO…',
      // The same title (but for its spacing) reads the same.
      'Approximation theory of fuzzy systems - MIMO…',
      'A short title',
      'Fuzzy sets and fuzzy logic in…',
    ]);
  });
  it('adds the word where they differ after the cut when it is far on', () => {
    const far = ['Approximation theory of fuzzy systems based upon genuine many-valued implications - MIMO case', 'Approximation theory of fuzzy systems based upon genuine many-valued implications - SISO case'];
    expect(distinctShortLabels(far, 36, cut)).toEqual(['Approximation theory of fuzzy… MIMO…', 'Approximation theory of fuzzy… SISO…']);
  });
  it('shows a title whole when another one runs on from it', () => {
    expect(distinctShortLabels(['Neural networks for control', 'Neural networks for control systems'], 20, cut)).toEqual([
      'Neural networks for control',
      'Neural networks for control systems',
    ]);
  });
});
