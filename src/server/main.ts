// `npm start`: the web viewer on 127.0.0.1:3000 (PORT and HOST override); clean shutdown on SIGTERM/SIGINT.
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { ComparisonService } from './comparisons.js';
import { ComparisonStore, defaultDatabasePath } from './store.js';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';
const quiet = process.env.RESDIFF_QUIET === '1';

const store = new ComparisonStore(defaultDatabasePath());
const app = createApp({ store, service: new ComparisonService(), log: quiet ? () => {} : undefined });

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  process.stdout.write(`resdiff web viewer on http://${info.address}:${info.port}/ (share links stored in ${store.path})\n`);
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
