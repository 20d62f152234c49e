// The web viewer: thin Hono handlers over the same engine and renderers as the CLI.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { zValidator } from '@hono/zod-validator';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ComparePage, DetailFragment, DetailPage, DiffFragment, type CompareProps, type PageLinks, type ShowMode, type ViewMode } from '../../views/compare.js';
import { changeAnchor } from '../../views/components.js';
import { ErrorFragment, ErrorPage } from '../../views/error.js';
import { HomePage } from '../../views/home.js';
import { PasteForm, PastePage, type PasteValues } from '../../views/paste.js';
import { VERSION } from '../cli/help.js';
import { InputError, ResdiffError } from '../model/errors.js';
import { renderHtml } from '../render/html.js';
import { diffOutput } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { loadCorpusIndex } from '../source/corpus.js';
import { decodeText } from '../source/decode.js';
import { packageRoot } from '../source/packageRoot.js';
import { parseSide, type ComparedPair, type ComparisonService } from './comparisons.js';
import {
  ApiDiffBody,
  CompareQuery,
  CorpusPairQuery,
  DetailParam,
  DownloadQuery,
  MAX_TEXT_BYTES,
  PasteFields,
  SharePath,
  StoredDetailQuery,
  ViewQuery,
} from './schemas.js';
import { securityHeaders } from './security.js';
import { contentId, type ComparisonStore, type SubmittedPair } from './store.js';

export interface AppDeps {
  store: ComparisonStore;
  service: ComparisonService;
  /** Where one line per request goes (stdout by default). */
  log?: (line: string) => void;
}

/** Request bodies are capped: two texts of 2 MB each and form overhead. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Maps typed errors to HTTP statuses. */
export function statusOf(error: unknown): ContentfulStatusCode {
  if (error instanceof HTTPException) return error.status as ContentfulStatusCode;
  if (error instanceof ResdiffError) {
    switch (error.code) {
      case 'NOT_FOUND':
        return 404;
      case 'TOO_LARGE':
        return 413;
      case 'BINARY':
      case 'ENCODING':
        return 415;
      case 'NOT_A_RESOLUTION':
        return 422;
      case 'EMPTY':
      case 'AMBIGUOUS':
      case 'USAGE':
        return 400;
      case 'IO':
        return 500;
    }
  }
  return 500;
}

const HTML_TYPE = { 'Content-Type': 'text/html; charset=UTF-8' };

const isHtmx = (c: Context) => c.req.header('HX-Request') === 'true';

/** The validation hook of every zValidator: the first problem, as a 400. */
function badRequest(result: { success: boolean; error?: { issues: readonly { message: string }[] } }): void {
  if (!result.success) throw new HTTPException(400, { message: result.error?.issues[0]?.message ?? 'invalid request' });
}

function staticFile(path: string, type: string): { body: string; type: string } {
  return { body: readFileSync(path, 'utf8'), type };
}

function corpusLinks(q: { old: string; new: string; lang?: string | undefined; view: ViewMode; show: ShowMode }): PageLinks {
  const base = (path: string, extra: Record<string, string>) => {
    const params = new URLSearchParams({ old: q.old, new: q.new, ...(q.lang ? { lang: q.lang } : {}), ...extra });
    return `${path}?${params.toString()}`;
  };
  return {
    page: (view, show) => base('/compare', { view, show }),
    detail: (anchor) => base('/compare/detail', { view: q.view, show: q.show, p: anchor }),
    download: (format) => base('/compare/download', { format }),
  };
}

function storedLinks(id: string, view: ViewMode, show: ShowMode): PageLinks {
  return {
    page: (v, s) => `/c/${id}?view=${v}&show=${s}`,
    detail: (anchor) => `/c/${id}/detail?p=${anchor}&view=${view}&show=${show}`,
    download: (format) => `/c/${id}/download?format=${format}`,
  };
}

function propsOf(pair: ComparedPair, view: ViewMode, show: ShowMode, links: PageLinks, share?: string): CompareProps {
  return { comparison: pair.comparison, old: pair.old, new: pair.new, oldLabel: pair.oldLabel, newLabel: pair.newLabel, view, show, links, share };
}

function fileBase(pair: ComparedPair): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'text';
  return `${safe(pair.comparison.old.symbol ?? pair.oldLabel)}_to_${safe(pair.comparison.new.symbol ?? pair.newLabel)}`;
}

/** A comparison as a file to download, from the same renderers as the CLI. */
function download(c: Context, pair: ComparedPair, format: 'html' | 'markdown' | 'json'): Response {
  const [body, type, ext] =
    format === 'html'
      ? [renderHtml(pair.comparison, { onlyChanged: false, generator: `resdiff ${VERSION}` }), 'text/html; charset=utf-8', 'html']
      : format === 'markdown'
        ? [renderMarkdown(pair.comparison, { onlyChanged: false }), 'text/markdown; charset=utf-8', 'md']
        : [`${JSON.stringify(diffOutput(pair.comparison), null, 2)}\n`, 'application/json; charset=utf-8', 'json'];
  c.header('Content-Type', type);
  c.header('Content-Disposition', `attachment; filename="${fileBase(pair)}.${ext}"`);
  // The report carries its own inline stylesheet and no script.
  c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  return c.body(body);
}

/** Reads one side of the paste form: an uploaded file wins over pasted text. */
async function readSide(text: string, file: File | undefined, side: 'old' | 'new'): Promise<string> {
  if (file && file.size > 0) {
    if (file.size > MAX_TEXT_BYTES) throw new InputError('TOO_LARGE', `The ${side} file is over 2 MB.`);
    return decodeText(new Uint8Array(await file.arrayBuffer()), `The ${side} file (${file.name})`).text;
  }
  if (Buffer.byteLength(text) > MAX_TEXT_BYTES) throw new InputError('TOO_LARGE', `The ${side} text is over 2 MB.`);
  if (text.trim() === '') throw new InputError('EMPTY', `The ${side} text is empty: paste it or upload a .txt file.`);
  return text;
}

/**
 * Builds the web application.
 *
 * @example const app = createApp({ store, service }); await app.request('/healthz')
 */
export function createApp(deps: AppDeps): Hono {
  const { store, service } = deps;
  const log = deps.log ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const app = new Hono();
  const require = createRequire(import.meta.url);
  const assets: Record<string, { body: string; type: string }> = {
    'htmx.min.js': staticFile(require.resolve('htmx.org/dist/htmx.min.js'), 'text/javascript; charset=utf-8'),
    'app.css': staticFile(join(packageRoot(), 'views', 'styles.css'), 'text/css; charset=utf-8'),
    'app.js': staticFile(join(packageRoot(), 'views', 'app.js'), 'text/javascript; charset=utf-8'),
  };

  // One line per request: method, path, status, milliseconds.
  app.use('*', async (c, next) => {
    const start = performance.now();
    await next();
    log(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - start).toFixed(1)}ms`);
  });
  app.use('*', securityHeaders());

  app.onError((error, c) => {
    const status = statusOf(error);
    const message = status >= 500 ? 'The server could not answer this request. It has been logged.' : error.message;
    if (status >= 500) log(`error ${c.req.method} ${c.req.path}: ${(error as Error).stack ?? String(error)}`);
    if (c.req.path.startsWith('/api/')) return c.json({ error: { status, message } }, status);
    c.header('Vary', 'HX-Request');
    return c.html(isHtmx(c) ? <ErrorFragment status={status} message={message} /> : <ErrorPage status={status} message={message} />, status);
  });
  app.notFound((c) => c.html(<ErrorPage status={404} message={`There is no page at ${c.req.path}.`} />, 404));

  app.get('/healthz', (c) => c.json({ status: 'ok', version: VERSION, corpus: loadCorpusIndex().texts.length }));

  app.get('/static/:name', (c) => {
    const asset = assets[c.req.param('name')];
    if (!asset) return c.notFound();
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(asset.body);
  });

  app.get('/', (c) => c.html(<HomePage index={loadCorpusIndex()} defaultOld="A/RES/55/109" defaultNew="A/RES/68/160" />));

  // --- Corpus comparisons: /compare?old=…&new=…&lang=…&view=side|inline&show=all|changed
  app.get('/compare', zValidator('query', CompareQuery, badRequest), (c) => {
    const q = c.req.valid('query');
    const pair = service.corpusPair(q.old, q.new, q.lang);
    const fragment = isHtmx(c);
    c.header('Vary', 'HX-Request');
    const props = propsOf(pair, q.view, q.show, corpusLinks(q));
    const html = service.render(pair.key, `${q.view}/${q.show}/${fragment ? 'fragment' : 'page'}`, () =>
      String(fragment ? <DiffFragment props={props} /> : <ComparePage props={props} />),
    );
    return c.body(html, 200, HTML_TYPE);
  });

  app.get('/compare/detail', zValidator('query', CompareQuery.extend({ p: DetailParam }), badRequest), (c) => {
    const q = c.req.valid('query');
    const pair = service.corpusPair(q.old, q.new, q.lang);
    return detailResponse(c, pair, propsOf(pair, q.view, q.show, corpusLinks(q)), q.p);
  });

  app.get('/compare/download', zValidator('query', CorpusPairQuery.extend(DownloadQuery.shape), badRequest), (c) => {
    const q = c.req.valid('query');
    return download(c, service.corpusPair(q.old, q.new, q.lang), q.format);
  });

  function detailResponse(c: Context, pair: ComparedPair, props: CompareProps, anchor: string): Response | Promise<Response> {
    const change = pair.comparison.changes.find((ch) => changeAnchor(ch) === anchor);
    if (!change) throw new HTTPException(404, { message: `This comparison has no paragraph ${anchor}.` });
    c.header('Vary', 'HX-Request');
    return c.html(isHtmx(c) ? <DetailFragment change={change} props={props} /> : <DetailPage change={change} props={props} />);
  }

  // --- Submitted comparisons: the paste form, and share links /c/<id>
  const pasteLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new InputError('TOO_LARGE', 'The request is over 5 MB: each text can be at most 2 MB.');
    },
  });

  app.get('/paste', (c) => c.html(<PastePage values={{ oldText: '', newText: '', oldLabel: '', newLabel: '' }} />));

  app.post('/paste', pasteLimit, async (c) => {
    const body = await c.req.parseBody();
    const values: PasteValues = {
      oldText: typeof body.oldText === 'string' ? body.oldText : '',
      newText: typeof body.newText === 'string' ? body.newText : '',
      oldLabel: typeof body.oldLabel === 'string' ? body.oldLabel : '',
      newLabel: typeof body.newLabel === 'string' ? body.newLabel : '',
    };
    try {
      const fields = PasteFields.safeParse(body);
      if (!fields.success) throw new HTTPException(400, { message: fields.error.issues[0]!.message });
      const f = fields.data;
      const submitted: SubmittedPair = {
        oldText: await readSide(f.oldText, f.oldFile, 'old'),
        newText: await readSide(f.newText, f.newFile, 'new'),
        oldLabel: f.oldLabel,
        newLabel: f.newLabel,
      };
      // Parse (once per content: the comparison is cached) before storing: nothing that is
      // not a resolution is kept.
      const id = contentId(submitted);
      service.submittedPair(id, submitted);
      store.save(submitted);
      if (isHtmx(c)) {
        c.header('HX-Redirect', `/c/${id}`);
        return c.body(null, 204);
      }
      return c.redirect(`/c/${id}`, 303);
    } catch (error) {
      const status = statusOf(error);
      if (status >= 500) throw error;
      const problem = { title: status === 413 ? 'Too large' : status === 422 ? 'Not a resolution' : status === 415 ? 'Not a text file' : 'Missing or invalid input', message: (error as Error).message };
      return c.html(isHtmx(c) ? <PasteForm values={values} error={problem} /> : <PastePage values={values} error={problem} />, status);
    }
  });

  function storedPair(id: string): ComparedPair {
    const stored = store.get(id);
    if (!stored) throw new HTTPException(404, { message: 'There is no stored comparison with this link.' });
    return service.submittedPair(id, stored);
  }

  app.get('/c/:id', zValidator('param', SharePath, badRequest), zValidator('query', ViewQuery, badRequest), (c) => {
    const { id } = c.req.valid('param');
    const { view, show } = c.req.valid('query');
    const pair = storedPair(id);
    const fragment = isHtmx(c);
    c.header('Vary', 'HX-Request');
    const props = propsOf(pair, view, show, storedLinks(id, view, show), `/c/${id}`);
    const html = service.render(pair.key, `${view}/${show}/${fragment ? 'fragment' : 'page'}`, () =>
      String(fragment ? <DiffFragment props={props} /> : <ComparePage props={props} />),
    );
    return c.body(html, 200, HTML_TYPE);
  });

  app.get('/c/:id/detail', zValidator('param', SharePath, badRequest), zValidator('query', StoredDetailQuery, badRequest), (c) => {
    const { id } = c.req.valid('param');
    const { view, show, p } = c.req.valid('query');
    const pair = storedPair(id);
    return detailResponse(c, pair, propsOf(pair, view, show, storedLinks(id, view, show), `/c/${id}`), p);
  });

  app.get('/c/:id/download', zValidator('param', SharePath, badRequest), zValidator('query', DownloadQuery, badRequest), (c) => {
    return download(c, storedPair(c.req.valid('param').id), c.req.valid('query').format);
  });

  // --- JSON API: exactly the CLI's diff contract.
  app.get('/api/diff', zValidator('query', CorpusPairQuery, badRequest), (c) => {
    const q = c.req.valid('query');
    return c.json(diffOutput(service.corpusPair(q.old, q.new, q.lang).comparison));
  });

  app.post('/api/diff', pasteLimit, async (c) => {
    const type = c.req.header('Content-Type') ?? '';
    let texts: { old: string; new: string };
    if (type.startsWith('application/json')) {
      const parsed = ApiDiffBody.safeParse(await c.req.json().catch(() => undefined));
      if (!parsed.success) throw new HTTPException(400, { message: `send JSON {"old": "…", "new": "…"}: ${parsed.error.issues[0]!.message}` });
      texts = parsed.data;
    } else {
      const body = await c.req.parseBody();
      const fields = PasteFields.safeParse({ oldText: body.old, newText: body.new, oldFile: body.oldFile, newFile: body.newFile });
      if (!fields.success) throw new HTTPException(400, { message: fields.error.issues[0]!.message });
      texts = { old: fields.data.oldText, new: fields.data.newText };
    }
    const oldText = await readSide(texts.old, undefined, 'old');
    const newText = await readSide(texts.new, undefined, 'new');
    // Not stored: only the paste form stores what a user submits. Cached by content.
    const submitted = { oldText, newText, oldLabel: '', newLabel: '' };
    return c.json(diffOutput(service.submittedPair(`api:${contentId(submitted)}`, submitted).comparison));
  });

  return app;
}
