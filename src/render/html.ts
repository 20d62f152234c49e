// Standalone HTML renderer: the report view from views/, with the stylesheet inlined.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportDocument } from '../../views/report.js';
import type { Insight } from '../insight/report.js';
import type { Comparison } from '../model/comparison.js';
import { packageRoot } from '../util/packageRoot.js';
import { amendmentLines } from './amendmentText.js';
import { renderFlowSvg } from './flow.js';
import type { Visibility } from './labels.js';

let css: string | undefined;

/** The shared stylesheet (views/styles.css), read once. */
export function stylesheet(): string {
  css ??= readFileSync(join(packageRoot(), 'views', 'styles.css'), 'utf8');
  return css;
}

export interface HtmlOptions {
  visibility: Visibility;
  generator: string;
  /** With insight: the full report (tone, flow diagram, amendments, then the diff). */
  insight?: Insight;
}

/** Renders a comparison as one self-contained HTML document. */
export function renderHtml(c: Comparison, opts: HtmlOptions): string {
  const insight = opts.insight && { ...opts.insight, amendmentLines: amendmentLines(opts.insight.amendments), flowSvg: renderFlowSvg(c) };
  const node = ReportDocument({ comparison: c, visibility: opts.visibility, css: stylesheet(), generator: opts.generator, ...(insight ? { insight } : {}) });
  return `<!doctype html>\n${String(node)}\n`;
}
