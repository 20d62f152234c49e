// Plain-text tables for a terminal, fitted to a width in columns (CJK counts two): columns that
// may shrink wrap their cells; a table that cannot fit even so has its lines cut with "…".
import { charWidth, displayWidth } from '../text/width.js';
import { wrapText } from './terminal.js';

/** One column of a table. */
export interface TableColumn {
  header: string;
  /**
   * The narrowest this column may become when the table is wider than the line; its cells then
   * wrap. Without it the column keeps the width of its widest cell.
   */
  min?: number;
}

/** Columns are separated by this many spaces. */
const GAP = 2;

/** Cuts a line to `width` columns, ending it with "…" when something was cut. */
export function truncateLine(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** The narrowest any column becomes, on a line too narrow for the table's fixed columns. */
const LAST_RESORT = 4;

/**
 * The width of each column: the widest cell, narrowed (widest column first) until the table
 * fits: first the shrinkable columns down to their `min`, then, if that is not enough, every
 * column down to 4.
 */
function columnWidths(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number): number[] {
  const widths = columns.map((c, k) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[k] ?? ''))));
  let total = widths.reduce((a, b) => a + b, 0) + GAP * (columns.length - 1);
  const shrink = (floor: readonly number[]) => {
    while (total > width) {
      let widest = -1;
      for (let k = 0; k < widths.length; k++) if (widths[k]! > floor[k]! && (widest < 0 || widths[k]! > widths[widest]!)) widest = k;
      if (widest < 0) return;
      widths[widest]!--;
      total--;
    }
  };
  shrink(columns.map((c, k) => (c.min === undefined ? widths[k]! : Math.min(widths[k]!, Math.max(c.min, displayWidth(c.header))))));
  shrink(widths.map((w) => Math.min(w, LAST_RESORT)));
  return widths;
}

/**
 * Lays out a header and rows as columns two spaces apart, within `width` columns: shrinkable
 * columns (those with a `min`) wrap their cells over several lines, and on a very narrow line
 * the others too; a table that still does not fit has its lines cut with "…". No line has
 * trailing spaces.
 *
 * @example renderTable([{ header: 'SYMBOL' }, { header: 'TITLE', min: 12 }], [['A/RES/68/160', '增进人权领域的国际合作']], 80)
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number): string[] {
  return tableRows(columns, rows, width).flat();
}

/** True when the table fits in `width` with its shrinkable columns at most down to their `min`, and nothing else wrapped or cut. */
export function tableFits(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number): boolean {
  const floors = columns.map((c, k) => {
    const natural = Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[k] ?? '')));
    return c.min === undefined ? natural : Math.min(natural, Math.max(c.min, displayWidth(c.header)));
  });
  return floors.reduce((a, b) => a + b, 0) + GAP * (columns.length - 1) <= width;
}

/** As `renderTable`, the lines of each row apart: the header's first, then one entry a row. */
export function tableRows(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number): string[][] {
  const widths = columnWidths(columns, rows, width);
  const out: string[][] = [];
  for (const row of [columns.map((c) => c.header), ...rows]) {
    const lines: string[] = [];
    out.push(lines);
    const cells = widths.map((w, k) => {
      const text = row[k] ?? '';
      if (displayWidth(text) <= w) return [text];
      const lines = wrapText(text, w);
      return lines.length === 0 ? [''] : lines;
    });
    const height = Math.max(...cells.map((c) => c.length));
    for (let j = 0; j < height; j++) {
      const line = cells.map((c, k) => {
        const text = c[j] ?? '';
        return k === cells.length - 1 ? text : text + ' '.repeat(Math.max(0, widths[k]! - displayWidth(text)));
      });
      lines.push(truncateLine(line.join(' '.repeat(GAP)).trimEnd(), width));
    }
  }
  return out;
}
