// Launching Debian's Chromium through playwright-core (never a downloaded browser).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Flags that work headless on these machines; swiftshader gives WebGL2 in software.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** A desktop window and a phone (iPhone 12-ish: 390 x 844 CSS px at 3x, touch). */
export const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/** Launches headless Chromium. Extra launch options and args are merged in. */
export function launchBrowser({ args = [], ...options } = {}) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
    ...options,
  });
}

/**
 * A fresh context (own storage, caches and service workers) with one page.
 * contextOptions: Playwright's newContext options, e.g. PHONE or { locale: 'fi-FI' }.
 * Returns { context, page, errors }; errors collects uncaught page errors and
 * console.error messages, for tests that assert a clean run.
 */
export async function newAppPage(browser, contextOptions = DESKTOP) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const errors = collectErrors(page);
  return { context, page, errors };
}

/** Collects page errors and console.error messages of `page` into an array. */
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`); });
  return errors;
}

/**
 * A browser with a real (non-incognito) profile in a new temporary folder, for what
 * Chromium refuses in incognito contexts (e.g. the installability check, persistent
 * storage grants). Returns { context, page, errors, close() }; close() also deletes
 * the profile.
 */
export async function launchPersistent(contextOptions = DESKTOP, { args = [] } = {}) {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'sellerquiz-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
    ...contextOptions,
  });
  const page = context.pages()[0] || await context.newPage();
  const errors = collectErrors(page);
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
