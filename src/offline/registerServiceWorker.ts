// Registers the service worker the build writes (vite/offlinePlugin.ts), so Franz, once opened, opens again without
// a network. Only in a production build: the dev server has no sw.js, and a cache would hide each edit.

interface ServiceWorkerHost {
  serviceWorker?: Pick<ServiceWorkerContainer, 'register'>;
}

/**
 * Registers `<base>sw.js` with the app's base as its scope, once the page has loaded (so installing, which fetches
 * every file of the app, does not compete with the first screen). A browser without service workers, or one that
 * refuses (a private window, an insecure address), still runs the page: it says so once in the console.
 */
export function registerServiceWorker(
  host: ServiceWorkerHost = navigator,
  base: string = import.meta.env.BASE_URL,
  production: boolean = import.meta.env.PROD,
  whenLoaded: (start: () => void) => void = afterLoad,
): void {
  const container = host.serviceWorker;
  if (!production || !container) return;
  whenLoaded(() => {
    container.register(`${base}sw.js`, { scope: base }).catch((error: unknown) => {
      console.warn('Franz will not open offline: its service worker could not be registered.', error);
    });
  });
}

function afterLoad(start: () => void): void {
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
