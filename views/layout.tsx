// The page shell of the web viewer: stylesheet and scripts from this server only (no CDN).
import type { Child, FC } from 'hono/jsx';

export const Layout: FC<{ title: string; children: Child; wide?: boolean; refreshSeconds?: number }> = ({ title, children, wide, refreshSeconds }) => (
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

/** A message box for errors and notices, used in pages and fragments alike. */
export const Notice: FC<{ kind: 'error' | 'info'; title: string; children?: Child }> = ({ kind, title, children }) => (
  <div class={`notice notice--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
    <strong>{title}</strong>
    {children ? <div>{children}</div> : null}
  </div>
);
