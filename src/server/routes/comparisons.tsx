// Comparisons of documents named by symbol: the home page, the corpus, /compare and its detail,
// download and diagram, and the history of three or more versions.
import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { loadCorpusIndex } from '../../source/corpus.js';
import { homeHead, HomePage, type HomeNotice } from '../../../views/home.js';
import type { ComparisonService } from '../comparisons.js';
import type { Headline } from '../headline.js';
import { badRequest, downloadResponse, htmlResponse, isHtmx, svgResponse } from '../http.js';
import { CompareQuery, CorpusPairQuery, DetailParam, DownloadQuery, HistoryQuery } from '../schemas.js';

const DEFAULT_OLD = 'A/RES/55/109';
const DEFAULT_NEW = 'A/RES/68/160';

export function comparisonRoutes({ service, headline, redact }: { service: ComparisonService; headline: Headline; redact: (message: string) => string }): Hono {
  const app = new Hono();

  // The main job: the headline comparison when this machine has it; else the corpus, saying why.
  app.get('/', (c) => {
    const status = headline.status();
    if (status.state === 'ready') return c.redirect(status.url, 302);
    const { pair } = headline;
    const notice: HomeNotice =
      status.state === 'fetching'
        ? { kind: 'info', title: `Fetching ${pair.old} from the UN`, message: `The comparison ${pair.old} → ${pair.new} (${pair.language}) opens here once ${pair.old} has arrived from the UN's Official Document System; this page reloads by itself. Meanwhile, the corpus and your own texts can be compared below.`, refreshSeconds: 5 }
        : { kind: 'info', title: status.state === 'offline' ? 'Offline' : `${pair.old} could not be fetched`, message: redact(status.message) };
    return c.render(<HomePage index={loadCorpusIndex()} defaultOld={DEFAULT_OLD} defaultNew={DEFAULT_NEW} notice={notice} />, homeHead(notice));
  });
  app.get('/corpus', (c) => c.render(<HomePage index={loadCorpusIndex()} defaultOld={DEFAULT_OLD} defaultNew={DEFAULT_NEW} />, homeHead()));

  // /compare?old=…&new=…&lang=…&view=side|inline&show=all|changed|substantive: the page, or its diff fragment for htmx.
  app.get('/compare', zValidator('query', CompareQuery, badRequest), async (c) => {
    const q = c.req.valid('query');
    const pair = service.documentPair(q.old, q.new, q.lang);
    const fragment = isHtmx(c);
    // The page links to the versions before and after that this machine has: rendered again when the fetch cache has changed.
    const stamp = service.localStamp();
    const rendered = await service.render(pair, { kind: fragment ? 'fragment' : 'page', view: q.view, show: q.show, stamp }, async () => ({
      kind: 'page',
      pair: await service.documentTexts(pair),
      view: q.view,
      show: q.show,
      fragment,
      links: { kind: 'corpus', old: q.old, new: q.new, lang: q.lang },
      neighbours: { cacheDir: service.sources.cacheDir, stamp },
    }));
    return htmlResponse(c, rendered);
  });

  // One paragraph's detail, and a folded run of unchanged paragraphs: the part alone for htmx,
  // else the page with it open.
  for (const part of ['detail', 'run'] as const) {
    app.get(`/compare/${part}`, zValidator('query', CompareQuery.extend({ p: DetailParam }), badRequest), async (c) => {
      const q = c.req.valid('query');
      const pair = service.documentPair(q.old, q.new, q.lang);
      const fragment = isHtmx(c);
      const rendered = await service.render(pair, { kind: fragment ? part : `${part}-page`, view: q.view, show: q.show, anchor: q.p }, async () => ({
        kind: part,
        pair: await service.documentTexts(pair),
        view: q.view,
        show: q.show,
        fragment,
        anchor: q.p,
        links: { kind: 'corpus', old: q.old, new: q.new, lang: q.lang },
      }));
      return htmlResponse(c, rendered);
    });
  }

  app.get('/compare/download', zValidator('query', CorpusPairQuery.extend(DownloadQuery.shape), badRequest), async (c) => {
    const q = c.req.valid('query');
    const pair = service.documentPair(q.old, q.new, q.lang);
    const rendered = await service.render(pair, { kind: 'download', format: q.format }, async () => ({
      kind: 'download',
      pair: await service.documentTexts(pair),
      format: q.format,
      date: new Date().toISOString(),
    }));
    return downloadResponse(c, rendered, q.format);
  });

  // The paragraph-flow diagram of a comparison, as an SVG image of its own.
  app.get('/compare/flow.svg', zValidator('query', CorpusPairQuery, badRequest), async (c) => {
    const q = c.req.valid('query');
    const pair = service.documentPair(q.old, q.new, q.lang);
    return svgResponse(c, await service.render(pair, { kind: 'flow' }, async () => ({ kind: 'flow', pair: await service.documentTexts(pair) })));
  });

  // The life of each paragraph over three or more versions: /history?v=…&v=…&v=… (or versions=…)
  app.get('/history', zValidator('query', HistoryQuery, badRequest), async (c) => {
    const q = c.req.valid('query');
    const documents = [];
    for (const symbol of q.versions) {
      documents.push(await service.document({ symbol, language: service.languageOf(symbol, q.lang, q.versions.find((s) => s !== symbol)) }));
    }
    const rendered = await service.jobs.run({ kind: 'history', documents, labels: q.versions, versions: q.versions, lang: q.lang });
    return c.body(rendered.body, 200, { 'Content-Type': 'text/html; charset=UTF-8' });
  });

  return app;
}
