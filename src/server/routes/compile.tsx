// The compile page (issue 13): the form, one more proposal row for htmx, the compile itself (in
// the worker), and a stored compilation's share link /compile/<id> with its downloads.
import { zValidator } from '@hono/zod-validator';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { COMPILE_FORMATS, type CompileFormat } from '../../model/compilation.js';
import type { ResdiffError } from '../../model/errors.js';
import type { Language } from '../../model/resolution.js';
import { packageVersion } from '../../util/version.js';
import { CompilePage, EMPTY_COMPILE, ProposalRow, RowCount, type CompileValues } from '../../../views/compile.js';
import { Notice } from '../../../views/layout.js';
import type { CompileSubmission } from '../compileJobs.js';
import type { ComparisonService } from '../comparisons.js';
import { aboutNamedText, errorOf, isKnown, problemTitle, statusOf, storeFailure } from '../errors.js';
import { badRequest, htmlResponse, isHtmx, limitBody } from '../http.js';
import { MAX_PROPOSALS } from '../compileJobs.js';
import { MAX_BODY_BYTES } from '../limits.js';
import { SharePath } from '../schemas.js';
import type { ComparisonStore } from '../store.js';

/** A compilation's share link. */
export const compilationUrl = (id: string): string => `/compile/${id}`;

const MIME: Record<CompileFormat, string> = {
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json',
};

const CompileDownloadQuery = z.object({
  format: z.enum(Object.keys(COMPILE_FORMATS) as [CompileFormat, ...CompileFormat[]], { error: `format must be one of ${Object.keys(COMPILE_FORMATS).join(', ')}` }),
});
const RowQuery = z.object({ rows: z.coerce.number({ error: 'rows must be a number' }).int().min(0).max(1000).default(0) });

/** An error looking up the base by symbol, said as being about the base. */
const aboutBase = (error: unknown, symbol: string, language: Language, offline: boolean): unknown =>
  aboutNamedText(error, `The base text, ${symbol} (${language})`, offline, "paste the base's text or upload its file");

export function compileRoutes({ service, store, redact }: { service: ComparisonService; store: ComparisonStore; redact: (message: string) => string }): Hono {
  const app = new Hono();

  const page = (c: Context, values: CompileValues, error?: ResdiffError | HTTPException) => {
    if (!error) return c.render(<CompilePage values={values} max={MAX_PROPOSALS} />);
    const status = statusOf(error);
    c.status(status);
    return c.render(<CompilePage values={values} max={MAX_PROPOSALS} error={{ title: problemTitle(error, status), message: redact(error.message) }} />);
  };

  const limit = limitBody({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => {
      c.status(413);
      return c.render(
        <CompilePage
          values={EMPTY_COMPILE}
          max={MAX_PROPOSALS}
          error={{ title: 'Too large', message: 'The request is over 5 MB (each text or file can be at most 2 MB). Nothing was read, so the form cannot be filled in again: go back to your texts and shorten them, or compile fewer proposals at once.' }}
        />,
      );
    },
  });

  app.get('/compile', (c) => page(c, EMPTY_COMPILE));

  // One more proposal row, for htmx's "Add a proposal": the row, and the form's row count one higher.
  app.get('/compile/row', zValidator('query', RowQuery, badRequest), (c) => {
    const { rows } = c.req.valid('query');
    // A row alone is for htmx; a browser that asks for it is sent to the form.
    if (!isHtmx(c)) return c.redirect('/compile', 303);
    if (rows >= MAX_PROPOSALS) {
      return c.html(
        <hx-partial hx-target="#compile-error" hx-swap="innerHTML">
          <Notice kind="error" title="Too many proposals">{`A compilation takes at most ${MAX_PROPOSALS} proposals.`}</Notice>
        </hx-partial>,
      );
    }
    return c.html(
      <>
        <ProposalRow k={rows} values={{ label: '', text: '' }} focus />
        <hx-partial hx-target="#proposal-rows" hx-swap="outerHTML">
          <RowCount n={rows + 1} />
        </hx-partial>
      </>,
    );
  });

  app.post('/compile', limit, async (c) => {
    const type = c.req.header('Content-Type') ?? '';
    const body = await c.req.arrayBuffer();
    let outcome: CompileSubmission;
    let values: CompileValues | undefined;
    try {
      // Read and compiled in the worker; it says the form's fields first, to fill the form in again should it be stopped.
      outcome = await service.jobs.run({ kind: 'compile-submit', body, type }, (note) => (values = note.values));
      if (outcome.kind === 'symbol') {
        // The base named by symbol: looked up here as /paste looks up its old text (corpus, cache, ODS), then the form is read again with it.
        const { symbol, language } = outcome;
        let text: string;
        try {
          text = (await service.document({ symbol, language })).text;
        } catch (error) {
          throw aboutBase(error, symbol, language, service.sources.offline);
        }
        outcome = await service.jobs.run({ kind: 'compile-submit', body, type, base: { symbol, text } });
      }
    } catch (error) {
      if (!isKnown(error) || statusOf(error) === 500) throw error;
      return page(c, values ?? EMPTY_COMPILE, error);
    }
    if (outcome.kind === 'form') return page(c, outcome.values);
    if (outcome.kind === 'refused') {
      const error = errorOf(outcome.error);
      if (!isKnown(error) || statusOf(error) === 500) throw error;
      return page(c, outcome.values, error);
    }
    if (outcome.kind === 'symbol') throw new Error('the compile job asked for the base symbol twice');
    try {
      store.saveCompilation(outcome.id, outcome.compilation);
    } catch (error) {
      const failure = storeFailure(error);
      if (!failure) throw error;
      return page(c, outcome.values, failure);
    }
    return c.redirect(compilationUrl(outcome.id), 303);
  });

  const stored = (id: string): string => {
    const json = store.getCompilation(id);
    if (json === undefined) throw new HTTPException(404, { message: 'There is no stored compilation with this link.' });
    return json;
  };

  app.get('/compile/:id', zValidator('param', SharePath, badRequest), async (c) => {
    const { id } = c.req.valid('param');
    const rendered = await service.jobs.run({ kind: 'compile-page', compilation: stored(id), share: compilationUrl(id) });
    return htmlResponse(c, rendered);
  });

  app.get('/compile/:id/download', zValidator('param', SharePath, badRequest), zValidator('query', CompileDownloadQuery, badRequest), async (c) => {
    const { id } = c.req.valid('param');
    const { format } = c.req.valid('query');
    const rendered = await service.jobs.run({ kind: 'compile-download', compilation: stored(id), format, date: new Date().toISOString(), generator: `resdiff ${packageVersion()}` });
    c.header('Content-Type', MIME[format]);
    c.header('Content-Disposition', `attachment; filename="${rendered.fileBase ?? `compilation.${COMPILE_FORMATS[format].ext}`}"`);
    // The HTML download carries its own inline stylesheet and no script.
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    return c.body(rendered.body);
  });

  return app;
}
