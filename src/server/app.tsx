// The web viewer: the request log, security headers and the page layout around four sub-apps
// (comparisons, paste and share links, the compile page, the JSON API, static files and health), and one onError.
import { homedir, tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { corpusDir } from '../source/corpus.js';
import { packageRoot } from '../util/packageRoot.js';
import { ErrorFragment, ErrorPage, errorHead } from '../../views/error.js';
import { pageRenderer } from '../../views/layout.js';
import type { ComparisonService } from './comparisons.js';
import { isKnown, redactPaths, statusOf } from './errors.js';
import type { Headline } from './headline.js';
import { isHtmx } from './http.js';
import type { ServerLimits } from './limits.js';
import { apiRoutes } from './routes/api.js';
import { comparisonRoutes } from './routes/comparisons.js';
import { compileRoutes } from './routes/compile.js';
import { shareRoutes } from './routes/share.js';
import { staticRoutes } from './routes/static.js';
import { securityHeaders } from './security.js';
import type { ComparisonStore } from './store.js';

export { statusOf } from './errors.js';

export interface AppDeps {
  store: ComparisonStore;
  service: ComparisonService;
  /** The comparison the home page opens on; one per server (main.ts makes and starts it). */
  headline: Headline;
  /** The budgets, shown by /healthz. */
  limits: ServerLimits;
  /** Where one line per request goes (stdout by default). */
  log?: (line: string) => void;
}

/** An error as the API (JSON), htmx (the fragment) or a browser (the page) wants it. */
function errorResponse(c: Context, status: ContentfulStatusCode, message: string): Response | Promise<Response> {
  if (c.req.path.startsWith('/api/')) return c.json({ error: { status, message } }, status);
  c.header('Vary', 'HX-Request');
  c.status(status);
  return isHtmx(c) ? c.html(<ErrorFragment status={status} message={message} />) : c.render(<ErrorPage status={status} message={message} />, errorHead(status));
}

/**
 * Builds the web application.
 *
 * @example const app = createApp({ store, service, headline, limits }); await app.request('/healthz')
 */
export function createApp(deps: AppDeps): Hono {
  const log = deps.log ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const app = new Hono();
  // The web never shows where the server keeps its files (error messages written for the command line do).
  const paths = [
    { path: deps.service.sources.cacheDir, name: "the server's fetch cache" },
    { path: deps.store.path, name: "the server's database" },
    { path: dirname(deps.store.path), name: "the server's data folder" },
    { path: corpusDir(), name: "the server's corpus" },
    { path: packageRoot(), name: 'the server' },
    { path: tmpdir(), name: "the server's temporary folder" },
    { path: homedir(), name: 'a folder on the server' },
  ];
  const redact = (message: string) => redactPaths(message, paths);
  const routeDeps = { ...deps, redact };

  // One line per request: method, path, status, milliseconds.
  app.use('*', async (c, next) => {
    const start = performance.now();
    await next();
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - start).toFixed(1)}ms`);
  });
  app.use('*', securityHeaders());
  app.use('*', pageRenderer());

  app.onError((error, c) => {
    const status = statusOf(error);
    // Our own errors say what went wrong (a fetch from the UN failing is a 502/503/504); anything else is a bug.
    const known = isKnown(error);
    const message = known ? redact(error.message) : 'The server could not answer this request. It has been logged.';
    if (!known) log(`error ${c.req.method} ${c.req.path}: ${(error as Error).stack ?? String(error)}`);
    return errorResponse(c, status, message);
  });
  app.notFound((c) => errorResponse(c, 404, `There is no page at ${c.req.path}.`));

  app.route('/', comparisonRoutes(routeDeps));
  app.route('/', shareRoutes(routeDeps));
  app.route('/', compileRoutes(routeDeps));
  app.route('/', apiRoutes(routeDeps));
  app.route('/', staticRoutes(routeDeps));

  return app;
}
