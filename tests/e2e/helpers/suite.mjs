import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { serveDist } from './server.mjs';

/**
 * One browser and one server of dist/ for a whole test file, started before its first test
 * and closed after the last. `use(browser, server)` hands them to the file's variables.
 * Nothing starts when `skip` is set (no build).
 */
export function shareBrowserAndServer(skip, use) {
  let browser = null;
  let server = null;
  before(async () => {
    if (skip) return;
    browser = await launchBrowser();
    server = await serveDist();
    use(browser, server);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}
