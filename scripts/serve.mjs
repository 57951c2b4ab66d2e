#!/usr/bin/env node
// A small static file server for the web build (Node 20, no dependencies).
//
//   node scripts/serve.mjs [--dir dist] [--port 8000] [--host 127.0.0.1] [--quiet]
//
// Correct MIME types (application/wasm, application/manifest+json, ...), gzip when the
// client accepts it (compressed once, kept in memory until the file changes), ETags and
// "Cache-Control: no-cache" on every file: the browser always asks, and gets a cheap 304
// when nothing changed. That is what sw.js and index.html must have; the other files are
// versioned by the service worker, so long caching buys nothing here.
// 404 for missing files and dotfiles, no path outside --dir, 405 for methods other than
// GET/HEAD.
//
// For tests: import { startServer } from './serve.mjs';
//   const { url, close } = await startServer({ dir: 'dist', port: 0 });  // port 0: any free port

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.otf': 'font/otf',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json|xml|octet-stream)|image\/(svg\+xml|x-icon)|font\/(otf|ttf))/;
const MIN_GZIP_BYTES = 1024;

function mimeType(file) {
  return MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

// Cached file contents (and their gzip form), valid while size and mtime are unchanged.
function createFileCache() {
  const entries = new Map();
  return async function load(file, stat) {
    let entry = entries.get(file);
    if (!entry || entry.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) {
      const body = await fs.readFile(file);
      const tag = createHash('sha1').update(body).digest('base64url').slice(0, 20);
      entry = { mtimeMs: stat.mtimeMs, size: stat.size, body, tag, gzipped: null };
      entries.set(file, entry);
    }
    return entry;
  };
}

function acceptsGzip(req) {
  const header = String(req.headers['accept-encoding'] || '');
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';').map((s) => s.trim());
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

function sendText(res, status, text, extraHeaders = {}) {
  const body = Buffer.from(text + '\n');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function createHandler(rootReal, log) {
  const load = createFileCache();
  return async function handle(req, res) {
    const started = Date.now();
    res.on('finish', () => log && log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`));
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      }
      let pathname;
      try {
        pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      } catch {
        return sendText(res, 400, 'Bad request');
      }
      if (pathname.includes('\0') || pathname.includes('\\')) return sendText(res, 400, 'Bad request');
      const segments = pathname.split('/').filter(Boolean);
      if (segments.some((s) => s.startsWith('.'))) return sendText(res, 404, 'Not found'); // also ".."

      let file = path.join(rootReal, ...segments);
      let stat;
      try {
        stat = await fs.stat(file);
        if (stat.isDirectory()) {
          if (!pathname.endsWith('/')) {
            const target = new URL(req.url, 'http://localhost');
            return sendText(res, 301, 'Moved', { Location: target.pathname + '/' + target.search });
          }
          file = path.join(file, 'index.html');
          stat = await fs.stat(file);
        }
        // Symbolic links must not lead out of the served folder either.
        const real = await fs.realpath(file);
        if (real !== rootReal && !real.startsWith(rootReal + path.sep)) return sendText(res, 404, 'Not found');
      } catch {
        return sendText(res, 404, 'Not found');
      }
      if (!stat.isFile()) return sendText(res, 404, 'Not found');

      const entry = await load(file, stat);
      const type = mimeType(file);
      const compressible = COMPRESSIBLE.test(type) && entry.body.length >= MIN_GZIP_BYTES;
      const useGzip = compressible && acceptsGzip(req);
      const etag = `"${entry.tag}${useGzip ? '-gz' : ''}"`;
      const headers = {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ETag: etag,
        'Last-Modified': new Date(stat.mtimeMs).toUTCString(),
      };
      if (compressible) headers.Vary = 'Accept-Encoding';

      const inm = req.headers['if-none-match'];
      if (inm && inm.split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => t === etag || t === '*')) {
        res.writeHead(304, headers);
        return res.end();
      }
      let body = entry.body;
      if (useGzip) {
        // Compressed once per file version and kept, like a host serving precompressed
        // files: so the slowest, smallest level costs nothing per request.
        entry.gzipped ||= await gzip(entry.body, { level: zlib.constants.Z_BEST_COMPRESSION });
        body = entry.gzipped;
        headers['Content-Encoding'] = 'gzip';
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (!res.headersSent) sendText(res, 500, 'Internal server error');
      else res.destroy();
      console.error('serve:', error);
    }
  };
}

/**
 * Starts serving `dir`. Resolves to { url, port, host, close() } once listening; rejects
 * with the listen error (e.g. EADDRINUSE) otherwise. port 0 picks any free port.
 */
export async function startServer({ dir = 'dist', port = 8000, host = '127.0.0.1', log = null } = {}) {
  const root = path.resolve(dir);
  const rootReal = await fs.realpath(root); // throws ENOENT for a missing folder
  if (!(await fs.stat(rootReal)).isDirectory()) throw new Error(`${root} is not a directory`);
  const server = http.createServer(createHandler(rootReal, log));
  server.keepAliveTimeout = 5000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing = null;
  return {
    url: `http://${urlHost}:${actualPort}/`,
    port: actualPort,
    host,
    dir: root,
    close() {
      closing ||= new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function parseArgs(argv) {
  const options = { dir: 'dist', port: 8000, host: '127.0.0.1', quiet: false };
  for (let i = 0; i < argv.length; i++) {
    let [key, value] = argv[i].split(/=(.*)/s);
    const takeValue = () => {
      if (value === undefined) value = argv[++i];
      if (value === undefined) throw new Error(`${key} needs a value`);
      return value;
    };
    switch (key) {
      case '--dir': options.dir = takeValue(); break;
      case '--host': options.host = takeValue(); break;
      case '--port': {
        const n = Number(takeValue());
        if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port: not a port number: ${value}`);
        options.port = n;
        break;
      }
      case '--quiet': options.quiet = true; break;
      case '-h': case '--help': options.help = true; break;
      default: throw new Error(`unknown argument: ${argv[i]}`);
    }
  }
  return options;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`serve: ${error.message}\nusage: node scripts/serve.mjs [--dir dist] [--port 8000] [--host 127.0.0.1] [--quiet]`);
    process.exit(2);
  }
  if (options.help) {
    console.log('usage: node scripts/serve.mjs [--dir dist] [--port 8000] [--host 127.0.0.1] [--quiet]');
    return;
  }
  let server;
  try {
    server = await startServer({ ...options, log: options.quiet ? null : (line) => console.log(line) });
  } catch (error) {
    if (error.code === 'EADDRINUSE') {
      console.error(`serve: port ${options.port} on ${options.host} is already in use (is another server running?). ` +
        'Stop it, or pick another port with --port <n>.');
    } else if (error.code === 'EACCES') {
      console.error(`serve: not allowed to listen on ${options.host}:${options.port}. Pick a port above 1023 with --port <n>.`);
    } else if (error.code === 'ENOENT') {
      console.error(`serve: ${path.resolve(options.dir)} does not exist. Build first (scripts/build-web.sh) or pass --dir.`);
    } else if (error.code === 'EADDRNOTAVAIL') {
      console.error(`serve: ${options.host} is not an address of this machine.`);
    } else {
      console.error(`serve: ${error.message}`);
    }
    process.exit(1);
  }
  const shown = path.relative(process.cwd(), server.dir);
  console.log(`Serving ${shown && !shown.startsWith('..') ? shown : server.dir} at ${server.url}`);
  const stop = async (signal) => {
    console.log(`serve: ${signal}, stopping`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main();
}
