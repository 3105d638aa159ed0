/**
 * The Cytoscape instance the explorer draws with: WebGL only where a GPU draws it, the options that keep a
 * big graph responsive, and the faster pointer tests and stable stacking of the canvas renderer.
 */
import cytoscape from 'cytoscape';
import { installGridHitTest, type HitElement, type HitTestingRenderer } from './hit-grid';
import { installStableStacking, type StackedElement, type StackingRenderer } from './stacking';
import type { Core } from './explorer-state';
import { stylesheet } from './graph-style';

/** Cytoscape in `container`, with no elements yet: drawn with WebGL or on the canvas, styled for a big graph or not. */
export function createGraph(container: HTMLElement, webgl: boolean, large: boolean): Core {
  preventCytoscapeStylesheet();
  const cy = cytoscape({
    container,
    elements: [],
    style: stylesheet(webgl, large),
    layout: { name: 'preset' },
    minZoom: 0.01,
    maxZoom: 6,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
    // Performance options for big graphs: links dropped while Cytoscape moves the view itself (touch
    // gestures, animations) and no high-DPI oversampling. On the canvas renderer a big graph is drawn
    // progressively (progressive-draw.ts, set up by the explorer), whose stand-in picture, links included, replaces both that and Cytoscape's
    // texture of the scene while the view moves.
    hideEdgesOnViewport: large,
    textureOnViewport: false,
    pixelRatio: large ? 1 : 'auto',
    motionBlur: false,
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);

  // Cytoscape's canvas renderer tests every element on every mouse move; a grid of the nodes answers the
  // same (src/client/graph/hit-grid.ts). The WebGL renderer has its own picking.
  if (!webgl) {
    // Without z-indexes (stylesheet()), showing a label or a link reorders nothing (src/client/graph/stacking.ts).
    if (large) installStableStacking((cy as unknown as { renderer(): StackingRenderer<StackedElement> }).renderer());
    const renderer = (cy as unknown as { renderer(): HitTestingRenderer<HitElement> }).renderer();
    const hits = installGridHitTest(renderer, () => cy.zoom());
    cy.on('position', 'node', hits.invalidate);
  }
  return cy;
}

/**
 * Cytoscape adds a <style> element to the head unless an element with its id is already there. The CSP
 * refuses inline styles (and logs an error); the one rule it would add (the container is
 * `position: relative`) is in the page's stylesheet already, so an inert placeholder stands in for it.
 */
function preventCytoscapeStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const placeholder = document.createElement('template');
  placeholder.id = id;
  document.head.append(placeholder);
}

/**
 * WebGL only where the GPU draws it. Without one the browser emulates WebGL on the CPU (SwiftShader,
 * llvmpipe, WARP): measured on a 1,000-paper graph under SwiftShader, pan and zoom froze 74 times against 4
 * for the canvas renderer, whose cached viewport texture makes a gesture one image copy per frame.
 */
export function supportsWebgl2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    if (!gl) return false;
    // Chromium started with SwiftShader allowed does not flag it as a caveat; its renderer name says it.
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !SOFTWARE_GL.test(renderer);
  } catch {
    return false;
  }
}

/** Renderer names of WebGL emulated on the CPU. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;
