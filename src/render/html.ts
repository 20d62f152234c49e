// Standalone HTML renderer: the report view from views/, with the views' stylesheet inlined.
import type { Insight } from '../insight/report.js';
import type { Comparison } from '../model/comparison.js';
import { stylesheet } from '../../views/assets.js';
import { ReportDocument } from '../../views/report.js';
import { amendmentLines } from '../wording/amendmentText.js';
import type { DocumentLabels, Visibility } from '../wording/labels.js';
import { renderFlowSvg } from './flow.js';

export interface HtmlOptions {
  visibility: Visibility;
  generator: string;
  /** The texts' names as a person gave them, for the title (else their symbols). */
  labels?: DocumentLabels;
  /** With insight: the full report (tone, flow diagram, amendments, then the diff). */
  insight?: Insight;
}

/** Renders a comparison as one self-contained HTML document. */
export function renderHtml(c: Comparison, opts: HtmlOptions): string {
  const insight = opts.insight && { ...opts.insight, amendmentLines: amendmentLines(opts.insight.amendments), flowSvg: renderFlowSvg(c) };
  const node = ReportDocument({ comparison: c, visibility: opts.visibility, css: stylesheet(), generator: opts.generator, ...(opts.labels ? { labels: opts.labels } : {}), ...(insight ? { insight } : {}) });
  return `<!doctype html>\n${String(node)}\n`;
}
