// Screenshots of the built app for a person to look at (not a test):
//   node scripts/shoot.mjs OUT_PREFIX [phone|desktop] [actions...]
// Actions: "click:LABEL", "key:KEY", "wait:MS", "scroll:PX", "shot:NAME", "answer-all:N",
//          "type:FILE" (inserts the file's text where the focus is), "goto:#FRAGMENT"
import { launchBrowser, serveDist, newAppPage, waitForApp, clickItem, DESKTOP, PHONE } from '../tests/e2e/helpers/index.mjs';

const [prefix = 'shots/app', kind = 'desktop', ...actions] = process.argv.slice(2);
const server = await serveDist();
const browser = await launchBrowser();
try {
  const { page } = await newAppPage(browser, kind === "phone" ? PHONE : DESKTOP);
  page.on('console', (m) => console.log('[page]', m.text()));
  await page.goto(server.url);
  await waitForApp(page);
  const settle = () => page.waitForTimeout(250);
  await settle();
  for (const a of actions) {
    const [verb, ...rest] = a.split(':');
    const arg = rest.join(':');
    if (verb === 'click') { await clickItem(page, arg); await settle(); }
    else if (verb === 'key') { await page.keyboard.press(arg); await settle(); }
    else if (verb === 'wait') await page.waitForTimeout(Number(arg));
    else if (verb === 'type') { await page.keyboard.insertText((await import('node:fs')).readFileSync(arg, 'utf8')); await settle(); }
    else if (verb === 'goto') { await page.goto(server.url + arg); await waitForApp(page); await settle(); }
    else if (verb === 'scroll') { await page.mouse.move(200, 300); await page.mouse.wheel(0, Number(arg)); await settle(); }
    else if (verb === 'answer-all') {
      for (let i = 0; i < Number(arg); ++i) { await page.keyboard.press(String(1 + (i * 3) % 7)); await page.keyboard.press('Enter'); await page.waitForTimeout(30); }
      await settle();
    } else if (verb === 'shot') await page.screenshot({ path: `${prefix}-${arg}.png` });
  }
  await page.screenshot({ path: `${prefix}-final.png` });
  console.log(JSON.stringify(await page.evaluate(() => ({ screen: window.__ui.screen, items: window.__ui.items.map((i) => i.label) }))));
} finally {
  await browser.close();
  await server.close();
}
