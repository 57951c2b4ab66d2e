/* Service worker of the seller self-assessment (template: scripts/stamp-dist.mjs writes the
 * real dist/sw.js from this file, filling BUILD below).
 *
 * Hand-written rather than Workbox: the app shell is a handful of files known at build
 * time, so the precache is one list; the update rule (a new version waits until the person
 * accepts it, because reloading someone mid-quiz loses their place) is ours to control
 * line by line; and there is no extra dependency to pin, audit and ship offline.
 *
 * The rules:
 * - install: download every file of this build into the cache "sellerquiz-<version>",
 *   each checked against its SRI hash (a file from another build fails the install, which
 *   the browser retries later). Requests use cache: 'no-cache', so the HTTP cache can never
 *   hand back an old file; it may only answer "304 not modified" after asking the server.
 *   No skipWaiting here, except on a first visit (no active worker yet).
 * - message {type: 'SKIP_WAITING'}: sent by the page when the person accepts the update.
 * - activate: delete every other sellerquiz-* cache, take control of open pages.
 * - fetch: navigations get the cached index.html (any query; a deeper path inside the
 *   scope is redirected to the scope's own address, where relative URLs resolve);
 *   the build's files are served cache-first by exact URL (app.js?v=<version>,
 *   app.wasm?v=<version>, icons, manifest); everything else goes to the network.
 */
'use strict';

const BUILD = /*stamp:build*/{"version":"dev","precache":[]}/*stamp:end*/;

const CACHE_PREFIX = 'sellerquiz-';
const CACHE_NAME = CACHE_PREFIX + BUILD.version;
const SCOPE = new URL('./', self.location).href;
const SHELL_PAGE = SCOPE;  // index.html is precached under the address a visit loads
// Absolute URL -> SRI hash, for every file of this build.
const PRECACHE = new Map(BUILD.precache.map((e) => [new URL(e.url, self.location).href, e.integrity]));

async function precacheAll() {
  const cache = await caches.open(CACHE_NAME);
  await Promise.all(Array.from(PRECACHE, async ([url, integrity]) => {
    const response = await fetch(new Request(url, {
      cache: 'no-cache', credentials: 'same-origin', integrity,
    }));
    if (!response.ok) throw new Error(`precache: HTTP ${response.status} for ${url}`);
    // A redirected response cannot answer a navigation; store a plain copy instead.
    const clean = response.redirected
      ? new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers })
      : response;
    await cache.put(url, clean);
  }));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    try {
      await precacheAll();
    } catch (error) {
      await caches.delete(CACHE_NAME); // never leave a half-filled cache behind
      throw error;
    }
    // First visit: nothing to replace, so there is nobody to ask.
    if (!self.registration.active) await self.skipWaiting();
  })());
});

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'SKIP_WAITING') {
    self.skipWaiting();
  } else if (type === 'GET_VERSION' && event.ports && event.ports[0]) {
    event.ports[0].postMessage({ version: BUILD.version, cache: CACHE_NAME });
  }
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

async function fromCache(key, request) {
  const cache = await caches.open(CACHE_NAME);
  const hit = await cache.match(key);
  // A miss means the cache was cleared under us: the network is all that is left.
  return hit || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    const page = url.origin + url.pathname;
    if (page === SCOPE || page === SHELL_PAGE) {
      event.respondWith(fromCache(SHELL_PAGE, request));
    } else {
      // A deeper path would load index.html with the wrong base for its relative URLs
      // (app.js, icons): send it to the app's own address, query kept.
      event.respondWith(Response.redirect(SCOPE + url.search, 302));
    }
    return;
  }
  url.hash = '';
  if (PRECACHE.has(url.href)) event.respondWith(fromCache(url.href, request));
  // Anything else is not ours: no respondWith, so the browser goes to the network.
});
