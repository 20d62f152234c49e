// What the pages load (htmx, the stylesheet, the script), served by this server itself, and the
// health check.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import { loadCorpusIndex } from '../../source/corpus.js';
import { packageVersion } from '../../util/version.js';
import { appScript, stylesheet } from '../../../views/assets.js';
import { compilationSiteCss } from '../../../views/compilation.js';
import type { ComparisonService } from '../comparisons.js';
import type { ServerLimits } from '../limits.js';
import type { ComparisonStore } from '../store.js';

interface Asset {
  body: string;
  type: string;
}

/** The files by name: a Map, so that a name like __proto__ or toString is just a name not found. */
function assets(): Map<string, Asset> {
  const require = createRequire(import.meta.url);
  return new Map([
    ['htmx.min.js', { body: readFileSync(require.resolve('htmx.org/dist/htmx.min.js'), 'utf8'), type: 'text/javascript; charset=utf-8' }],
    // The compilation page's rules come with it (scoped to .compilation): the pages allow no inline styles.
    ['app.css', { body: `${stylesheet()}\n${compilationSiteCss()}`, type: 'text/css; charset=utf-8' }],
    ['app.js', { body: appScript(), type: 'text/javascript; charset=utf-8' }],
  ]);
}

export function staticRoutes({ service, store, limits }: { service: ComparisonService; store: ComparisonStore; limits: ServerLimits }): Hono {
  const app = new Hono();
  const files = assets();

  app.get('/static/:name', (c) => {
    const asset = files.get(c.req.param('name'));
    if (!asset) return c.notFound();
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(asset.body);
  });

  // Cheap on purpose (one stat of the database file, no disk walk, no heap walk): it must answer at
  // once while jobs run. Not ok (503) when share links cannot be stored.
  app.get('/healthz', (c) => {
    const mb = (bytes: number) => Math.round(bytes / 1048576);
    const caches = service.cacheBytes();
    const database = store.health();
    const health = {
      status: database.ok ? 'ok' : 'unavailable',
      ...(database.ok ? {} : { problem: database.problem }),
      version: packageVersion(),
      corpus: loadCorpusIndex().texts.length,
      limits,
      pool: service.jobs.stats?.() ?? null,
      memoryMb: { rss: mb(process.memoryUsage.rss()), documents: mb(caches.documents), rendered: mb(caches.rendered) },
    };
    return c.json(health, database.ok ? 200 : 503);
  });

  return app;
}
