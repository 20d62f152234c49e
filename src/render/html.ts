// Standalone HTML renderer: the report view from views/, with the stylesheet inlined.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportDocument } from '../../views/report.js';
import type { Comparison } from '../model/comparison.js';
import { packageRoot } from '../source/packageRoot.js';

let css: string | undefined;

/** The shared stylesheet (views/styles.css), read once. */
export function stylesheet(): string {
  css ??= readFileSync(join(packageRoot(), 'views', 'styles.css'), 'utf8');
  return css;
}

export interface HtmlOptions {
  onlyChanged: boolean;
  generator: string;
}

/** Renders a comparison as one self-contained HTML document. */
export function renderHtml(c: Comparison, opts: HtmlOptions): string {
  const node = ReportDocument({ comparison: c, onlyChanged: opts.onlyChanged, css: stylesheet(), generator: opts.generator });
  return `<!doctype html>\n${String(node)}\n`;
}
