// Submitted comparisons: the paste-or-upload form, and share links /c/<id> with their detail,
// download and diagram.
import { zValidator } from '@hono/zod-validator';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ResdiffError } from '../../model/errors.js';
import type { Language } from '../../model/resolution.js';
import { Notice } from '../../../views/layout.js';
import { EMPTY_PASTE, PasteForm, PastePage, type PasteValues } from '../../../views/paste.js';
import { cacheKey, type PairKey } from '../caches.js';
import type { ComparisonService } from '../comparisons.js';
import { aboutNamedText, errorOf, isKnown, problemTitle, statusOf, storeFailure } from '../errors.js';
import { pasteValues, readForm } from '../forms.js';
import { badRequest, downloadResponse, htmlResponse, isHtmx, limitBody, svgResponse, textDownload } from '../http.js';
import type { PairSpec, Submission } from '../jobs.js';
import { MAX_BODY_BYTES } from '../limits.js';
import { shareUrl } from '../links.js';
import { DownloadQuery, SharePath, StoredDetailQuery, ViewQuery } from '../schemas.js';
import type { ComparisonStore } from '../store.js';

/**
 * An error looking up the old text by symbol, said as being about the old text, in words for the
 * web (a new error: the lookup's own may be shared by other requests).
 */
/** An error looking up the old text by symbol, said as being about the old text. */
const aboutOldSymbol = (error: unknown, symbol: string, language: Language, offline: boolean): unknown =>
  aboutNamedText(error, `The old text, ${symbol} (${language})`, offline, "paste the resolution's text or upload its file", 'old');

export const TOO_LARGE_REQUEST = 'The request is over 5 MB: each text can be at most 2 MB.';

/** The form's text fields, read on the main thread: only when a job could not say them. */
async function valuesOf(body: ArrayBuffer, type: string): Promise<PasteValues> {
  try {
    return pasteValues(await readForm(body, type));
  } catch {
    return EMPTY_PASTE;
  }
}

export function shareRoutes({ service, store, redact }: { service: ComparisonService; store: ComparisonStore; redact: (message: string) => string }): Hono {
  const app = new Hono();

  /**
   * A body that cannot be read (over 5 MB, or not a well-formed form) cannot refill the form. With
   * htmx the notice goes into the form's error slot alone, so the texts stay where the user typed
   * them; without, the form comes back empty with the notice (the browser's Back button returns to
   * the filled-in form).
   */
  const unreadable = (c: Context, status: 400 | 413, title: string, message: string) => {
    if (isHtmx(c)) {
      c.header('HX-Retarget', '#paste-error');
      c.header('HX-Reswap', 'innerHTML');
      return c.html(
        <Notice kind="error" title={title}>
          {`${message} Nothing was compared; your texts are still in the form.`}
        </Notice>,
        status,
      );
    }
    c.status(status);
    const whatNow = status === 413 ? 'shorten them' : 'send them again';
    return c.render(<PastePage values={EMPTY_PASTE} error={{ title, message: `${message} Nothing was read, so the form cannot be filled in again: go back to your texts and ${whatNow}.` }} />);
  };

  const pasteLimit = limitBody({ maxSize: MAX_BODY_BYTES, onError: (c) => unreadable(c, 413, 'Too large', TOO_LARGE_REQUEST) });

  /** The form again, filled in as sent, with the problem above it (never a server path). */
  const formAgain = (c: Context, values: PasteValues, error: ResdiffError | HTTPException) => {
    const status = statusOf(error);
    const problem = { title: problemTitle(error, status), message: redact(error.message) };
    c.status(status);
    return isHtmx(c) ? c.html(<PasteForm values={values} error={problem} />) : c.render(<PastePage values={values} error={problem} />);
  };

  app.get('/paste', (c) => c.render(<PastePage values={EMPTY_PASTE} />));

  app.post('/paste', pasteLimit, async (c) => {
    const type = c.req.header('Content-Type') ?? '';
    const body = await c.req.arrayBuffer();
    let outcome: Submission;
    let values: PasteValues | undefined;
    try {
      // The form is read in the worker (a form of megabytes takes a while to read), which says its fields as soon as it has them.
      outcome = await service.jobs.run({ kind: 'submit', body, type }, (note) => (values = note.values));
      if (outcome.kind === 'symbol') {
        // The old text named by symbol: looked up here as /compare looks it up (corpus, cache, ODS), then the form is read again with it.
        const { symbol, language } = outcome;
        let text: string;
        try {
          text = (await service.document({ symbol, language })).text;
        } catch (error) {
          throw aboutOldSymbol(error, symbol, language, service.sources.offline);
        }
        outcome = await service.jobs.run({ kind: 'submit', body, type, old: { symbol, text } });
      }
    } catch (error) {
      // The job did not finish (over budget, or the server busy): the form is filled in again with the fields the worker
      // said, or, when it never got that far, with the fields read here.
      if (!isKnown(error) || statusOf(error) === 500) throw error;
      return formAgain(c, values ?? (await valuesOf(body, type)), error);
    }
    if (outcome.kind === 'refused') {
      const error = errorOf(outcome.error);
      // A bug is a bug (500, logged); everything we know to say goes back into the form, filled in.
      if (!isKnown(error) || statusOf(error) === 500) throw error;
      if (outcome.unreadable) return unreadable(c, 400, 'Unreadable form', error.message);
      return formAgain(c, outcome.values, error);
    }
    if (outcome.kind === 'symbol') throw new Error('the paste job asked for the old symbol twice');
    const { submitted, id } = outcome;
    try {
      store.save(submitted, id);
    } catch (error) {
      // The database is gone, full or read-only: say so, and keep what was typed (an upload's text in place of its file).
      const failure = storeFailure(error);
      if (!failure) throw error;
      return formAgain(c, outcome.values, failure);
    }
    if (isHtmx(c)) {
      c.header('HX-Redirect', shareUrl(id));
      return c.body(null, 204);
    }
    return c.redirect(shareUrl(id), 303);
  });

  /** A stored comparison's key, and its texts for a job (read only when a job needs them). */
  const stored = (id: string): { key: PairKey; texts: () => PairSpec } => {
    const key: PairKey = { kind: 'stored', id };
    return {
      key,
      texts: () => {
        const pair = store.get(id);
        if (!pair) throw new HTTPException(404, { message: 'There is no stored comparison with this link.' });
        return { kind: 'submitted', id: cacheKey.pair(key), pair };
      },
    };
  };

  app.get('/c/:id', zValidator('param', SharePath, badRequest), zValidator('query', ViewQuery, badRequest), async (c) => {
    const { id } = c.req.valid('param');
    const { view, show } = c.req.valid('query');
    const pair = stored(id);
    const fragment = isHtmx(c);
    const rendered = await service.render(pair.key, { kind: fragment ? 'fragment' : 'page', view, show, stamp: 0 }, () => ({
      kind: 'page',
      pair: pair.texts(),
      view,
      show,
      fragment,
      links: { kind: 'stored', id },
      share: shareUrl(id),
    }));
    return htmlResponse(c, rendered);
  });

  // One paragraph's detail, and a folded run of unchanged paragraphs: the part alone for htmx,
  // else the page with it open.
  for (const part of ['detail', 'run'] as const) {
    app.get(`/c/:id/${part}`, zValidator('param', SharePath, badRequest), zValidator('query', StoredDetailQuery, badRequest), async (c) => {
      const { id } = c.req.valid('param');
      const { view, show, p } = c.req.valid('query');
      const pair = stored(id);
      const fragment = isHtmx(c);
      const rendered = await service.render(pair.key, { kind: fragment ? part : `${part}-page`, view, show, anchor: p }, () => ({
        kind: part,
        pair: pair.texts(),
        view,
        show,
        fragment,
        anchor: p,
        links: { kind: 'stored', id },
        share: shareUrl(id),
      }));
      return htmlResponse(c, rendered);
    });
  }

  app.get('/c/:id/download', zValidator('param', SharePath, badRequest), zValidator('query', DownloadQuery, badRequest), async (c) => {
    const pair = stored(c.req.valid('param').id);
    const { format } = c.req.valid('query');
    const rendered = await service.render(pair.key, { kind: 'download', format }, () => ({ kind: 'download', pair: pair.texts(), format, date: new Date().toISOString() }));
    return downloadResponse(c, rendered, format);
  });

  // The amended draft of a comparison draft -> amended draft, as the plain text it was compared as.
  app.get('/c/:id/amended.txt', zValidator('param', SharePath, badRequest), (c) => {
    const pair = store.get(c.req.valid('param').id);
    if (!pair) throw new HTTPException(404, { message: 'There is no stored comparison with this link.' });
    if (!pair.amendments) throw new HTTPException(404, { message: 'This comparison is not of a draft with amendments applied: it has no amended text.' });
    return textDownload(c, pair.newText, pair.newLabel);
  });

  app.get('/c/:id/flow.svg', zValidator('param', SharePath, badRequest), async (c) => {
    const pair = stored(c.req.valid('param').id);
    return svgResponse(c, await service.render(pair.key, { kind: 'flow' }, () => ({ kind: 'flow', pair: pair.texts() })));
  });

  return app;
}
