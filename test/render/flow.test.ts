// The paragraph flow SVG: well-formed, one box per paragraph, one line per match, safe, and
// folded into bands when the comparison is large.
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import type { Change, Comparison, ParagraphRef } from '../../src/model/comparison.js';
import { renderFlowSvg } from '../../src/render/flow.js';
import { refLabel } from '../../src/wording/labels.js';
import { makeResolution, REAL_TEXTS } from '../helpers/arbitraries.js';
import { compareCorpusPair } from '../helpers/corpus.js';

// ---------- A small, strict XML parser (the subset the renderer may emit) ----------
// Elements, attributes in double or single quotes, text, the five predefined entities and
// numeric character references. Anything else (comments, CDATA, processing instructions,
// doctype, a raw `<` or `&` in text or attributes, unbalanced or crossed tags, duplicate
// attributes, text or a second element outside the root) throws.
interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its descendants'), entities decoded. */
  text: string;
}

const NAME = /[A-Za-z_:][\w:.-]*/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`raw "<" near ${where}`);
  return raw.replace(/&([^;]*);|&/g, (all, body: string | undefined) => {
    if (body === undefined) throw new Error(`bare "&" near ${where}`);
    if (body in ENTITIES) return ENTITIES[body]!;
    const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (!m) throw new Error(`unknown entity &${body}; near ${where}`);
    return String.fromCodePoint(m[1] ? parseInt(m[1], 16) : Number(m[2]));
  });
}

function parseXml(src: string): XmlElement {
  let pos = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const readName = (): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(src);
    if (!m) throw new Error(`expected a name at ${pos}`);
    pos += m[0].length;
    return m[0];
  };
  const skipSpace = () => {
    while (pos < src.length && /\s/.test(src[pos]!)) pos++;
  };
  while (pos < src.length) {
    const lt = src.indexOf('<', pos);
    const textEnd = lt === -1 ? src.length : lt;
    const text = decodeEntities(src.slice(pos, textEnd), pos);
    if (text.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) {
        if (text.trim() !== '') throw new Error(`text outside the root at ${pos}`);
      } else top.text += text;
    }
    pos = textEnd;
    if (pos >= src.length) break;
    pos++; // '<'
    if (src[pos] === '/') {
      pos++;
      const name = readName();
      skipSpace();
      if (src[pos] !== '>') throw new Error(`expected ">" at ${pos}`);
      pos++;
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}> at ${pos}`);
      continue;
    }
    if (src[pos] === '!' || src[pos] === '?') throw new Error(`comment, CDATA or instruction at ${pos}`);
    const el: XmlElement = { name: readName(), attrs: {}, children: [], text: '' };
    for (;;) {
      const before = pos;
      skipSpace();
      if (src.startsWith('/>', pos) || src[pos] === '>') break;
      if (pos === before) throw new Error(`expected white space before an attribute at ${pos}`);
      const attr = readName();
      if (attr in el.attrs) throw new Error(`duplicate attribute ${attr} at ${pos}`);
      skipSpace();
      if (src[pos] !== '=') throw new Error(`expected "=" at ${pos}`);
      pos++;
      skipSpace();
      const quote = src[pos];
      if (quote !== '"' && quote !== "'") throw new Error(`unquoted attribute at ${pos}`);
      const close = src.indexOf(quote, pos + 1);
      if (close === -1) throw new Error(`unterminated attribute at ${pos}`);
      el.attrs[attr] = decodeEntities(src.slice(pos + 1, close), pos);
      pos = close + 1;
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else if (root) throw new Error(`second root element at ${pos}`);
    else root = el;
    if (src.startsWith('/>', pos)) pos += 2;
    else {
      pos++;
      stack.push(el);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

function walk(el: XmlElement, visit: (el: XmlElement, parent: XmlElement | null) => void, parent: XmlElement | null = null): void {
  visit(el, parent);
  for (const child of el.children) walk(child, visit, el);
}

function hasClass(el: XmlElement, cls: string): boolean {
  return (el.attrs.class ?? '').split(/\s+/).includes(cls);
}

interface Drawn {
  root: XmlElement;
  /** Box <rect>s with the text and title of their group. */
  boxes: { kind: string; side: 'old' | 'new'; labels: string[]; title: string; y: number }[];
  lines: { kind: string; title: string; dash: string | undefined; d: string }[];
  bands: XmlElement[];
}

function draw(svg: string): Drawn {
  const root = parseXml(svg);
  const boxes: Drawn['boxes'] = [];
  const lines: Drawn['lines'] = [];
  const bands: XmlElement[] = [];
  walk(root, (el) => {
    if (el.name === 'g' && hasClass(el, 'flow-box')) {
      const rect = el.children.find((x) => x.name === 'rect')!;
      const cls = el.attrs.class!;
      boxes.push({
        kind: /flow-box--(unchanged|modified|moved|added|removed|band)/.exec(cls)![1]!,
        side: hasClass(el, 'flow-box--old') ? 'old' : 'new',
        labels: el.children.filter((x) => x.name === 'text').map((x) => x.text),
        title: el.children.find((x) => x.name === 'title')?.text ?? '',
        y: Number(rect.attrs.y),
      });
    }
    if (el.name === 'path' && hasClass(el, 'flow-line')) {
      lines.push({
        kind: /flow-line--(\w+)/.exec(el.attrs.class!)![1]!,
        title: el.children.find((x) => x.name === 'title')?.text ?? '',
        dash: el.attrs['stroke-dasharray'],
        d: el.attrs.d!,
      });
    }
    if (hasClass(el, 'flow-band')) bands.push(el);
  });
  return { root, boxes, lines, bands };
}

/** Checks that hold for every diagram: a safe, self-contained, accessible SVG. */
function expectSafeSvg(svg: string): Drawn {
  const drawn = draw(svg);
  const { root } = drawn;
  expect(root.name).toBe('svg');
  expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
  expect(root.attrs.viewBox).toMatch(/^0 0 \d+ \d+$/);
  expect(root.attrs.role).toBe('img');
  expect(root.attrs['aria-label']).toMatch(/\d+ unchanged, \d+ modified, \d+ added, \d+ removed, \d+ moved/);
  expect(root.children[0]!.name).toBe('title');
  const width = Number(root.attrs.viewBox!.split(' ')[2]);
  expect(width).toBeGreaterThanOrEqual(480);
  expect(width).toBeLessThanOrEqual(640);
  expect(svg).not.toMatch(/<script|<foreignObject|<image|<use|<a[\s>]|<style|javascript:|url\(|@import/i);
  walk(root, (el) => {
    for (const attr of Object.keys(el.attrs)) {
      expect(attr).not.toMatch(/^on/i);
      expect(attr).not.toMatch(/^(style|href|xlink:href|src)$/i);
    }
  });
  // Every box and line has hover text.
  for (const b of drawn.boxes) expect(b.title).not.toBe('');
  for (const l of drawn.lines) expect(l.title).not.toBe('');
  return drawn;
}

const sectionRank = (r: ParagraphRef) => (r.section === 'preamble' ? 0 : 1);
const idRank = (r: ParagraphRef) => Number(/\d+$/.exec(r.id)![0]);
function inDocumentOrder(refs: ParagraphRef[]): ParagraphRef[] {
  return [...refs].sort((a, b) => sectionRank(a) - sectionRank(b) || idRank(a) - idRank(b));
}
const isMatch = (c: Change) => c.old !== null && c.new !== null;

/** One box per paragraph on each side, in document order; one line per match. */
function expectOneBoxPerParagraph(c: Comparison, drawn: Drawn): void {
  const olds = inDocumentOrder(c.changes.flatMap((x) => (x.old ? [x.old] : [])));
  const news = inDocumentOrder(c.changes.flatMap((x) => (x.new ? [x.new] : [])));
  const oldBoxes = drawn.boxes.filter((b) => b.side === 'old').sort((a, b) => a.y - b.y);
  const newBoxes = drawn.boxes.filter((b) => b.side === 'new').sort((a, b) => a.y - b.y);
  expect(oldBoxes.map((b) => b.labels.join(' '))).toEqual(olds.map(refLabel));
  expect(newBoxes.map((b) => b.labels.join(' '))).toEqual(news.map(refLabel));
  expect(drawn.lines).toHaveLength(c.changes.filter(isMatch).length);
  expect(drawn.bands).toHaveLength(0);
}

/** A zh paragraph made unique by a document reference. */
function unique(k: number): string {
  const pool = REAL_TEXTS.zh;
  return `${pool[k % pool.length]!}，见第A/${1000 + k}号文件，`;
}

/** ~n paragraphs a side, mostly unchanged, with a few paragraphs edited, dropped, added and moved. */
function largeComparison(preamble: number, operative: number): Comparison {
  const pre = Array.from({ length: preamble }, (_, k) => unique(k));
  const op = Array.from({ length: operative }, (_, k) => unique(preamble + k));
  const newPre = [...pre];
  const newOp = [...op];
  for (const k of [40, 300, 610]) if (k < newOp.length) newOp[k] = `${newOp[k]!}并进一步强调`;
  newPre[7] = `${newPre[7]!}又`;
  for (const k of [500, 200]) if (k < newOp.length) newOp.splice(k, 1);
  for (const k of [100, 400, 800]) if (k < newOp.length) newOp.splice(k, 0, `新增段落，见第B/${k}号文件，`);
  const [moved] = newOp.splice(Math.floor(newOp.length / 4), 1);
  newOp.splice(Math.floor(newOp.length * 0.75), 0, moved!);
  const [movedPre] = newPre.splice(2, 1);
  newPre.splice(newPre.length - 3, 0, movedPre!);
  return compareResolutions(makeResolution('zh', pre, op), makeResolution('zh', newPre, newOp));
}

describe('renderFlowSvg', () => {
  it('draws 55/109 -> 68/160: one box per paragraph a side, one line per match, none for added and removed', () => {
    const c = compareCorpusPair('A-RES-55-109.zh.txt', 'A-RES-68-160.zh.txt');
    const svg = renderFlowSvg(c);
    const drawn = expectSafeSvg(svg);
    expectOneBoxPerParagraph(c, drawn);
    expect(drawn.boxes.filter((b) => b.kind === 'added')).toHaveLength(c.summary.added);
    expect(drawn.boxes.filter((b) => b.kind === 'added').every((b) => b.side === 'new')).toBe(true);
    expect(drawn.boxes.filter((b) => b.kind === 'removed')).toHaveLength(c.summary.removed);
    expect(drawn.boxes.filter((b) => b.kind === 'removed').every((b) => b.side === 'old')).toBe(true);
    expect(drawn.lines.filter((l) => l.kind === 'modified')).toHaveLength(c.summary.modified);
    // No line is titled after an added or removed paragraph.
    for (const l of drawn.lines) expect(l.title).not.toMatch(/\((new|old)\)|: (added|removed)$/);
    expect(drawn.root.attrs['aria-label']).toContain('A/RES/55/109');
    expect(drawn.root.attrs['aria-label']).toContain(`${c.summary.added} added`);
    // Hover text names the paragraph as the other renderers do.
    // (its first line; the second quotes the paragraph's opening words).
    expect(drawn.boxes.some((b) => /^OP \d+ \(was OP \d+\): modified.*, \d+% kept, renumbered$/.test(b.title.split('\n')[0]!))).toBe(true);
  });

  it('draws A/HRC/RES/19/33 -> 28/2', () => {
    const c = compareCorpusPair('A-HRC-RES-19-33.en.txt', 'A-HRC-RES-28-2.en.txt');
    const drawn = expectSafeSvg(renderFlowSvg(c));
    expectOneBoxPerParagraph(c, drawn);
  });

  it('styles every kind: moved lines dashed, unchanged and modified lines solid, in-place lines horizontal', () => {
    const zh = REAL_TEXTS.zh;
    const old = makeResolution('zh', [zh[0]!, zh[1]!, zh[2]!, zh[3]!], [zh[10]!, zh[11]!, zh[12]!, zh[14]!]);
    const neu = makeResolution('zh', [zh[1]!, zh[2]!, zh[0]!, `${zh[3]!}又`], [zh[11]!, zh[12]!, zh[13]!, zh[14]!]);
    const c = compareResolutions(old, neu);
    for (const kind of ['unchanged', 'modified', 'added', 'removed', 'moved'] as const) expect(c.summary[kind]).toBeGreaterThan(0);
    const drawn = expectSafeSvg(renderFlowSvg(c));
    expectOneBoxPerParagraph(c, drawn);
    for (const kind of ['unchanged', 'modified', 'moved'] as const) {
      expect(drawn.lines.filter((l) => l.kind === kind)).toHaveLength(c.summary[kind]);
    }
    for (const l of drawn.lines) {
      if (l.kind === 'moved') expect(l.dash).toMatch(/^\d+ \d+$/);
      else expect(l.dash).toBeUndefined();
      // In-order matches share a row: a straight horizontal line.
      if (l.kind !== 'moved') expect(l.d).toMatch(/^M[\d.]+ [\d.]+H[\d.]+$/);
    }
    expect(drawn.lines.find((l) => l.kind === 'moved')!.title).toMatch(/^PP3 \(was PP1\): moved from PP1/);
    // The legend shows each line kind with its own style, not by colour alone.
    const legend: XmlElement[] = [];
    walk(drawn.root, (el) => {
      if (hasClass(el, 'flow-legend-line')) legend.push(el);
    });
    expect(legend.map((el) => el.attrs.class)).toEqual([
      'flow-legend-line flow-legend-line--unchanged',
      'flow-legend-line flow-legend-line--modified',
      'flow-legend-line flow-legend-line--moved',
    ]);
    expect(legend[2]!.attrs['stroke-dasharray']).toBeDefined();
    expect(legend[0]!.attrs['stroke-width']).not.toBe(legend[1]!.attrs['stroke-width']);
  });

  it('draws a paragraph that moved between sections from one section to the other', () => {
    const zh = REAL_TEXTS.zh;
    const old = makeResolution('zh', [zh[0]!, zh[1]!, zh[2]!], [zh[10]!, zh[11]!]);
    const neu = makeResolution('zh', [zh[0]!, zh[1]!], [zh[10]!, zh[2]!, zh[11]!]);
    const c = compareResolutions(old, neu);
    const drawn = expectSafeSvg(renderFlowSvg(c));
    expectOneBoxPerParagraph(c, drawn);
    const crossing = c.changes.find((x) => x.old?.section === 'preamble' && x.new?.section === 'operative');
    expect(crossing?.kind).toBe('moved');
    const line = drawn.lines.find((l) => l.title.startsWith(`${refLabel(crossing!.new!)} (was ${refLabel(crossing!.old!)})`));
    expect(line?.kind).toBe('moved');
    expect(line?.d).toMatch(/C/); // a curve down across the section heading
  });

  it('escapes every piece of text', () => {
    // A real comparison (one unchanged, one added paragraph) with hostile symbols and ids.
    const en = REAL_TEXTS.en;
    const c = structuredClone(compareResolutions(makeResolution('en', [], [en[0]!]), makeResolution('en', [], [en[0]!, en[1]!])));
    const evil = `<script>alert(1)</script>" onload="x' &amp;`;
    c.old.symbol = evil;
    c.new.symbol = '<img src=x onerror=alert(2)>';
    const [kept, added] = c.changes;
    expect(kept!.kind).toBe('unchanged');
    expect(added!.kind).toBe('added');
    const hostile = (ref: ParagraphRef | null, id: string) => Object.assign(ref!, { id, number: null });
    hostile(kept!.old, `op1${evil}`);
    hostile(kept!.new, `op1${evil}`);
    hostile(added!.new, 'op2<b>&"');
    const svg = renderFlowSvg(c);
    const drawn = expectSafeSvg(svg);
    expect(svg).not.toMatch(/<script>|<img|<b>|onload="/);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;x&#39; &amp;amp;');
    // The parser decodes the escapes back to the original labels.
    expect(drawn.boxes.map((b) => b.labels[0])).toEqual([`OP (op1${evil})`, `OP (op1${evil})`, 'OP (op2<b>&")']);
    expect(drawn.root.attrs['aria-label']).toContain(evil);
  });

  it('is deterministic', () => {
    const c = compareCorpusPair('A-RES-55-109.zh.txt', 'A-RES-68-160.zh.txt');
    expect(renderFlowSvg(c)).toBe(renderFlowSvg(structuredClone(c)));
  });

  it('draws an empty comparison', () => {
    const c = compareResolutions(makeResolution('en', [], []), makeResolution('en', [], []));
    const drawn = expectSafeSvg(renderFlowSvg(c));
    expect(drawn.boxes).toHaveLength(0);
  });

  it('keeps ~120 paragraphs a row each under the default limit, and folds them when asked for fewer rows', () => {
    const c = largeComparison(20, 100);
    const plain = renderFlowSvg(c);
    const drawn = expectSafeSvg(plain);
    expectOneBoxPerParagraph(c, drawn);
    const rows = Number(drawn.root.attrs['data-rows']);
    expect(rows).toBeGreaterThanOrEqual(120);
    expect(rows).toBeLessThanOrEqual(130);

    const folded = expectSafeSvg(renderFlowSvg(c, { maxRows: 40 }));
    expect(Number(folded.root.attrs['data-rows'])).toBeLessThanOrEqual(40);
    expect(folded.bands.length).toBeGreaterThan(0);
  });

  it('folds a 1,000-paragraph comparison into bands of unchanged paragraphs, keeping every change', () => {
    const c = largeComparison(100, 900);
    expect(c.summary.unchanged).toBeGreaterThan(950);
    const maxRows = 150;
    const svg = renderFlowSvg(c, { maxRows });
    const drawn = expectSafeSvg(svg);
    expect(Number(drawn.root.attrs['data-rows'])).toBeLessThanOrEqual(maxRows);
    expect(drawn.boxes.length).toBeLessThanOrEqual(2 * maxRows);
    // Every paragraph that is not unchanged keeps its own box and line.
    for (const kind of ['modified', 'moved'] as const) {
      expect(drawn.boxes.filter((b) => b.kind === kind)).toHaveLength(2 * c.summary[kind]);
      expect(drawn.lines.filter((l) => l.kind === kind)).toHaveLength(c.summary[kind]);
    }
    expect(drawn.boxes.filter((b) => b.kind === 'added')).toHaveLength(c.summary.added);
    expect(drawn.boxes.filter((b) => b.kind === 'removed')).toHaveLength(c.summary.removed);
    // Bands plus single unchanged rows account for every unchanged paragraph.
    const bandBoxes = drawn.boxes.filter((b) => b.kind === 'band');
    expect(bandBoxes).toHaveLength(2 * drawn.bands.length);
    const inBands = bandBoxes.filter((b) => b.side === 'old').reduce((sum, b) => sum + Number(/^(\d+) unchanged$/.exec(b.labels[1]!)![1]), 0);
    expect(inBands + drawn.lines.filter((l) => l.kind === 'unchanged').length).toBe(c.summary.unchanged);
    // A band names its range on each side: "OP 11–OP 86" over "76 unchanged".
    for (const b of bandBoxes) {
      expect(b.labels[0]).toMatch(/^(PP\d+–PP\d+|OP \d+–OP \d+)$/);
      expect(b.title).toMatch(/ · \d+ unchanged/);
    }
    expect(drawn.root.attrs['aria-label']).toContain('grouped');
  });

  it('does not fold when the limit allows every row', () => {
    const c = largeComparison(100, 900);
    const drawn = draw(renderFlowSvg(c, { maxRows: 5000 }));
    expect(drawn.bands).toHaveLength(0);
    expect(drawn.boxes.filter((b) => b.side === 'old')).toHaveLength(c.changes.filter((x) => x.old).length);
    expect(drawn.lines).toHaveLength(c.changes.filter(isMatch).length);
  });

  it('rejects malformed XML in its own checker', () => {
    for (const bad of ['<svg><g></svg>', '<svg a="1" a="2"/>', '<svg>a & b</svg>', '<svg><title>x</title>', '<svg/><svg/>', '<svg a=1/>', '<svg><!-- c --></svg>', '<svg><a></b></svg>']) {
      expect(() => parseXml(bad), bad).toThrow();
    }
    expect(parseXml('<svg a="&lt;&#39;"><t>x &amp; y</t></svg>').children[0]!.text).toBe('x & y');
  });
});
