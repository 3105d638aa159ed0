/**
 * The explorer's "Full screen" button (review 21 finding 13): the whole explorer (canvas, controls, panel)
 * over the screen through the Fullscreen API, or, where a browser has none for elements (iPhone Safari), a
 * class that lays it over the page. Escape leaves either (the browser's own, or a key listener here). The
 * button's words say what pressing it does; `changed` runs once the explorer has its new size.
 */

/** The button's words in each state. */
export const FULL_SCREEN_LABEL = { enter: 'Full screen', exit: 'Exit full screen' } as const;
/** The class that lays the explorer over the page where the Fullscreen API is missing. */
export const FALLBACK_CLASS = 'is-fullscreen';
/** On <html> while the fallback is on: the page under it does not scroll. */
export const PAGE_CLASS = 'has-fullscreen-explorer';

export function wireFullScreen(root: HTMLElement, button: HTMLButtonElement, changed: () => void): void {
  const native = Boolean(document.fullscreenEnabled && typeof root.requestFullscreen === 'function');
  const isOn = () => (native ? document.fullscreenElement === root : root.classList.contains(FALLBACK_CLASS));
  const show = () => {
    button.textContent = isOn() ? FULL_SCREEN_LABEL.exit : FULL_SCREEN_LABEL.enter;
    // After layout: the canvas has its new size then.
    requestAnimationFrame(changed);
  };
  const setFallback = (on: boolean) => {
    root.classList.toggle(FALLBACK_CLASS, on);
    document.documentElement.classList.toggle(PAGE_CLASS, on);
    show();
  };
  button.hidden = false;
  button.textContent = FULL_SCREEN_LABEL.enter;
  if (native) document.addEventListener('fullscreenchange', show);
  button.addEventListener('click', () => {
    if (!native) return setFallback(!isOn());
    if (isOn()) void document.exitFullscreen();
    // Refused (no user gesture, a policy): the class instead.
    else root.requestFullscreen().catch(() => setFallback(true));
  });
  // The browser's Escape leaves the API's full screen (and is not passed on where it does); the class's
  // needs its own. Caught before the explorer's own Escape (which drops the selection), as the browser's is.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !isOn()) return;
      event.preventDefault();
      event.stopPropagation();
      if (native) void document.exitFullscreen();
      else setFallback(false);
    },
    true,
  );
}
