// The result screen: answer a planned pattern with the keyboard and find the expected
// type, bands and flags in window.__ui.view, against values worked out here by hand from
// the questionnaire's keying (assets/instrument.json) and the scoring rules of
// src/core/scoring.cpp / shared/design/instrument.md.
//
//   node --test --test-concurrency=1 tests/e2e/results.test.mjs      (against dist/)
//
// The rules, as this file computes them:
//   keyed = reversed ? 8 - raw : raw            (the two "too good" statements count in no scale)
//   mean  = sum of keyed / answered              (20 statements per scale, all answered here)
//   score = (mean - 1) / 6 * 100
//   90% interval = score ± 1.645 * 12 * sqrt(1 - .80) = score ± 8.83 for 20 answered items,
//                  clamped to 0..100
//   band on the ROUNDED score: 0–49 mostlyDisagrees, 50–66 mixed, 67–83 mostlyAgrees,
//                  84–100 stronglyAgrees
//   profile: borderline if either interval has 67 strictly inside; else helpful = rounded
//            helpfulness ≥ 67, coachable = rounded coachability ≥ 67 → the 2x2 cell
//   flags: inconsistent (≥ 2 opposite pairs answered on the same side of 4), yesSaying
//          ((agree+1) > 3 (disagree+1) over the pairs' statements), tooGood (both "too good"
//          statements answered 7), tooFast (median answer time < 1500 ms), straightLined
//          (10 identical answers in a row, or one value for ≥ 90% of the answers)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  DESKTOP, PHONE, STORAGE_KEYS, answerAllWithKeyboard, clickSettled, instrumentItems, launchBrowser, loadTexts,
  newAppPage, plannedAnswers, serveDist, settledScreen, skipWithoutBuild, storedResults, swipe, waitForApp,
  waitForUi, waitForView,
  shareBrowserAndServer,
} from './helpers/index.mjs';

const skip = skipWithoutBuild();
if (skip) console.log(`# results.test.mjs skipped: ${skip}`);

const en = loadTexts('en');
const fi = loadTexts('fi');
const ITEMS = instrumentItems();

let browser;
let server;
shareBrowserAndServer(skip, (b, s) => { browser = b; server = s; });

// ---- the arithmetic, by hand -----------------------------------------------------------

const HALF_WIDTH_20 = 1.645 * 12 * Math.sqrt(1 - 0.80);   // 8.8284… for a fully answered 20-item scale
const CUT = 67;

function band(score) {
  const shown = Math.round(score);
  if (shown >= 84) return 'stronglyAgrees';
  if (shown >= 67) return 'mostlyAgrees';
  if (shown >= 50) return 'mixed';
  return 'mostlyDisagrees';
}

/** One scale from raw answers: keyed sum, mean, score, interval and band. */
function scaleByHand(values, scale) {
  let sum = 0;
  let n = 0;
  ITEMS.forEach((item, i) => {
    if (item.scale !== scale || item.tooGood) return;
    sum += item.reversed ? 8 - values[i] : values[i];
    n += 1;
  });
  assert.equal(n, 20, `${scale} has 20 statements (the ±8.83 interval assumes it)`);
  const mean = sum / n;
  const score = ((mean - 1) / 6) * 100;
  return {
    id: scale, scored: true, mean, score,
    low: Math.max(0, score - HALF_WIDTH_20), high: Math.min(100, score + HALF_WIDTH_20), band: band(score),
  };
}

/** The answer-pattern flags (everything but tooFast, which depends on the clock). */
function patternFlagsByHand(values) {
  const index = Object.fromEntries(ITEMS.map((item, i) => [item.id, i]));
  const pairs = [];
  ITEMS.forEach((item, i) => {
    if (!item.opposite) return;
    const j = index[item.opposite];
    const pair = [Math.min(i, j), Math.max(i, j)];
    if (!pairs.some((p) => p[0] === pair[0] && p[1] === pair[1])) pairs.push(pair);
  });
  const agrees = (v) => v >= 5;
  const disagrees = (v) => v >= 1 && v <= 3;
  const inconsistentPairs = pairs.filter(([a, b]) =>
    (agrees(values[a]) && agrees(values[b])) || (disagrees(values[a]) && disagrees(values[b]))).length;
  const pairItems = [...new Set(pairs.flat())];
  const agreements = pairItems.filter((i) => agrees(values[i])).length;
  const disagreements = pairItems.filter((i) => disagrees(values[i])).length;
  let run = 0;
  let longest = 0;
  values.forEach((v, i) => { run = i > 0 && v === values[i - 1] ? run + 1 : 1; longest = Math.max(longest, run); });
  const mostUsed = Math.max(...[1, 2, 3, 4, 5, 6, 7].map((v) => values.filter((x) => x === v).length));
  const flags = [];
  if (inconsistentPairs >= 2) flags.push('inconsistent');
  if (agreements + 1 > 3 * (disagreements + 1)) flags.push('yesSaying');
  if (ITEMS.every((item, i) => !item.tooGood || values[i] === 7)) flags.push('tooGood');
  if (longest >= 10 || mostUsed >= Math.ceil(0.9 * values.length)) flags.push('straightLined');
  return { flags, pairs: pairs.length, inconsistentPairs, agreements, disagreements };
}

function profileByHand(h, c) {
  const crosses = (s) => s.low < CUT && CUT < s.high;
  if (crosses(h) || crosses(c)) return 'borderline';
  const helpful = Math.round(h.score) >= CUT;
  const coachable = Math.round(c.score) >= CUT;
  if (helpful) return coachable ? 'helpfulCoachable' : 'pertti';
  return coachable ? 'eagerLearner' : 'worthConversation';
}

/**
 * tooFast from the answer times the app stored (ms per statement): judged when at least
 * 80% of the answers carry a time, raised when their median is under 1500 ms.
 */
function tooFastByHand(times) {
  const timed = times.filter((ms) => ms > 0).sort((a, b) => a - b);
  if (timed.length === 0 || timed.length < Math.ceil(0.8 * times.length)) return false;
  const n = timed.length;
  const median = n % 2 ? timed[(n - 1) / 2] : (timed[n / 2 - 1] + timed[n / 2]) / 2;
  return median < 1500;
}

/** What window.__ui.view should say for these answers; tooFast as the run's pace makes it. */
function expectedView(values, { tooFast }) {
  const h = scaleByHand(values, 'helpfulness');
  const c = scaleByHand(values, 'coachability');
  const { flags } = patternFlagsByHand(values);
  if (tooFast) flags.splice(['inconsistent', 'yesSaying', 'tooGood'].filter((f) => flags.includes(f)).length, 0, 'tooFast');
  return { profile: profileByHand(h, c), scales: [h, c], flags };
}

const round2 = (x) => Math.round(x * 100) / 100;

/** Compares the app's view (scores printed with two decimals) with the hand computation. */
function assertView(view, expected) {
  assert.equal(view.profile, expected.profile, 'profile');
  assert.equal(view.scales.length, 2, 'two scales');
  for (const [i, want] of expected.scales.entries()) {
    const got = view.scales[i];
    assert.equal(got.id, want.id);
    assert.equal(got.scored, true, `${want.id} is scored`);
    for (const key of ['score', 'low', 'high']) {
      assert.ok(Math.abs(got[key] - round2(want[key])) < 0.006,
        `${want.id}.${key}: app ${got[key]}, by hand ${round2(want[key])}`);
    }
    assert.equal(got.band, want.band, `${want.id} band`);
  }
  assert.deepEqual(view.flags, expected.flags, 'flags');
}

// ---- driving the app -------------------------------------------------------------------

async function open(t, contextOptions = DESKTOP) {
  const { context, page, errors } = await newAppPage(browser, contextOptions);
  t.after(() => context.close());
  await page.goto(server.url);
  await waitForApp(page);
  return { context, page, errors };
}

/** Starts the quiz, answers `values` with the keyboard and returns the settled results screen. */
async function answerAndShowResults(page, texts, values, options = {}) {
  await clickSettled(page, texts['welcome.start']);
  await waitForUi(page, (u) => u.screen === 'question');
  await answerAllWithKeyboard(page, texts, values, options);
  return waitForView(page, (s) => s.screen === 'results' && s.view && s.view.profile, { message: 'the results' });
}

/** Checks the stored answers are the planned ones; returns the stored answer times (ms). */
async function storedTimes(page, values) {
  const results = await storedResults(page);
  assert.equal(results.attempts.length, 1);
  assert.deepEqual(results.attempts[0].answers.map((a) => a.v), values, 'the planned answers are the stored ones');
  return results.attempts[0].answers.map((a) => a.ms);
}

/**
 * Answers `values` and checks the view against the hand computation; tooFast is expected
 * from the times the app stored (a keyboard run without pauses is far below 1.5 s a
 * statement, so it is expected there — and checked in its own test below).
 */
async function answerAndCheck(page, values, options = {}) {
  const shown = await answerAndShowResults(page, en, values, options);
  const times = await storedTimes(page, values);
  assertView(shown.view, expectedView(values, { tooFast: tooFastByHand(times) }));
  return { shown, times };
}

// ---- the patterns ------------------------------------------------------------------------
// k counts the statements of a scale in questionnaire order (0..19); values are KEYED, and
// plannedAnswers turns them into raw answers (a reversed statement gets 8 - keyed).

const PERTTI = {
  // helpfulness: every statement keyed 7 (non-reversed answered 7, reversed answered 1)
  //   → mean 7 → (7-1)/6*100 = 100, interval 91.17–100, band stronglyAgrees.
  helpfulness: 7,
  // coachability: keyed 2 and 4 by turns, ten of each → mean (10*2 + 10*4)/20 = 3.0
  //   → (3-1)/6*100 = 33.33, interval 24.51–42.16, band mostlyDisagrees (33).
  coachability: (_, k) => (k % 2 ? 4 : 2),
  quality: 4,
  // → helpful (100 ≥ 67), not coachable (33 < 67), neither interval holds 67 → "pertti".
};

const HELPFUL_COACHABLE = {
  // helpfulness: keyed 5 and 7 by turns → mean 6.0 → 83.33, interval 74.51–92.16, mostlyAgrees (83).
  helpfulness: (_, k) => (k % 2 ? 7 : 5),
  // coachability: keyed 6 and 7 by turns → mean 6.5 → 91.67, interval 82.84–100, stronglyAgrees (92).
  coachability: (_, k) => (k % 2 ? 7 : 6),
  quality: 5,
  // → both ≥ 67 and no interval holds 67 → "helpfulCoachable".
};

const BORDERLINE = {
  // helpfulness: keyed 4 and 6 by turns → mean 5.0 → (5-1)/6*100 = 66.67, shown as 67 → band
  //   mostlyAgrees; interval 57.84–75.49 has 67 inside → "borderline" (no type forced).
  helpfulness: (_, k) => (k % 2 ? 6 : 4),
  // coachability: keyed 6 throughout → 83.33, interval 74.51–92.16, mostlyAgrees.
  coachability: 6,
  quality: 3,
};

const FLAGGED = {
  // Everything keyed 7 on helpfulness and 6 on coachability, except four contradictions:
  helpfulness: 7,
  coachability: 6,
  quality: 7,   // both "too good to be true" statements: Strongly agree → tooGood
  raw: {
    // Agreeing (7) with the reversed side of three helpfulness pairs whose other side is
    // also answered 7 (need1/need3, listening1/listening2, followThrough1/followThrough3),
    need3: 7, listening2: 7, followThrough3: 7,
    // and with both growth1 (keyed 6 → raw 6) and its reversed opposite growth2.
    growth2: 6,
  },
  // Four pairs answered on the same side → inconsistent (≥ 2).
  // Pair statements: agreements 10 (need1, need3, listening1, listening2, followThrough1,
  //   followThrough3, growth1, growth2, acting1, openness1), disagreements 2 (acting2 and
  //   openness2, raw 2) → 11 > 3*3 → yesSaying.
  // helpfulness: 14 non-reversed × 7 + 3 reversed answered 1 (keyed 7) × 7 + 3 reversed
  //   answered 7 (keyed 1) × 1 = 98 + 21 + 3 = 122 → mean 6.1 → 85.00, stronglyAgrees (85).
  // coachability: 19 × 6 + growth2 keyed 8-6 = 2 → 116 → mean 5.8 → 80.00, mostlyAgrees.
  // → both above the cut, intervals 76.17–93.83 and 71.17–88.83 miss 67 → "helpfulCoachable".
};

const STRAIGHT = {
  // Every statement answered 4: mean 4 on both → 50.00, interval 41.17–58.83, band mixed.
  // → neither ≥ 67, no interval holds 67 → "worthConversation"; 42 identical answers → straightLined.
  helpfulness: 4, coachability: 4, quality: 4,
};

test('the hand computation of the planned patterns gives the numbers written beside them', () => {
  const literal = (values) => {
    const e = expectedView(values, { tooFast: false });
    return {
      profile: e.profile, flags: e.flags,
      scales: e.scales.map((s) => [s.mean, round2(s.score), round2(s.low), round2(s.high), s.band]),
    };
  };
  assert.equal(round2(HALF_WIDTH_20), 8.83);
  assert.deepEqual(literal(plannedAnswers(PERTTI)), {
    profile: 'pertti', flags: [],
    scales: [[7, 100, 91.17, 100, 'stronglyAgrees'], [3, 33.33, 24.51, 42.16, 'mostlyDisagrees']],
  });
  assert.deepEqual(literal(plannedAnswers(HELPFUL_COACHABLE)), {
    profile: 'helpfulCoachable', flags: [],
    scales: [[6, 83.33, 74.51, 92.16, 'mostlyAgrees'], [6.5, 91.67, 82.84, 100, 'stronglyAgrees']],
  });
  assert.deepEqual(literal(plannedAnswers(BORDERLINE)), {
    profile: 'borderline', flags: [],
    scales: [[5, 66.67, 57.84, 75.49, 'mostlyAgrees'], [6, 83.33, 74.51, 92.16, 'mostlyAgrees']],
  });
  assert.deepEqual(literal(plannedAnswers(FLAGGED)), {
    profile: 'helpfulCoachable', flags: ['inconsistent', 'yesSaying', 'tooGood'],
    scales: [[6.1, 85, 76.17, 93.83, 'stronglyAgrees'], [5.8, 80, 71.17, 88.83, 'mostlyAgrees']],
  });
  assert.deepEqual(literal(plannedAnswers(STRAIGHT)), {
    profile: 'worthConversation', flags: ['straightLined'],
    scales: [[4, 50, 41.17, 58.83, 'mixed'], [4, 50, 41.17, 58.83, 'mixed']],
  });
  const flagged = patternFlagsByHand(plannedAnswers(FLAGGED));
  assert.equal(flagged.pairs, 6, 'six opposite pairs in the questionnaire');
  assert.equal(flagged.inconsistentPairs, 4);
  assert.deepEqual([flagged.agreements, flagged.disagreements], [10, 2]);
});

test('a Pertti pattern: helpfulness 100 (strongly agrees), coachability 33.33 (mostly disagrees) → "pertti"; then read in Finnish', { skip }, async (t) => {
  const { page, errors } = await open(t, { ...DESKTOP, locale: 'en-US' });
  const { shown } = await answerAndCheck(page, plannedAnswers(PERTTI));

  // Reading the same result in Finnish afterwards changes the words, not the result.
  await clickSettled(page, en['lang.other']);
  const finnish = await waitForView(page, (s) => s.items.some((i) => i.label === fi['lang.other']),
    { message: `the language button should read ${JSON.stringify(fi['lang.other'])}` });
  assert.equal(finnish.screen, 'results', 'still on the results screen');
  assert.deepEqual(finnish.view, shown.view, 'the same result, to the decimal');
  assert.ok(!finnish.items.some((i) => i.label === en['lang.other']), 'no English language button left');
  assert.deepEqual(errors, [], 'no page errors or console errors');
});

test('a helpful-and-coachable pattern: 83.33 (mostly agrees) and 91.67 (strongly agrees) → "helpfulCoachable"', { skip }, async (t) => {
  const { page, errors } = await open(t);
  await answerAndCheck(page, plannedAnswers(HELPFUL_COACHABLE));
  assert.deepEqual(errors, []);
});

test('a borderline pattern: helpfulness 66.67 with its 90% interval 57.84–75.49 across the cut → "borderline"', { skip }, async (t) => {
  const { page, errors } = await open(t);
  const { shown } = await answerAndCheck(page, plannedAnswers(BORDERLINE));
  const h = shown.view.scales[0];
  assert.ok(h.low < 67 && 67 < h.high, `the helpfulness interval ${h.low}–${h.high} holds the cut`);
  assert.equal(h.band, 'mostlyAgrees', 'a shown 67 is "mostly agrees", never "mixed"');
  assert.deepEqual(errors, []);
});

test('contradicting oneself and "too good" answers raise inconsistent, yesSaying and tooGood; the scores count those answers as given', { skip }, async (t) => {
  const { page, errors } = await open(t);
  const { shown } = await answerAndCheck(page, plannedAnswers(FLAGGED));
  for (const flag of ['inconsistent', 'yesSaying', 'tooGood']) {
    assert.ok(shown.view.flags.includes(flag), `flag ${flag}`);
  }
  assert.deepEqual(errors, []);
});

test('the same answer to every statement raises straightLined; 50 and 50 → "worthConversation"', { skip }, async (t) => {
  const { page, errors } = await open(t);
  const { shown } = await answerAndCheck(page, plannedAnswers(STRAIGHT));
  assert.ok(shown.view.flags.includes('straightLined'));
  assert.deepEqual(errors, []);
});

test('tooFast: raised when answering as fast as the keys go, absent when most statements stay on screen over 1.5 s', { skip }, async (t) => {
  // Fast: the keyboard run, no pauses (timed in the stored attempt: every answer far below 1.5 s).
  const fast = await open(t);
  const values = plannedAnswers(HELPFUL_COACHABLE);
  let { shown, times } = await answerAndCheck(fast.page, values);
  assert.ok(times.every((ms) => ms > 0), `every statement timed: ${times}`);
  assert.equal(tooFastByHand(times), true, `the fast run's median answer time is under 1.5 s: ${times}`);
  assert.ok(shown.view.flags.includes('tooFast'), `fast run flagged tooFast: ${JSON.stringify(shown.view.flags)}`);

  // Slow enough: the first 24 of 42 statements stay on screen 1.6 s before they are answered,
  // the other 18 go fast. Sorted, answer times 21 and 22 (the median of 42) are both slow
  // ones, so the median is ≥ 1.6 s → no tooFast. (All 42 slow would take over a minute.)
  const slow = await open(t);
  ({ shown, times } = await answerAndCheck(slow.page, values, { slowMs: 1600, slowAt: (i) => i < 24 }));
  const sorted = [...times].sort((a, b) => a - b);
  assert.ok(sorted.slice(18).every((ms) => ms >= 1600), `24 statements stayed on screen ≥ 1.6 s: ${sorted}`);
  assert.equal(tooFastByHand(times), false, `the median answer time is ≥ 1.5 s: ${sorted}`);
  assert.ok(!shown.view.flags.includes('tooFast'), `no tooFast: ${JSON.stringify(shown.view.flags)}`);
  assert.deepEqual([...fast.errors, ...slow.errors], []);
});

test('phone: the results screen scrolled through the 2x2 picture and the facet chart (screenshots)', { skip }, async (t) => {
  const { page, errors } = await open(t, { ...PHONE, locale: 'en-US' });
  const { shown } = await answerAndCheck(page, plannedAnswers(PERTTI));
  assert.equal(shown.view.profile, 'pertti');

  // Swipe down the screen, a shot at each stop, until the buttons at its end show.
  const shots = [];
  for (let step = 0; step < 14; step++) {
    const file = `/tmp/sellerquiz-e2e-results-phone-${step}.png`;
    await page.screenshot({ path: file });
    shots.push(file);
    const now = await settledScreen(page);
    for (const item of now.items) {
      assert.ok(item.x >= 0 && item.x + item.w <= 390, `${JSON.stringify(item.label)} fits the phone's width`);
    }
    if (now.items.some((i) => i.label === en['nav.home'] && i.y + i.h <= 844)) break;
    await swipe(page, { x: 195, y: 640, dy: -420, steps: 10 });
  }
  console.log(`# phone results screenshots: ${shots.join(' ')}`);
  assert.ok(shots.length >= 3, 'the results screen is longer than two phone screens');
  const stored = await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEYS.results);
  assert.ok(stored, 'the result is stored');
  assert.deepEqual(errors, []);
});
