// The page shell of the web viewer: stylesheet and scripts from this server only (no CDN), as a
// component and as Hono's jsxRenderer middleware (c.render), every page in standards mode.
import type { Child, FC } from 'hono/jsx';
import { jsxRenderer } from 'hono/jsx-renderer';

/** What a page says about itself to the shell. */
export interface PageHead {
  title: string;
  wide?: boolean | undefined;
  /** Reload the page after this many seconds. */
  refreshSeconds?: number | undefined;
}

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, head?: PageHead): Response | Promise<Response>;
  }
}

/** Every page starts with it: without a doctype a browser renders in quirks mode. */
export const DOCTYPE = '<!doctype html>';

export const Layout: FC<PageHead & { children: Child }> = ({ title, children, wide, refreshSeconds }) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      {refreshSeconds ? <meta http-equiv="refresh" content={String(refreshSeconds)} /> : null}
      <meta name="htmx-config" content='{"includeIndicatorCSS": false, "defaultTimeout": 30000}' />
      <title>{title} · resdiff</title>
      <link rel="icon" href="data:," />
      <link rel="stylesheet" href="/static/app.css" />
      <script src="/static/htmx.min.js" defer></script>
      <script src="/static/app.js" defer></script>
    </head>
    <body>
      <a class="skip" href="#main">Skip to content</a>
      <header class="site">
        <nav>
          <a class="brand" href="/">resdiff</a>
          <a href="/corpus">Corpus</a>
          <a href="/paste">Compare your own texts</a>
          <a href="/compile">Compile proposals</a>
        </nav>
      </header>
      <main id="main" class={wide ? 'wide' : undefined}>
        {children}
      </main>
      <footer class="page">
        resdiff compares successive versions of UN resolutions paragraph by paragraph. Texts in the corpus are kept
        exactly as their sources gave them.
      </footer>
    </body>
  </html>
);

/**
 * The layout as middleware: `c.render(content, { title })` answers the content in the page shell,
 * after the doctype. A view that brings its own `<Layout>` (the paste and history pages) is
 * rendered with no head and passed through as it is.
 *
 * @example app.use('*', pageRenderer()); app.get('/corpus', (c) => c.render(<HomePage … />, { title: 'Corpus' }))
 */
export const pageRenderer = () =>
  jsxRenderer(({ children, title, wide, refreshSeconds }) => (title ? <Layout title={title} wide={wide} refreshSeconds={refreshSeconds}>{children}</Layout> : <>{children}</>), { docType: DOCTYPE });

/** A whole page rendered outside a request (in a worker thread): the same doctype. */
export function htmlDocument(page: Child): string {
  return `${DOCTYPE}${String(page)}`;
}

/** A message box for errors and notices, used in pages and fragments alike. */
export const Notice: FC<{ kind: 'error' | 'info'; title: string; children?: Child }> = ({ kind, title, children }) => (
  <div class={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
    <strong>{title}</strong>
    {children ? <div>{children}</div> : null}
  </div>
);
