/**
 * Moving the graph's view. Find, filters, Zoom to fit and a selection glide to the new view in 250 ms, so
 * that the eye can follow where it went; a reader who asks the system for less motion
 * (`prefers-reduced-motion: reduce`) gets the new view at once (review 19 L7).
 */
import type { Viewport } from './framing';

export const GLIDE_MS = 250;

/** The part of a Cytoscape core that moves the view. */
export interface Camera {
  stop(): unknown;
  animate(to: Viewport, options: { duration: number }): unknown;
  viewport(to: Viewport): unknown;
}

/** Whether the reader asked for reduced motion (false where there is no `matchMedia`). */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Stop any glide under way, then glide to `to` (when `animate` and motion is welcome) or jump there. */
export function moveCamera(cy: Camera, to: Viewport, animate: boolean, reduce = reducedMotion()): void {
  cy.stop();
  if (animate && !reduce) cy.animate(to, { duration: GLIDE_MS });
  else cy.viewport(to);
}
