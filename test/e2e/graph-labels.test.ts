/**
 * What the graph explorer's labels leave visible, in Chromium against the built site under its base path, on
 * a desktop and on a phone: a selection's labels leave the lit nodes' dots in view, and a phone's overview names
 * each cluster whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mergeProblems, noProblems, type PageProblems } from '../support/browser';
import { servedChromium } from '../support/served-chromium';
import { siteUnderTest } from './site-under-test';
import { openGraphPage, viewAtRest } from '../support/graph-page';
import { clusterLabelMaxWidth } from '../../src/client/graph/cluster-labels';
import { LABEL_PLACES, labelBox, type Box } from '../../src/client/graph/labels';
import type { ExplorerData } from '../../src/lib/export/explorer-data';

const site = siteUnderTest();
const data = JSON.parse(readFileSync(join(site.outDir, 'graph', 'data.json'), 'utf8')) as ExplorerData;
const web = servedChromium({ site });
const problems: PageProblems[] = [];

/** The screens the reader-probe looked at. */
const SCREENS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

interface LabelCy {
  atlasGraph: {
    select(id: string): void;
    cy: {
      zoom(): number;
      width(): number;
      nodes(): {
        filter(f: (n: LabelNode) => boolean): LabelNode[] & { map<T>(f: (n: LabelNode) => T): T[] };
        sort(f: (a: LabelNode, b: LabelNode) => number): LabelNode[];
      };
    };
  };
}
interface LabelNode {
  id(): string;
  addClass(c: string): void;
  removeClass(c: string): void;
  style(p: string): string;
  data(k: string): unknown;
  hasClass(c: string): boolean;
  renderedPosition(): { x: number; y: number };
  renderedBoundingBox(o: object): { x1: number; y1: number; x2: number; y2: number };
}

/**
 * The dots of the lit neighbourhood (the selection and its neighbours) whose middle, up to 12 px across, a
 * label drawn beside them covers (a bigger dot with its middle clear still reads as a dot, as at the
 * overview). The selection's own label is drawn wherever it falls (on the side that covers least): not counted.
 */
const litDotsCovered = (page: Page) =>
  page.evaluate(() => {
    const { cy } = (window as unknown as LabelCy).atlasGraph;
    const hood = cy.nodes().filter((n) => n.hasClass('nb') || n.hasClass('is-selected'));
    const labelled = cy.nodes().filter((n) => (n.hasClass('nb') || n.hasClass('match')) && !n.hasClass('is-selected') && !n.hasClass('nb-quiet') && !n.hasClass('faded'));
    const zoom = cy.zoom();
    // Cytoscape's label bounds hold the halo and 2 model units more against measuring error: the text and halo only.
    const margin = 2 * zoom;
    const over: string[] = [];
    for (const n of labelled) {
      const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      const [x1, y1, x2, y2] = [b.x1 + margin, b.y1 + margin, b.x2 - margin, b.y2 - margin];
      for (const m of hood) {
        if (m.id() === n.id()) continue;
        const p = m.renderedPosition();
        const r = Math.min(((m.data('size') as number) * zoom) / 2, 12);
        const dx = p.x - Math.max(x1, Math.min(p.x, x2));
        const dy = p.y - Math.max(y1, Math.min(p.y, y2));
        if (dx * dx + dy * dy < r * r - 1) over.push(`${n.id()}'s label over ${m.id()}`);
      }
    }
    return { over, shown: labelled.length };
  });

describe('graph explorer labels', () => {
  it('draws a selection’s labels off the dots of the nodes it lights, on a desktop and on a phone (reader-probe: dots hidden under titles)', async () => {
    for (const viewport of SCREENS) {
      const context = await web.browser.newContext({ viewport });
      const page = await openGraphPage(context, web.server, problems);
      // The best-connected papers: the most lit dots for titles to fall on.
      const hubs = await page.evaluate(() =>
        (window as unknown as LabelCy).atlasGraph.cy
          .nodes()
          .sort((a, b) => (b.data('degree') as number) - (a.data('degree') as number))
          .slice(0, 8)
          .map((n) => n.id()),
      );
      let named = 0;
      for (const id of hubs) {
        await page.evaluate((id) => (window as unknown as LabelCy).atlasGraph.select(id), id);
        await viewAtRest(page);
        const seen = await litDotsCovered(page);
        expect(seen.over, `lit dots under the labels around ${id} at ${viewport.width} px`).toEqual([]);
        named += seen.shown;
      }
      // Held off the dots, labels move to another side of their node rather than go: the neighbours still named.
      expect(named, `neighbours named around the ${hubs.length} best-connected papers at ${viewport.width} px`).toBeGreaterThanOrEqual(2 * hubs.length);
      await context.close();
    }
  });

  it('draws the selection’s label inside the box its placement held clear, on every side and past every corner of its node', async () => {
    const context = await web.browser.newContext({ viewport: SCREENS[0] });
    const page = await openGraphPage(context, web.server, problems);
    const hub = await page.evaluate(() => (window as unknown as LabelCy).atlasGraph.cy.nodes().sort((a, b) => (b.data('degree') as number) - (a.data('degree') as number))[0]!.id());
    await page.evaluate((id) => (window as unknown as LabelCy).atlasGraph.select(id), hub);
    await viewAtRest(page);
    // Each place's class (graph-style.ts) put on the selection in turn, and its label's bounds as drawn.
    const drawn = await page.evaluate(
      ({ hub, places }) => {
        const { cy } = (window as unknown as LabelCy).atlasGraph;
        const n = cy.nodes().filter((m) => m.id() === hub)[0]!;
        const classes = places.map((p) => `lit-${p}`);
        // Below (no class) last: its label's bounds are read after a change of class, not as the placement left them.
        const order = [...places.keys()].slice(1).concat(0);
        // Twice, the second time read: the first bounds read after the selection were off by 10 model units.
        const boxes = new Map(
          [...order, ...order].map((i) => {
            for (const c of classes) n.removeClass(c);
            if (i > 0) n.addClass(classes[i]!);
            const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
            return [i, [b.x1, b.y1, b.x2, b.y2] as [number, number, number, number]];
          }),
        );
        return { at: n.renderedPosition(), size: n.data('size') as number, font: parseFloat(n.style('font-size')), zoom: cy.zoom(), boxes: places.map((_, i) => boxes.get(i)!) };
      },
      { hub, places: LABEL_PLACES },
    );
    const { at, size, font, zoom, boxes } = drawn;
    // Cytoscape's label bounds hold the halo (2 model units a side) and 2 model units more: the text is what is left.
    const text = (b: Box): Box => [b[0] + 4 * zoom, b[1] + 4 * zoom, b[2] - 4 * zoom, b[3] - 4 * zoom];
    const below = text(boxes[0]!);
    const textWidth = (below[2] - below[0]) / zoom;
    for (const [i, place] of LABEL_PLACES.entries()) {
      const held = labelBox(at.x, at.y, size, textWidth, font, zoom, place);
      const shown = text(boxes[i]!);
      const outside = [held[0] - shown[0], held[1] - shown[1], shown[2] - held[2], shown[3] - held[3]].map((d) => Math.round(d * 10) / 10);
      expect(outside.every((d) => d <= 1), `${place}: text ${shown.join(', ')} past the box held ${held.join(', ')} by ${outside.join(', ')}`).toBe(true);
      // And near it: on the side (or at the corner) the placement chose, not somewhere else that happens to fit.
      expect(Math.abs((shown[0] + shown[2]) / 2 - (held[0] + held[2]) / 2), `${place}: across`).toBeLessThan(8);
      expect(Math.abs((shown[1] + shown[3]) / 2 - (held[1] + held[3]) / 2), `${place}: down`).toBeLessThan(8);
    }
    await context.close();
  });

  it('names each cluster on a phone’s overview with all its concepts, the names off each other (reader-probe: "RLHF · …")', async () => {
    const context = await web.browser.newContext({ viewport: SCREENS[1], isMobile: true, hasTouch: true });
    const page = await openGraphPage(context, web.server, problems);
    await viewAtRest(page);
    // Found and measured in one evaluation: a redraw between two would leave names no longer on the page.
    const names = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.explorer__cluster-name')].map((n) => ({ cluster: Number(n.dataset.cluster), text: n.innerText, box: n.getBoundingClientRect().toJSON() as DOMRect })),
      );
    await expect.poll(async () => (await names()).length).toBeGreaterThan(0);
    const shown = await names();
    // Lines joined (one that ends in a hyphen runs on), the dot between two concepts left out (two lines drop
    // it, more keep it at a line's end).
    const unbroken = (text: string) => text.split('\n').reduce((whole, line) => (whole === '' ? line : whole.endsWith('-') ? whole + line : `${whole} ${line}`), '');
    const words = (text: string) => unbroken(text).replaceAll('·', ' ').replace(/\s+/g, ' ').trim();
    const named = data.clusters.filter((c) => !c.bucket);
    // All but the smallest of the e2e corpus's seven (6 papers, no room for a name, whole or shortened).
    expect(shown.length, 'clusters named on the canvas').toBeGreaterThanOrEqual(named.length - 1);
    for (const { cluster, text, box } of shown.filter((s) => named.some((c) => c.id === s.cluster))) {
      const label = named.find((c) => c.id === cluster)!.label;
      expect(words(text), `cluster ${cluster}'s name on the canvas`).toBe(words(label));
      // Whole lines: none cut by the box's width (the CSS would end it in an ellipsis, which innerText does not show).
      expect(box.width, `${text}'s box`).toBeLessThanOrEqual(clusterLabelMaxWidth(await page.evaluate(() => (window as unknown as LabelCy).atlasGraph.cy.width())) + 0.5);
    }
    for (const [i, a] of shown.entries())
      for (const b of shown.slice(i + 1)) expect(a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top, `${a.text} / ${b.text}`).toBe(true);
    await context.close();
  });

  it('logged no console error, page error, failed request, request to another origin or dialog', () => {
    expect(mergeProblems(problems)).toEqual(noProblems());
  });
});
