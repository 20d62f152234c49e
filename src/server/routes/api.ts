// The JSON API: exactly the CLI's diff contract, for two symbols (GET) or two texts (POST).
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { LRUCache } from 'lru-cache';
import { InputError } from '../../model/errors.js';
import type { ComparisonService } from '../comparisons.js';
import type { Rendered } from '../jobs.js';
import { badRequest, jsonResponse, limitBody, mediaType } from '../http.js';
import { CorpusPairQuery } from '../schemas.js';
import { MAX_BODY_BYTES } from '../limits.js';
import { TOO_LARGE_REQUEST } from './share.js';


const ACCEPTED = new Set(['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded']);

/** How long an answer of GET /api/diff is served again by its query string alone: the fetch cache is looked at once a second too. */
const ANSWER_TTL_MS = 1000;
/** What those answers may hold (they are the same bytes as the service's cache holds, most of the time). */
const ANSWER_BYTES = 8 * 1024 * 1024;

/** The query string of a request, exactly as sent. */
const queryOf = (url: string) => {
  const at = url.indexOf('?');
  return at < 0 ? '' : url.slice(at + 1);
};

export function apiRoutes({ service }: { service: ComparisonService }): Hono {
  const app = new Hono();

  // The same query string within a second gets the same bytes at once, without validating and
  // looking the pair up again (which cost as much as answering the bytes: bench/server.ts).
  const answered = new LRUCache<string, Rendered>({ maxSize: ANSWER_BYTES, sizeCalculation: (r) => r.body.byteLength + 256, ttl: ANSWER_TTL_MS });

  app.get(
    '/api/diff',
    (c, next) => {
      const hit = answered.get(queryOf(c.req.url));
      return hit ? Promise.resolve(jsonResponse(c, hit)) : next();
    },
    zValidator('query', CorpusPairQuery, badRequest),
    async (c) => {
      const q = c.req.valid('query');
      const pair = service.documentPair(q.old, q.new, q.lang);
      const rendered = await service.render(pair, { kind: 'json' }, async () => ({ kind: 'json', pair: await service.documentTexts(pair) }));
      answered.set(queryOf(c.req.url), rendered);
      return jsonResponse(c, rendered);
    },
  );

  const apiLimit = limitBody({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new InputError('TOO_LARGE', TOO_LARGE_REQUEST);
    },
  });

  app.post('/api/diff', apiLimit, async (c) => {
    const type = c.req.header('Content-Type') ?? '';
    if (!ACCEPTED.has(mediaType(c))) {
      throw new HTTPException(415, { message: `send JSON {"old": "…", "new": "…"} (Content-Type: application/json) or form fields old and new, not ${type.split(';')[0]!.slice(0, 60) || 'a body without a Content-Type'}` });
    }
    // Read (JSON or a form), checked and compared in a worker; not stored, and not cached: only the paste form keeps what a user submits.
    return jsonResponse(c, await service.jobs.run({ kind: 'api', body: await c.req.arrayBuffer(), type }));
  });

  return app;
}
