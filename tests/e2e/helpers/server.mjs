// Serving a build folder to the browser in tests.
import { startServer } from '../../../scripts/serve.mjs';
import { DIST_DIR } from './dist.mjs';

/**
 * Serves `dir` (default: the real build, dist/ or $E2E_DIST) on 127.0.0.1 at a free port.
 * Returns { url, port, dir, close() }. Each call is a separate origin, so service worker
 * registrations and caches of different tests never meet.
 */
export function serveDist(dir = DIST_DIR) {
  return startServer({ dir, port: 0, host: '127.0.0.1' });
}

export { startServer };
