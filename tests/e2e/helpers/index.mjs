// Shared helpers for the browser tests (node --test tests/e2e/). Import from here:
//   import { launchBrowser, serveDist, newAppPage, waitForApp, clickItem } from './helpers/index.mjs';
export * from './browser.mjs';
export * from './dist.mjs';
export * from './server.mjs';
export * from './sw.mjs';
export * from './ui.mjs';
export * from './quiz.mjs';
export * from './links.mjs';
export * from './suite.mjs';
