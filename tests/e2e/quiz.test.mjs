// The quiz in a real browser, driven the way a person drives it: real mouse clicks and
// touch taps at the centre of the widgets the app publishes (window.__ui), and the keys
// 1–7, Enter / →, ← / Backspace. Labels come from assets/text/*.json, the statements from
// assets/instrument.json.
//
//   node --test --test-concurrency=1 tests/e2e/quiz.test.mjs      (against dist/)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  DESKTOP, PHONE, STORAGE_KEYS, answer, answerPattern, answerStatements, centreOf, checkedAnswer, clickSettled,
  hasItem, scrollToItem, settledUi, launchBrowser, loadTexts, newAppPage, pressKey, serveDist, skipWithoutBuild, startWithKeyboard,
  statementIds, storedAttempt, storedDoc, storedRaw, storedResults, swipe, tapSettled, uiState, waitForApp, waitForUi,
  waitForStoredPosition,
  shareBrowserAndServer,
} from './helpers/index.mjs';

const skip = skipWithoutBuild();
if (skip) console.log(`# quiz.test.mjs skipped: ${skip}`);

const en = loadTexts('en');
const fi = loadTexts('fi');
const IDS = statementIds();
const N = IDS.length;

let browser;
let server;
shareBrowserAndServer(skip, (b, s) => { browser = b; server = s; });

/** A fresh context and page on the app, drawn and ready. */
async function open(t, contextOptions = DESKTOP) {
  const { context, page, errors } = await newAppPage(browser, contextOptions);
  t.after(() => context.close());
  await page.goto(server.url);
  await waitForApp(page);
  return { context, page, errors };
}

/** Counts pointer and mouse events that reach the page (to prove a keyboard-only run). */
async function countPointerEvents(context) {
  await context.addInitScript(() => {
    window.__e2ePointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown', 'touchstart', 'click']) {
      window.addEventListener(type, () => { window.__e2ePointerEvents++; }, true);
    }
  });
}

/** Checks a finished attempt as stored against the values answered. */
function assertFinishedAttempt(attempt, values) {
  assert.deepEqual(attempt.answers.map((a) => a.id), IDS, 'one answer per statement, in the questionnaire order');
  assert.deepEqual(attempt.answers.map((a) => a.v), values, 'the stored answers are the ones given');
  assert.ok(attempt.finishedAt > 0, 'marked finished');
  assert.ok(attempt.finishedAt >= attempt.startedAt);
}

test(`the questionnaire has ${N} statements and both languages have a text for each`, () => {
  assert.equal(N, 42);
  for (const id of IDS) {
    assert.ok(en[`item.${id}`], `en text for item.${id}`);
    assert.ok(fi[`item.${id}`], `fi text for item.${id}`);
  }
});

test('a whole quiz with real mouse clicks: answer, Next … Finish, then the results, every answer stored', { skip }, async (t) => {
  const { page, errors } = await open(t);
  let ui = await waitForUi(page, (u) => u.screen === 'welcome');
  assert.ok(hasItem(ui, en['welcome.start']));
  assert.equal(await storedRaw(page, STORAGE_KEYS.attempt), null, 'nothing stored before starting');

  await clickSettled(page, en['welcome.start']);
  ui = await waitForUi(page, (u) => u.screen === 'question');
  for (let v = 1; v <= 7; v++) {
    const option = ui.items.find((i) => i.label === en[`answer.${v}`]);
    assert.ok(option, `answer option ${v} (${en[`answer.${v}`]}) is a widget`);
    assert.equal(option.checked, false, `option ${v} starts unchecked`);
  }
  assert.equal(ui.items.find((i) => i.label === en['nav.next']).disabled, true, 'Next waits for an answer');
  assert.ok(hasItem(ui, en['nav.back']));
  assert.ok(!hasItem(ui, en['nav.finish']), 'no Finish on the first statement');

  // Changing one's mind on a statement keeps only the last choice.
  await answer(page, en, 2);
  const values = answerPattern(N);
  await answerStatements(page, en, values.slice(0, N - 1), { input: 'mouse' });
  ui = await settledUi(page);
  assert.ok(hasItem(ui, en['nav.finish']), 'the last statement offers Finish');
  assert.ok(!hasItem(ui, en['nav.next']), 'and no Next');
  await answerStatements(page, en, values.slice(N - 1), { input: 'mouse', from: N - 1, finish: true });

  ui = await waitForUi(page, (u) => u.screen === 'results');
  await scrollToItem(page, en['results.retake']);
  await scrollToItem(page, en['nav.home']);
  const results = await storedResults(page);
  assert.equal(results.attempts.length, 1, 'one finished attempt');
  assertFinishedAttempt(results.attempts[0], values);
  assert.equal(results.attempts[0].language, 'en');
  assert.equal(await storedRaw(page, STORAGE_KEYS.attempt), null, 'no attempt left in progress');
  await page.screenshot({ path: '/tmp/sellerquiz-e2e-results.png' }).catch(() => {});
  assert.deepEqual(errors, [], 'no page errors or console errors');
});

test('a whole quiz with the keyboard only: Tab + Enter to start, 1–7, Enter / →, ← / Backspace', { skip }, async (t) => {
  const { context, page, errors } = await newAppPage(browser, DESKTOP);
  t.after(() => context.close());
  await countPointerEvents(context);
  await page.goto(server.url);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'canvas',
    'the canvas has keyboard focus as soon as the app is ready');

  await startWithKeyboard(page);
  const values = answerPattern(N, 3);
  // First four statements, alternating Enter and → to go on.
  const nextKey = (position) => (position % 2 ? 'ArrowRight' : 'Enter');
  await answerStatements(page, en, values.slice(0, 4), { input: 'keyboard', nextKey });
  // Backspace and ← go back; the answers given are shown again.
  await pressKey(page, 'Backspace');
  await waitForStoredPosition(page, 3);
  assert.equal(checkedAnswer(await waitForUi(page, (u) => checkedAnswer(u, en) !== 0), en), values[3]);
  await pressKey(page, 'ArrowLeft');
  await waitForStoredPosition(page, 2);
  assert.equal(checkedAnswer(await waitForUi(page, (u) => checkedAnswer(u, en) === values[2]), en), values[2]);
  await pressKey(page, 'ArrowRight');
  await waitForStoredPosition(page, 3);
  await pressKey(page, 'Enter');
  await waitForStoredPosition(page, 4);
  // The rest; Enter on the last statement finishes.
  await answerStatements(page, en, values.slice(4), { input: 'keyboard', from: 4, finish: true, nextKey });

  assert.equal((await settledUi(page)).screen, 'results');
  const results = await storedResults(page);
  assert.equal(results.attempts.length, 1);
  assertFinishedAttempt(results.attempts[0], values);
  assert.equal(await page.evaluate(() => window.__e2ePointerEvents), 0, 'no pointer event reached the page');
  assert.deepEqual(errors, [], 'no page errors or console errors');
});

test('a reload mid-quiz comes back to the same statement with the answers intact', { skip }, async (t) => {
  const { page, errors } = await open(t);
  await startWithKeyboard(page);
  const values = answerPattern(7, 1);
  await answerStatements(page, en, values, { input: 'keyboard' });   // 7 answered, on statement 8
  await pressKey(page, 'Backspace');                                 // back to statement 7
  await waitForStoredPosition(page, 6);
  await waitForUi(page, (u) => checkedAnswer(u, en) === values[6]);

  await page.reload();
  await waitForApp(page);
  const ui = await waitForUi(page, (u) => u.screen === 'question', { timeout: 5000 });
  assert.equal(checkedAnswer(ui, en), values[6], 'statement 7 shows its answer checked');
  assert.equal(ui.items.find((i) => i.label === en['nav.next']).disabled, false, 'and Next is enabled');
  const attempt = await storedAttempt(page);
  assert.equal(attempt.position, 6, 'still on statement 7');
  assert.deepEqual(attempt.answers.slice(0, 7).map((a) => a.v), values, 'answers intact');
  assert.ok(attempt.answers.slice(7).every((a) => a.v === 0), 'the rest unanswered');

  // Going on and back after the reload shows the right statements.
  await clickSettled(page, en['nav.back']);
  await waitForStoredPosition(page, 5);
  await waitForUi(page, (u) => checkedAnswer(u, en) === values[5], { message: 'statement 6 shows its answer' });
  await clickSettled(page, en['nav.next']);
  await clickSettled(page, en['nav.next']);
  await waitForStoredPosition(page, 7);
  await waitForUi(page, (u) => u.screen === 'question' && checkedAnswer(u, en) === 0, { message: 'statement 8 unanswered' });
  assert.equal((await settledUi(page)).items.find((i) => i.label === en['nav.next']).disabled, true);
  assert.deepEqual(errors, []);
});

test('after finishing, a reload keeps the result: the welcome screen offers it', { skip }, async (t) => {
  const { page, errors } = await open(t);
  await startWithKeyboard(page);
  const values = answerPattern(N, 5);
  await answerStatements(page, en, values, { input: 'keyboard', finish: true });

  await page.reload();
  await waitForApp(page);
  let ui = await settledUi(page);
  assert.equal(ui.screen, 'welcome');
  assert.ok(hasItem(ui, en['welcome.lastResult']), 'the latest result is offered');
  assert.ok(hasItem(ui, en['welcome.start']), 'and a new attempt can start');
  assert.ok(!hasItem(ui, en['welcome.resume']), 'nothing to resume');
  await clickSettled(page, en['welcome.lastResult']);
  ui = await waitForUi(page, (u) => u.screen === 'results');
  const results = await storedResults(page);
  assert.equal(results.attempts.length, 1);
  assertFinishedAttempt(results.attempts[0], values);

  assert.deepEqual(errors, []);
});

test('Home at the end of the long results screen shows the welcome screen, not an empty scrolled page', { skip }, async (t) => {
  const { page, errors } = await open(t);
  await startWithKeyboard(page);
  await answerStatements(page, en, answerPattern(N, 6), { input: 'keyboard', finish: true });
  // Home is below the fold on a 1280 x 800 window: scroll to it with the wheel.
  await scrollToItem(page, en['nav.home']);
  await clickSettled(page, en['nav.home']);
  const ui = await waitForUi(page, (u) => u.screen === 'welcome');
  if (!hasItem(ui, en['welcome.lastResult'])) {
    await page.screenshot({ path: '/tmp/sellerquiz-e2e-home-after-scroll.png' }).catch(() => {});
  }
  // Only the settled frame counts: no further input is given (a person would look at it).
  assert.ok(hasItem(ui, en['welcome.start']) && hasItem(ui, en['welcome.lastResult']),
    'the welcome screen is drawn in view once the app stops drawing; the app showed ' +
    `${ui.items.length} widgets: ${JSON.stringify(ui.items.map((i) => i.label))} ` +
    '(screenshot /tmp/sellerquiz-e2e-home-after-scroll.png)');
  assert.deepEqual(errors, []);
});

test('after Next from a scrolled-down statement the new statement shows from its top, and a click on an option takes', { skip }, async (t) => {
  // A window too short for the whole statement screen (a laptop with a notice, a phone
  // with a long statement): the person scrolls down to Next.
  const { page, errors } = await open(t, { ...DESKTOP, viewport: { width: 1280, height: 600 } });
  await clickSettled(page, en['welcome.start']);
  await answer(page, en, 5);
  await scrollToItem(page, en['nav.next']);
  let ui = await settledUi(page);
  assert.ok(!hasItem(ui, en['lang.other']), 'scrolled down: the top bar is out of view');
  await clickSettled(page, en['nav.next'], { enabled: true });
  await waitForStoredPosition(page, 1);
  ui = await settledUi(page);
  const problems = [];
  if (!hasItem(ui, en['lang.other'])) {
    await page.screenshot({ path: '/tmp/sellerquiz-e2e-next-scrolled.png' }).catch(() => {});
    problems.push('statement 2 is drawn still scrolled down (its text cut off at the top) and the app stops drawing ' +
      '(screenshot /tmp/sellerquiz-e2e-next-scrolled.png)');
  }
  // The person clicks the first option where they see it.
  await clickSettled(page, en['answer.1']);
  try {
    await waitForUi(page, (u) => checkedAnswer(u, en) === 1, { timeout: 3000 });
  } catch {
    const after = await settledUi(page);
    problems.push(`a click on "${en['answer.1']}" where it was drawn did not select it (checked now: ` +
      `${checkedAnswer(after, en)}; stored: ${(await storedAttempt(page)).answers[1].v})`);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
});

test('phone with touch: one tap selects an answer, one tap on Next moves on, a swipe selects nothing', { skip }, async (t) => {
  const { page, errors } = await open(t, PHONE);
  assert.deepEqual(await page.evaluate(() => [innerWidth, innerHeight, devicePixelRatio]), [390, 844, 3]);
  await tapSettled(page, en['welcome.start']);
  let ui = await waitForUi(page, (u) => u.screen === 'question');
  await page.screenshot({ path: '/tmp/sellerquiz-e2e-phone-question.png' }).catch(() => {});

  // Every widget of the statement screen is on screen and large enough for a finger.
  for (const key of ['answer.1', 'answer.7', 'nav.back', 'nav.next']) {
    const item = ui.items.find((i) => i.label === en[key]);
    assert.ok(item, `${key} is on the phone screen`);
    assert.ok(item.y + item.h <= 844 && item.x >= 0 && item.x + item.w <= 390, `${key} inside the viewport`);
    assert.ok(item.h >= 44, `${key} is at least 44 px tall (is ${item.h})`);
  }

  // A vertical swipe that starts on an answer option is a scroll, not a choice.
  const option3 = ui.items.find((i) => i.label === en['answer.3']);
  const from = centreOf(option3);
  await swipe(page, { x: from.x, y: from.y, dy: -160 });
  await swipe(page, { x: from.x, y: from.y - 100, dy: 140 });
  await page.waitForTimeout(300);
  ui = await settledUi(page);
  assert.equal(checkedAnswer(ui, en), 0, 'no option is checked after swipes');
  assert.equal((await storedAttempt(page)).answers[0].v, 0, 'no answer stored after swipes');

  // ONE tap, and the option is checked (no second tap, no long press).
  await tapSettled(page, en['answer.4']);
  ui = await waitForUi(page, (u) => checkedAnswer(u, en) !== 0, { timeout: 3000, message: 'one tap should select' });
  assert.equal(checkedAnswer(ui, en), 4);
  assert.equal((await storedAttempt(page)).answers[0].v, 4);

  // ONE tap on Next moves to statement 2.
  await tapSettled(page, en['nav.next'], { enabled: true });
  await waitForStoredPosition(page, 1, { timeout: 3000 });
  ui = await waitForUi(page, (u) => u.screen === 'question' && checkedAnswer(u, en) === 0, { timeout: 3000 });

  // And again on statement 2; Back returns to statement 1 with its answer.
  await tapSettled(page, en['answer.6']);
  await waitForUi(page, (u) => checkedAnswer(u, en) === 6, { timeout: 3000 });
  await tapSettled(page, en['nav.back']);
  await waitForStoredPosition(page, 0, { timeout: 3000 });
  await waitForUi(page, (u) => checkedAnswer(u, en) === 4, { timeout: 3000 });
  const attempt = await storedAttempt(page);
  assert.deepEqual(attempt.answers.slice(0, 3).map((a) => a.v), [4, 6, 0]);
  assert.deepEqual(errors, []);
});

test('the language follows the browser: fi-FI starts in Finnish, en-US in English', { skip }, async (t) => {
  for (const [locale, texts] of [['fi-FI', fi], ['en-US', en]]) {
    const { page, errors } = await open(t, { ...DESKTOP, locale });
    assert.equal(await page.evaluate(() => navigator.language), locale);
    const ui = await settledUi(page);
    assert.ok(hasItem(ui, texts['lang.other']), `${locale}: the language button reads ${JSON.stringify(texts['lang.other'])}`);
    assert.ok(hasItem(ui, texts['welcome.start']), `${locale}: Start reads ${JSON.stringify(texts['welcome.start'])}`);
    assert.deepEqual(errors, []);
  }
});

test('switching the language mid-quiz keeps the answers and the statement', { skip }, async (t) => {
  const { page, errors } = await open(t, { ...DESKTOP, locale: 'en-US' });
  await clickSettled(page, en['welcome.start']);
  const values = answerPattern(3, 2);
  await answerStatements(page, en, values, { input: 'mouse' });
  await answer(page, en, 6);                                   // statement 4 answered, not left

  await clickSettled(page, en['lang.other']);
  let ui = await waitForUi(page, (u) => hasItem(u, fi['lang.other']), { message: 'the app should now be in Finnish' });
  assert.equal(ui.screen, 'question');
  assert.ok(hasItem(ui, fi['answer.1']) && hasItem(ui, fi['nav.next']), 'options and buttons in Finnish');
  assert.equal(checkedAnswer(ui, fi), 6, 'statement 4 still shows its answer');
  let attempt = await storedAttempt(page);
  assert.equal(attempt.position, 3);
  assert.deepEqual(attempt.answers.slice(0, 4).map((a) => a.v), [...values, 6]);
  assert.equal((await storedDoc(page, STORAGE_KEYS.settings)).language, 'fi', 'the choice is stored');

  await clickSettled(page, fi['nav.back']);
  await waitForStoredPosition(page, 2);
  await waitForUi(page, (u) => checkedAnswer(u, fi) === values[2], { message: 'statement 3 in Finnish with its answer' });

  // The choice outlives a reload, although the browser still says en-US.
  await page.reload();
  await waitForApp(page);
  ui = await settledUi(page);
  assert.equal(ui.screen, 'question');
  assert.ok(hasItem(ui, fi['lang.other']), 'still Finnish after a reload');
  assert.equal(checkedAnswer(ui, fi), values[2]);

  // And back to English.
  await clickSettled(page, fi['lang.other']);
  ui = await waitForUi(page, (u) => hasItem(u, en['lang.other']));
  assert.equal(checkedAnswer(ui, en), values[2]);
  attempt = await storedAttempt(page);
  assert.deepEqual(attempt.answers.slice(0, 4).map((a) => a.v), [...values, 6]);
  assert.deepEqual(errors, []);
});
