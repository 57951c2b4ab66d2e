// The size budget of a first visit: every file of dist/ is downloaded once (the page, the
// app, and what the service worker precaches), gzip-compressed as scripts/serve.mjs and a
// static host serve it. scripts/bench.mjs measures the same on the wire, headers included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST_DIR, skipWithoutBuild } from './helpers/index.mjs';

const BUDGET_BYTES = 300 * 1024;
const COMPRESSED = new Set(['.png']);  // already compressed: hosts send these as they are

async function filesUnder(dir) {
  const out = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await filesUnder(full));
    else out.push(full);
  }
  return out;
}

test('a first visit downloads less than 300 KiB, gzip included', { skip: skipWithoutBuild() }, async () => {
  const sizes = [];
  for (const file of await filesUnder(DIST_DIR)) {
    const body = await fs.readFile(file);
    const sent = COMPRESSED.has(path.extname(file))
      ? body.length
      : zlib.gzipSync(body, { level: zlib.constants.Z_BEST_COMPRESSION }).length;
    sizes.push([path.relative(DIST_DIR, file), sent]);
  }
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  const table = sizes.sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${(n / 1024).toFixed(1)} KiB`).join(', ');
  assert.ok(total < BUDGET_BYTES, `first visit ${(total / 1024).toFixed(1)} KiB over the budget: ${table}`);
});
