import { describe, expect, it } from 'vitest';
import { boxMeetsDisc } from '../../../src/client/graph/labels';
import { CLUSTER_LABEL_CHROME, CLUSTER_LABEL_NARROW_MIN, clusterLabelBox, clusterLabelMaxWidth, clusterLabelNarrowWidth, clusterLabelText, CLUSTER_NAME_MOST_LINES, clusterNameFit, clusterNameForms, clusterNameLines, clusterNameWhole, clusterSpots, inward, placeClusterLabels } from '../../../src/client/graph/cluster-labels';

describe('clusterSpots', () => {
  it('puts each cluster’s name at the middle of its nodes, biggest cluster first (review 18 L2: no names at the overview)', () => {
    const nodes = [
      ...[0, 1, 2, 3, 100].map((x) => ({ cluster: 4, x, y: x })),
      ...[10, 20, 30].map((y) => ({ cluster: 1, x: 50, y })),
      { cluster: 2, x: 0, y: 0 },
      { cluster: 2, x: 9, y: 9 },
    ];
    // The median, not the mean: one member drawn far off (x 100) does not pull the name off the group.
    expect(clusterSpots(nodes)).toEqual([
      { cluster: 4, x: 2, y: 2, members: 5, reach: 2, reachX: 2 },
      { cluster: 1, x: 50, y: 20, members: 3, reach: 10, reachX: 0 },
    ]);
    // Two dots are no group to name, unless asked.
    expect(clusterSpots(nodes, 2).map((s) => s.cluster)).toEqual([4, 1, 2]);
    expect(clusterSpots(nodes, 2)[2]).toEqual({ cluster: 2, x: 4.5, y: 4.5, members: 2, reach: 4.5, reachX: 4.5 });
  });
});

describe('the "Other papers" remainder on the canvas (review 21: the biggest disc had no name)', () => {
  /** `n` dots filling a disc of radius 40·√(n/π) around (cx, cy), on a sunflower spiral: a cluster as the layout draws it. */
  function disc(cluster: number, n: number, cx: number, cy: number) {
    const r = 40 * Math.sqrt(n / Math.PI);
    return Array.from({ length: n }, (_, i) => {
      const [d, a] = [r * Math.sqrt((i + 0.5) / n), i * 2.399963];
      return { cluster, x: cx + d * Math.cos(a), y: cy + d * Math.sin(a) };
    });
  }
  const clusters = [...disc(0, 100, 0, 0), ...disc(1, 60, 500, 0), ...disc(2, 80, 0, 500), ...disc(3, 40, 500, 500)];

  it('names its disc last, as a remainder with its count, even with its unlinked papers in rows under the drawing', () => {
    const rows = Array.from({ length: 90 }, (_, i) => ({ cluster: 9, x: -300 + (i % 30) * 48, y: 1100 + Math.floor(i / 30) * 48 }));
    const spots = clusterSpots([...clusters, ...disc(9, 200, 1100, 250), ...rows], 3, 9);
    expect(spots.map((s) => s.cluster)).toEqual([0, 2, 1, 3, 9]);
    const rest = spots[4]!;
    expect(rest.remainder).toBe(true);
    expect(rest.members).toBe(290);
    // Its name goes in its disc (radius 320 around 1100, 250), not between the disc and the rows.
    expect(Math.hypot(rest.x - 1100, rest.y - 250)).toBeLessThan(100);
    expect(clusterLabelText('Other papers', rest)).toBe('Other papers (290, no cluster)');
    expect(clusterLabelText('Agents', spots[0]!)).toBe('Agents');
  });

  it('leaves it unnamed where its papers lie all over the drawing (a small graph’s single layout)', () => {
    let state = 7;
    const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const scattered = Array.from({ length: 120 }, () => ({ cluster: 9, x: -300 + 1100 * random(), y: -300 + 1100 * random() }));
    const spots = clusterSpots([...clusters, ...scattered], 3, 9);
    expect(spots.map((s) => s.cluster)).toEqual([0, 2, 1, 3]);
  });

  it('names it when it is all there is', () => {
    expect(clusterSpots(disc(9, 30, 0, 0), 3, 9)).toMatchObject([{ cluster: 9, members: 30, remainder: true }]);
  });
});

describe('placeClusterLabels', () => {
  it('draws a name inside the canvas and off the names drawn before it', () => {
    const canvas: [number, number, number, number] = [0, 0, 400, 300];
    const placed = placeClusterLabels(
      [
        { x: 100, y: 100, chars: 20 },
        // On top of the first: left out.
        { x: 110, y: 104, chars: 10 },
        // Off the canvas: left out.
        { x: 500, y: 100, chars: 10 },
        { x: 300, y: 250, chars: 10 },
      ],
      canvas,
    );
    expect(placed.map(Boolean)).toEqual([true, false, false, true]);
  });

  it('caps a long name’s box at the width it is drawn (with an ellipsis), narrower on a phone', () => {
    expect(clusterLabelMaxWidth(750)).toBe(200);
    expect(clusterLabelMaxWidth(345)).toBe(115);
    const [x1, , x2] = clusterLabelBox(0, 0, 400, 200);
    expect(x2 - x1).toBeLessThanOrEqual(215);
  });
});

describe('which names give way (review 41: four of the eight biggest SemEval clusters unnamed, three of 3 papers named)', () => {
  const canvas: [number, number, number, number] = [0, 0, 630, 730];

  it('moves a name that would cover a bigger cluster’s a line up or down, as far as it stays on its cluster', () => {
    // Finite element (37) at 496,420; Transmission electron microscopes (31) at 357,410: their boxes met by 20 px.
    const [big, next] = placeClusterLabels(
      [
        { x: 496, y: 420, width: 98, reach: 25, members: 37 },
        { x: 357, y: 410, width: 230, maxWidth: 200, reach: 25, members: 31 },
      ],
      canvas,
    );
    expect(big).toEqual({ x: 496, y: 420 });
    expect(next).toBeDefined();
    expect(Math.abs(next!.y - 410)).toBeLessThanOrEqual(25);
    expect(Math.abs(next!.y - 420)).toBeGreaterThanOrEqual(2 * (12 * 0.65 + 3));
    // A cluster of three dots has no room to move its name in: it is left out rather than drawn off its dots.
    const [, small] = placeClusterLabels(
      [
        { x: 496, y: 420, width: 98, reach: 25, members: 37 },
        { x: 357, y: 410, width: 230, maxWidth: 200, reach: 3, members: 3 },
      ],
      canvas,
    );
    expect(small).toBeUndefined();
  });

  it('keeps a small cluster’s name off the dots of a cluster as big as its own or bigger, where it read as that one’s name', () => {
    // "Mixed topics" (3 papers) at 78,281, its box reaching x 123; the 25-paper cloud's left edge at x 115.
    const cloud = [115, 140, 165, 190].flatMap((x) => [260, 280, 300].map((y) => ({ x, y, r: 3, members: 25 })));
    const spot = { x: 78, y: 281, width: 76, reach: 4 };
    expect(placeClusterLabels([{ ...spot, members: 3 }], canvas, cloud)).toEqual([undefined]);
    // Nor of a cloud as big as its own or bigger (review 43: on a phone an 11-paper cluster's name sat beside a 21-paper cloud).
    expect(placeClusterLabels([{ ...spot, members: 13 }], canvas, cloud)[0]).toBeUndefined();
    // A cloud smaller than its own does not take its name from it.
    expect(placeClusterLabels([{ ...spot, members: 26 }], canvas, cloud)[0]).toBeDefined();
    expect(placeClusterLabels([{ ...spot, members: 3 }], canvas, cloud.filter((d) => d.x > 140))[0]).toBeDefined();
  });
});

describe('names by size, on their own clusters (review 43 finding 7: seven clusters of 10 to 20 Inspec papers unnamed, one of 5 named)', () => {
  const canvas: [number, number, number, number] = [0, 0, 630, 730];
  const cloud = (cx: number, cy: number, members: number, cluster: number) =>
    [-20, -10, 0, 10, 20].flatMap((dx) => [-10, 0, 10].map((dy) => ({ x: cx + dx, y: cy + dy, r: 3, members, cluster })));

  it('gives way to a bigger cluster’s name whatever the order the spots come in', () => {
    const [small, big] = placeClusterLabels(
      [
        { x: 300, y: 300, width: 120, members: 5, cluster: 1 },
        { x: 310, y: 304, width: 120, members: 20, cluster: 2 },
      ],
      canvas,
    );
    expect(big).toEqual({ x: 310, y: 304 });
    expect(small).toBeUndefined();
  });

  it('moves a name sideways over its own nodes where its middle is taken', () => {
    // A 44-paper cloud left of a 20-paper one: centred, the smaller's name (180 px) reaches over the bigger's dots.
    const dots = [...cloud(240, 300, 44, 0), ...cloud(330, 300, 20, 1)];
    const spot = { x: 330, y: 300, width: 180, reach: 10, reachX: 60, members: 20, cluster: 1 };
    const [at] = placeClusterLabels([spot], canvas, dots);
    expect(at).toBeDefined();
    expect(at!.x).toBeGreaterThan(330);
    expect(at!.x).toBeLessThanOrEqual(390);
    const [x1, y1, x2, y2] = clusterLabelBox(at!.x, at!.y, 180, 200);
    expect(dots.filter((d) => d.cluster === 0).some((d) => boxMeetsDisc([x1, y1, x2, y2], d))).toBe(false);
  });

  it('tries the name in a box as narrow as its cloud where the full one finds no place', () => {
    const dots = [...cloud(150, 300, 44, 0), ...cloud(270, 300, 20, 1), ...cloud(390, 300, 30, 2)];
    const spot = { x: 270, y: 300, width: 190, reach: 10, reachX: 20, members: 20, cluster: 1 };
    expect(placeClusterLabels([spot], canvas, dots)).toEqual([undefined]);
    const [at] = placeClusterLabels([{ ...spot, narrow: { width: 60, maxWidth: 120, lines: 2 } }], canvas, dots);
    expect(at).toMatchObject({ narrow: true });
    expect(clusterLabelNarrowWidth(200, 80)).toBe(CLUSTER_LABEL_NARROW_MIN);
    expect(clusterLabelNarrowWidth(200, 150)).toBe(150);
    expect(clusterLabelNarrowWidth(110, 80)).toBeUndefined();
  });

  it('says how far across its nodes lie (`reachX`)', () => {
    const [spot] = clusterSpots([0, 10, 20, 30, 40].map((x) => ({ cluster: 1, x, y: 0 })));
    expect(spot).toMatchObject({ x: 20, reach: 0, reachX: 20 });
  });
});

describe('the remainder’s name in a narrow box', () => {
  // DejaVu Sans at 12 px (system-ui on Linux) averages about 7 px a character over such names, wider than the estimate.
  const measure = (text: string) => Math.ceil(text.length * 7);
  const fits = (text: string, maxWidth: number) => measure(text) <= maxWidth - CLUSTER_LABEL_CHROME;

  it('keeps the count where the whole name does not fit (10,000 papers on a desktop: it read “Other papers (3343, no clust…”)', () => {
    const text = clusterLabelText('Other papers', { members: 3343, remainder: true }, clusterLabelMaxWidth(750), measure);
    expect(text).toBe('Other papers (3343)');
    expect(fits(text, clusterLabelMaxWidth(750))).toBe(true);
  });

  it('cuts the label, not the count, on a phone (it read “Other papers (5…”)', () => {
    const maxWidth = clusterLabelMaxWidth(359);
    const text = clusterLabelText('Other papers', { members: 536, remainder: true }, maxWidth, measure);
    expect(text).toMatch(/^Other.*\(536\)$/);
    expect(fits(text, maxWidth)).toBe(true);
  });

  it('gives the remainder’s name half a phone’s canvas, where “Other papers (536)” fits whole', () => {
    expect(clusterLabelMaxWidth(359, true)).toBe(180);
    expect(clusterLabelMaxWidth(750, true)).toBe(200);
    expect(clusterLabelText('Other papers', { members: 536, remainder: true }, clusterLabelMaxWidth(359, true), measure)).toBe('Other papers (536)');
  });

  it('says it is no cluster where that fits, and leaves a cluster’s own name to the CSS', () => {
    expect(clusterLabelText('Other papers', { members: 290, remainder: true }, 400, measure)).toBe('Other papers (290, no cluster)');
    expect(clusterLabelText('A long cluster name · another name', { members: 290 }, 100, measure)).toBe('A long cluster name · another name');
  });
});

describe('names at the canvas edge', () => {
  const canvas: [number, number, number, number] = [0, 0, 359, 586];

  it('moves a name whose spot is inside the canvas in from the edge it ran past, still over its spot', () => {
    // The remainder's disc at a phone's left edge (1,500 Inspec papers): its name's middle 38 px in.
    const [left, bottom, right] = placeClusterLabels(
      [
        { x: 38, y: 420, width: 107 },
        { x: 350, y: 580, width: 60 },
        { x: 320, y: 100, width: 100 },
      ],
      canvas,
    );
    for (const [at, spot, width] of [[left, 38, 107], [bottom, 350, 60], [right, 320, 100]] as const) {
      expect(at).toBeDefined();
      expect(at!.x - width / 2 - 6).toBeGreaterThanOrEqual(0);
      expect(at!.x + width / 2 + 6).toBeLessThanOrEqual(359);
      expect(Math.abs(at!.x - spot)).toBeLessThanOrEqual(width / 2 + 6);
    }
    expect(bottom!.y + 12 * 0.65 + 3).toBeLessThanOrEqual(586);
  });

  it('does not bring in a name whose spot is off the canvas', () => {
    expect(inward([-60, 10, 40, 30], [-10, 20], canvas)).toEqual([0, 0]);
    expect(inward([-60, 10, 40, 30], [10, 20], canvas)).toEqual([60, 0]);
  });
});


describe('clusterNameLines (review 41 finding 3: names cut to "Decision-makin…" on a phone)', () => {
  // 7 px a character, as a 12 px sans-serif roughly draws them.
  const measure = (text: string) => 7 * text.length;

  it('keeps a name that fits on one line', () => {
    expect(clusterNameLines('Exploration', 100, measure)).toEqual(['Exploration']);
  });

  it('puts a longer name on two lines at a word boundary rather than cutting it', () => {
    expect(clusterNameLines('Reinforcement learning', 100, measure)).toEqual(['Reinforcement', 'learning']);
    expect(clusterNameLines('Large language models', 100, measure)).toEqual(['Large language', 'models']);
  });

  it('breaks between two concepts, dropping their dot, when the second then fits whole', () => {
    // Most words that fit would give "RLHF · Target" over "dynamics"; the break at the dot keeps each concept whole.
    expect(clusterNameLines('RLHF · Target dynamics', 110, measure)).toEqual(['RLHF', 'Target dynamics']);
    // Never a line that opens or ends with the dot.
    expect(clusterNameLines('Decision-making · Model-based RL', 110, measure)).toEqual(['Decision-making', 'Model-based RL']);
    expect(clusterNameLines('Decision-making · Model-based reinforcement learning', 110, measure)).toEqual(['Decision-making', 'Model-based…']);
    // Where the second concept does not fit a line either, the most words that fit go first.
    expect(clusterNameLines('RLHF · Target distribution matching', 110, measure)).toEqual(['RLHF · Target', 'distribution…']);
  });

  it('cuts only what two lines cannot hold; a hyphenated word breaks after its hyphen; a word too wide is cut in one line', () => {
    // The second line never ends on the dot: "learning…", not "learning ·…".
    expect(clusterNameLines('Deep reinforcement learning · Reinforcement learning agent', 140, measure)).toEqual(['Deep reinforcement', 'learning…']);
    expect(clusterNameLines('Decision-making', 70, measure)).toEqual(['Decision-', 'making']);
    expect(clusterNameLines('Transformers', 70, measure)).toEqual(['Transform…']);
  });

  it('makes a two-line name’s box twice as tall, so names placed around it do not overlap it', () => {
    const [, top1, , bottom1] = clusterLabelBox(0, 0, 80, 200);
    const [, top2, , bottom2] = clusterLabelBox(0, 0, 80, 200, 2);
    expect(bottom2 - top2).toBeGreaterThan(1.6 * (bottom1 - top1));
  });
});

describe('clusterNameFit (review 43: "Mixed: Control" over "system, Neural…" on a phone)', () => {
  // 7 px a character, as a 12 px sans-serif roughly draws them; a phone's overview has about 107 px of text a line.
  const measure = (text: string) => 7 * text.length;
  const phone = 107;

  it('gives a label in shorter forms, each with its last topic dropped for an ellipsis, and the number of a repeated name kept', () => {
    expect(clusterNameForms('Mixed: Control system, Neural networks, …')).toEqual(['Mixed: Control system, Neural networks, …', 'Mixed: Control system, …']);
    expect(clusterNameForms('Deep reinforcement learning · Reinforcement learning agent')).toEqual(['Deep reinforcement learning · Reinforcement learning agent', 'Deep reinforcement learning · …']);
    expect(clusterNameForms('Graph neural networks · Molecules · Drug discovery')).toEqual(['Graph neural networks · Molecules · Drug discovery', 'Graph neural networks · Molecules · …', 'Graph neural networks · …']);
    expect(clusterNameForms('Libraries · Collections (2)')).toEqual(['Libraries · Collections (2)', 'Libraries · … (2)']);
    expect(clusterNameForms('Mixed: Cross section, … (3)')).toEqual(['Mixed: Cross section, … (3)']);
    for (const whole of ['Web site', 'Mixed topics', 'Other papers (101, no cluster)', 'Other papers (536)']) expect(clusterNameForms(whole)).toEqual([whole]);
  });

  it('keeps the full name where two lines hold it whole, breaking after a comma between two topics', () => {
    expect(clusterNameFit('Libraries · Collections', phone, measure)).toEqual(['Libraries', 'Collections']);
    // Most words that fit would give "Mixed: ABB, Computer" over "aided design, …": the topics stay whole.
    expect(clusterNameFit('Mixed: ABB, Computer aided design, …', 170, measure)).toEqual(['Mixed: ABB,', 'Computer aided design, …']);
  });

  it('drops the last topics of a name two lines cannot hold, rather than cut one in half', () => {
    expect(clusterNameFit('Mixed: Control system, Neural networks, …', phone, measure)).toEqual(['Mixed: Control', 'system, …']);
    expect(clusterNameFit('Mixed: Security, Pervasive computing, …', phone, measure)).toEqual(['Mixed:', 'Security, …']);
    expect(clusterNameFit('Deep reinforcement learning · Reinforcement learning agent', 140, measure)).toEqual(['Deep reinforcement', 'learning · …']);
    // Before: the first form, cut.
    expect(clusterNameLines('Mixed: Control system, Neural networks, …', phone, measure)).toEqual(['Mixed: Control', 'system, Neural…']);
  });

  it('never leaves the ellipsis alone on a line', () => {
    for (const label of ['Mixed: Security, Pervasive computing, …', 'Mixed: Information architecture, Unsupervised learning, …', 'Computed tomography · Iterative algorithm', 'Descriptors · Molecules (2)'])
      for (const room of [60, 80, phone, 130, 170]) for (const line of clusterNameFit(label, room, measure)) expect(line.startsWith('…'), `${label} at ${room}: ${line}`).toBe(false);
  });

  it('takes a third line for the shortest form where two cut it, and cuts it only where three do too, never a line wider than its room', () => {
    expect(clusterNameFit('Mixed: Information architecture, Unsupervised learning, …', phone, measure)).toEqual(['Mixed:', 'Information', 'architecture, …']);
    expect(clusterNameFit('Mixed: Electroencephalography recordings, Sleep, …', 70, measure)).toEqual(['Mixed:', 'Electroen…']);
    for (const label of ['Mixed: Information architecture, Unsupervised learning, …', 'Large language models · Reasoning capabilities', 'Electroencephalography'])
      for (const room of [40, 70, phone, 140, 200]) for (const line of clusterNameFit(label, room, measure)) expect(measure(line), `${label} at ${room}: ${line}`).toBeLessThanOrEqual(room);
  });
});

describe('a name of two concepts on a phone (reader-probe: "RLHF · …" and "Large language models · …" at the overview)', () => {
  // 7 px a character; a phone's overview has about 107 px of text a line.
  const measure = (text: string) => 7 * text.length;
  const phone = 107;
  const canvas: [number, number, number, number] = [0, 0, 360, 560];

  it('puts the whole name on up to five lines where two hold only its first concept, the dot between concepts kept', () => {
    expect(clusterNameFit('RLHF · Direct Preference Optimization', phone, measure)).toEqual(['RLHF · …']);
    expect(clusterNameWhole('RLHF · Direct Preference Optimization', phone, measure)).toEqual(['RLHF ·', 'Direct', 'Preference', 'Optimization']);
    expect(clusterNameWhole('Deep reinforcement learning · Reinforcement learning agent', phone, measure)).toEqual(['Deep', 'reinforcement', 'learning ·', 'Reinforcement', 'learning agent']);
    expect(clusterNameWhole('Large language models · Reasoning capabilities', 140, measure)).toEqual(['Large language', 'models ·', 'Reasoning', 'capabilities']);
    for (const lines of [clusterNameWhole('Large language models · Reasoning capabilities', phone, measure)!, clusterNameWhole('Reinforcement learning algorithms · Exploration', phone, measure)!])
      for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(phone);
    expect(CLUSTER_NAME_MOST_LINES).toBe(5);
  });

  it('gives none where two lines hold the whole name, or five do not', () => {
    expect(clusterNameWhole('Libraries · Collections', phone, measure)).toBeUndefined();
    expect(clusterNameWhole('Reinforcement learning', phone, measure)).toBeUndefined();
    expect(clusterNameWhole('Graph neural networks · Molecules · Drug discovery · Protein folding · Docking', phone, measure)).toBeUndefined();
  });

  it('draws the whole name where it finds a place, and the shortened one where it would cover a bigger cluster’s name', () => {
    const spot = { x: 180, y: 300, width: 56, lines: 1, maxWidth: 120, reach: 20, members: 19, cluster: 2, whole: { width: 84, lines: 4 } };
    expect(placeClusterLabels([spot], canvas)).toEqual([{ x: 180, y: 300, whole: true }]);
    // A bigger cluster's name 40 px below: four lines (about 68 px tall) reach it, one does not. Where the name
    // may not leave its spot (no reach), it is shortened; where it may, a line up clears the name below.
    const bigger = { x: 180, y: 340, width: 100, lines: 1, maxWidth: 120, members: 25, cluster: 1 };
    const [own, other] = placeClusterLabels([{ ...spot, reach: 0 }, bigger], canvas);
    expect(other).toEqual({ x: 180, y: 340 });
    expect(own).toEqual({ x: 180, y: 300 });
    expect(placeClusterLabels([spot, bigger], canvas)).toEqual([{ x: 180, y: 284.4, whole: true }, { x: 180, y: 340 }]);
  });

  it('never draws a name whole where that takes the place of a smaller cluster’s name (the seed corpus’s phone overview lost one so)', () => {
    const big = { x: 180, y: 300, width: 56, lines: 1, maxWidth: 120, reach: 40, members: 25, cluster: 1, whole: { width: 84, lines: 4 } };
    const small = { x: 180, y: 340, width: 80, lines: 1, maxWidth: 120, members: 7, cluster: 2 };
    expect(placeClusterLabels([{ ...big, reach: 0 }, small], canvas)).toEqual([
      { x: 180, y: 300 },
      { x: 180, y: 340 },
    ]);
    // Where it may move, the whole name goes a line up, clear of the smaller cluster's name.
    expect(placeClusterLabels([big, small], canvas)).toEqual([
      { x: 180, y: 284.4, whole: true },
      { x: 180, y: 340 },
    ]);
    // With the smaller cluster's name out of the way, the bigger's is drawn whole.
    expect(placeClusterLabels([big, { ...small, y: 420 }], canvas)).toEqual([{ x: 180, y: 300, whole: true }, { x: 180, y: 420 }]);
  });
});
