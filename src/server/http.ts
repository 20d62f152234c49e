// Small pieces every route module shares: htmx detection, the validation hook, media types, and
// answering rendered bytes (pages, fragments, downloads, diagrams).
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { FORMATS, type Format } from '../model/formats.js';
import { mediaTypeOf } from './forms.js';
import type { Rendered } from './jobs.js';

export const HTML_TYPE = 'text/html; charset=UTF-8';

/** A request made by htmx, which wants a fragment rather than a page. */
export const isHtmx = (c: Context): boolean => c.req.header('HX-Request') === 'true';

/** The validation hook of every zValidator: the first problem, as a 400. */
export function badRequest(result: { success: boolean; error?: { issues: readonly { message: string }[] } }): void {
  if (!result.success) throw new HTTPException(400, { message: result.error?.issues[0]?.message ?? 'invalid request' });
}

/** A request's media type without parameters, lower-cased (media types are case-insensitive, RFC 9110 8.3.1). */
export function mediaType(c: Context): string {
  return mediaTypeOf(c.req.header('Content-Type') ?? '');
}

/**
 * Hono's bodyLimit, without its cost when the request states its length: a body with a
 * Content-Length (and no Transfer-Encoding) is judged by that header alone, so the body is left
 * untouched and read later straight from the socket (@hono/node-server's fast path). Hono's own
 * middleware opens the body as a web stream to check it, and reading megabytes through that
 * stream held the main thread for tens of milliseconds per request (bench:abuse, api-many). A
 * body without a stated length is counted as it comes, by Hono's middleware. A body longer than
 * its Content-Length is cut by Node's HTTP parser, so the header is a bound.
 */
export function limitBody(options: { maxSize: number; onError: Parameters<typeof bodyLimit>[0]['onError'] & {} }): MiddlewareHandler {
  const counted = bodyLimit(options);
  return async (c, next) => {
    const length = c.req.header('Content-Length');
    if (length === undefined || c.req.header('Transfer-Encoding') !== undefined) return counted(c, next);
    const bytes = Number(length);
    if (!Number.isSafeInteger(bytes) || bytes < 0 || bytes > options.maxSize) return options.onError(c);
    return next();
  };
}

/** A page or a fragment: the same URL answers both, so caches must key on HX-Request. */
export function htmlResponse(c: Context, rendered: Rendered): Response {
  c.header('Vary', 'HX-Request');
  return c.body(rendered.body, 200, { 'Content-Type': HTML_TYPE });
}

/** A comparison as a file to download: the full report, from the same renderers as the CLI. */
export function downloadResponse(c: Context, rendered: Rendered, format: Format): Response {
  c.header('Content-Type', FORMATS[format].mime);
  c.header('Content-Disposition', `attachment; filename="${rendered.fileBase ?? `comparison.${FORMATS[format].ext}`}"`);
  // The report carries its own inline stylesheet and no script.
  c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  return c.body(rendered.body);
}

/** A text to download as a plain-text file (the amended draft), named from its label. */
export function textDownload(c: Context, text: string, label: string): Response {
  const base = label.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'amended';
  c.header('Content-Disposition', `attachment; filename="${base}.txt"`);
  c.header('X-Content-Type-Options', 'nosniff');
  return c.body(text, 200, { 'Content-Type': 'text/plain; charset=utf-8' });
}

/** The paragraph-flow diagram, an image of its own. */
export function svgResponse(c: Context, rendered: Rendered): Response {
  return c.body(rendered.body, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'private, max-age=300' });
}

/** JSON made by a job, answered as it is (not parsed and encoded again). */
export function jsonResponse(c: Context, rendered: Rendered): Response {
  return c.body(rendered.body, 200, { 'Content-Type': 'application/json' });
}
