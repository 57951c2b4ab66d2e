// Quiz-level helpers for the browser tests: the app's own texts and statements (read from
// assets/, never hard-coded), what the app keeps in localStorage, and answering statements
// with the mouse, the keyboard or touch through the automation surface (window.__ui).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './dist.mjs';
import { clickItem, currentFrame, tapItem, uiState, waitForFrameAdvance } from './ui.mjs';

const DEFAULT_TIMEOUT = 30000;

// ---- content -------------------------------------------------------------------------

/** The texts of a language as a flat { key: text } object (assets/text/<lang>.json). */
export function loadTexts(language = 'en') {
  const file = path.join(REPO_ROOT, 'assets', 'text', `${language}.json`);
  return JSON.parse(readFileSync(file, 'utf8')).texts;
}

/** The label the app shows for a text key: the text, or "[key]" when the key is missing. */
export function labelFor(texts, key) {
  return Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : `[${key}]`;
}

/** The questionnaire (assets/instrument.json): { id, version, scales, facets, items }. */
export function loadInstrument() {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, 'assets', 'instrument.json'), 'utf8')).instrument;
}

/** The statements' ids in the questionnaire's order. */
export function statementIds() {
  return loadInstrument().items.map((item) => item.id);
}

/** Labels of the seven answer options in `texts`: index 1..7 (index 0 is unused). */
export function answerLabels(texts) {
  return [null, ...[1, 2, 3, 4, 5, 6, 7].map((v) => texts[`answer.${v}`])];
}

/**
 * `count` answers 1..7 that vary from statement to statement (no straight lines, both
 * ends of the scale used), deterministic so a failure can be repeated.
 */
export function answerPattern(count, seed = 0) {
  return Array.from({ length: count }, (_, i) => ((i * 3 + seed + Math.floor(i / 7)) % 7) + 1);
}

// ---- stored data ---------------------------------------------------------------------

export const STORAGE_KEYS = {
  attempt: 'sellerquiz.attempt',
  results: 'sellerquiz.results',
  settings: 'sellerquiz.settings',
};

/** Everything in the page's localStorage as { key: rawText }. */
export function localStorageEntries(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      out[key] = localStorage.getItem(key);
    }
    return out;
  });
}

/** The raw text stored under `key`, or null. */
export function storedRaw(page, key) {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

/** The cereal document ("doc") stored under `key`, parsed, or null when there is none. */
export async function storedDoc(page, key) {
  const raw = await storedRaw(page, key);
  return raw === null ? null : JSON.parse(raw).doc;
}

/** The attempt in progress as stored: { answers: [{id, v, ms}], position, ... } or null. */
export const storedAttempt = (page) => storedDoc(page, STORAGE_KEYS.attempt);
/** The finished attempts as stored: { attempts: [...] } or null. */
export const storedResults = (page) => storedDoc(page, STORAGE_KEYS.results);

// ---- waiting on the UI ---------------------------------------------------------------

/**
 * Waits until the app stops drawing: window.__ui.frame unchanged for `quietMs`. The app
 * draws a few frames after every event, and the frame in which a click is handled is
 * still laid out for the state before it (immediate mode): its screen id is already the
 * new one but its widgets are the old ones. A person sees, and clicks, the settled frame.
 */
export async function waitForIdle(page, { quietMs = 100, timeout = DEFAULT_TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  let frame = await currentFrame(page);
  let since = Date.now();
  for (;;) {
    await page.waitForTimeout(20);
    const now = await currentFrame(page);
    if (now !== frame) { frame = now; since = Date.now(); }
    else if (Date.now() - since >= quietMs) return frame;
    if (Date.now() > deadline) throw new Error(`the app kept drawing for ${timeout} ms (frame ${frame})`);
  }
}

/**
 * Polls window.__ui until predicate(ui) is true on a settled frame (see waitForIdle) and
 * returns that snapshot. On timeout throws with the screen and the widgets shown, and
 * `message` if given.
 */
export async function waitForUi(page, predicate, { timeout = DEFAULT_TIMEOUT, message = '' } = {}) {
  const deadline = Date.now() + timeout;
  let ui = null;
  for (;;) {
    ui = await uiState(page);
    if (ui && predicate(ui)) {
      await waitForIdle(page, { timeout: Math.max(1000, deadline - Date.now()) });
      ui = await uiState(page);
      if (ui && predicate(ui)) return ui;
    }
    if (Date.now() > deadline) break;
    await page.waitForTimeout(25);
  }
  const widgets = ui ? ui.items.map((i) => `${JSON.stringify(i.label)}${i.checked ? '*' : ''}${i.disabled ? '(disabled)' : ''}`).join(', ') : '-';
  throw new Error(`waitForUi timed out after ${timeout} ms${message ? `: ${message}` : ''}. ` +
    `Screen "${ui && ui.screen}", frame ${ui && ui.frame}, widgets: ${widgets}`);
}

/**
 * Scrolls the app until a widget labelled `text` is on screen and returns it: the mouse
 * wheel over the canvas ('mouse') or a one-finger swipe up ('touch'). Long screens (the
 * results) list only the widgets that are scrolled into view.
 */
export async function scrollToItem(page, text, { input = 'mouse', maxSteps = 30 } = {}) {
  for (let step = 0; step <= maxSteps; step++) {
    await waitForIdle(page);
    const ui = await uiState(page);
    const item = ui.items.find((i) => i.label === text);
    const { width, height } = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    if (item && item.y + item.h <= height) return item;  // fully in view
    if (input === 'touch') await swipe(page, { x: width / 2, y: height * 0.7, dy: -height * 0.4 });
    else {
      await page.mouse.move(width / 2, height / 2);
      await page.mouse.wheel(0, 300);
    }
  }
  throw new Error(`no widget ${JSON.stringify(text)} after scrolling ${maxSteps} times`);
}

/** window.__ui of the settled frame (see waitForIdle). */
export async function settledUi(page) {
  await waitForIdle(page);
  return uiState(page);
}

/** clickItem once the app has stopped drawing (see waitForIdle). */
export async function clickSettled(page, text, options = {}) {
  await waitForIdle(page);
  return clickItem(page, text, options);
}

/** tapItem once the app has stopped drawing (see waitForIdle). */
export async function tapSettled(page, text, options = {}) {
  await waitForIdle(page);
  return tapItem(page, text, options);
}

/** The answer value (1..7) whose option is checked in `ui`, 0 when none is. */
export function checkedAnswer(ui, texts) {
  const labels = answerLabels(texts);
  for (let v = 1; v <= 7; v++) {
    if (ui.items.some((item) => item.label === labels[v] && item.checked === true)) return v;
  }
  return 0;
}

/** True when `ui` shows a widget labelled `text`. */
export function hasItem(ui, text) {
  return ui.items.some((item) => item.label === text);
}

/** Presses a key (Playwright key name) and waits until the app has drawn a frame after it. */
export async function pressKey(page, key) {
  const before = await currentFrame(page);
  await page.keyboard.press(key);
  await waitForFrameAdvance(page, before);
}

// ---- answering -----------------------------------------------------------------------

/**
 * Answers the statement on screen with `input` ('mouse', 'touch' or 'keyboard') and waits
 * until the option is shown checked. Returns the ui snapshot.
 */
export async function answer(page, texts, value, { input = 'mouse' } = {}) {
  if (input === 'keyboard') {
    await page.keyboard.press(String(value));
  } else {
    // Click where the option is now (settled, scrolled into view), not where it was a frame ago.
    await scrollToItem(page, texts[`answer.${value}`], { input });
    if (input === 'touch') await tapItem(page, texts[`answer.${value}`]);
    else await clickItem(page, texts[`answer.${value}`]);
  }
  return waitForUi(page, (ui) => ui.screen === 'question' && checkedAnswer(ui, texts) === value,
    { message: `answer ${value} (${input}) should be checked` });
}

/**
 * Goes on from the statement on screen with `input`: the Next button (or Finish on the
 * last statement, `last: true`) or the Enter / → key. Does not wait for the outcome (use
 * waitForUi / waitForStored*), since what "moved on" looks like depends on the test.
 */
export async function goOn(page, texts, { input = 'mouse', last = false, key = 'Enter' } = {}) {
  const buttonLabel = texts[last ? 'nav.finish' : 'nav.next'];
  if (input !== 'keyboard') await scrollToItem(page, buttonLabel, { input });
  if (input === 'keyboard') await page.keyboard.press(key);
  else if (input === 'touch') await tapItem(page, buttonLabel, { enabled: true });
  else await clickItem(page, buttonLabel, { enabled: true });
}

/** Waits until the stored attempt is at statement index `position` (0-based). */
export async function waitForStoredPosition(page, position, { timeout = DEFAULT_TIMEOUT } = {}) {
  await page.waitForFunction((p) => {
    const raw = localStorage.getItem('sellerquiz.attempt');
    if (!raw) return false;
    try { return JSON.parse(raw).doc.position === p; } catch { return false; }
  }, position, { timeout });
}

/**
 * Answers statements from the current one on, one per value, going on after each; the
 * last value finishes the quiz when `finish` is true (it is the questionnaire's last
 * statement). Waits after every step, through localStorage when `viaStorage` (the default;
 * positions must then start at `from`) or else through the UI: a fresh statement shows no
 * checked option (fine for a first pass through the quiz).
 */
export async function answerStatements(page, texts, values, {
  input = 'mouse', from = 0, finish = false, viaStorage = true, nextKey = () => 'Enter',
} = {}) {
  for (let i = 0; i < values.length; i++) {
    const position = from + i;
    await answer(page, texts, values[i], { input });
    const last = finish && i === values.length - 1;
    if (last) {
      await goOn(page, texts, { input, last: true, key: 'Enter' });
      await waitForUi(page, (ui) => ui.screen === 'results', { message: 'Finish should show the results' });
      break;
    }
    const before = await currentFrame(page);
    await goOn(page, texts, { input, key: nextKey(position) });
    if (viaStorage) await waitForStoredPosition(page, position + 1);
    else {
      await waitForUi(page, (ui) => ui.frame > before && ui.screen === 'question' && checkedAnswer(ui, texts) === 0,
        { message: `statement ${position + 2} should show with nothing checked` });
    }
  }
}

/**
 * From the welcome screen, starts the quiz with the keyboard only: ImGui's keyboard
 * navigation, Tab `tabs` times to reach the Start button (the first Tab lands on the
 * language button at the top, the second on Start), then Enter to activate it.
 */
export async function startWithKeyboard(page, { tabs = 2 } = {}) {
  for (let i = 0; i < tabs; i++) await pressKey(page, 'Tab');
  await pressKey(page, 'Enter');
  await waitForUi(page, (ui) => ui.screen === 'question', { message: `Tab x${tabs} + Enter should start the quiz` });
}

// ---- touch ---------------------------------------------------------------------------

/**
 * A one-finger vertical swipe through CDP touch events (Playwright has only tap): touch
 * down at (x, y), move by dy in `steps`, lift. The context needs hasTouch.
 */
export async function swipe(page, { x, y, dy, dx = 0, steps = 8, stepDelayMs = 16 }) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const point = (px, py) => [{ x: px, y: py, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(x, y) });
    for (let s = 1; s <= steps; s++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove', touchPoints: point(x + (dx * s) / steps, y + (dy * s) / steps),
      });
      await page.waitForTimeout(stepDelayMs);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.detach();
  }
}

/** The centre of a widget snapshot. */
export function centreOf(item) {
  return { x: item.x + item.w / 2, y: item.y + item.h / 2 };
}
