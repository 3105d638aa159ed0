/**
 * Cytoscape's canvas renderer stacks three canvases the size of the graph: the scene, a layer for dragged
 * elements and one for the selection box and the press mark (the faint disc under a press on the
 * background). The explorer drags no element and has no box selection, so the two upper layers are empty
 * but for that mark; the browser composites them anyway, on every frame a wheel zoom or drag moves the
 * picture. Without a GPU it composites on the CPU: measured at 10,000 papers (30 zoom steps of the picture,
 * alternating on a busy machine), its process spent 2.7–3.2 s of CPU with them shown and 2.0–2.7 s without. The drag layer is hidden for
 * good; the top layer only while nothing presses the graph, so the press mark still shows.
 */

/** What this needs of Cytoscape's canvas renderer (internal: not in Cytoscape's types). */
export interface StackedCanvases<C extends { style: { display: string } }> {
  DRAG: number;
  SELECT_BOX: number;
  data: { canvases: C[] };
}

/** What this needs of a Cytoscape core: its press events. */
export interface PressEvents {
  on(events: 'tapstart' | 'tapend', handler: () => void): unknown;
}

export function hideEmptyLayers<C extends { style: { display: string } }>(renderer: StackedCanvases<C>, presses: PressEvents): void {
  const drag = renderer.data.canvases[renderer.DRAG];
  const top = renderer.data.canvases[renderer.SELECT_BOX];
  if (drag) drag.style.display = 'none';
  if (!top) return;
  top.style.display = 'none';
  presses.on('tapstart', () => {
    top.style.display = '';
  });
  presses.on('tapend', () => {
    top.style.display = 'none';
  });
}
