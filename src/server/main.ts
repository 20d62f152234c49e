// `npm start`: the web viewer on 127.0.0.1:3000 (PORT and HOST override); clean shutdown on SIGTERM/SIGINT.
//
// Memory ceiling (reported by /healthz as `limits.memoryMb`, computed in limits.ts):
//   main thread   160 MB base + 32 MB document texts + 64 MB rendered pages        =  256 MB
//   job workers   3 x (512 MB heap + 32 MB young generation + 64 MB)             = 1824 MB
//                 (each worker's own caches, 48 + 16 MB, live inside its heap; one thread
//                 runs a heavy job, two the small ones: pool.ts)
//   PDF readers   one per worker, stopped at 512 MB of growth (RESDIFF_PDF_MEMORY_MB) = 1536 MB
//   ceiling                                                                         ~ 3.6 GB
// with the defaults on two cores or more; RESDIFF_JOB_WORKERS, RESDIFF_JOB_MEMORY_MB and
// RESDIFF_PDF_MEMORY_MB move it (RESDIFF_JOB_WORKERS=2: about 2.5 GB, one thread for small jobs). A job
// over its heap is ended (413) and its worker replaced, so no request can take the process down.
import { serve } from '@hono/node-server';
import { defaultSourceOptions } from '../source/loadDocument.js';
import { createApp } from './app.js';
import { DEFAULT_CACHE_BUDGETS } from './caches.js';
import { ComparisonService } from './comparisons.js';
import { DEFAULT_HEADLINE, Headline } from './headline.js';
import { serverLimits } from './limits.js';
import { JobPool, jobBudgets } from './pool.js';
import { ComparisonStore, defaultDatabasePath, openFailure } from './store.js';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';
const quiet = process.env.RESDIFF_QUIET === '1';

/** The share-link database; one clear line and exit status 2 when RESDIFF_DB cannot be used (before any worker starts). */
function openStore(path: string): ComparisonStore {
  try {
    return new ComparisonStore(path);
  } catch (error) {
    process.stderr.write(`resdiff: ${openFailure(path, error)}\n`);
    process.exit(2);
  }
}

const store = openStore(defaultDatabasePath());
const budgets = jobBudgets();
const pool = new JobPool(budgets);
const service = new ComparisonService(pool, defaultSourceOptions(), DEFAULT_CACHE_BUDGETS);
// The home page opens on A/RES/67/169 -> A/RES/68/160: fetch what is missing now, in the background.
const headline = new Headline(DEFAULT_HEADLINE, service);
void headline.start();
const limits = serverLimits(budgets, service.budgets);
const app = createApp({ store, service, headline, limits, log: quiet ? () => {} : undefined });

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  // The job threads start once the server answers: /healthz does not wait for them.
  pool.start();
  process.stdout.write(`resdiff web viewer on http://${info.address}:${info.port}/ (share links stored in ${store.path})\n`);
  process.stdout.write(
    service.sources.offline
      ? `resdiff: offline (RESDIFF_OFFLINE=1): symbols come from the corpus and the cache in ${service.sources.cacheDir}\n`
      : `resdiff: documents missing from the corpus are fetched from ${service.sources.odsUrl} into ${service.sources.cacheDir}\n`,
  );
  process.stdout.write(`resdiff: ${budgets.workers} job workers, each job up to ${budgets.timeoutMs} ms and ${budgets.memoryMb} MB; memory ceiling about ${limits.memoryMb.ceiling} MB\n`);
});

server.on('error', (error: NodeJS.ErrnoException) => {
  process.stderr.write(
    error.code === 'EADDRINUSE'
      ? `resdiff: port ${port} on ${hostname} is in use; set PORT to another one (PORT=3001 npm start)\n`
      : `resdiff: cannot serve on ${hostname}:${port}: ${error.message}\n`,
  );
  process.exit(2);
});

let stopping = false;
function close(): void {
  store.close();
  void pool.close().finally(() => process.exit(0));
}
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`resdiff: ${signal} received, closing\n`);
  // Stop accepting connections, let requests in flight finish, then stop the workers and close the database.
  server.close(close);
  if ('closeIdleConnections' in server) (server as { closeIdleConnections(): void }).closeIdleConnections();
  setTimeout(() => {
    store.close();
    process.exit(0);
  }, 5000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
