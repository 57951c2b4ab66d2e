#!/usr/bin/env node
// Finishes a web build: copies the page shell from web/ into the build folder next to the
// Emscripten output (app.js, app.wasm) and stamps it with one version.
//
//   node scripts/stamp-dist.mjs [dist]        (scripts/build-web.sh runs this last)
//
// 1. Copies web/ into dist/ (index.html, manifest, icons, ...; not web/sw.js, which is a
//    template, and not README.md).
// 2. Version = first 12 hex of sha256 over every file that will be precached (sorted
//    path + size + content, index.html in its unstamped form) and the sw.js template.
//    Same inputs, same version; any changed byte, new version.
// 3. index.html: fills BUILD with the version and the SRI hashes of app.js and app.wasm.
//    The page loads app.js?v=<version>, which loads app.wasm?v=<version>, and checks both
//    hashes, so the JS of one build never runs with the wasm of another.
// 4. dist/sw.js from web/sw.js: fills BUILD with the version and the precache list: every
//    file in dist/ except sw.js itself (computed, nothing listed by hand), each with its
//    URL (Emscripten's runtime files carry ?v=<version>) and SRI hash.
//
// Also usable as a module: stampDist(distDir) -> { version, precache, bytes }.

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const WEB_DIR = path.resolve(HERE, '..', 'web');

const SCRIPT = 'app.js';
const WASM = 'app.wasm';
const NOT_COPIED = new Set(['sw.js', 'README.md']);
// Files the Emscripten runtime fetches by name; their URLs carry ?v=<version>.
const VERSIONED_EXTENSIONS = new Set(['.js', '.wasm', '.data', '.mem']);
const MARKER = /\/\*stamp:build\*\/[\s\S]*?\/\*stamp:end\*\//g;

async function listFiles(root, dir = root) {
  const out = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await listFiles(root, full));
    else if (entry.isFile()) out.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return out.sort();
}

function sri(bytes) {
  return 'sha384-' + createHash('sha384').update(bytes).digest('base64');
}

// A script as shipped: terser shortens local names and drops comments; globals stay.
// Without terser installed (npm ci not run) the script ships as written.
async function minifyScript(code) {
  try {
    const terser = await import('terser');
    return (await terser.minify(code, { compress: true, mangle: true, format: { comments: false } })).code;
  } catch (error) {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND') return code;
    throw error;
  }
}

// The page as shipped: its comments are for people reading web/index.html, not for the
// download. The inline script goes through terser (local names shortened; globals such
// as Module and window.__* stay), HTML comments and indentation are dropped.
async function minifyPage(html) {
  const scripts = [];
  const parts = html.split(/(<script>[\s\S]*?<\/script>)/);
  for (const part of parts) {
    if (part.startsWith('<script>')) {
      const code = part.slice('<script>'.length, -'</script>'.length);
      const out = await minifyScript(code);
      scripts.push(`<script>${out.replace(/<\/script/gi, '<\\/script')}</script>`);
    } else {
      scripts.push(part.replace(/<!--[\s\S]*?-->/g, '').replace(/\n\s+/g, '\n'));
    }
  }
  return scripts.join('');
}

function fillBuild(text, build, what) {
  const matches = text.match(MARKER);
  if (!matches || matches.length !== 1) {
    throw new Error(`stamp-dist: ${what} must contain exactly one /*stamp:build*/.../*stamp:end*/ marker`);
  }
  // JSON is valid JS; escape "<" so no string can end an inline <script>.
  const json = JSON.stringify(build).replace(/</g, '\\u003c');
  return text.replace(MARKER, () => `/*stamp:build*/${json}/*stamp:end*/`);
}

export async function stampDist(distDir, { webDir = WEB_DIR, quiet = false } = {}) {
  const dist = path.resolve(distDir);
  for (const name of [SCRIPT, WASM]) {
    try {
      await fs.access(path.join(dist, name));
    } catch {
      throw new Error(`stamp-dist: ${path.join(dist, name)} is missing (run the Emscripten build first)`);
    }
  }

  // 1. Copy the shell.
  for (const rel of await listFiles(webDir)) {
    if (NOT_COPIED.has(rel)) continue;
    await fs.mkdir(path.dirname(path.join(dist, rel)), { recursive: true });
    await fs.copyFile(path.join(webDir, rel), path.join(dist, rel));
  }
  const swTemplate = await fs.readFile(path.join(webDir, 'sw.js'), 'utf8');

  // 2. Version from contents.
  const files = (await listFiles(dist)).filter((rel) => rel !== 'sw.js');
  const contents = new Map();
  const hash = createHash('sha256');
  for (const rel of files) {
    const bytes = await fs.readFile(path.join(dist, rel));
    contents.set(rel, bytes);
    hash.update(`${rel}\0${bytes.length}\0`).update(bytes);
  }
  hash.update(`sw.js template\0`).update(swTemplate);
  const version = hash.digest('hex').slice(0, 12);

  // 3. index.html.
  const indexPath = path.join(dist, 'index.html');
  const indexHtml = fillBuild(contents.get('index.html').toString('utf8'), {
    version,
    script: SCRIPT,
    wasm: WASM,
    integrity: { [SCRIPT]: sri(contents.get(SCRIPT)), [WASM]: sri(contents.get(WASM)) },
  }, 'web/index.html');
  const shippedHtml = await minifyPage(indexHtml);
  await fs.writeFile(indexPath, shippedHtml);
  contents.set('index.html', Buffer.from(shippedHtml));

  // 4. sw.js.
  // The page is listed under the scope's own address ("./"), the URL a visit loads: the
  // worker's precache request then revalidates the page the browser just fetched (a 304)
  // instead of downloading index.html a second time under another name.
  const precache = files.map((rel) => ({
    url: rel === 'index.html' ? './' : VERSIONED_EXTENSIONS.has(path.extname(rel)) ? `${rel}?v=${version}` : rel,
    integrity: sri(contents.get(rel)),
  }));
  // The worker stays as written (about 1 KiB more): its stamp is what tools and tests read.
  await fs.writeFile(path.join(dist, 'sw.js'), fillBuild(swTemplate, { version, precache }, 'web/sw.js'));

  const bytes = [...contents.values()].reduce((sum, b) => sum + b.length, 0);
  if (!quiet) {
    console.log(`stamp-dist: version ${version}, ${files.length} files precached ` +
      `(${(bytes / 1048576).toFixed(2)} MB) in ${dist}`);
  }
  return { version, precache, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  stampDist(process.argv[2] || 'dist').catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
