/**
 * Registers the offline service worker (`<base>sw.js`, written by the post-build step). Loaded on every
 * page as an external module: no inline script. Does nothing in `astro dev`, where there is no worker.
 */
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
}
