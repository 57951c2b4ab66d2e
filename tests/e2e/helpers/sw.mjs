// Service worker and Cache Storage, seen from the page.
import { DESKTOP, newAppPage } from './browser.mjs';
import { waitForApp } from './ui.mjs';

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

/**
 * Opens url in a fresh context of `browser` (closed when test `t` ends), waits until the
 * app is drawn and a service worker controls the page. Returns { context, page, errors }.
 */
export async function openControlled(browser, t, url, contextOptions = DESKTOP) {
  const { context, page, errors } = await newAppPage(browser, contextOptions);
  t.after(() => context.close());
  await page.goto(url);
  await waitForApp(page);
  await waitForServiceWorkerControl(page);
  return { context, page, errors };
}

/** Counts main-frame navigations of page (a reload counts one). */
export function countNavigations(page) {
  const counter = { count: 0 };
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) counter.count++; });
  return counter;
}
