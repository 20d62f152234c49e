// `npm start`: the web viewer on 127.0.0.1:3000 (PORT and HOST override); clean shutdown on SIGTERM/SIGINT.
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { ComparisonService } from './comparisons.js';
import { DEFAULT_HEADLINE, Headline } from './headline.js';
import { ComparisonStore, defaultDatabasePath } from './store.js';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';
const quiet = process.env.RESDIFF_QUIET === '1';

const store = new ComparisonStore(defaultDatabasePath());
const service = new ComparisonService();
const app = createApp({ store, service, log: quiet ? () => {} : undefined });
// The home page opens on A/RES/67/169 -> A/RES/68/160: fetch what is missing now, in the background.
void new Headline(DEFAULT_HEADLINE, service).start();

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  process.stdout.write(`resdiff web viewer on http://${info.address}:${info.port}/ (share links stored in ${store.path})\n`);
  process.stdout.write(
    service.sources.offline
      ? `resdiff: offline (RESDIFF_OFFLINE=1): symbols come from the corpus and the cache in ${service.sources.cacheDir}\n`
      : `resdiff: documents missing from the corpus are fetched from ${service.sources.odsUrl} into ${service.sources.cacheDir}\n`,
  );
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
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`resdiff: ${signal} received, closing\n`);
  // Stop accepting connections, let requests in flight finish, then close the database.
  server.close(() => {
    store.close();
    process.exit(0);
  });
  if ('closeIdleConnections' in server) (server as { closeIdleConnections(): void }).closeIdleConnections();
  setTimeout(() => {
    store.close();
    process.exit(0);
  }, 5000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
