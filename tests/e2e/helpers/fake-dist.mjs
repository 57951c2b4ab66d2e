// A stand-in web build for testing the shell (page, service worker, stamp step, server)
// without compiling the C++ app: a tiny app.js that behaves like the Emscripten glue at
// the seams the shell relies on (global Module, locateFile / instantiateWasm, exported
// _app_update_ready / _app_storage_info_changed, window.__appReady, window.__ui) and a
// small valid app.wasm. Then the real stamp step runs over it.
//
//   node tests/e2e/helpers/fake-dist.mjs /tmp/fake-dist
//   E2E_DIST=/tmp/fake-dist node --test tests/e2e/offline.test.mjs
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stampDist } from '../../../scripts/stamp-dist.mjs';

const FAKE_APP_JS = String.raw`// Stand-in for the Emscripten build (tests/e2e/helpers/fake-dist.mjs).
var Module = typeof Module != 'undefined' ? Module : {};
(function () {
  var canvas = Module.canvas || document.getElementById('canvas');
  var calls = window.__fakeCalls = { update: 0, storage: 0 };
  var count = 0;
  var ui = window.__ui = { frame: 0, screen: 'fake', items: [] };
  var gl = null;
  var button = { x: 40, y: 40, w: 200, h: 56 };

  function draw() {
    var dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(canvas.clientWidth * dpr);
    canvas.height = Math.round(canvas.clientHeight * dpr);
    gl.viewport(0, 0, canvas.width, canvas.height);
    gl.disable(gl.SCISSOR_TEST);
    gl.clearColor(0xF5 / 255, 0xF7 / 255, 0xF8 / 255, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.enable(gl.SCISSOR_TEST);
    gl.scissor(button.x * dpr, canvas.height - (button.y + button.h) * dpr, button.w * dpr, button.h * dpr);
    gl.clearColor(window.__updateReady ? 0xB4 / 255 : 0x0E / 255, 0x6A / 255, 0x73 / 255, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    ui.frame++;
    ui.items = [{ label: 'Count ' + count, x: button.x, y: button.y, w: button.w, h: button.h }];
  }

  function start() {
    gl = canvas.getContext('webgl2', { alpha: false, antialias: false });
    Module._app_update_ready = function () { calls.update++; requestAnimationFrame(draw); };
    Module._app_storage_info_changed = function () { calls.storage++; requestAnimationFrame(draw); };
    canvas.addEventListener('pointerdown', function (e) {
      var r = canvas.getBoundingClientRect();
      var x = e.clientX - r.left, y = e.clientY - r.top;
      if (x >= button.x && x < button.x + button.w && y >= button.y && y < button.y + button.h) count++;
      requestAnimationFrame(draw);
    });
    window.addEventListener('resize', function () { requestAnimationFrame(draw); });
    draw();
    window.__appReady = true;
    window.dispatchEvent(new CustomEvent('app-ready'));
  }

  var imports = { env: {} };
  if (Module.instantiateWasm) {
    Module.instantiateWasm(imports, function () { start(); });
  } else {
    var url = Module.locateFile ? Module.locateFile('app.wasm', '') : 'app.wasm';
    fetch(url).then(function (r) { return r.arrayBuffer(); })
      .then(function (b) { return WebAssembly.instantiate(b, imports); })
      .then(start);
  }
})();
`;

// A valid, empty wasm module plus a custom section of filler so it has some size.
function fakeWasm(fillerBytes = 64 * 1024) {
  const name = Buffer.from('filler');
  const payload = Buffer.alloc(fillerBytes);
  for (let i = 0; i < payload.length; i++) payload[i] = (i * 2654435761) >>> 24;
  const content = Buffer.concat([Buffer.from([name.length]), name, payload]);
  const leb = [];
  let n = content.length;
  do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; leb.push(b); } while (n);
  return Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0]), Buffer.from(leb), content]);
}

/** Writes a stand-in build into `dir` (created if needed) and stamps it. */
export async function makeFakeDist(dir) {
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, 'app.js'), FAKE_APP_JS);
  await fs.writeFile(path.join(dir, 'app.wasm'), fakeWasm());
  return stampDist(dir, { quiet: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node tests/e2e/helpers/fake-dist.mjs <folder>');
    process.exit(2);
  }
  const { version } = await makeFakeDist(dir);
  console.log(`fake-dist: stand-in build ${version} in ${path.resolve(dir)}`);
}
