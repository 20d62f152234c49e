// One comparison in any registered format: the single dispatch the CLI, the web downloads and the
// batch share. Heavy renderers (Word through `docx`, HTML through the views and Hono JSX) are
// imported only when asked for, so a terminal or JSON diff never loads them.
//
// Layer: render, the pipeline's last stage. Imports views/ (HTML), wording/, insight/ and model/;
// imported by batch/ and the front ends.
import { amendments } from '../insight/amendments.js';
import { insightOf } from '../insight/report.js';
import { amendmentListText } from '../wording/amendmentText.js';
import { languageNote } from '../wording/labels.js';
import { assertNever, type Comparison } from '../model/comparison.js';
import { packageVersion } from '../util/version.js';
import type { Visibility } from '../wording/labels.js';
import type { Format } from '../model/formats.js';
import { diffOutput, renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTerminal } from './terminal.js';

export interface RenderOptions {
  visibility: Visibility;
  /** The full report: tone, flow diagram and amendments before the diff (HTML, Markdown; Word always is one). */
  report: boolean;
  /** The terminal format's width and colour. */
  terminal?: { width: number; color: boolean };
  /** Word: the author and time of every tracked change. */
  author?: string;
  date?: Date;
}

/**
 * Renders a comparison in `format`: text, or bytes for Word.
 *
 * @example await renderAs('json', comparison, { visibility: 'all', report: false })
 */
export async function renderAs(format: Format, c: Comparison, opts: RenderOptions): Promise<string | Uint8Array> {
  const insight = opts.report ? insightOf(c) : undefined;
  switch (format) {
    case 'terminal':
      return renderTerminal(c, { width: opts.terminal?.width ?? 80, color: opts.terminal?.color ?? false, visibility: opts.visibility });
    case 'markdown':
      return renderMarkdown(c, { visibility: opts.visibility, ...(insight ? { insight } : {}) });
    case 'json':
      return renderJson(diffOutput(c));
    case 'amendments':
      // Amendments between two languages would quote words the other text never had.
      return c.languageMismatch ? `${languageNote(c)}\n` : amendmentListText(amendments(c));
    case 'html': {
      const { renderHtml } = await import('./html.js');
      return renderHtml(c, { visibility: opts.visibility, generator: `resdiff ${packageVersion()}`, ...(insight ? { insight } : {}) });
    }
    case 'docx': {
      const { renderDocx } = await import('./docx.js');
      return renderDocx(c, { author: opts.author ?? 'resdiff', date: opts.date ?? new Date() });
    }
    default:
      return assertNever(format);
  }
}
