// Driving the app through its automation surface (docs: /work/shared/design/architecture.md):
//   window.__appReady = true once the first screen is drawn
//   window.__ui = { frame, screen, items: [{ label, x, y, w, h, checked?, disabled? }] }
// Items are in CSS px page coordinates; clicks go to their centre through real mouse or
// touch events, the same input path a person uses.

const DEFAULT_TIMEOUT = 30000;

/** Waits until the app has drawn its first screen (window.__appReady === true). */
export async function waitForApp(page, { timeout = 60000 } = {}) {
  await page.waitForFunction(() => window.__appReady === true, null, { timeout });
}

/** A snapshot of window.__ui ({ frame, screen, items }), or null before the app sets it. */
export function uiState(page) {
  return page.evaluate(() => {
    const ui = window.__ui;
    if (!ui) return null;
    return { frame: ui.frame, screen: ui.screen, items: (ui.items || []).map((item) => ({ ...item })) };
  });
}

/** The current frame number (window.__ui.frame), or -1 before the app sets it. */
export function currentFrame(page) {
  return page.evaluate(() => (window.__ui ? window.__ui.frame : -1));
}

/** Waits until window.__ui.frame is greater than `afterFrame` (default: the frame now). */
export async function waitForFrameAdvance(page, afterFrame, { timeout = DEFAULT_TIMEOUT } = {}) {
  const from = afterFrame ?? await currentFrame(page);
  await page.waitForFunction((f) => window.__ui && window.__ui.frame > f, from, { timeout });
  return currentFrame(page);
}

/** Waits until window.__ui.screen equals `screen`. */
export async function waitForScreen(page, screen, { timeout = DEFAULT_TIMEOUT } = {}) {
  await page.waitForFunction((s) => window.__ui && window.__ui.screen === s, screen, { timeout });
}

function matches(item, label) {
  return label instanceof RegExp ? label.test(item.label) : item.label === label;
}

/**
 * Waits for a widget whose label equals `label` (string) or matches it (RegExp) and
 * returns it. `index` picks among several matches; `enabled: true` also waits until it is
 * not disabled. Throws with the labels on screen if none appears in time.
 */
export async function findItem(page, label, { index = 0, enabled = false, timeout = DEFAULT_TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  let state = null;
  for (;;) {
    state = await uiState(page);
    const found = (state ? state.items : []).filter((item) => matches(item, label));
    const item = found[index];
    if (item && !(enabled && item.disabled)) return item;
    if (Date.now() > deadline) break;
    await page.waitForTimeout(50);
  }
  const labels = state ? state.items.map((i) => JSON.stringify(i.label)).join(', ') : '(no window.__ui)';
  throw new Error(`No ${enabled ? 'enabled ' : ''}widget ${label} (#${index}) on screen ` +
    `"${state && state.screen}" after ${timeout} ms. Widgets: ${labels}`);
}

function centre(item) {
  return { x: item.x + item.w / 2, y: item.y + item.h / 2 };
}

/**
 * Clicks the widget at its centre with the mouse and waits for the app to draw the frame
 * that handled the click. Options as findItem. Returns the item clicked.
 */
export async function clickItem(page, label, options = {}) {
  const item = await findItem(page, label, { enabled: true, ...options });
  const before = await currentFrame(page);
  const { x, y } = centre(item);
  await page.mouse.click(x, y);
  await waitForFrameAdvance(page, before, options);
  return item;
}

/** Like clickItem but with a touch tap (the context needs hasTouch, e.g. PHONE). */
export async function tapItem(page, label, options = {}) {
  const item = await findItem(page, label, { enabled: true, ...options });
  const before = await currentFrame(page);
  const { x, y } = centre(item);
  await page.touchscreen.tap(x, y);
  await waitForFrameAdvance(page, before, options);
  return item;
}
