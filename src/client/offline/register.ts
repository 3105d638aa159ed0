/**
 * Registers the offline service worker (`<base>sw.js`, written by the post-build step). Loaded on every
 * page as an external module: no inline script. Does nothing in `astro dev`, where there is no worker.
 *
 * Once the page has loaded and the browser is idle, it tells the worker so (src/lib/offline/background.ts):
 * the worker then keeps this page's scripts and styles, and, where the browser reports a fast link that is not
 * mobile data nor in data-saver mode and this page's own requests were not slow, fetches the rest of the app
 * ahead of use. Nothing of that competes with the page's own loading.
 */
import { backgroundAllowed, IDLE_MESSAGE, measuredRtt, type ConnectionInfo, type IdleMessage } from '../../lib/offline/background';

export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const scope = base.endsWith('/') ? base : `${base}/`;
  const container = navigator.serviceWorker;
  // A page that was already controlled reloads once when a new build's worker takes over, so it never
  // runs its old scripts against the new build's files. The very first install does not reload.
  const hadController = container.controller !== null;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (!hadController || reloading) return;
    reloading = true;
    location.reload();
  });
  container.register(`${scope}sw.js`, { scope }).catch((err: unknown) => {
    // Offline use is an extra: the site works without it (e.g. over plain http on a LAN address).
    console.warn('Offline support unavailable:', err instanceof Error ? err.message : err);
  });
  void whenIdle().then(async () => {
    const registration = await container.ready;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const message: IdleMessage = {
      type: IDLE_MESSAGE,
      background: backgroundAllowed((navigator as Navigator & { connection?: ConnectionInfo }).connection, measuredRtt(navigation, resources)),
      assets: resources.map((e) => e.name),
    };
    registration.active?.postMessage(message);
  });
}

/** After the load event, at the browser's next idle moment (a short wait where there is no requestIdleCallback). */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve()) : setTimeout(resolve, 2000));
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
  });
}
