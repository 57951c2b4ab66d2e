// Helpers for results, links and the team view: planned answer patterns built from the
// questionnaire's keying, window.__ui.view, typing into the app's text fields, and the
// clipboard (where the app's "Copy link" buttons put invitation and result links).
//
// Reading the clipboard: the page runs on http://127.0.0.1, a secure context, so the app
// copies with navigator.clipboard.writeText; a test grants the context 'clipboard-read' and
// 'clipboard-write' for the server's origin (grantClipboard) and reads the text back with
// navigator.clipboard.readText() in the page (readClipboard). This works in headless
// Chromium; the app's execCommand('copy') fallback is not needed there.
import { clickItem, currentFrame } from './ui.mjs';
import { answerStatements, loadInstrument, scrollToItem, waitForIdle } from './quiz.mjs';

const DEFAULT_TIMEOUT = 30000;

// ---- planned answers -------------------------------------------------------------------

/**
 * Raw answers (1..7, in the questionnaire's order) for a planned pattern. `plan` gives the
 * KEYED value wanted on each statement of a scale, so a test can reason in keyed terms:
 *   plan.helpfulness / plan.coachability: a number (every statement of the scale), or
 *     (item, k) => number, where k counts the scale's statements in questionnaire order;
 *   plan.quality: the RAW answer to the "too good to be true" statements (default 4);
 *   plan.raw: { itemId: rawValue } overrides, applied last (e.g. to contradict oneself).
 * A reversed statement gets the raw answer 8 - keyed, so its keyed value is the planned one.
 */
export function plannedAnswers(plan, instrument = loadInstrument()) {
  const counters = {};
  return instrument.items.map((item) => {
    if (plan.raw && Object.prototype.hasOwnProperty.call(plan.raw, item.id)) return plan.raw[item.id];
    if (item.tooGood || item.scale === 'quality') return plan.quality ?? 4;
    const k = counters[item.scale] = (counters[item.scale] ?? -1) + 1;
    const rule = plan[item.scale];
    if (rule === undefined) throw new Error(`plan has no value for scale ${item.scale}`);
    const keyed = typeof rule === 'function' ? rule(item, k) : rule;
    if (!(keyed >= 1 && keyed <= 7)) throw new Error(`keyed value ${keyed} for ${item.id} is outside 1..7`);
    return item.reversed ? 8 - keyed : keyed;
  });
}

/** The statements of the questionnaire as { id, scale, facet, reversed, opposite, tooGood }. */
export function instrumentItems() {
  return loadInstrument().items;
}

/**
 * Answers the whole questionnaire with the keyboard (keys 1..7, Enter), from the first
 * statement on screen to Finish, and waits for the results screen. `slowMs`: for each
 * statement whose index is in `slowAt` (default: all), keeps it on screen at least this
 * long before answering (the app times every statement from when it is shown).
 */
export async function answerAllWithKeyboard(page, texts, values, { slowMs = 0, slowAt = () => true } = {}) {
  if (!slowMs) {
    await answerStatements(page, texts, values, { input: 'keyboard', finish: true });
    return;
  }
  for (let i = 0; i < values.length; i++) {
    const shownAt = Date.now();
    if (slowAt(i)) {
      const wait = slowMs - (Date.now() - shownAt);
      if (wait > 0) await page.waitForTimeout(wait);
    }
    await answerStatements(page, texts, [values[i]], {
      input: 'keyboard', from: i, finish: i === values.length - 1,
    });
  }
}

// ---- what the app shows --------------------------------------------------------------

/** window.__ui.view of the current frame (a deep copy), or null. */
export function uiView(page) {
  return page.evaluate(() => (window.__ui && window.__ui.view ? JSON.parse(JSON.stringify(window.__ui.view)) : null));
}

/** { screen, view, items } of a settled frame (the app has stopped drawing). */
export async function settledScreen(page) {
  await waitForIdle(page);
  return page.evaluate(() => JSON.parse(JSON.stringify({
    screen: window.__ui.screen, view: window.__ui.view, items: window.__ui.items,
  })));
}

/**
 * Waits until predicate({ screen, view, items }) holds on a settled frame and returns that
 * snapshot; on timeout, throws with the screen and view last seen.
 */
export async function waitForView(page, predicate, { timeout = DEFAULT_TIMEOUT, message = '' } = {}) {
  const deadline = Date.now() + timeout;
  let last = null;
  for (;;) {
    last = await settledScreen(page);
    if (predicate(last)) return last;
    if (Date.now() > deadline) break;
    await page.waitForTimeout(50);
  }
  throw new Error(`waitForView timed out after ${timeout} ms${message ? `: ${message}` : ''}. ` +
    `Screen "${last && last.screen}", view ${JSON.stringify(last && last.view)}, ` +
    `widgets: ${last ? last.items.map((i) => JSON.stringify(i.label)).join(', ') : '-'}`);
}

// ---- text fields ---------------------------------------------------------------------

/** The id of the element that has keyboard focus ('canvas', 'text-agent', ...). */
export function focusedElementId(page) {
  return page.evaluate(() => (document.activeElement ? document.activeElement.id : ''));
}

/**
 * Clicks the text field whose visible label is `label` (scrolling to it first), types
 * `text` like a person (page.keyboard.type: key presses, and text input for letters that
 * have no key, such as ä) and waits until the app has drawn it. `insert: true` hands the
 * text over in one piece instead (page.keyboard.insertText, like a paste or an IME).
 */
export async function typeIntoField(page, label, text, { insert = false } = {}) {
  await scrollToItem(page, label);
  await clickItem(page, label);
  await waitForIdle(page);
  const before = await currentFrame(page);
  if (insert) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
  await page.waitForFunction((f) => window.__ui && window.__ui.frame > f, before);
  await waitForIdle(page);
}

// ---- clipboard -----------------------------------------------------------------------

/** Lets pages of `context` read and write the clipboard on the origin of `url`. */
export async function grantClipboard(context, url) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
}

/** The clipboard's text, read in the page (needs grantClipboard). */
export function readClipboard(page) {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Puts `text` on the clipboard from the page (needs grantClipboard). */
export function writeClipboard(page, text) {
  return page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

/**
 * Clicks the app's "Copy link" button (`texts['link.copy']`, scrolled into view) and returns
 * the text that lands on the clipboard. A sentinel is put on the clipboard first, so a link
 * left there by an earlier copy can never pass for this one.
 */
export async function copyLinkWithButton(page, texts, { timeout = 10000 } = {}) {
  const sentinel = `e2e-sentinel-${Date.now()}-${Math.random()}`;
  await writeClipboard(page, sentinel);
  await scrollToItem(page, texts['link.copy']);
  await waitForIdle(page);
  await clickItem(page, texts['link.copy']);
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await readClipboard(page);
    if (text !== sentinel) return text;
    if (Date.now() > deadline) throw new Error(`"${texts['link.copy']}" put nothing on the clipboard in ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}

// ---- links ---------------------------------------------------------------------------

/**
 * Splits an app link "<page URL>#<kind>=<payload>" into { base, kind, payload }; kind is
 * 'i' (invitation) or 'r' (result). Throws when `url` is not such a link.
 */
export function splitLink(url) {
  const m = /^([^#]*)#([a-z])=(.*)$/s.exec(url);
  if (!m) throw new Error(`not an app link: ${url}`);
  return { base: m[1], kind: m[2], payload: m[3] };
}

/** base64url (no padding) to bytes, for looking inside a link's payload. */
export function base64UrlBytes(payload) {
  return Buffer.from(payload.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/**
 * The link with one character of its payload changed (at `at`, default the middle) to
 * another base64url character: the kind of damage a person does by mistyping a link.
 */
export function tamperLink(url, { at } = {}) {
  const { base, kind, payload } = splitLink(url);
  const i = at ?? Math.floor(payload.length / 2);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const replacement = alphabet[(alphabet.indexOf(payload[i]) + 17) % alphabet.length];
  return `${base}#${kind}=${payload.slice(0, i)}${replacement}${payload.slice(i + 1)}`;
}

/** The link cut short by `drop` characters: what a half-copied link looks like. */
export function truncateLink(url, drop = 12) {
  return url.slice(0, url.length - drop);
}

// ---- small lookups -------------------------------------------------------------------

/** The widget labelled `label` on the settled frame, or undefined. */
export function itemIn(snapshot, label) {
  return snapshot.items.find((i) => i.label === label);
}
