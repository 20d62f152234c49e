// The web viewer: thin Hono handlers over the same engine and renderers as the CLI.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { zValidator } from '@hono/zod-validator';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ComparePage, DetailFragment, DetailPage, DiffFragment, type CompareProps, type PageLinks, type ShowMode, type ViewMode } from '../../views/compare.js';
import { changeAnchor } from '../../views/components.js';
import { ErrorFragment, ErrorPage } from '../../views/error.js';
import { HomePage, type HomeNotice } from '../../views/home.js';
import { HistoryPage } from '../../views/history.js';
import { Notice } from '../../views/layout.js';
import { EMPTY_PASTE, PasteForm, PastePage, type PasteValues } from '../../views/paste.js';
import { packageVersion } from '../util/version.js';
import { FetchError, InputError, ParseError, ResdiffError } from '../model/errors.js';
import { diffOutput } from '../render/json.js';
import { FORMATS, type Format } from '../model/formats.js';
import { renderAs } from '../render/renderAs.js';
import { renderFlowSvg } from '../render/flow.js';
import { appScript, stylesheet } from '../../views/assets.js';
import { loadCorpusIndex } from '../source/corpus.js';
import { extractText } from '../ingest/extract.js';
import { clip, explainParseError } from '../source/explain.js';
import { parseSide, type ComparedPair, type ComparisonService } from './comparisons.js';
import { DEFAULT_HEADLINE, Headline, type HeadlinePair } from './headline.js';
import {
  ApiDiffBody,
  CompareQuery,
  CorpusPairQuery,
  DetailParam,
  DownloadQuery,
  HistoryQuery,
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
  /** The comparison the home page opens on (default: A/RES/67/169 -> A/RES/68/160, zh). */
  headline?: HeadlinePair;
}

/** Request bodies are capped: two texts of 2 MB each and form overhead. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Maps typed errors to HTTP statuses. */
export function statusOf(error: unknown): ContentfulStatusCode {
  if (error instanceof HTTPException) return error.status as ContentfulStatusCode;
  // The UN's server failed us: not the user's fault (502, 503 offline, 504 timeout), or it has no such document (404).
  if (error instanceof FetchError) return error.code === 'NOT_FOUND' ? 404 : error.code === 'OFFLINE' ? 503 : error.code === 'TIMEOUT' ? 504 : 502;
  if (error instanceof ResdiffError) {
    switch (error.code) {
      case 'NOT_FOUND':
        return 404;
      case 'TOO_LARGE':
        return 413;
      case 'BINARY':
      case 'ENCODING':
      case 'BAD_FILE':
      case 'ENCRYPTED':
        return 415;
      case 'NO_TEXT':
        return 422;
      case 'NOT_A_RESOLUTION':
        return 422;
      case 'EMPTY':
      case 'AMBIGUOUS':
      case 'USAGE':
        return 400;
      case 'IO':
        return 500;
      default:
        return 400;
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
    flow: () => base('/compare/flow.svg', {}),
  };
}

function storedLinks(id: string, view: ViewMode, show: ShowMode): PageLinks {
  return {
    page: (v, s) => `/c/${id}?view=${v}&show=${s}`,
    detail: (anchor) => `/c/${id}/detail?p=${anchor}&view=${view}&show=${show}`,
    download: (format) => `/c/${id}/download?format=${format}`,
    flow: () => `/c/${id}/flow.svg`,
  };
}

function propsOf(pair: ComparedPair, view: ViewMode, show: ShowMode, links: PageLinks, share?: string): CompareProps {
  return { comparison: pair.comparison, oldLabel: pair.oldLabel, newLabel: pair.newLabel, view, show, links, share };
}

function fileBase(pair: ComparedPair): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'text';
  return `${safe(pair.comparison.old.symbol ?? pair.oldLabel)}_to_${safe(pair.comparison.new.symbol ?? pair.newLabel)}`;
}

/** A comparison as a file to download: the full report, from the same renderers as the CLI. */
async function download(c: Context, pair: ComparedPair, format: Format): Promise<Response> {
  const body = await renderAs(format, pair.comparison, { visibility: 'all', report: true, author: 'resdiff', date: new Date() });
  c.header('Content-Type', FORMATS[format].mime);
  c.header('Content-Disposition', `attachment; filename="${fileBase(pair)}.${FORMATS[format].ext}"`);
  // The report carries its own inline stylesheet and no script.
  c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
  return c.body(typeof body === 'string' ? body : new Uint8Array(body));
}

/** The heading of an error shown in the paste form. */
function problemTitle(error: unknown, status: number): string {
  switch (error instanceof ResdiffError ? error.code : undefined) {
    case 'ENCRYPTED':
      return 'Password-protected file';
    case 'BAD_FILE':
      return 'Unreadable file';
    case 'ENCODING':
      return 'Unknown text encoding';
    case 'NO_TEXT':
      return 'No text in the PDF';
    case 'EMPTY':
      return 'Nothing to compare';
  }
  return status === 413 ? 'Too large' : status === 422 ? 'Not a resolution' : status === 415 ? 'Not a text file' : 'Missing or invalid input';
}

/** A submitted pair compared; a parse error also says when a text is in a language the parser does not know. */
function compareSubmitted(service: ComparisonService, key: string, submitted: SubmittedPair): ComparedPair {
  try {
    return service.submittedPair(key, submitted);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    throw explainParseError(e, e.side === 'old' ? submitted.oldText : submitted.newText);
  }
}

const TOO_LARGE_REQUEST = 'The request is over 5 MB: each text can be at most 2 MB.';
const NOT_JSON = Symbol('not JSON');

/** Reads one side of the paste form: an uploaded file wins over pasted text. */
async function readSide(text: string, file: File | undefined, side: 'old' | 'new'): Promise<string> {
  // A chosen file has a name (an empty one is refused as empty); a file input left blank is sent as an empty part without a name.
  if (file && (file.size > 0 || file.name !== '')) {
    if (file.size > MAX_TEXT_BYTES) throw new InputError('TOO_LARGE', `The ${side} file is over 2 MB.`).about(side);
    return (await extractText(new Uint8Array(await file.arrayBuffer()), `The ${side} file (${clip(file.name)})`)).text;
  }
  if (Buffer.byteLength(text) > MAX_TEXT_BYTES) throw new InputError('TOO_LARGE', `The ${side} text is over 2 MB.`).about(side);
  if (text.trim() === '') throw new InputError('EMPTY', `The ${side} text is empty: paste it or upload a .txt file.`).about(side);
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
  const headline = new Headline(deps.headline ?? DEFAULT_HEADLINE, service);
  const require = createRequire(import.meta.url);
  const assets: Record<string, { body: string; type: string }> = {
    'htmx.min.js': staticFile(require.resolve('htmx.org/dist/htmx.min.js'), 'text/javascript; charset=utf-8'),
    'app.css': { body: stylesheet(), type: 'text/css; charset=utf-8' },
    'app.js': { body: appScript(), type: 'text/javascript; charset=utf-8' },
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
    // Our own errors say what went wrong (a fetch from the UN failing is a 502/503/504); anything else is a bug.
    const known = error instanceof ResdiffError || error instanceof HTTPException;
    const message = known ? error.message : 'The server could not answer this request. It has been logged.';
    if (!known) log(`error ${c.req.method} ${c.req.path}: ${(error as Error).stack ?? String(error)}`);
    if (c.req.path.startsWith('/api/')) return c.json({ error: { status, message } }, status);
    c.header('Vary', 'HX-Request');
    return c.html(isHtmx(c) ? <ErrorFragment status={status} message={message} /> : <ErrorPage status={status} message={message} />, status);
  });
  app.notFound((c) => c.html(<ErrorPage status={404} message={`There is no page at ${c.req.path}.`} />, 404));

  app.get('/healthz', (c) => c.json({ status: 'ok', version: packageVersion(), corpus: loadCorpusIndex().texts.length }));

  app.get('/static/:name', (c) => {
    const asset = assets[c.req.param('name')];
    if (!asset) return c.notFound();
    c.header('Content-Type', asset.type);
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(asset.body);
  });

  // The main job: the headline comparison when this machine has it; else the corpus, saying why.
  app.get('/', (c) => {
    const status = headline.status();
    if (status.state === 'ready') return c.redirect(status.url, 302);
    const notice: HomeNotice =
      status.state === 'fetching'
        ? { kind: 'info', title: `Fetching ${headline.pair.old} from the UN`, message: `The comparison ${headline.pair.old} → ${headline.pair.new} (${headline.pair.language}) opens here once ${headline.pair.old} has arrived from the UN's Official Document System; this page reloads by itself. Meanwhile, the corpus and your own texts can be compared below.`, refreshSeconds: 5 }
        : { kind: 'info', title: status.state === 'offline' ? 'Offline' : `${headline.pair.old} could not be fetched`, message: status.message };
    return c.html(<HomePage index={loadCorpusIndex()} defaultOld="A/RES/55/109" defaultNew="A/RES/68/160" notice={notice} />);
  });
  app.get('/corpus', (c) => c.html(<HomePage index={loadCorpusIndex()} defaultOld="A/RES/55/109" defaultNew="A/RES/68/160" />));

  // --- Corpus comparisons: /compare?old=…&new=…&lang=…&view=side|inline&show=all|changed
  app.get('/compare', zValidator('query', CompareQuery, badRequest), async (c) => {
    const q = c.req.valid('query');
    const pair = await service.symbolPair(q.old, q.new, q.lang);
    const fragment = isHtmx(c);
    c.header('Vary', 'HX-Request');
    // The page links to the versions before and after that this machine has: rendered again
    // when the fetch cache has changed.
    const html = service.render(pair.key, `${q.view}/${q.show}/${fragment ? 'fragment' : 'page'}/${service.localStamp()}`, () => {
      const props = { ...propsOf(pair, q.view, q.show, corpusLinks(q)), ...neighbourLinks(pair, q) };
      return String(fragment ? <DiffFragment props={props} /> : <ComparePage props={props} />);
    });
    return c.body(html, 200, HTML_TYPE);
  });

  app.get('/compare/detail', zValidator('query', CompareQuery.extend({ p: DetailParam }), badRequest), async (c) => {
    const q = c.req.valid('query');
    const pair = await service.symbolPair(q.old, q.new, q.lang);
    return detailResponse(c, pair, propsOf(pair, q.view, q.show, corpusLinks(q)), q.p);
  });

  app.get('/compare/download', zValidator('query', CorpusPairQuery.extend(DownloadQuery.shape), badRequest), async (c) => {
    const q = c.req.valid('query');
    return await download(c, await service.symbolPair(q.old, q.new, q.lang), q.format);
  });

  /** Links one step back and forward in the series, to versions this machine has. */
  function neighbourLinks(pair: ComparedPair, q: { view: ViewMode; show: ShowMode }): Pick<CompareProps, 'previous' | 'next'> {
    const back = service.neighbours(pair.old).previous;
    const forward = service.neighbours(pair.new).next;
    const link = (old: string, neu: string, language: string) => `/compare?${new URLSearchParams({ old, new: neu, lang: language, view: q.view, show: q.show }).toString()}`;
    return {
      previous: back && pair.old.symbol ? { href: link(back.symbol, pair.old.symbol, back.language), label: `${back.symbol} → ${pair.old.symbol}`, why: back.why } : null,
      next: forward && pair.new.symbol ? { href: link(pair.new.symbol, forward.symbol, forward.language), label: `${pair.new.symbol} → ${forward.symbol}`, why: forward.why } : null,
    };
  }

  // --- The life of each paragraph over three or more versions: /history?v=…&v=…&v=… (or versions=…)
  app.get('/history', zValidator('query', HistoryQuery, badRequest), async (c) => {
    const q = c.req.valid('query');
    const series = await service.series(q.versions, q.lang);
    const compareUrl = (a: number, b: number) =>
      `/compare?${new URLSearchParams({ old: q.versions[a]!, new: q.versions[b]!, ...(q.lang ? { lang: q.lang } : {}) }).toString()}`;
    return c.html(<HistoryPage series={series} compareUrl={compareUrl} />);
  });

  function detailResponse(c: Context, pair: ComparedPair, props: CompareProps, anchor: string): Response | Promise<Response> {
    const change = pair.comparison.changes.find((ch) => changeAnchor(ch) === anchor);
    if (!change) throw new HTTPException(404, { message: `This comparison has no paragraph ${anchor}.` });
    c.header('Vary', 'HX-Request');
    return c.html(isHtmx(c) ? <DetailFragment change={change} props={props} /> : <DetailPage change={change} props={props} />);
  }

  // --- Submitted comparisons: the paste form, and share links /c/<id>
  const apiLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new InputError('TOO_LARGE', TOO_LARGE_REQUEST);
    },
  });
  // A body too large to read cannot refill the form. With htmx the notice goes into the form's
  // error slot alone, so the texts stay where the user typed them; without, the form comes back
  // empty with the notice (the browser's Back button returns to the filled-in form).
  const pasteLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => {
      if (isHtmx(c)) {
        c.header('HX-Retarget', '#paste-error');
        c.header('HX-Reswap', 'innerHTML');
        return c.html(
          <Notice kind="error" title="Too large">
            {`${TOO_LARGE_REQUEST} Nothing was compared; your texts are still in the form.`}
          </Notice>,
          413,
        );
      }
      const problem = { title: 'Too large', message: `${TOO_LARGE_REQUEST} Nothing was read, so the form cannot be filled in again: go back to your texts and shorten them.` };
      return c.html(<PastePage values={EMPTY_PASTE} error={problem} />, 413);
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
      compareSubmitted(service, id, submitted);
      store.save(submitted);
      if (isHtmx(c)) {
        c.header('HX-Redirect', `/c/${id}`);
        return c.body(null, 204);
      }
      return c.redirect(`/c/${id}`, 303);
    } catch (error) {
      const status = statusOf(error);
      if (status >= 500) throw error;
      const problem = { title: problemTitle(error, status), message: (error as Error).message };
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

  app.get('/c/:id/download', zValidator('param', SharePath, badRequest), zValidator('query', DownloadQuery, badRequest), async (c) => {
    return await download(c, storedPair(c.req.valid('param').id), c.req.valid('query').format);
  });

  // --- The paragraph-flow diagram of a comparison, as an SVG image of its own.
  app.get('/compare/flow.svg', zValidator('query', CorpusPairQuery, badRequest), async (c) => {
    const q = c.req.valid('query');
    return flowResponse(c, await service.symbolPair(q.old, q.new, q.lang));
  });
  app.get('/c/:id/flow.svg', zValidator('param', SharePath, badRequest), (c) => flowResponse(c, storedPair(c.req.valid('param').id)));

  function flowResponse(c: Context, pair: ComparedPair): Response {
    const svg = service.render(pair.key, 'flow.svg', () => renderFlowSvg(pair.comparison));
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8', 'Cache-Control': 'private, max-age=300' });
  }

  // --- JSON API: exactly the CLI's diff contract.
  app.get('/api/diff', zValidator('query', CorpusPairQuery, badRequest), async (c) => {
    const q = c.req.valid('query');
    return c.json(diffOutput((await service.symbolPair(q.old, q.new, q.lang)).comparison));
  });

  app.post('/api/diff', apiLimit, async (c) => {
    const type = c.req.header('Content-Type') ?? '';
    let texts: { old: string; new: string };
    if (!/^(application\/json|multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type)) {
      throw new HTTPException(415, { message: `send JSON {"old": "…", "new": "…"} (Content-Type: application/json) or form fields old and new, not ${type.split(';')[0]!.slice(0, 60) || 'a body without a Content-Type'}` });
    }
    if (type.startsWith('application/json')) {
      const json: unknown = await c.req.json().catch(() => NOT_JSON);
      if (json === NOT_JSON) throw new HTTPException(400, { message: 'the body is not valid JSON: send JSON {"old": "…", "new": "…"}' });
      const parsed = ApiDiffBody.safeParse(json);
      if (!parsed.success) throw new HTTPException(400, { message: `send JSON {"old": "…", "new": "…"}: ${parsed.error.issues[0]!.message}` });
      texts = parsed.data;
    } else {
      const body = await c.req.parseBody();
      if (body.old instanceof File || body.new instanceof File || body.oldFile instanceof File || body.newFile instanceof File) {
        throw new HTTPException(400, { message: 'POST /api/diff takes the texts themselves in old and new, not files: compare files with the paste form (/paste) or the command line' });
      }
      const fields = PasteFields.safeParse({ oldText: body.old, newText: body.new });
      if (!fields.success) throw new HTTPException(400, { message: fields.error.issues[0]!.message });
      texts = { old: fields.data.oldText, new: fields.data.newText };
    }
    const oldText = await readSide(texts.old, undefined, 'old');
    const newText = await readSide(texts.new, undefined, 'new');
    // Not stored: only the paste form stores what a user submits. Cached by content.
    const submitted = { oldText, newText, oldLabel: '', newLabel: '' };
    return c.json(diffOutput(compareSubmitted(service, `api:${contentId(submitted)}`, submitted).comparison));
  });

  return app;
}
