// The web shell in a real browser with the real service worker: offline after the first
// visit, installable, and updates that wait for the person's consent.
//
//   node --test tests/e2e/offline.test.mjs              (against dist/)
//   E2E_DIST=/some/build node --test tests/e2e/offline.test.mjs
//
// Each test has its own server (its own origin), browser context and, where it changes
// files, its own copy of the build. Quiz-level checks (finishing a quiz offline, answers
// surviving an update) can reuse these steps through ./helpers/index.mjs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  DIST_DIR, cacheNames, checkForUpdate, controllerVersion, copyDist, countNavigations, launchBrowser,
  launchPersistent, makeNewVersion, newAppPage, openControlled, removeDir, serveDist, skipWithoutBuild,
  stampedVersion, waitForApp, waitForServiceWorkerControl,
} from './helpers/index.mjs';

const skip = skipWithoutBuild();
if (skip) console.log(`# offline.test.mjs skipped: ${skip}`);

let browser;
before(async () => { if (!skip) browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

test('works offline after the first visit: page, app.js and app.wasm come from the service worker', { skip }, async (t) => {
  const version = await stampedVersion(DIST_DIR);
  const server = await serveDist();
  t.after(() => server.close());
  const { context, page, errors } = await openControlled(browser, t, server.url);

  assert.deepEqual(await cacheNames(page), [`sellerquiz-${version}`], 'one cache, named after the build');
  assert.equal((await controllerVersion(page)).version, version);
  assert.equal(await page.evaluate(() => window.__appVersion), version);
  await page.waitForFunction(() => typeof window.__storageInfo.usage === 'number'
    && typeof window.__storageInfo.quota === 'number' && window.__storageInfo.persisted !== null);

  // Offline for real: the browser has no network and the server is gone.
  await context.setOffline(true);
  await server.close();
  const fromWorker = new Map();
  page.on('response', (response) => {
    const url = new URL(response.url());
    fromWorker.set(url.pathname + url.search, response.fromServiceWorker());
  });
  const navigation = await page.reload();
  await waitForApp(page);
  assert.ok(navigation.ok(), 'the page loads offline');
  assert.ok(navigation.fromServiceWorker(), 'index.html comes from the service worker');
  assert.equal(fromWorker.get(`/app.js?v=${version}`), true, 'app.js comes from the service worker');
  assert.equal(fromWorker.get(`/app.wasm?v=${version}`), true, 'app.wasm comes from the service worker');

  // Any query reaches the app too (shared links carry their data in the URL).
  const withQuery = await page.goto(`${server.url}?from=e2e#fragment`);
  await waitForApp(page);
  assert.ok(withQuery.fromServiceWorker());
  assert.deepEqual(errors, [], 'no page errors or console errors');
});

test('the manifest passes Chromium\'s installability check', { skip }, async (t) => {
  const server = await serveDist();
  t.after(() => server.close());
  // Chromium never offers installation in incognito, which every newContext() is.
  const { context, page, close } = await launchPersistent();
  t.after(close);
  await page.goto(server.url);
  await waitForApp(page);
  await waitForServiceWorkerControl(page);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, [], 'manifest parses without errors');
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, [], 'installable');
});

test('a new version waits for consent, then one reload runs it', { skip }, async (t) => {
  const dir = await copyDist();
  t.after(() => removeDir(dir));
  const oldVersion = await stampedVersion(dir);
  const server = await serveDist(dir);
  t.after(() => server.close());
  const { page, errors } = await openControlled(browser, t, server.url);

  const navigations = countNavigations(page);
  const hasHook = await page.evaluate(() => typeof window.Module._app_update_ready === 'function');
  assert.ok(hasHook, 'the app exports _app_update_ready (EXPORTED_FUNCTIONS)');
  await page.evaluate(() => {
    window.__e2eMarker = 'same page';
    window.__e2eUpdateCalls = 0;
    const original = window.Module._app_update_ready;
    window.Module._app_update_ready = function () {
      window.__e2eUpdateCalls++;
      return original.apply(this, arguments);
    };
  });

  const { version: newVersion, mark } = await makeNewVersion(dir);
  assert.notEqual(newVersion, oldVersion);
  await checkForUpdate(page);
  await page.waitForFunction(() => window.__updateReady === true);
  assert.equal(await page.evaluate(() => window.__e2eMarker), 'same page', 'the page was not reloaded');
  assert.equal(await page.evaluate(() => window.__e2eUpdateCalls), 1, 'the app was told once');
  assert.equal(await page.evaluate(() => window.__appVersion), oldVersion, 'still the old version');
  assert.equal(navigations.count, 0);

  // The person accepts: exactly one reload, into the new version.
  const loaded = page.waitForEvent('load');
  assert.equal(await page.evaluate(() => window.__appApplyUpdate()), true);
  await loaded;
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.__e2eMarker), undefined, 'a fresh page');
  assert.equal(await page.evaluate(() => window.__e2eBuildMark), mark, 'the new app.js runs');
  assert.equal(await page.evaluate(() => window.__appVersion), newVersion, 'the new index.html runs');
  assert.equal((await controllerVersion(page)).version, newVersion);
  assert.deepEqual(await cacheNames(page), [`sellerquiz-${newVersion}`], 'the old cache is gone');
  assert.equal(await page.evaluate(() => window.__updateReady), false);
  await page.waitForTimeout(1500);
  assert.equal(navigations.count, 1, 'reloaded exactly once');
  assert.deepEqual(errors, [], 'no page errors or console errors');
});

test('without consent a waiting version stays waiting, across reloads, and is offered again', { skip }, async (t) => {
  const dir = await copyDist();
  t.after(() => removeDir(dir));
  const oldVersion = await stampedVersion(dir);
  const server = await serveDist(dir);
  t.after(() => server.close());
  const { page } = await openControlled(browser, t, server.url);

  const { version: newVersion } = await makeNewVersion(dir);
  await checkForUpdate(page);
  await page.waitForFunction(() => window.__updateReady === true);

  // A reload by the person is not consent: the old version keeps running and the update
  // is offered again as soon as the app is ready.
  await page.reload();
  await waitForApp(page);
  await page.waitForFunction(() => window.__updateReady === true);
  assert.equal(await page.evaluate(() => window.__appVersion), oldVersion);
  assert.equal((await controllerVersion(page)).version, oldVersion);
  const names = await cacheNames(page);
  assert.ok(names.includes(`sellerquiz-${oldVersion}`) && names.includes(`sellerquiz-${newVersion}`),
    `both caches kept while the new version waits: ${names}`);
});
