#!/usr/bin/env node
// Numbers about the web build, from headless Chromium (no pass/fail; floors printed for
// reference):
//   node scripts/bench.mjs [--dist dist] [--runs 5] [--idle 5] [--json out.json]
//
// (1) bytes on the wire for a first visit, gzip as served by the project's own server
//     (scripts/serve.mjs): CDP Network.loadingFinished encodedDataLength, for the page and
//     for the service worker's precache (its own target), recorded until ~5 s after ready;
// (2) time from navigation start to window.__appReady, median of N cold loads (each a
//     fresh browser context: empty HTTP cache, no service worker);
// (3) main-thread CPU while idling on a statement (CDP Performance.getMetrics
//     TaskDuration / ScriptDuration delta) and frames drawn meanwhile (window.__ui.frame
//     delta; the app draws only on input, so this should be 0); a static HTML page is
//     measured the same way for comparison;
// (4) JS heap used (Performance.getMetrics JSHeapUsedSize) and the size of the wasm memory.
//
// Note: WebGL runs on SwiftShader (software) here, in Chromium's GPU process, which the
// main-thread figures do not include; the frame count covers it.
import { promisify } from 'node:util';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startServer } from '../tests/e2e/helpers/server.mjs';
import { DESKTOP, PHONE, launchBrowser } from '../tests/e2e/helpers/browser.mjs';

const gzip = promisify(zlib.gzip);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const FLOORS = {
  wireBytes: 300 * 1024,   // < 300 KiB on the wire, first visit
  readyMs: 500,            // first screen < 500 ms on loopback
  idleCpuMs: 20,           // < 20 ms main-thread CPU per 5 s idle
};

function parseArgs(argv) {
  const o = { dist: path.join(ROOT, 'dist'), runs: 5, idle: 5, json: null, startQuizLabel: null };
  for (let i = 0; i < argv.length; i++) {
    let [key, value] = argv[i].split(/=(.*)/s);
    const take = () => { if (value === undefined) value = argv[++i]; if (value === undefined) throw new Error(`${key} needs a value`); return value; };
    switch (key) {
      case '--dist': o.dist = path.resolve(take()); break;
      case '--runs': o.runs = Math.max(1, Number(take())); break;
      case '--idle': o.idle = Math.max(1, Number(take())); break;
      case '--json': o.json = take(); break;
      case '-h': case '--help': o.help = true; break;
      default: throw new Error(`unknown argument: ${argv[i]}`);
    }
  }
  return o;
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const sleep = (t) => new Promise((r) => setTimeout(r, t));

async function waitForApp(page, timeout = 60000) {
  await page.waitForFunction(() => window.__appReady === true, null, { timeout });
}

/** Waits until window.__ui.frame has not changed for quietMs. */
async function waitForIdle(page, quietMs = 300, timeout = 20000) {
  const deadline = Date.now() + timeout;
  let frame = await page.evaluate(() => (window.__ui ? window.__ui.frame : -1));
  let since = Date.now();
  while (Date.now() < deadline) {
    await sleep(25);
    const now = await page.evaluate(() => (window.__ui ? window.__ui.frame : -1));
    if (now !== frame) { frame = now; since = Date.now(); } else if (Date.now() - since >= quietMs) return frame;
  }
  return frame;
}

// ---- (1) bytes on the wire ------------------------------------------------------------

/**
 * Records Network events of the page (its own CDP session) and of every service worker
 * (attached through the browser's CDP session, messages relayed with flatten: false),
 * keyed by request id. Returns { stop(): entries[] }.
 */
async function recordNetwork(browser, context, page) {
  const requests = new Map(); // `${source}:${requestId}` -> entry
  const entry = (source, id) => {
    const key = `${source}:${id}`;
    if (!requests.has(key)) requests.set(key, { source, url: null, status: null, encoding: null, fromCache: false, bytes: 0, done: false, failed: false });
    return requests.get(key);
  };
  const onMessage = (source) => (method, params) => {
    if (method === 'Network.requestWillBeSent') entry(source, params.requestId).url = params.request.url;
    else if (method === 'Network.responseReceived') {
      const e = entry(source, params.requestId);
      e.url ||= params.response.url;
      e.status = params.response.status;
      const headers = Object.fromEntries(Object.entries(params.response.headers || {}).map(([k, v]) => [k.toLowerCase(), v]));
      e.encoding = headers['content-encoding'] || null;
      e.fromCache = !!(params.response.fromDiskCache || params.response.fromServiceWorker || params.response.fromPrefetchCache);
      e.fromServiceWorker = !!params.response.fromServiceWorker;
    } else if (method === 'Network.loadingFinished') {
      const e = entry(source, params.requestId);
      e.bytes = params.encodedDataLength;
      e.done = true;
    } else if (method === 'Network.loadingFailed') {
      const e = entry(source, params.requestId);
      e.failed = true;
      e.done = true;
    }
  };

  const pageCdp = await context.newCDPSession(page);
  const pageHandler = onMessage('page');
  for (const m of ['Network.requestWillBeSent', 'Network.responseReceived', 'Network.loadingFinished', 'Network.loadingFailed']) {
    pageCdp.on(m, (p) => pageHandler(m, p));
  }
  await pageCdp.send('Network.enable');
  await pageCdp.send('Network.setCacheDisabled', { cacheDisabled: false });

  // Service workers are browser-level targets: discovered, then attached (the session's
  // messages relayed with flatten: false, which Playwright's CDPSession can carry). The
  // worker is attached as soon as its target appears, before its install handler runs
  // the precache; requests seen are listed, so a miss would show.
  const browserCdp = await browser.newBrowserCDPSession();
  const workerSessions = new Map();
  let nextId = 1;
  const sendTo = (sessionId, method, params = {}) => browserCdp.send('Target.sendMessageToTarget', {
    sessionId, message: JSON.stringify({ id: nextId++, method, params }),
  }).catch(() => {});
  browserCdp.on('Target.targetCreated', async ({ targetInfo }) => {
    if (targetInfo.type !== 'service_worker') return;
    try {
      const { sessionId } = await browserCdp.send('Target.attachToTarget', { targetId: targetInfo.targetId, flatten: false });
      workerSessions.set(sessionId, targetInfo.url);
      await sendTo(sessionId, 'Network.enable');
    } catch { /* gone already */ }
  });
  browserCdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    if (!workerSessions.has(sessionId)) return;
    const msg = JSON.parse(message);
    if (msg.method) onMessage('sw')(msg.method, msg.params);
  });
  await browserCdp.send('Target.setDiscoverTargets', { discover: true });

  return {
    async stop() {
      await browserCdp.send('Target.setDiscoverTargets', { discover: false }).catch(() => {});
      await browserCdp.detach().catch(() => {});
      await pageCdp.detach().catch(() => {});
      return [...requests.values()].filter((e) => e.url && !e.url.startsWith('data:'));
    },
    workerCount: () => workerSessions.size,
  };
}

async function measureWire(browser, url, dist) {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  const recorder = await recordNetwork(browser, context, page);
  await page.goto(url);
  await waitForApp(page);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30000 }).catch(() => {});
  await sleep(5000);
  const entries = await recorder.stop();
  const workers = recorder.workerCount();
  await context.close();

  // What each file is on disk and gzipped (level 6, as the server does), for comparison.
  const origin = new URL(url).origin;
  const rows = [];
  for (const e of entries) {
    const u = new URL(e.url);
    const rel = u.origin === origin ? decodeURIComponent(u.pathname).replace(/^\//, '') || 'index.html' : e.url;
    let raw = null;
    let gz = null;
    try {
      const body = await fs.readFile(path.join(dist, rel));
      raw = body.length;
      gz = (await gzip(body, { level: 6 })).length;
    } catch { /* not a file of dist/ */ }
    rows.push({ source: e.source, file: rel + (u.search || ''), status: e.status, encoding: e.encoding, fromCache: e.fromCache, wire: e.bytes, raw, gzip: gz, failed: e.failed });
  }
  rows.sort((a, b) => (a.source === b.source ? b.wire - a.wire : a.source === 'page' ? -1 : 1));
  return { rows, total: rows.reduce((s, r) => s + (r.fromCache ? 0 : r.wire), 0), workers };
}

// ---- (2) time to ready ------------------------------------------------------------------

async function measureReady(browser, url, runs, contextOptions = DESKTOP) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(contextOptions);
    await context.addInitScript(() => {
      window.addEventListener('app-ready', () => { window.__benchReadyAt = performance.now(); }, { once: true });
    });
    const page = await context.newPage();
    await page.goto(url);
    await waitForApp(page);
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const res = (name) => performance.getEntriesByType('resource').find((r) => new URL(r.name).pathname.endsWith(name));
      const wasm = res('app.wasm');
      const js = res('app.js');
      return {
        ready: window.__benchReadyAt ?? performance.now(),
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        appJsEnd: js ? js.responseEnd : null,
        wasmEnd: wasm ? wasm.responseEnd : null,
      };
    });
    samples.push(t);
    await context.close();
  }
  return samples;
}

// ---- (3) idle CPU, (4) memory -----------------------------------------------------------

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function idleCpu(page, cdp, seconds) {
  const frameBefore = await page.evaluate(() => (window.__ui ? window.__ui.frame : -1));
  const before = await metrics(cdp);
  await sleep(seconds * 1000);
  const after = await metrics(cdp);
  const frameAfter = await page.evaluate(() => (window.__ui ? window.__ui.frame : -1));
  return {
    taskMs: (after.TaskDuration - before.TaskDuration) * 1000,
    scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
    layoutMs: ((after.LayoutDuration - before.LayoutDuration) + (after.RecalcStyleDuration - before.RecalcStyleDuration)) * 1000,
    frames: frameAfter - frameBefore,
    jsHeapUsed: after.JSHeapUsedSize,
    jsHeapTotal: after.JSHeapTotalSize,
  };
}

async function measureIdleAndMemory(browser, url, seconds, startLabel) {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  // Let the service worker install and the storage estimate arrive: they are not idle.
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30000 }).catch(() => {});
  await sleep(1000);
  // On a statement: Start with a real click.
  const start = await page.evaluate((label) => (window.__ui.items || []).find((i) => i.label === label) || null, startLabel);
  if (start) await page.mouse.click(start.x + start.w / 2, start.y + start.h / 2);
  await page.waitForFunction(() => window.__ui && window.__ui.screen === 'question', null, { timeout: 10000 }).catch(() => {});
  await page.mouse.move(5, 5); // off the widgets, then keep still
  await waitForIdle(page, 500);
  const screen = await page.evaluate(() => window.__ui.screen);

  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const idle = await idleCpu(page, cdp, seconds);

  // wasm memory: what the page exposes, tried in order.
  const wasm = await page.evaluate(() => {
    const tries = [
      ['Module.HEAP8.length', () => window.Module && window.Module.HEAP8 && window.Module.HEAP8.length],
      ['Module.HEAPU8.length', () => window.Module && window.Module.HEAPU8 && window.Module.HEAPU8.length],
      ['HEAPU8.length (glue global)', () => window.HEAPU8 && window.HEAPU8.length],
      ['wasmMemory.buffer.byteLength (glue global)', () => window.wasmMemory && window.wasmMemory.buffer.byteLength],
      ['Module.wasmMemory.buffer.byteLength', () => window.Module && window.Module.wasmMemory && window.Module.wasmMemory.buffer.byteLength],
    ];
    for (const [how, f] of tries) {
      try { const v = f(); if (typeof v === 'number' && v > 0) return { bytes: v, how }; } catch { /* next */ }
    }
    return { bytes: null, how: 'not exposed by the page' };
  });
  const dom = await cdp.send('Memory.getDOMCounters').catch(() => null);
  await context.close();

  // The same idle measurement on a static HTML page, for comparison.
  const staticContext = await browser.newContext(DESKTOP);
  const staticPage = await staticContext.newPage();
  await staticPage.setContent('<!doctype html><title>static</title><h1>A static page</h1><p>Nothing moves here.</p>');
  await sleep(500);
  const staticCdp = await staticContext.newCDPSession(staticPage);
  await staticCdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const staticIdle = await idleCpu(staticPage, staticCdp, seconds);
  await staticContext.close();

  return { screen, idle, staticIdle, wasm, dom };
}

// ---- main -------------------------------------------------------------------------------

function table(rows, columns) {
  const widths = columns.map((c) => Math.max(c.title.length, ...rows.map((r) => String(c.get(r)).length)));
  const line = (cells) => cells.map((s, i) => (columns[i].right ? String(s).padStart(widths[i]) : String(s).padEnd(widths[i]))).join('  ');
  return [line(columns.map((c) => c.title)), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => c.get(r))))].join('\n');
}

async function main() {
  let o;
  try { o = parseArgs(process.argv.slice(2)); } catch (e) {
    console.error(`bench: ${e.message}`);
    process.exit(2);
  }
  if (o.help) {
    console.log('usage: node scripts/bench.mjs [--dist dist] [--runs 5] [--idle 5] [--json out.json]');
    return;
  }
  try { await fs.access(path.join(o.dist, 'app.wasm')); } catch {
    console.error(`bench: no build in ${o.dist} (run scripts/build-web.sh)`);
    process.exit(2);
  }
  const texts = JSON.parse(await fs.readFile(path.join(ROOT, 'assets', 'text', 'en.json'), 'utf8')).texts;
  const browser = await launchBrowser();
  const results = { dist: o.dist, when: new Date().toISOString() };
  try {
    const version = await fs.readFile(path.join(o.dist, 'sw.js'), 'utf8')
      .then((s) => (s.match(/"version":"([^"]+)"/) || [])[1] || '?').catch(() => '?');
    results.version = version;
    console.log(`bench: ${o.dist} (build ${version}), Chromium ${browser.version()}, headless, SwiftShader WebGL\n`);

    // Each measurement gets its own server (origin), so no service worker carries over.
    let server = await startServer({ dir: o.dist, port: 0, host: '127.0.0.1' });
    const wire = await measureWire(browser, server.url, o.dist);
    await server.close();
    results.wire = wire;
    console.log('(1) First visit, bytes on the wire (gzip as served; CDP encodedDataLength, headers included)');
    console.log(table(wire.rows, [
      { title: 'by', get: (r) => (r.source === 'sw' ? 'service worker' : 'page') },
      { title: 'file', get: (r) => r.file },
      { title: 'status', get: (r) => (r.failed ? 'failed' : r.status ?? '-'), right: true },
      { title: 'enc', get: (r) => r.encoding || (r.fromCache ? 'cache' : '-') },
      { title: 'on wire', get: (r) => (r.fromCache ? `(${kib(r.wire)} local)` : kib(r.wire)), right: true },
      { title: 'gzip -6', get: (r) => (r.gzip == null ? '' : kib(r.gzip)), right: true },
      { title: 'raw', get: (r) => (r.raw == null ? '' : kib(r.raw)), right: true },
    ]));
    console.log(`total on the wire: ${kib(wire.total)}   (floor < ${kib(FLOORS.wireBytes)})` +
      `${wire.workers ? '' : '   note: no service worker target was seen; its precache is not counted'}\n`);

    server = await startServer({ dir: o.dist, port: 0, host: '127.0.0.1' });
    const ready = await measureReady(browser, server.url, o.runs);
    await server.close();
    const readyMs = ready.map((s) => s.ready);
    results.ready = { samples: ready, median: median(readyMs) };
    console.log(`(2) Navigation start -> window.__appReady, ${o.runs} cold loads (fresh context each), loopback`);
    console.log(table(ready.map((s, i) => ({ i: i + 1, ...s })), [
      { title: 'run', get: (r) => r.i, right: true },
      { title: 'ready', get: (r) => ms(r.ready), right: true },
      { title: 'DOMContentLoaded', get: (r) => (r.domContentLoaded == null ? '-' : ms(r.domContentLoaded)), right: true },
      { title: 'app.js loaded', get: (r) => (r.appJsEnd == null ? '-' : ms(r.appJsEnd)), right: true },
      { title: 'app.wasm loaded', get: (r) => (r.wasmEnd == null ? '-' : ms(r.wasmEnd)), right: true },
    ]));
    console.log(`median: ${ms(median(readyMs))}  (min ${ms(Math.min(...readyMs))}, max ${ms(Math.max(...readyMs))})   (floor < ${FLOORS.readyMs} ms)\n`);

    // A 3x phone rasterises its text at three times the size: the font atlas is the cost.
    server = await startServer({ dir: o.dist, port: 0, host: '127.0.0.1' });
    const phoneReady = await measureReady(browser, server.url, o.runs, PHONE);
    await server.close();
    const phoneMs = phoneReady.map((s) => s.ready);
    results.phoneReady = { samples: phoneReady, median: median(phoneMs) };
    console.log(`(2b) The same on a phone viewport (390 x 844, devicePixelRatio 3): median ${ms(median(phoneMs))} ` +
      `(min ${ms(Math.min(...phoneMs))}, max ${ms(Math.max(...phoneMs))})\n`);

    server = await startServer({ dir: o.dist, port: 0, host: '127.0.0.1' });
    const im = await measureIdleAndMemory(browser, server.url, o.idle, texts['welcome.start']);
    await server.close();
    results.idle = im;
    const per5 = (v) => (v * 5) / o.idle;
    console.log(`(3) Idle for ${o.idle} s on screen "${im.screen}" (main thread, CDP Performance.getMetrics)`);
    console.log(table([
      { what: 'the app', ...im.idle },
      { what: 'a static HTML page', ...im.staticIdle, frames: '-' },
    ], [
      { title: '', get: (r) => r.what },
      { title: 'task (all)', get: (r) => ms(r.taskMs), right: true },
      { title: 'script', get: (r) => ms(r.scriptMs), right: true },
      { title: 'style+layout', get: (r) => ms(r.layoutMs), right: true },
      { title: 'frames drawn', get: (r) => r.frames, right: true },
    ]));
    console.log(`app: ${ms(per5(im.idle.taskMs))} main-thread task time per 5 s (floor < ${FLOORS.idleCpuMs} ms); ` +
      `${im.idle.frames} frames drawn (should be 0)\n`);

    console.log('(4) Memory (after the idle period, on a statement)');
    console.log(table([
      { what: 'JS heap used (JSHeapUsedSize)', v: kib(im.idle.jsHeapUsed) },
      { what: 'JS heap total (JSHeapTotalSize)', v: kib(im.idle.jsHeapTotal) },
      { what: 'wasm memory', v: im.wasm.bytes == null ? 'n/a' : `${kib(im.wasm.bytes)} (${(im.wasm.bytes / 1048576).toFixed(1)} MiB)` },
      { what: 'DOM nodes / listeners', v: im.dom ? `${im.dom.nodes} / ${im.dom.jsEventListeners}` : 'n/a' },
    ], [
      { title: '', get: (r) => r.what },
      { title: 'size', get: (r) => r.v, right: true },
    ]));
    console.log(`wasm memory measured as: ${im.wasm.how}\n`);

    console.log('Summary                       measured      floor');
    console.log(`on the wire, first visit      ${kib(wire.total).padStart(11)}   < ${kib(FLOORS.wireBytes)}`);
    console.log(`first screen (median)         ${ms(median(readyMs)).padStart(11)}   < ${FLOORS.readyMs} ms`);
    console.log(`first screen, 3x phone        ${ms(median(phoneMs)).padStart(11)}   < ${FLOORS.readyMs} ms`);
    console.log(`idle main-thread CPU per 5 s  ${ms(per5(im.idle.taskMs)).padStart(11)}   < ${FLOORS.idleCpuMs} ms`);
    console.log(`frames while idle             ${String(im.idle.frames).padStart(11)}   0`);
    if (o.json) {
      await fs.writeFile(o.json, JSON.stringify(results, null, 2));
      console.log(`\n(written to ${o.json})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
