/**
 * The text of labels drawn on the graph: their font, and widths measured as Cytoscape measures them (kept,
 * once per text), and a neighbourhood's labels cut to a width.
 */
import { estimatedTextWidth, fitLabel } from './labels';
import type { NodeSingular } from './explorer-state';

/** A label is drawn once its text would be at least this many screen pixels high. */
export const LABEL_MIN_PX = 7;
export const FONT_SIZE = 10;
export const FONT_FAMILY = 'system-ui, sans-serif';

const fittedLabels = new Map<string, string>();

/**
 * A node's label cut to at most `maxWidth` of text (model units), in its font: `short` when that fits (the
 * common case on a wide canvas, a look-up), else cut from the full label, once per label and width.
 */
export function hoodLabel(node: NodeSingular, maxWidth: number): string {
  const bold = node.hasClass('is-selected');
  if (labelWidth(node, bold) <= maxWidth) return node.data('short') as string;
  const label = node.data('label') as string;
  const key = `${bold ? 'b' : 'n'}${maxWidth} ${label}`;
  let text = fittedLabels.get(key);
  if (text === undefined) {
    // A width for each zoom a neighbourhood was seen at: a long session's would add up.
    if (fittedLabels.size > 20_000) fittedLabels.clear();
    text = fitLabel(label, maxWidth, (t) => measureText(t, bold));
    fittedLabels.set(key, text);
  }
  return text;
}

const measuring = document.createElement('canvas').getContext('2d');
let measuringBold: boolean | undefined;
const textWidths = new Map<string, number>();

/**
 * The width of a node's label text in the font Cytoscape draws it in (bold for the selection), measured as
 * Cytoscape measures it, in model units. Once per label: measuring costs more than a look-up.
 */
export function labelWidth(node: NodeSingular, bold = node.hasClass('is-selected')): number {
  return textWidth(node.data('short') as string, bold);
}

/** `measureText`, kept: for the texts drawn, measured again and again as the view moves. */
export function textWidth(text: string, bold: boolean): number {
  const key = `${bold ? 'b' : 'n'}${text}`;
  let width = textWidths.get(key);
  if (width === undefined) {
    width = measureText(text, bold);
    textWidths.set(key, width);
  }
  return width;
}

/** The width of `text` in the label font (bold or not), in model units. */
function measureText(text: string, bold: boolean): number {
  if (!measuring) return estimatedTextWidth(text.length, FONT_SIZE);
  // Setting the font parses it, even to the one set: only when it changes.
  if (measuringBold !== bold) {
    measuring.font = `normal ${bold ? 'bold' : 'normal'} ${FONT_SIZE}px ${FONT_FAMILY}`;
    measuringBold = bold;
  }
  return Math.ceil(measuring.measureText(text).width);
}
