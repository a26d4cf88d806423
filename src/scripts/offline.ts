/**
 * Reading offline: registers the service worker (sw.js, written by Workbox at build time, see
 * src/integrations/service-worker.ts) once the page has loaded, so that storing the site never
 * slows the first visit. When a new build is waiting, the reader is told and chooses when to
 * switch; a tab that did not ask is left as it is. The browser's own API, not workbox-window:
 * that would cost 2.5 kB of the page's 10 kB script budget for these few lines.
 */
export function initOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  let asked = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) location.reload();
  });
  window.addEventListener('load', async () => {
    const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
    if (!registration) return;
    const offer = (worker: ServiceWorker) => {
      // Only an update: the very first worker has nothing to replace.
      if (navigator.serviceWorker.controller) showNotice(() => ((asked = true), worker.postMessage({ type: 'SKIP_WAITING' })));
    };
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
    });
    // A tab left open for days still hears about a new version when the reader comes back to it.
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void registration.update().catch(() => undefined));
  });
}

function showNotice(update: () => void): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!notice) return;
  notice.hidden = false;
  notice.querySelector('[data-update-now]')?.addEventListener('click', () => {
    notice.querySelector('p')!.textContent = 'De nieuwe versie wordt geladen…';
    update();
  });
  notice.querySelector('[data-update-later]')?.addEventListener('click', () => (notice.hidden = true));
}
