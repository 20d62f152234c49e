// Error page (full) and error fragment (htmx): one clear message, never a stack trace.
import type { FC } from 'hono/jsx';
import { Notice, type PageHead } from './layout.js';

export const ErrorFragment: FC<{ status: number; message: string }> = ({ status, message }) => (
  <section id="diff" class="error-fragment">
    <Notice kind="error" title={status === 404 ? 'Not found' : status >= 500 ? 'Something went wrong' : 'This request cannot be answered'}>
      {message}
    </Notice>
  </section>
);

/** The head of an error page. */
export const errorHead = (status: number): PageHead => ({ title: `Error ${status}` });

/** An error page's content, for c.render(…, errorHead(status)). */
export const ErrorPage: FC<{ status: number; message: string }> = ({ status, message }) => (
  <>
    <h1>{status === 404 ? 'Not found' : status >= 500 ? 'Something went wrong' : 'This request cannot be answered'}</h1>
    <Notice kind="error" title={`Error ${status}`}>
      {message}
    </Notice>
    <p>
      <a href="/">Back to the corpus</a> · <a href="/paste">Compare your own texts</a>
    </p>
  </>
);
