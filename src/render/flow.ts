// The paragraph flow diagram: a server-side SVG with the old paragraphs on the left, the new
// ones on the right, and a line for every paragraph found in both versions.
//
// Layout
// ------
// Each column is the document's own paragraph list, in reading order (the comparison carries it):
// every change with an `old` ref gives a box on the left, every change with a `new` ref a box on
// the right.
//
// The two columns share one grid of rows, aligned like a side-by-side diff, section by section
// (a header row, "Preambular paragraphs" / "Operative paragraphs", opens each section):
// - Anchors are the in-order matches (unchanged and modified whose two paragraphs sit in the same
//   section), reduced to their longest chain that is increasing on both sides (the engine already
//   gives such a chain; the reduction only guards the layout). Each anchor gets a row of its own,
//   so its line is horizontal.
// - Between two anchors, the paragraphs of each side that are not anchors (removed and moved-away
//   on the left; added and moved-here on the right) fill as many rows as the longer side needs,
//   paired top to bottom. A removed and an added paragraph may share a row: no line joins them.
// - Moved paragraphs (and any match left out of the chain) are joined by a curve across rows,
//   drawn dashed (moved) in purple.
// Line style carries the kind as well as colour: unchanged thin solid grey, modified thick solid
// amber, moved thick dashed purple. Added (blue) and removed (vermillion) boxes have no line and a
// small "added" / "removed" word beside them.
//
// Clustering
// ----------
// When the grid has more rows than `maxRows` (default 150), runs of consecutive anchor rows that
// are unchanged (consecutive rows of anchors: nothing between them on either side, so both sides
// are consecutive paragraphs) fold into one band row: a taller box on each side, "PP3–PP40" over
// "38 unchanged", joined by one thick grey band. First every run of at least 3 folds, leaving
// runs of 1–2 unchanged paragraphs as context next to changes; if the grid is still too tall,
// runs of 2 fold too. Nothing else folds: every modified, moved, added or removed paragraph keeps
// its own box, so a comparison with more than ~maxRows changes stays taller than maxRows.
// A 1,000-paragraph comparison with a few dozen edits comes out at a few dozen to a few hundred rows.
// Rows count paragraph and band rows; the (at most two) section headings are extra. The count is
// written on the root as data-rows.
//
// Output: one standalone <svg> string, with xmlns, viewBox, role="img", an aria-label with the
// counts and a <title>; presentation attributes only (no <style>, no style="": the viewer's CSP
// forbids inline styles), no script, no ids, no external references; every text escaped.
// Deterministic: the same comparison gives the same string.
//
// Hover text: a box's title names the change and quotes the opening words of its paragraph as that
// side writes them; a line's title names the lead-verb change. Words of a right-to-left text
// (Arabic) stand in a first-strong isolate (U+2068 … U+2069), as in the terminal: a tooltip is one
// left-to-right line, and without it "تهيب → تحث" or "PP1: … تؤكد 51/100" would be reordered.
import { sideText, type Change, type Comparison, type ParagraphRef } from '../model/comparison.js';
import type { Section } from '../model/resolution.js';
import { longestIncreasing } from '../align/sequence.js';
import { isolateRtl } from '../text/bidi.js';
import { changeHeadline, changeLabel, documentName, leadVerbLine, refLabel, SECTION_TITLES, summaryCounts } from '../wording/labels.js';

export interface FlowOptions {
  /** Above this many rows, runs of unchanged paragraphs fold into bands. Default 150. */
  maxRows?: number;
}

export const DEFAULT_FLOW_MAX_ROWS = 150;

// ---------- Geometry (px) ----------
const WIDTH = 560;
const MARGIN = 12;
const BOX_W = 116;
const ROW_H = 20;
const BOX_H = 16;
const BAND_ROW_H = 34;
const BAND_BOX_H = 30;
const HEADER_ROW_H = 24;
const LEFT_X = MARGIN;
const RIGHT_X = WIDTH - MARGIN - BOX_W;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

// ---------- Palette (views/styles.css) ----------
type BoxKind = Change['kind'] | 'band';
const BOX_STYLE: Record<BoxKind, { fill: string; stroke: string; text: string }> = {
  unchanged: { fill: '#f6f8fa', stroke: '#d0d7de', text: '#57606a' },
  modified: { fill: '#fbefc9', stroke: '#bf8700', text: '#1b1f24' },
  moved: { fill: '#ece3f7', stroke: '#6a3d9a', text: '#1b1f24' },
  added: { fill: '#dcecfb', stroke: '#00497e', text: '#00497e' },
  removed: { fill: '#fde4d3', stroke: '#8f3500', text: '#8f3500' },
  band: { fill: '#eaeef2', stroke: '#afb8c1', text: '#57606a' },
};
type LineKind = 'unchanged' | 'modified' | 'moved';
const LINE_STYLE: Record<LineKind, { stroke: string; width: number; dash: string | null }> = {
  unchanged: { stroke: '#bcc4cc', width: 1, dash: null },
  modified: { stroke: '#bf8700', width: 2, dash: null },
  moved: { stroke: '#6a3d9a', width: 2, dash: '6 4' },
};
const BAND_FILL = '#d8dee4';

// ---------- Escaping and numbers ----------
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML content and double-quoted attributes; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** Coordinates with at most one decimal, so the output is stable and short. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

// ---------- Rows ----------
type Cell = { kind: 'para'; change: Change } | { kind: 'band'; changes: Change[] };

interface Row {
  type: 'para' | 'band' | 'header';
  left: Cell | null;
  right: Cell | null;
  /** Header rows only. */
  section?: Section;
}

const SECTIONS: readonly Section[] = ['preamble', 'operative'];

/** The changes of one side in that document's reading order. */
function sideOrder(c: Comparison, side: 'old' | 'new'): Change[] {
  const at = new Map(c[side].paragraphs.map((p, k) => [p.id, k]));
  const indexed = c.changes.map((change, index) => ({ change, index })).filter((x) => x.change[side] !== null);
  indexed.sort((a, b) => (at.get(a.change[side]!.id) ?? Number.MAX_SAFE_INTEGER) - (at.get(b.change[side]!.id) ?? Number.MAX_SAFE_INTEGER) || a.index - b.index);
  return indexed.map((x) => x.change);
}

/** The longest chain of candidates increasing on both sides (candidates come in left order). */
function longestChain(candidates: readonly Change[], rightPos: ReadonlyMap<Change, number>): Set<Change> {
  const pairs = candidates.map((c, i) => ({ i, j: rightPos.get(c)! }));
  return new Set(longestIncreasing(pairs, rightPos.size).map((p) => candidates[p.i]!));
}

/** The aligned grid of one section, before any folding. */
function sectionRows(left: readonly Change[], right: readonly Change[], section: Section): Row[] {
  const rightPos = new Map<Change, number>();
  right.forEach((c, k) => rightPos.set(c, k));
  const candidates = left.filter(
    (c) => (c.kind === 'unchanged' || c.kind === 'modified') && c.new!.section === section && rightPos.has(c),
  );
  const anchors = longestChain(candidates, rightPos);
  const rows: Row[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    const gapLeft: Change[] = [];
    const gapRight: Change[] = [];
    while (i < left.length && !anchors.has(left[i]!)) gapLeft.push(left[i++]!);
    while (j < right.length && !anchors.has(right[j]!)) gapRight.push(right[j++]!);
    for (let k = 0; k < Math.max(gapLeft.length, gapRight.length); k++) {
      const l = gapLeft[k];
      const r = gapRight[k];
      rows.push({ type: 'para', left: l ? { kind: 'para', change: l } : null, right: r ? { kind: 'para', change: r } : null });
    }
    if (i < left.length && j < right.length) {
      // Both point at the same anchor: anchors are in the same order on both sides.
      const a = left[i++]!;
      j++;
      rows.push({ type: 'para', left: { kind: 'para', change: a }, right: { kind: 'para', change: a } });
    }
  }
  return rows;
}

function isFoldable(row: Row): boolean {
  return (
    row.type === 'para' &&
    row.left?.kind === 'para' &&
    row.right?.kind === 'para' &&
    row.left.change === row.right.change &&
    row.left.change.kind === 'unchanged'
  );
}

/** Folds every run of at least `minRun` consecutive unchanged anchor rows into one band row. */
function fold(rows: readonly Row[], minRun: number, anchorRows: ReadonlySet<Row>): Row[] {
  const out: Row[] = [];
  let k = 0;
  while (k < rows.length) {
    let end = k;
    while (end < rows.length && anchorRows.has(rows[end]!)) end++;
    if (end - k >= minRun) {
      const changes = rows.slice(k, end).map((r) => (r.left as { change: Change }).change);
      out.push({ type: 'band', left: { kind: 'band', changes }, right: { kind: 'band', changes } });
      k = end;
    } else if (end > k) {
      out.push(...rows.slice(k, end));
      k = end;
    } else out.push(rows[k++]!);
  }
  return out;
}

function buildRows(c: Comparison, maxRows: number): { rows: Row[]; folded: boolean } {
  const left = sideOrder(c, 'old');
  const right = sideOrder(c, 'new');
  let rows: Row[] = [];
  for (const section of SECTIONS) {
    const l = left.filter((x) => x.old!.section === section);
    const r = right.filter((x) => x.new!.section === section);
    if (l.length === 0 && r.length === 0) continue;
    rows.push({ type: 'header', left: null, right: null, section });
    rows.push(...sectionRows(l, r, section));
  }
  const body = (rs: readonly Row[]) => rs.filter((r) => r.type !== 'header').length;
  if (body(rows) <= maxRows) return { rows, folded: false };
  const foldable = new Set(rows.filter(isFoldable));
  for (const minRun of [3, 2]) {
    const next = fold(rows, minRun, foldable);
    rows = next;
    if (body(rows) <= maxRows) break;
  }
  return { rows, folded: rows.some((r) => r.type === 'band') };
}

// ---------- Drawing ----------
function rowHeight(row: Row): number {
  return row.type === 'band' ? BAND_ROW_H : row.type === 'header' ? HEADER_ROW_H : ROW_H;
}

function changeTitle(change: Change): string {
  return `${changeLabel(change)}: ${changeHeadline(change)}`;
}

/** At most this many characters of a paragraph's opening words in a box's title. */
const SNIPPET_CHARS = 60;

/**
 * The opening words of one side's paragraph, cut at a space before SNIPPET_CHARS with "…", in a
 * first-strong isolate when they hold right-to-left letters (the ellipsis inside it, at their end).
 */
export function snippetOf(change: Change, side: 'old' | 'new'): string {
  const text = sideText(change.segments, side).trim();
  if (text.length <= SNIPPET_CHARS) return isolateRtl(text);
  const cut = text.lastIndexOf(' ', SNIPPET_CHARS);
  return isolateRtl(`${text.slice(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS)}…`);
}

/** A box's title: the change, then its paragraph's opening words on that side. */
function boxTitle(change: Change, side: 'old' | 'new'): string {
  return `${changeTitle(change)}\n${snippetOf(change, side)}`;
}

/** A line's title: the change, and its lead-verb change with each verb isolated. */
function lineTitle(change: Change, c: Comparison): string {
  const verbs = leadVerbLine(change, '→', c.new.language);
  return verbs ? `${changeTitle(change)}\n${verbs}` : changeTitle(change);
}

function rangeLabel(refs: readonly ParagraphRef[]): string {
  const first = refLabel(refs[0]!);
  const last = refLabel(refs[refs.length - 1]!);
  return refs.length === 1 ? first : `${first}–${last}`;
}

function bandTitle(changes: readonly Change[]): string {
  const olds = rangeLabel(changes.map((x) => x.old!));
  const news = rangeLabel(changes.map((x) => x.new!));
  const renumbered = changes.filter((x) => x.renumbered).length;
  const range = olds === news ? news : `${olds} → ${news}`;
  return `${range} · ${changes.length} unchanged${renumbered ? ` (${renumbered} renumbered)` : ''}`;
}

function titleEl(text: string): string {
  return `<title>${escapeXml(text)}</title>`;
}

function textEl(x: number, y: number, text: string, attrs: string): string {
  return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${escapeXml(text)}</text>`;
}

function boxEl(x: number, yMid: number, h: number, kind: BoxKind, side: 'old' | 'new', lines: string[], title: string): string {
  const s = BOX_STYLE[kind];
  const y = yMid - h / 2;
  const cls = `flow-box flow-box--${kind} flow-box--${side}`;
  let text = '';
  const lineGap = 13;
  const firstBaseline = yMid + 4 - ((lines.length - 1) * lineGap) / 2;
  lines.forEach((line, k) => {
    // A label too long for the box (only odd ids get there) is squeezed to fit; its title has it whole.
    const room = BOX_W - 8;
    const squeeze = estimateWidth(line) > room ? ` textLength="${room}" lengthAdjust="spacingAndGlyphs"` : '';
    text += textEl(x + BOX_W / 2, firstBaseline + k * lineGap, line, `text-anchor="middle" fill="${s.text}"${squeeze}`);
  });
  return (
    `<g class="${cls}">${titleEl(title)}` +
    `<rect class="${cls}" x="${n(x)}" y="${n(y)}" width="${BOX_W}" height="${n(h)}" rx="3" fill="${s.fill}" stroke="${s.stroke}"/>` +
    `${text}</g>`
  );
}

/** A generous estimate of a label's width at 11px: digits and Latin capitals ~7px, wide characters 11px. */
function estimateWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! > 0x2e80 ? 11 : 7;
  return w;
}

function curve(x1: number, y1: number, x2: number, y2: number): string {
  if (y1 === y2) return `M${n(x1)} ${n(y1)}H${n(x2)}`;
  const mid = (x1 + x2) / 2;
  return `M${n(x1)} ${n(y1)}C${n(mid)} ${n(y1)} ${n(mid)} ${n(y2)} ${n(x2)} ${n(y2)}`;
}

function lineEl(kind: LineKind, d: string, title: string | null): string {
  const s = LINE_STYLE[kind];
  const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
  const attrs = `d="${d}" fill="none" stroke="${s.stroke}" stroke-width="${s.width}"${dash}`;
  // Legend samples (no title) carry their own class, so `flow-line` counts the diagram's lines only.
  if (title === null) return `<path class="flow-legend-line flow-legend-line--${kind}" ${attrs}/>`;
  return `<path class="flow-line flow-line--${kind}" ${attrs}>${titleEl(title)}</path>`;
}

function legend(y: number, folded: boolean): { svg: string; height: number } {
  const items: string[] = [];
  const lineItems: [LineKind, string][] = [
    ['unchanged', 'unchanged'],
    ['modified', 'modified'],
    ['moved', 'moved'],
  ];
  let x = MARGIN;
  const y1 = y + 8;
  for (const [kind, label] of lineItems) {
    items.push(lineEl(kind, `M${n(x)} ${n(y1)}H${n(x + 28)}`, null));
    items.push(textEl(x + 34, y1 + 4, label, 'fill="#1b1f24"'));
    x += 116;
  }
  const y2 = y + 28;
  x = MARGIN;
  const boxItems: [BoxKind, string][] = [
    ['added', 'added (new text only)'],
    ['removed', 'removed (old text only)'],
  ];
  for (const [kind, label] of boxItems) {
    const s = BOX_STYLE[kind];
    items.push(`<rect x="${n(x)}" y="${n(y2 - 6)}" width="28" height="12" rx="2" fill="${s.fill}" stroke="${s.stroke}"/>`);
    items.push(textEl(x + 34, y2 + 4, label, 'fill="#1b1f24"'));
    x += 174;
  }
  if (folded) {
    items.push(`<rect x="${n(x)}" y="${n(y2 - 5)}" width="28" height="10" fill="${BAND_FILL}"/>`);
    items.push(textEl(x + 34, y2 + 4, 'run of unchanged', 'fill="#1b1f24"'));
  }
  return { svg: `<g class="flow-legend" font-size="11">${items.join('')}</g>`, height: 42 };
}

/**
 * Renders the paragraph flow diagram of a comparison as one standalone SVG element.
 *
 * @example renderFlowSvg(compareResolutions(a, b)).startsWith('<svg') // true
 */
export function renderFlowSvg(c: Comparison, opts: FlowOptions = {}): string {
  const requested = opts.maxRows;
  const maxRows =
    typeof requested === 'number' && Number.isFinite(requested) ? Math.max(1, Math.floor(requested)) : DEFAULT_FLOW_MAX_ROWS;
  const { rows, folded } = buildRows(c, maxRows);
  const counts = summaryCounts(c.summary);
  const heading = `Paragraph flow: ${documentName(c.old)} to ${documentName(c.new)}`;

  const parts: string[] = [];
  let y = MARGIN;
  const lg = legend(y, folded);
  parts.push(lg.svg);
  y += lg.height;

  // Column headings: which document each side is.
  parts.push(
    `<g class="flow-columns" font-size="12" font-weight="600" fill="#1b1f24">` +
      textEl(LEFT_X, y + 12, `Old: ${c.old.symbol ?? 'untitled'}`, 'text-anchor="start"') +
      textEl(RIGHT_X + BOX_W, y + 12, `New: ${c.new.symbol ?? 'untitled'}`, 'text-anchor="end"') +
      `</g>`,
  );
  y += 22;

  // Lay out the rows: where each change's box sits on each side.
  const leftAt = new Map<Change, number>();
  const rightAt = new Map<Change, number>();
  const boxes: string[] = [];
  const bands: string[] = [];
  const notes: string[] = [];
  const headings: string[] = [];
  for (const row of rows) {
    const h = rowHeight(row);
    const mid = y + h / 2;
    if (row.type === 'header') {
      headings.push(
        `<g class="flow-section">` +
          `<path d="M${MARGIN} ${n(y + h - 3)}H${WIDTH - MARGIN}" stroke="#d0d7de" stroke-width="1"/>` +
          textEl(WIDTH / 2, y + h - 8, SECTION_TITLES[row.section!], 'text-anchor="middle" font-size="11" font-weight="600" fill="#57606a" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"') +
          `</g>`,
      );
    } else if (row.type === 'band') {
      const changes = (row.left as { changes: Change[] }).changes;
      const title = bandTitle(changes);
      const label = `${changes.length} unchanged`;
      boxes.push(boxEl(LEFT_X, mid, BAND_BOX_H, 'band', 'old', [rangeLabel(changes.map((x) => x.old!)), label], title));
      boxes.push(boxEl(RIGHT_X, mid, BAND_BOX_H, 'band', 'new', [rangeLabel(changes.map((x) => x.new!)), label], title));
      const thick = Math.min(BAND_BOX_H - 8, 6 + 2 * Math.log2(changes.length));
      bands.push(
        `<path class="flow-band" d="M${n(LEFT_X + BOX_W)} ${n(mid)}H${n(RIGHT_X)}" stroke="${BAND_FILL}" stroke-width="${n(thick)}" fill="none">${titleEl(title)}</path>`,
      );
    } else {
      for (const [cell, side] of [
        [row.left, 'old'],
        [row.right, 'new'],
      ] as const) {
        if (cell?.kind !== 'para') continue;
        const ch = cell.change;
        const ref = side === 'old' ? ch.old! : ch.new!;
        const x = side === 'old' ? LEFT_X : RIGHT_X;
        boxes.push(boxEl(x, mid, BOX_H, ch.kind, side, [refLabel(ref)], boxTitle(ch, side)));
        (side === 'old' ? leftAt : rightAt).set(ch, mid);
        if (ch.kind === 'removed') notes.push(textEl(LEFT_X + BOX_W + 6, mid + 4, 'removed', `fill="${BOX_STYLE.removed.text}" font-style="italic"`));
        if (ch.kind === 'added') notes.push(textEl(RIGHT_X - 6, mid + 4, 'added', `text-anchor="end" fill="${BOX_STYLE.added.text}" font-style="italic"`));
      }
    }
    y += h;
  }
  if (rows.length === 0) {
    parts.push(textEl(WIDTH / 2, y + 14, 'No paragraphs to show.', 'text-anchor="middle" font-size="12" fill="#57606a"'));
    y += 24;
  }

  // Lines: unchanged first, so coloured lines are drawn over the grey ones; changes in list order.
  const lines: string[] = [];
  for (const kind of ['unchanged', 'modified', 'moved'] as const) {
    for (const ch of c.changes) {
      if (ch.kind !== kind) continue;
      const y1 = leftAt.get(ch);
      const y2 = rightAt.get(ch);
      if (y1 === undefined || y2 === undefined) continue;
      lines.push(lineEl(kind, curve(LEFT_X + BOX_W, y1, RIGHT_X, y2), lineTitle(ch, c)));
    }
  }

  const height = Math.ceil(y + MARGIN);
  const bodyRows = rows.filter((r) => r.type !== 'header').length;
  const label = `${heading}. ${counts}.${folded ? ' Runs of unchanged paragraphs are grouped.' : ''}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="flow" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ` +
    `role="img" aria-label="${escapeXml(label)}" data-rows="${bodyRows}" font-family="${escapeXml(FONT)}" font-size="11">` +
    titleEl(`${heading} (${counts})`) +
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>` +
    parts.join('') +
    `<g class="flow-bands">${bands.join('')}</g>` +
    `<g class="flow-lines">${lines.join('')}</g>` +
    `<g class="flow-sections">${headings.join('')}</g>` +
    `<g class="flow-notes" font-size="10">${notes.join('')}</g>` +
    `<g class="flow-boxes">${boxes.join('')}</g>` +
    `</svg>`
  );
}
