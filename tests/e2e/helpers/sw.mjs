// Service worker and Cache Storage, seen from the page.

/** Waits until a service worker controls the page (navigator.serviceWorker.controller). */
export async function waitForServiceWorkerControl(page, { timeout = 30000 } = {}) {
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout });
}

/** Names in Cache Storage, sorted. */
export function cacheNames(page) {
  return page.evaluate(async () => (await caches.keys()).sort());
}

/** Asks the controlling worker for its build: { version, cache }. */
export function controllerVersion(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const controller = navigator.serviceWorker.controller;
    if (!controller) return reject(new Error('no service worker controls the page'));
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    controller.postMessage({ type: 'GET_VERSION' }, [channel.port2]);
  }));
}

/** Makes the page's registration check for a new sw.js now (as on load / visibility). */
export function checkForUpdate(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    if (!reg) throw new Error('no service worker registration');
    await reg.update();
  });
}
