// The JSON API: exactly the CLI's diff contract, for two symbols (GET) or two texts (POST).
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { InputError } from '../../model/errors.js';
import type { ComparisonService } from '../comparisons.js';
import { badRequest, jsonResponse, mediaType } from '../http.js';
import { CorpusPairQuery } from '../schemas.js';
import { MAX_BODY_BYTES } from '../limits.js';
import { TOO_LARGE_REQUEST } from './share.js';


const ACCEPTED = new Set(['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded']);

export function apiRoutes({ service }: { service: ComparisonService }): Hono {
  const app = new Hono();

  app.get('/api/diff', zValidator('query', CorpusPairQuery, badRequest), async (c) => {
    const q = c.req.valid('query');
    const pair = service.documentPair(q.old, q.new, q.lang);
    return jsonResponse(c, await service.render(pair, { kind: 'json' }, async () => ({ kind: 'json', pair: await service.documentTexts(pair) })));
  });

  const apiLimit = bodyLimit({
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
