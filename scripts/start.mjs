// `npm start`: builds first only when a source is newer than the last build (see
// build-if-stale.mjs), then runs the server in this same process: one node start, not three.
import { buildIfStale } from './build-if-stale.mjs';

buildIfStale();
await import('../dist/src/server/main.js');
