// The build under test, and disposable copies of it.
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stampDist } from '../../../scripts/stamp-dist.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** dist/ of the repository, or the folder named by $E2E_DIST (e.g. a stand-in build). */
export const DIST_DIR = path.resolve(process.env.E2E_DIST || path.join(REPO_ROOT, 'dist'));

/** True when `dir` holds a stamped web build (app.wasm and sw.js). */
export function hasBuild(dir = DIST_DIR) {
  return existsSync(path.join(dir, 'app.wasm')) && existsSync(path.join(dir, 'sw.js'));
}

/**
 * For node:test's `skip` option: false when the build exists, otherwise a message that
 * says how to make it. Usage: test('...', { skip: skipWithoutBuild() }, async () => {...})
 */
export function skipWithoutBuild(dir = DIST_DIR) {
  return hasBuild(dir) ? false
    : `no web build at ${dir} (app.wasm/sw.js missing): run scripts/build-web.sh first`;
}

/** The version stamped into dir/sw.js by scripts/stamp-dist.mjs. */
export async function stampedVersion(dir = DIST_DIR) {
  const sw = await fs.readFile(path.join(dir, 'sw.js'), 'utf8');
  const m = sw.match(/\/\*stamp:build\*\/(.*?)\/\*stamp:end\*\//s);
  if (!m) throw new Error(`${dir}/sw.js is not stamped`);
  return JSON.parse(m[1]).version;
}

/** Copies a build into a new temporary folder and returns its path. */
export async function copyDist(dir = DIST_DIR) {
  const copy = await fs.mkdtemp(path.join(os.tmpdir(), 'sellerquiz-dist-'));
  await fs.cp(dir, copy, { recursive: true });
  return copy;
}

/** Removes a folder made by copyDist (or any temporary folder). */
export function removeDir(dir) {
  return fs.rm(dir, { recursive: true, force: true });
}

/**
 * Turns a build folder (a copy!) into a "new version" of itself: appends a harmless line to
 * app.js that sets window.__e2eBuildMark = mark, then re-runs the stamp step, which gives
 * the folder a new version, a new dist/sw.js and new ?v= URLs. Returns { version, mark }.
 */
export async function makeNewVersion(dir, { mark = `e2e-${Date.now()}` } = {}) {
  if (path.resolve(dir) === DIST_DIR) throw new Error('makeNewVersion changes files: use copyDist() first');
  await fs.appendFile(path.join(dir, 'app.js'), `\n;window.__e2eBuildMark = ${JSON.stringify(mark)};\n`);
  const { version } = await stampDist(dir, { quiet: true });
  return { version, mark };
}

export { stampDist };
