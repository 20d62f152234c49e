// Word with tracked changes: the DOCX is read back (jszip, word/document.xml) and checked against
// the comparison, opened with mammoth, and printed to PDF by LibreOffice, whose text (pdfjs)
// must show both deleted and inserted phrases. The first PDF pages go to test-results/ as PNGs.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import type { Comparison, ParagraphRef } from '../../src/model/comparison.js';
import { allParagraphs, type Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { openingLine, renderDocx } from '../../src/render/docx.js';
import { readTrackedDocx } from '../../src/ingest/docxTracked.js';
import { draftLine } from '../../src/wording/draft.js';
import { packageRoot } from '../../src/util/packageRoot.js';
import { radicalsToIdeographs } from '../../src/text/radicals.js';
import { compareCorpusPair, parseCorpus } from '../helpers/corpus.js';
import { requireProgram, skipWithout } from '../helpers/programs.js';
import { VariantBuilder } from '../helpers/variants.js';

const run = promisify(execFile);

const AUTHOR = '秘书处 & "Secretariat" <test>';
const DATE = new Date('2025-03-14T09:26:53.250Z');
const DATE_XML = '2025-03-14T09:26:53Z';
const OPTS = { author: AUTHOR, date: DATE };
const ZH = 'A-RES-68-160.zh.txt';

// ---------------------------------------------------------------------------------------------
// Reading word/document.xml back: a small tokenizer over the well-formed XML the package writes.

type RunKind = 'plain' | 'ins' | 'del';
interface DocxParagraph {
  runs: { kind: RunKind; text: string }[];
  /** The paragraph mark itself is tracked as inserted or deleted (w:pPr/w:rPr/w:ins|w:del). */
  mark: 'ins' | 'del' | null;
}
interface Revision {
  tag: 'w:ins' | 'w:del';
  id: string;
  author: string;
  date: string;
}
interface DocxBody {
  paragraphs: DocxParagraph[];
  /** The text of each w:ins element with content, in document order. */
  insPhrases: string[];
  /** The w:delText of each w:del element with content, in document order. */
  delPhrases: string[];
  /** Every w:ins and w:del, paragraph marks included. */
  revisions: Revision[];
  /** Anything out of place: w:t inside w:del, w:delText outside it, nested revisions. */
  problems: string[];
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_m, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'apos' ? "'" : e === 'amp' ? '&' : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]!] = unescapeXml(m[2]!);
  return out;
}

function readBody(xml: string): DocxBody {
  const body: DocxBody = { paragraphs: [], insPhrases: [], delPhrases: [], revisions: [], problems: [] };
  let paragraph: DocxParagraph | null = null;
  let inPPr = false;
  let open: { tag: 'w:ins' | 'w:del'; text: string } | null = null;
  let textTag: 'w:t' | 'w:delText' | null = null;
  for (const m of xml.matchAll(/<(\/?)([\w:]+)((?:\s+[\w:]+="[^"]*")*)\s*(\/?)>|([^<]+)/g)) {
    const [, closing, tag, attrs, selfClosing, text] = m;
    if (text !== undefined) {
      if (textTag === null || paragraph === null) continue;
      const t = unescapeXml(text);
      const kind: RunKind = open === null ? 'plain' : open.tag === 'w:ins' ? 'ins' : 'del';
      if (textTag === 'w:t' && kind === 'del') body.problems.push(`w:t inside w:del: ${t}`);
      if (textTag === 'w:delText' && kind !== 'del') body.problems.push(`w:delText outside w:del: ${t}`);
      paragraph.runs.push({ kind, text: t });
      if (open) open.text += t;
      continue;
    }
    if (closing) {
      if (tag === 'w:p' && paragraph) body.paragraphs.push(paragraph), (paragraph = null);
      else if (tag === 'w:pPr') inPPr = false;
      else if (tag === 'w:t' || tag === 'w:delText') textTag = null;
      else if ((tag === 'w:ins' || tag === 'w:del') && open) {
        (open.tag === 'w:ins' ? body.insPhrases : body.delPhrases).push(open.text);
        open = null;
      }
      continue;
    }
    if (tag === 'w:ins' || tag === 'w:del') {
      const a = attributes(attrs ?? '');
      body.revisions.push({ tag, id: a['w:id'] ?? '', author: a['w:author'] ?? '', date: a['w:date'] ?? '' });
      if (selfClosing) {
        if (inPPr && paragraph) paragraph.mark = tag === 'w:ins' ? 'ins' : 'del';
        else body.problems.push(`empty ${tag} outside a paragraph mark`);
      } else {
        if (open) body.problems.push(`${tag} inside ${open.tag}`);
        open = { tag, text: '' };
      }
    } else if (!selfClosing) {
      if (tag === 'w:p') paragraph = { runs: [], mark: null };
      else if (tag === 'w:pPr') inPPr = true;
      else if (tag === 'w:t' || tag === 'w:delText') textTag = tag;
    }
  }
  return body;
}

async function documentXml(bytes: Uint8Array): Promise<{ document: string; settings: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')?.async('string');
  const settings = await zip.file('word/settings.xml')?.async('string');
  if (document === undefined || settings === undefined) throw new Error('not a Word document: word/document.xml or word/settings.xml is missing');
  return { document, settings };
}

const textOf = (p: DocxParagraph, keep: (k: RunKind) => boolean) =>
  p.runs
    .filter((r) => keep(r.kind))
    .map((r) => r.text)
    .join('');
/** The paragraph as Word shows it after "Accept all changes" (resp. "Reject all changes"). */
const accepted = (p: DocxParagraph) => textOf(p, (k) => k !== 'del');
const rejected = (p: DocxParagraph) => textOf(p, (k) => k !== 'ins');
const plainText = (p: DocxParagraph) => textOf(p, (k) => k === 'plain');

// ---------------------------------------------------------------------------------------------
// What the comparison says must be tracked.

const prefix = (ref: ParagraphRef | null) => (ref !== null && ref.number !== null ? `${ref.number}. ` : '');

/** The inserted and deleted phrases of a comparison without moves, in document order. */
function expectedPhrases(c: Comparison): { ins: string[]; del: string[] } {
  const ins: string[] = [];
  const del: string[] = [];
  for (const change of c.changes) {
    const was = prefix(change.old);
    const now = prefix(change.new);
    switch (change.kind) {
      case 'unchanged':
      case 'modified':
        if (was !== now) {
          if (was) del.push(was);
          if (now) ins.push(now);
        }
        for (const s of change.segments) if (s.op === 'delete') del.push(s.text);
        else if (s.op === 'insert') ins.push(s.text);
        break;
      case 'added':
        ins.push(now + change.segments.map((s) => s.text).join(''));
        break;
      case 'removed':
        del.push(was + change.segments.map((s) => s.text).join(''));
        break;
      case 'moved':
        throw new Error('expectedPhrases: a comparison with moves');
    }
  }
  return { ins, del };
}

/** The body as the resolution prints it: opening line, then each paragraph with its number. */
function printedBody(r: Resolution, opening: string | null): string[] {
  return [...(opening === null ? [] : [opening]), ...allParagraphs(r).map((p) => prefix(p) + p.text)];
}

const HEAD = 3; // heading, old symbol and title, new symbol and title

async function render(old: Resolution, neu: Resolution, c = compareResolutions(old, neu)) {
  const bytes = await renderDocx(c, OPTS);
  const { document, settings } = await documentXml(bytes);
  return { c, bytes, settings, body: readBody(document) };
}

function zhVariant(): { old: Resolution; neu: Resolution } {
  // A changed lead verb (OP11 邀请 -> 鼓励), an operative paragraph inserted after OP5 (OP6 to
  // OP14 renumbered), the preambular paragraph PP3 deleted.
  const r1 = new VariantBuilder(ZH).changeLeadVerb('op11', '鼓励').raw;
  const r2 = new VariantBuilder(ZH, r1).insertAfter('op5').raw;
  const r3 = new VariantBuilder(ZH, r2).delete('pp3').raw;
  return { old: parseCorpus(ZH), neu: parseResolution(r3) };
}

/** The checks every rendering must pass, whatever its changes. */
function expectWellFormedRevisions(body: DocxBody, c: Comparison, old: Resolution, neu: Resolution) {
  expect(body.problems).toEqual([]);
  expect(body.revisions.length).toBeGreaterThan(0);
  for (const r of body.revisions) {
    expect(r.author, `${r.tag} ${r.id}`).toBe(AUTHOR);
    expect(r.date, `${r.tag} ${r.id}`).toBe(DATE_XML);
  }
  const ids = body.revisions.map((r) => r.id);
  expect(new Set(ids).size, 'revision ids are unique').toBe(ids.length);
  expect(ids.every((id) => /^\d+$/.test(id))).toBe(true);

  // Heading: both symbols and both titles.
  const head = body.paragraphs.slice(0, HEAD).map(accepted);
  expect(head[0]).toBe(`${c.old.symbol} → ${c.new.symbol}`);
  expect(head[1]).toBe(`${c.old.symbol}: ${c.old.title}`);
  expect(head[2]).toBe(`${c.new.symbol}: ${c.new.title}`);
  expect(body.paragraphs.slice(0, HEAD).every((p) => p.mark === null && p.runs.every((r) => r.kind === 'plain'))).toBe(true);

  // Rejecting every change gives the old text, accepting every change the new one.
  const rest = body.paragraphs.slice(HEAD);
  const opening = openingLine(old);
  expect(rest.filter((p) => p.mark !== 'ins').map(rejected)).toEqual(printedBody(old, opening));
  expect(rest.filter((p) => p.mark !== 'del').map(accepted)).toEqual(printedBody(neu, opening));
}

describe('renderDocx', () => {
  it('tracks the real pair A/HRC/RES/19/33 -> A/HRC/RES/28/2: every inserted and deleted phrase, in order', async () => {
    const old = parseCorpus('A-HRC-RES-19-33.en.txt');
    const neu = parseCorpus('A-HRC-RES-28-2.en.txt');
    const { c, body, settings } = await render(old, neu, compareCorpusPair('A-HRC-RES-19-33.en.txt', 'A-HRC-RES-28-2.en.txt'));
    const want = expectedPhrases(c);
    expect(body.insPhrases).toEqual(want.ins);
    expect(body.delPhrases).toEqual(want.del);
    expect(body.insPhrases.join('')).toBe(want.ins.join(''));
    expect(body.delPhrases.join('')).toBe(want.del.join(''));
    // The phrases delegates would look for (and the README shows).
    expect(body.delPhrases).toContain('16/22 of 25');
    expect(body.insPhrases).toContain('25/3 of 27');
    expect(body.insPhrases.length).toBeGreaterThanOrEqual(5);
    expectWellFormedRevisions(body, c, old, neu);
    expect(settings).toContain('<w:trackRevisions/>');

    // The opening line, then one Word paragraph per change (no moves here), unchanged text plain.
    const rest = body.paragraphs.slice(HEAD);
    expect(plainText(rest[0]!)).toBe('The Human Rights Council,');
    const paras = rest.slice(1);
    expect(paras).toHaveLength(c.changes.length);
    c.changes.forEach((change, k) => {
      const p = paras[k]!;
      const equal = change.segments.filter((s) => s.op === 'equal').map((s) => s.text).join('');
      expect(plainText(p), change.new?.id).toBe(equal);
      if (change.kind === 'unchanged') {
        expect(p.runs.every((r) => r.kind === 'plain')).toBe(true);
        expect(p.mark).toBeNull();
      }
    });
    expect(c.changes.filter((x) => x.kind === 'unchanged')).toHaveLength(1);
    expect(plainText(paras[0]!)).toMatch(/^Reaffirming its commitment to promoting international cooperation/);
  });

  it('tracks a derived 68/160 (zh): a deleted paragraph, an inserted one, a changed lead verb, renumbered OPs', async () => {
    const { old, neu } = zhVariant();
    const { c, body } = await render(old, neu);
    expect(c.summary).toMatchObject({ removed: 1, added: 1, moved: 0, leadVerbChanged: 1, renumbered: 9 });
    const want = expectedPhrases(c);
    expect(body.insPhrases).toEqual(want.ins);
    expect(body.delPhrases).toEqual(want.del);
    expect(body.insPhrases.join('')).toBe(want.ins.join(''));
    expect(body.delPhrases.join('')).toBe(want.del.join(''));
    expectWellFormedRevisions(body, c, old, neu);

    const rest = body.paragraphs.slice(HEAD);
    expect(rest[0]!.runs).toEqual([{ kind: 'plain', text: '大会，' }]);
    const paras = rest.slice(1);
    expect(paras).toHaveLength(c.changes.length);
    const pp3 = old.preamble[2]!;
    const removed = paras[c.changes.findIndex((x) => x.kind === 'removed')]!;
    expect(removed.mark).toBe('del');
    expect(removed.runs).toEqual([{ kind: 'del', text: pp3.text }]);
    const added = paras[c.changes.findIndex((x) => x.kind === 'added')]!;
    expect(added.mark).toBe('ins');
    expect(added.runs).toEqual([{ kind: 'ins', text: '6. 鼓励各国按照《联合国宪章》所载的宗旨和原则，在人权领域开展真诚合作；' }]);
    // OP11 is now OP12 and invites no more: it encourages.
    const verb = paras[c.changes.findIndex((x) => x.leadVerb !== null)]!;
    expect(verb.runs.slice(0, 4)).toEqual([
      { kind: 'del', text: '11. ' },
      { kind: 'ins', text: '12. ' },
      { kind: 'del', text: '邀请' },
      { kind: 'ins', text: '鼓励' },
    ]);
    // A renumbered but unchanged paragraph: the number tracked, the words plain.
    const op6 = old.operative[5]!;
    const renumbered = paras[c.changes.findIndex((x) => x.old?.id === 'op6')]!;
    expect(renumbered.runs).toEqual([
      { kind: 'del', text: '6. ' },
      { kind: 'ins', text: '7. ' },
      { kind: 'plain', text: op6.text },
    ]);
    // Unchanged paragraphs: plain w:t only.
    c.changes.forEach((change, k) => {
      if (change.kind !== 'unchanged' || change.renumbered) return;
      const p = old.preamble.concat(old.operative).find((x) => x.id === change.old.id)!;
      expect(paras[k]!.runs.every((r) => r.kind === 'plain'), change.old.id).toBe(true);
      expect(plainText(paras[k]!), change.old.id).toBe(prefix(change.old) + p.text);
      expect(paras[k]!.mark).toBeNull();
    });
  });

  it('puts a moved paragraph as a deletion where it was and an insertion where it is now', async () => {
    const old = parseCorpus(ZH);
    const neu = parseResolution(new VariantBuilder(ZH).moveAfter('op2', 'op9').raw);
    const { c, body } = await render(old, neu);
    expect(c.summary.moved).toBe(1);
    expectWellFormedRevisions(body, c, old, neu);
    const texts = body.paragraphs.slice(HEAD + 1);
    const op2 = old.operative[1]!;
    const at = (p: DocxParagraph) => texts.indexOf(p);
    const deleted = texts.filter((p) => p.mark === 'del');
    const inserted = texts.filter((p) => p.mark === 'ins');
    expect(deleted.map((p) => p.runs)).toEqual([[{ kind: 'del', text: `2. ${op2.text}` }]]);
    expect(inserted.map((p) => p.runs)).toEqual([[{ kind: 'ins', text: `9. ${op2.text}` }]]);
    // The deleted copy right after old OP1, the insertion right after old OP9 (now OP8).
    expect(rejected(texts[at(deleted[0]!) - 1]!)).toBe(`1. ${old.operative[0]!.text}`);
    expect(rejected(texts[at(inserted[0]!) - 1]!)).toBe(`9. ${old.operative[8]!.text}`);
    expect(accepted(texts[at(inserted[0]!) - 1]!)).toBe(`8. ${old.operative[8]!.text}`);
  });

  it('opens with mammoth', async () => {
    const { old, neu } = zhVariant();
    const { bytes } = await render(old, neu);
    const mammoth = await import('mammoth');
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(result.messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(result.value).toContain('大会，');
    expect(result.value).toContain(old.preamble[0]!.text);
  });

  it('writes the opening line by body and language, and none when the body is unknown', () => {
    expect(openingLine({ body: 'General Assembly', language: 'en' })).toBe('The General Assembly,');
    expect(openingLine({ body: 'General Assembly', language: 'zh' })).toBe('大会，');
    expect(openingLine({ body: 'Human Rights Council', language: 'en' })).toBe('The Human Rights Council,');
    expect(openingLine({ body: null, language: 'en' })).toBeNull();
    expect(openingLine({ body: 'Security Council', language: 'en' })).toBeNull();
  });

  it('names a draft in its heading lines (kind, revision, sponsors, note), and still reads back as the pair', async () => {
    const draftFixture = (name: string) => parseResolution(readFileSync(join(packageRoot(), 'test/parse/fixtures/drafts', name), 'utf8'));
    const adopted = parseCorpus('A-RES-55-109.zh.txt');
    for (const [old, neu, draftSide] of [
      [adopted, draftFixture('from-68-160.zh.L32-Rev1.one-line.txt'), 'new'],
      [draftFixture('from-68-160.zh.L32.one-line.txt'), adopted, 'old'],
    ] as const) {
      const draft = (draftSide === 'old' ? old : neu).draft!;
      const symbol = (draftSide === 'old' ? old : neu).symbol!;
      expect(draft.sponsors).toEqual(['古巴']);
      const { c, bytes, body } = await render(old, neu);
      // Heading, old title, new title, then the draft's line under its own title and its sponsors line's note.
      const head = body.paragraphs.slice(0, HEAD + 2).map(accepted);
      expect(head[0]).toBe(`${c.old.symbol} → ${c.new.symbol}`);
      const line = `${symbol}: ${draftLine(draft)}`;
      expect(line).toContain(draftSide === 'new' ? 'Revised draft (Rev.1), sponsored by 古巴*; 第三委员会' : 'Draft, sponsored by 古巴*; 第三委员会');
      expect(head.slice(1)).toEqual(
        draftSide === 'new'
          ? [`${c.old.symbol}: ${c.old.title}`, `${c.new.symbol}: ${c.new.title}`, line, `* ${draft.sponsorsNote}`]
          : [`${c.old.symbol}: ${c.old.title}`, line, `* ${draft.sponsorsNote}`, `${c.new.symbol}: ${c.new.title}`],
      );
      expect(body.paragraphs.slice(0, HEAD + 2).every((p) => p.mark === null && p.runs.every((r) => r.kind === 'plain'))).toBe(true);
      // The body as for any pair: rejecting every change gives the old text, accepting every change the new one.
      const rest = body.paragraphs.slice(HEAD + 2);
      expect(rest.filter((p) => p.mark !== 'ins').map(rejected)).toEqual(printedBody(old, openingLine(old)));
      expect(rest.filter((p) => p.mark !== 'del').map(accepted)).toEqual(printedBody(neu, openingLine(neu)));
      // Read back with --tracked's reader: the same paragraphs on both sides.
      const back = await readTrackedDocx(bytes, 'draft.docx');
      const paragraphs = (r: Resolution) => allParagraphs(r).map((p) => ({ id: p.id, number: p.number, text: p.text }));
      expect(paragraphs(parseResolution(back.old))).toEqual(paragraphs(old));
      expect(paragraphs(parseResolution(back.new))).toEqual(paragraphs(neu));
    }
  });

  it('has no draft line for two adopted texts: the three heading lines as before', async () => {
    const old = parseCorpus('A-HRC-RES-19-33.en.txt');
    const neu = parseCorpus('A-HRC-RES-28-2.en.txt');
    const { body } = await render(old, neu);
    expect(body.paragraphs[HEAD]!.runs.map((r) => r.text).join('')).toBe(openingLine(old));
    expect(body.paragraphs.some((p) => /sponsored by|^Draft/.test(p.runs.map((r) => r.text).join('')))).toBe(false);
  });

  it('refuses an invalid date', async () => {
    const old = parseCorpus('A-HRC-RES-19-33.en.txt');
    const c = compareResolutions(old, old);
    await expect(renderDocx(c, { author: 'x', date: new Date('nonsense') })).rejects.toThrow(/date/);
  });
});

// ---------------------------------------------------------------------------------------------
// LibreOffice: the tracked changes are shown when it prints the document.

const RESULTS = join(packageRoot(), 'test-results');

/** Converts a DOCX to PDF with LibreOffice in its own throwaway profile; the PDF's bytes. */
async function libreOfficePdf(docx: Uint8Array, name: string): Promise<Uint8Array> {
  const soffice = requireProgram('soffice');
  const dir = mkdtempSync(join(tmpdir(), 'resdiff-docx-lo-'));
  try {
    const input = join(dir, `${name}.docx`);
    writeFileSync(input, docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const out = await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', 'pdf', '--outdir', dir, input], {
      timeout: 110_000,
      killSignal: 'SIGKILL',
    });
    const pdf = join(dir, `${name}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${name}.docx:\n${out.stdout}\n${out.stderr}`);
    return new Uint8Array(readFileSync(pdf));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text, every page, white space removed (so line breaks cannot split a phrase). */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      for (const item of content.items) if ('str' in item) text += item.str;
    }
    return squash(text);
  } finally {
    await doc.destroy();
  }
}

const squash = (s: string) => radicalsToIdeographs(s).replace(/\s+/g, '');

/** Keeps the DOCX, the PDF and the first page as a PNG in test-results/ for a human to look at. */
async function keepForHumans(name: string, docx: Uint8Array, pdf: Uint8Array): Promise<string> {
  const pdftoppm = requireProgram('pdftoppm');
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.docx`), docx);
  const pdfFile = join(RESULTS, `${name}.pdf`);
  writeFileSync(pdfFile, pdf);
  const prefixPath = join(RESULTS, name);
  await run(pdftoppm, ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdfFile, prefixPath], { timeout: 60_000 });
  return `${prefixPath}.png`;
}

function expectPng(file: string) {
  expect(existsSync(file), file).toBe(true);
  expect(statSync(file).size).toBeGreaterThan(5_000);
  expect(readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
}

// Skipped, in one line, where LibreOffice or pdftoppm is absent and CI is not set; under CI a
// missing program fails with a plain message naming its Debian package (test/helpers/programs.ts).
describe.skipIf(skipWithout('renderDocx in LibreOffice', ['soffice', 'pdftoppm']))('renderDocx in LibreOffice', () => {
  it('shows deletions and insertions of 19/33 -> 28/2 in the printed PDF (first page: test-results/docx-A-HRC-RES-19-33-to-28-2.png)', { timeout: 120_000 }, async () => {
    const old = parseCorpus('A-HRC-RES-19-33.en.txt');
    const neu = parseCorpus('A-HRC-RES-28-2.en.txt');
    const { bytes } = await render(old, neu);
    const pdf = await libreOfficePdf(bytes, 'docx-A-HRC-RES-19-33-to-28-2');
    const text = await pdfText(pdf);
    expect(text).toContain(squash('A/HRC/RES/19/33 → A/HRC/RES/28/2'));
    expect(text).toContain(squash('16/22 of 25')); // deleted
    expect(text).toContain(squash('25/3 of 27')); // inserted
    expect(text).toContain(squash('High-level Plenary Meeting')); // deleted
    expect(text).toContain(squash('high-level plenary meeting')); // inserted
    expectPng(await keepForHumans('docx-A-HRC-RES-19-33-to-28-2', bytes, pdf));
  });

  it('shows the deleted paragraph, the inserted one and the lead verb of the derived 68/160 (zh) in the printed PDF', { timeout: 120_000 }, async () => {
    const { old, neu } = zhVariant();
    const { bytes } = await render(old, neu);
    const pdf = await libreOfficePdf(bytes, 'docx-A-RES-68-160-zh-variant');
    const text = await pdfText(pdf);
    expect(text).toContain(squash('大会，'));
    expect(text).toContain(squash(old.preamble[2]!.text)); // PP3, deleted
    expect(text).toContain(squash('6. 鼓励各国按照《联合国宪章》所载的宗旨和原则，在人权领域开展真诚合作；')); // inserted
    expect(text).toContain(squash('11. 12. 邀请鼓励')); // renumbered, lead verb deleted and inserted
    expectPng(await keepForHumans('docx-A-RES-68-160-zh-variant', bytes, pdf));
  });
});
