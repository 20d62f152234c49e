// Reading a Word file with tracked changes as two versions: every change rejected (old) and every
// change accepted (new). The Word files here are derived fixtures: corpus paragraphs (their real
// wording, or the real change between two corpus texts) wrapped in the revision markup Word
// writes (w:ins, w:del, w:moveFrom/w:moveTo, tracked paragraph marks, formatting changes),
// zipped with jszip. No text in them is a resolution's text of its own.
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { namedAsReported, reportedPair } from '../../src/ingest/docxReport.js';
import { readTrackedDocx, trackedVersionsOfXml } from '../../src/ingest/docxTracked.js';
import { InputError } from '../../src/model/errors.js';
import { TEXT_LIMITS } from '../../src/ingest/limits.js';
import { MAX_UNZIPPED_BYTES } from '../../src/ingest/zip.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { parseCorpus } from '../helpers/corpus.js';
import { REAL_TEXTS } from '../helpers/arbitraries.js';
import { zipBomb } from '../badInput/fixtures.js';
import { CONTENT_TYPES, RELS } from '../../bench/abuse/wordBomb.js';

const MAIN = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DATE = '2025-03-14T09:26:53Z';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// --- WordprocessingML as Word writes it ------------------------------------------------------
let ids = 0;
const rev = (author: string) => `w:id="${++ids}" w:author="${escape(author)}" w:date="${DATE}"`;
const t = (s: string) => `<w:r><w:t xml:space="preserve">${escape(s)}</w:t></w:r>`;
const ins = (s: string, author = 'Delegation A') => `<w:ins ${rev(author)}>${t(s)}</w:ins>`;
const del = (s: string, author = 'Delegation B') => `<w:del ${rev(author)}><w:r><w:delText xml:space="preserve">${escape(s)}</w:delText></w:r></w:del>`;
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
/** A paragraph whose mark is tracked: inserted (the paragraph was split there) or deleted (joined to the next). */
const pMarked = (mark: 'ins' | 'del' | 'moveFrom' | 'moveTo', ...runs: string[]) => `<w:p><w:pPr><w:rPr><w:${mark} ${rev('Delegation A')}/></w:rPr></w:pPr>${runs.join('')}</w:p>`;
const documentXml = (...paragraphs: string[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${paragraphs.join('')}<w:sectPr/></w:body></w:document>`;

/** A Word file of these parts (document.xml and, if given, footnotes.xml), zipped with jszip. */
async function wordFile(document: string, footnotes?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', document);
  if (footnotes !== undefined) {
    zip.file(
      'word/_rels/document.xml.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
    );
    zip.file('word/footnotes.xml', footnotes);
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function refusal(work: Promise<unknown>): Promise<InputError> {
  try {
    await work;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('accepted');
}

// Real paragraphs: A/HRC/RES/19/33 and its successor A/HRC/RES/28/2 (en), A/RES/68/160 (zh).
const hrc19 = parseCorpus('A-HRC-RES-19-33.en.txt');
const hrc28 = parseCorpus('A-HRC-RES-28-2.en.txt');
const zh68 = parseCorpus('A-RES-68-160.zh.txt');
const text = (r: typeof hrc19, id: string) => [...r.preamble, ...r.operative].find((x) => x.id === id)!.text;

/** `s` cut before the `n`th space (a cut Word makes when a paragraph is split there). */
function cutAtSpace(s: string, n: number): [string, string] {
  let at = -1;
  for (let k = 0; k < n; k++) at = s.indexOf(' ', at + 1);
  expect(at).toBeGreaterThan(0);
  return [s.slice(0, at), s.slice(at)];
}

describe('the two versions of tracked WordprocessingML', () => {
  it('keeps deleted text (w:delText) in the old version only and inserted text in the new only', () => {
    // A/HRC/RES/19/33 PP3 -> A/HRC/RES/28/2 PP3: the real change of the Council's citation.
    const before = text(hrc19, 'pp3');
    const [head, tail] = before.split('16/22 of 25') as [string, string];
    const xml = documentXml(p(t(head), del('16/22 of 25', 'Cuba'), ins('25/3 of 27', 'Egypt'), t(tail)));
    const v = trackedVersionsOfXml(xml);
    expect(v.old).toBe(`${before}\n`);
    expect(v.new).toBe(`${head}25/3 of 27${tail}\n`);
    expect(v.changes).toBe(2);
    expect(v.authors).toEqual(['Cuba', 'Egypt']);
  });

  it('drops text inserted by one reviewer and deleted by another from both versions', () => {
    const [head, tail] = cutAtSpace(text(hrc19, 'pp4'), 4);
    // "further" inserted and then deleted: in neither version.
    const nested = `<w:ins ${rev('A')}><w:del ${rev('B')}><w:r><w:delText> further</w:delText></w:r></w:del></w:ins>`;
    const v = trackedVersionsOfXml(documentXml(p(t(head), nested, t(tail))));
    expect(v.old).toBe(`${head}${tail}\n`);
    expect(v.new).toBe(`${head}${tail}\n`);
    expect(v.changes).toBe(2);
  });

  it('reads a moved paragraph (w:moveFrom where it was, w:moveTo where it is now) as a move', () => {
    const [op1, op2, op3] = ['op1', 'op2', 'op3'].map((id) => text(zh68, id)) as [string, string, string];
    const from = `<w:moveFromRangeStart w:id="90" w:name="move1" w:author="A" w:date="${DATE}"/>`;
    const xml = documentXml(
      p(t(`1. ${op1}`)),
      `<w:p><w:pPr><w:rPr><w:moveFrom ${rev('A')}/></w:rPr></w:pPr>${from}<w:moveFrom ${rev('A')}>${t(`2. ${op2}`)}</w:moveFrom><w:moveFromRangeEnd w:id="90"/></w:p>`,
      p(del('3.', 'A'), ins('2.', 'A'), t(` ${op3}`)),
      `<w:p><w:pPr><w:rPr><w:moveTo ${rev('A')}/></w:rPr></w:pPr><w:moveToRangeStart w:id="91" w:name="move1"/><w:moveTo ${rev('A')}>${t(`3. ${op2}`)}</w:moveTo><w:moveToRangeEnd w:id="91"/></w:p>`,
    );
    const v = trackedVersionsOfXml(xml);
    expect(v.old).toBe(`1. ${op1}\n\n2. ${op2}\n\n3. ${op3}\n`);
    expect(v.new).toBe(`1. ${op1}\n\n2. ${op3}\n\n3. ${op2}\n`);
    expect(v.changes).toBe(6);
  });

  it('joins two paragraphs when the mark between them is deleted, and splits one when a mark is inserted', () => {
    const [pp1, pp2] = [text(zh68, 'pp1'), text(zh68, 'pp2')];
    // Accepting the deleted mark after PP1 makes PP1 and PP2 one paragraph.
    const joined = trackedVersionsOfXml(documentXml(pMarked('del', t(pp1)), p(t(pp2))));
    expect(joined.old).toBe(`${pp1}\n\n${pp2}\n`);
    expect(joined.new).toBe(`${pp1}${pp2}\n`);
    expect(joined.changes).toBe(1);
    // An inserted mark in the middle of PP3 (en): rejecting it makes the halves one paragraph again.
    const [head, tail] = cutAtSpace(text(hrc19, 'pp3'), 10);
    const split = trackedVersionsOfXml(documentXml(pMarked('ins', t(head)), p(t(tail.slice(1)))));
    expect(split.old).toBe(`${head}${tail.slice(1)}\n`);
    expect(split.new).toBe(`${head}\n\n${tail.slice(1)}\n`);
    // A whole paragraph inserted, its mark too, leaves no empty paragraph in the old version,
    // and a whole one deleted none in the new.
    const whole = trackedVersionsOfXml(documentXml(p(t(pp1)), pMarked('ins', ins(pp2)), pMarked('del', del(text(zh68, 'pp3'))), p(t(text(zh68, 'pp4')))));
    expect(whole.old).toBe(`${pp1}\n\n${text(zh68, 'pp3')}\n\n${text(zh68, 'pp4')}\n`);
    expect(whole.new).toBe(`${pp1}\n\n${pp2}\n\n${text(zh68, 'pp4')}\n`);
  });

  it('ignores formatting changes, field codes, tab stops and the fallback of alternate content', () => {
    const pp1 = text(hrc19, 'pp1');
    const [head, tail] = cutAtSpace(pp1, 3);
    const xml = documentXml(
      // A paragraph reformatted (w:pPrChange) with a tab stop in its properties.
      `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:pPrChange ${rev('A')}><w:pPr><w:jc w:val="left"/><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:pPrChange></w:pPr>` +
        // A run made bold (w:rPrChange holds the old properties).
        `<w:r><w:rPr><w:b/><w:rPrChange ${rev('A')}><w:rPr/></w:rPrChange></w:rPr><w:t xml:space="preserve">${escape(head)}</w:t></w:r>` +
        // A field: its code (w:instrText) is not text, its result is.
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF x \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${t(tail)}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
        // A drawing with a text box: Word's choice and its VML fallback, neither read.
        `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p>${t('box')}</w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p>${t('box')}</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>` +
        '</w:p>',
    );
    const v = trackedVersionsOfXml(xml);
    expect(v.old).toBe(`${pp1}\n`);
    expect(v.new).toBe(`${pp1}\n`);
    expect(v.changes).toBe(0);
  });

  it("writes the numbers of Word's own list numbering, counted in each version", () => {
    // A/RES/68/160 OP1 to OP4 numbered by Word (w:numPr), OP2 inserted as a whole paragraph;
    // OP4 cut at its first comma into two sub-paragraphs (derived), lettered at the second level.
    const [op1, op2, op3, op4] = ['op1', 'op2', 'op3', 'op4'].map((id) => text(zh68, id)) as [string, string, string, string];
    const [sub1, sub2] = [op4.slice(0, op4.indexOf('，') + 1), op4.slice(op4.indexOf('，') + 1)];
    const numbered = (numId: number, ilvl: number, ...runs: string[]) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${runs.join('')}</w:p>`;
    const numberedIns = (...runs: string[]) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:ins ${rev('A')}/></w:rPr></w:pPr>${runs.join('')}</w:p>`;
    const numberingXml =
      `<w:numbering xmlns:w="${MAIN}"><w:abstractNum w:abstractNumId="7">` +
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/><w:suff w:val="space"/></w:lvl>' +
      '</w:abstractNum><w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>';
    const xml = documentXml(
      p(t('大会，')),
      numbered(1, 0, t(op1)),
      numberedIns(ins(op2)),
      numbered(1, 0, t(op3)),
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/><w:ins ${rev('A')}/></w:numPr></w:pPr>${t(op4)}</w:p>`,
      numbered(1, 1, t(sub1)),
      numbered(1, 1, t(sub2)),
      numbered(2, 0, t(op1)),
      numbered(3, 0, t(op3)),
    );
    const v = trackedVersionsOfXml(xml, { numbering: numberingXml });
    expect(v.old).toBe(`大会，\n\n1.\t${op1}\n\n2.\t${op3}\n\n${op4}\n\n(a) ${sub1}\n\n(b) ${sub2}\n\n${op1}\n\n1.\t${op3}\n`);
    expect(v.new).toBe(`大会，\n\n1.\t${op1}\n\n2.\t${op2}\n\n3.\t${op3}\n\n4.\t${op4}\n\n(a) ${sub1}\n\n(b) ${sub2}\n\n${op1}\n\n1.\t${op3}\n`);
    // The parser reads Word's numbers as the paragraphs' own.
    const neu = parseResolution(trackedVersionsOfXml(documentXml(p(t('大会，')), numbered(1, 0, t(op1)), numberedIns(ins(op2)), numbered(1, 0, t(op3))), { numbering: numberingXml }).new);
    expect(neu.operative.map((x) => [x.number, x.text])).toEqual([[1, op1], [2, op2], [3, op3]]);
  });

  it('takes the list numbering of a paragraph style, and of the style it is based on', () => {
    // A/RES/68/160 OP1 to OP3 in a numbered style (derived); OP3's first clause, cut at its comma,
    // in a sub-style based on it; a paragraph of the numbered style told not to number (numId 0).
    const [op1, op2, op3] = ['op1', 'op2', 'op3'].map((id) => text(zh68, id)) as [string, string, string];
    const clause = op3.slice(0, op3.indexOf('，') + 1);
    const numberingXml =
      `<w:numbering xmlns:w="${MAIN}"><w:abstractNum w:abstractNumId="0">` +
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>' +
      '</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
    const stylesXml =
      `<w:styles xmlns:w="${MAIN}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
      '<w:style w:type="paragraph" w:styleId="OP"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Sub"><w:basedOn w:val="OP"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="character" w:styleId="OP"><w:rPr><w:b/></w:rPr></w:style></w:styles>';
    const styled = (style: string, extra: string, ...runs: string[]) => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}</w:pPr>${runs.join('')}</w:p>`;
    const xml = documentXml(
      styled('OP', '', t(op1)),
      styled('OP', `<w:rPr><w:del ${rev('A')}/></w:rPr>`, del(op2)),
      styled('OP', '', t(op3)),
      styled('Sub', '', t(clause)),
      styled('OP', '<w:numPr><w:numId w:val="0"/></w:numPr>', t(op1)),
    );
    const v = trackedVersionsOfXml(xml, { numbering: numberingXml, styles: stylesXml });
    expect(v.old).toBe(`1.\t${op1}\n\n2.\t${op2}\n\n3.\t${op3}\n\n(a)\t${clause}\n\n${op1}\n`);
    expect(v.new).toBe(`1.\t${op1}\n\n2.\t${op3}\n\n(a)\t${clause}\n\n${op1}\n`);
    // Without the numbering part, no numbers.
    expect(trackedVersionsOfXml(xml, { styles: stylesXml }).old).toBe(`${op1}\n\n${op2}\n\n${op3}\n\n${clause}\n\n${op1}\n`);
  });

  it('writes tabs and line breaks inside runs, decodes entities, and reads another prefix for the namespace', () => {
    const [head, tail] = cutAtSpace(text(hrc28, 'pp4'), 5);
    const xml =
      `<x:document xmlns:x="${MAIN}"><x:body><x:p><x:r><x:t>1.</x:t><x:tab/><x:t xml:space="preserve">${escape(head)}</x:t><x:br/><x:br x:type="page"/></x:r>` +
      `<x:ins x:id="1" x:author="R&amp;D"><x:r><x:t xml:space="preserve">&lt;${escape(tail.trim())}&gt;</x:t></x:r></x:ins></x:p></x:body></x:document>`;
    const v = trackedVersionsOfXml(xml);
    expect(v.old).toBe(`1.\t${head}\n`);
    expect(v.new).toBe(`1.\t${head}\n<${tail.trim()}>\n`);
    expect(v.authors).toEqual(['R&D']);
  });

  it('puts footnote marks where each version cites them and the footnotes after a rule, numbered per version', () => {
    // A/RES/68/160 (zh) PP2 cites the Vienna Declaration; its footnote 1 is the real note text.
    const pp2 = text(zh68, 'pp2');
    const note = zh68.footnotes[0]!.text;
    const [noteHead, noteTail] = note.split('和Corr.1') as [string, string];
    expect(noteTail).toBeDefined();
    const ref = (id: number) => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    const document = documentXml(p(t(pp2), `<w:ins ${rev('A')}>${ref(2)}</w:ins>`), p(t(text(zh68, 'pp3')), ref(3)));
    const footnotes =
      `<w:footnotes xmlns:w="${MAIN}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
      `<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>${t(` ${note}`)}</w:p></w:footnote>` +
      `<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r>${t(` ${noteHead}`)}${del('和Corr.1', 'A')}${t(noteTail)}</w:p></w:footnote></w:footnotes>`;
    const v = trackedVersionsOfXml(document, { footnotes });
    expect(v.old).toBe(`${pp2}\n\n${text(zh68, 'pp3')}\n1\n\n__________\n\n1 ${note}\n`);
    expect(v.new).toBe(`${pp2}\n1\n\n${text(zh68, 'pp3')}\n2\n\n__________\n\n1 ${note}\n2 ${noteHead}${noteTail}\n`);
  });
});

describe('rejecting every change gives the old text, accepting every change the new one (property)', () => {
  type Piece = { kind: 'plain' | 'ins' | 'del' | 'insDel' | 'moveFrom' | 'moveTo'; text: string };
  type Para = { mark: 'plain' | 'ins' | 'del' | 'moveFrom' | 'moveTo'; pieces: Piece[] };
  // Pieces of real paragraphs (both languages), cut at random; markup of every form Word writes.
  const arbPiece: fc.Arbitrary<Piece> = fc.record({
    kind: fc.constantFrom('plain', 'plain', 'ins', 'del', 'insDel', 'moveFrom', 'moveTo'),
    text: fc.tuple(fc.constantFrom('zh', 'en') as fc.Arbitrary<'zh' | 'en'>, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 40 })).map(([lang, k, at, length]) => {
      const source = REAL_TEXTS[lang][k % REAL_TEXTS[lang].length]!;
      const start = at % source.length;
      return source.slice(start, start + length);
    }),
  });
  const arbPara: fc.Arbitrary<Para> = fc.record({ mark: fc.constantFrom('plain', 'plain', 'plain', 'ins', 'del', 'moveFrom', 'moveTo'), pieces: fc.array(arbPiece, { maxLength: 6 }) });

  const pieceXml = (x: Piece): string => {
    const r = rev('A');
    switch (x.kind) {
      case 'plain':
        return t(x.text);
      case 'ins':
        return ins(x.text);
      case 'del':
        return del(x.text);
      case 'insDel':
        return `<w:ins ${r}>${del(x.text)}</w:ins>`;
      case 'moveFrom':
        return `<w:moveFrom ${r}>${t(x.text)}</w:moveFrom>`;
      case 'moveTo':
        return `<w:moveTo ${r}>${t(x.text)}</w:moveTo>`;
    }
  };
  const paraXml = (x: Para) => (x.mark === 'plain' ? p(...x.pieces.map(pieceXml)) : pMarked(x.mark, ...x.pieces.map(pieceXml)));

  /** The text a version holds, written out directly: kept pieces, and paragraphs ended where their mark is kept. */
  function expected(paras: Para[], side: 'old' | 'new'): string {
    const kept = (k: Piece['kind'] | Para['mark']) => k === 'plain' || (side === 'old' ? k === 'del' || k === 'moveFrom' : k === 'ins' || k === 'moveTo');
    const out: string[] = [];
    let current = '';
    for (const x of paras) {
      current += x.pieces.filter((piece) => kept(piece.kind)).map((piece) => piece.text).join('');
      if (kept(x.mark)) {
        out.push(current);
        current = '';
      }
    }
    out.push(current);
    const text = out.map((line) => line.trimEnd()).filter((line) => line !== '').join('\n\n').trim();
    return text === '' ? '' : `${text}\n`;
  }

  it('for generated paragraphs with insertions, deletions, nested revisions, moves and tracked paragraph marks', () => {
    fc.assert(
      fc.property(fc.array(arbPara, { minLength: 1, maxLength: 12 }), (paras) => {
        // Texts without line breaks: a line break is a layout question, checked apart.
        fc.pre(paras.every((x) => x.pieces.every((piece) => !/[\n\r]/.test(piece.text))));
        const v = trackedVersionsOfXml(documentXml(...paras.map(paraXml)));
        expect(v.old).toBe(expected(paras, 'old'));
        expect(v.new).toBe(expected(paras, 'new'));
        const revisions = paras.reduce((n, x) => n + (x.mark === 'plain' ? 0 : 1) + x.pieces.reduce((m, piece) => m + (piece.kind === 'plain' ? 0 : piece.kind === 'insDel' ? 2 : 1), 0), 0);
        expect(v.changes).toBe(revisions);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('readTrackedDocx', () => {
  /** A/HRC/RES/19/33 -> 28/2 in one Word file: the real changes of PP2 and PP3 tracked, PP1 kept. */
  function realPairXml(): { xml: string; old: string[]; neu: string[] } {
    const old = ['pp1', 'pp2', 'pp3'].map((id) => text(hrc19, id));
    const neu = ['pp1', 'pp2', 'pp3'].map((id) => text(hrc28, id));
    const [, pp3Head, pp3Tail] = /^(.*?)16\/22 of 25(.*)$/s.exec(old[2]!)!;
    expect(neu[2]).toContain('25/3 of 27');
    const [pp2Head] = old[1]!.split('High-level Plenary Meeting') as [string];
    const pp2Tail = old[1]!.slice(pp2Head.length + 'High-level Plenary Meeting'.length);
    const paragraphs = [
      p(t('The Human Rights Council,')),
      p(t(old[0]!)),
      p(t(pp2Head), del('High-level Plenary Meeting'), ins('high-level plenary meeting'), t(pp2Tail)),
      p(t(pp3Head!), del('16/22 of 25'), ins('25/3 of 27'), t(pp3Tail!)),
    ];
    return {
      xml: documentXml(...paragraphs),
      old: ['The Human Rights Council,', ...old],
      neu: ['The Human Rights Council,', old[0]!, `${pp2Head}high-level plenary meeting${pp2Tail}`, `${pp3Head}25/3 of 27${pp3Tail}`],
    };
  }

  it('reads a Word file built with jszip: both versions, the authors and the count of changes', async () => {
    const { xml, old, neu } = realPairXml();
    const v = await readTrackedDocx(await wordFile(xml), 'proposal.docx');
    expect(v.old).toBe(`${old.join('\n\n')}\n`);
    expect(v.new).toBe(`${neu.join('\n\n')}\n`);
    expect(v.changes).toBe(4);
    expect(v.authors).toEqual(['Delegation B', 'Delegation A']);
    // Both versions parse; the old one has 19/33's own paragraphs.
    expect(parseResolution(v.old).preamble.map((x) => x.text)).toEqual(old.slice(1));
  });

  it('refuses a Word file without tracked changes, or with formatting changes only: compare it as a document instead', async () => {
    const plain = await wordFile(documentXml(p(t(text(hrc19, 'pp1')))));
    const e = await refusal(readTrackedDocx(plain, 'clean.docx'));
    expect(e.code).toBe('NO_CHANGES');
    expect(e.message).toContain('clean.docx');
    const formatted = await wordFile(documentXml(`<w:p><w:r><w:rPr><w:b/><w:rPrChange ${rev('A')}><w:rPr/></w:rPrChange></w:rPr><w:t>${escape(text(hrc19, 'pp1'))}</w:t></w:r></w:p>`));
    expect((await refusal(readTrackedDocx(formatted, 'bold.docx'))).code).toBe('NO_CHANGES');
  });

  it('refuses what is not a Word file, and a Word file with no text', async () => {
    expect((await refusal(readTrackedDocx(new TextEncoder().encode(text(hrc19, 'pp1')), 'text.docx'))).code).toBe('BAD_FILE');
    const zip = new JSZip();
    zip.file('notes.txt', text(hrc19, 'pp1'));
    expect((await refusal(readTrackedDocx(await zip.generateAsync({ type: 'uint8array' }), 'notes.docx'))).code).toBe('BAD_FILE');
    expect((await refusal(readTrackedDocx(await wordFile(documentXml(p(ins('')))), 'empty.docx'))).code).toBe('EMPTY');
    // All of it deleted: no new version.
    const gone = await refusal(readTrackedDocx(await wordFile(documentXml(pMarked('del', del(text(hrc19, 'pp1'))))), 'gone.docx'));
    expect(gone).toMatchObject({ code: 'EMPTY', side: 'new' });
    expect(gone.message).toContain('gone.docx holds no text once every change is accepted');
  });

  it("reads the custom properties in which resdiff's own reports name the texts they compare", async () => {
    const { xml } = realPairXml();
    const zip = new JSZip();
    zip.file('[Content_Types].xml', CONTENT_TYPES);
    zip.file(
      '_rels/.rels',
      RELS.replace('</Relationships>', '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'),
    );
    zip.file('word/document.xml', xml);
    const property = (pid: number, name: string, value: string) =>
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${escape(name)}"><vt:lpwstr>${escape(value)}</vt:lpwstr></property>`;
    zip.file(
      'docProps/custom.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
        property(2, 'resdiff old symbol', 'A/HRC/RES/19/33') +
        property(3, 'resdiff new symbol', 'A/HRC/RES/28/2') +
        property(4, 'resdiff new title', hrc28.title!) +
        property(5, '__proto__', 'x') +
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="6" name="Pages"><vt:i4>3</vt:i4></property></Properties>',
    );
    const v = await readTrackedDocx(await zip.generateAsync({ type: 'uint8array' }), 'report.docx');
    expect(v.properties['resdiff old symbol']).toBe('A/HRC/RES/19/33');
    expect(Object.getPrototypeOf(v.properties)).toBe(Object.prototype);
    expect(v.reported).toEqual({ old: { symbol: 'A/HRC/RES/19/33', title: null }, new: { symbol: 'A/HRC/RES/28/2', title: hrc28.title } });
    expect(reportedPair(v.properties)).toEqual(v.reported);
    const parsed = parseResolution(v.new);
    expect(namedAsReported(parsed, reportedPair(v.properties)!.new)).toMatchObject({ symbol: 'A/HRC/RES/28/2', title: hrc28.title });
    // A Word file that is not a resdiff report names nothing.
    expect(reportedPair({ Pages: '3' })).toBeNull();
    expect(await readTrackedDocx(await wordFile(xml), 'proposal.docx')).toMatchObject({ properties: {}, reported: null });
  });

  it('finds the main document where the package relationships say it is', async () => {
    const { xml, old } = realPairXml();
    const zip = new JSZip();
    zip.file('[Content_Types].xml', CONTENT_TYPES);
    zip.file('_rels/.rels', RELS.replace('Target="word/document.xml"', 'Target="/doc/main.xml"'));
    zip.file('doc/main.xml', xml);
    const v = await readTrackedDocx(await zip.generateAsync({ type: 'uint8array' }), 'moved.docx');
    expect(v.old).toBe(`${old.join('\n\n')}\n`);
  });
});

describe('the budgets of any Word file hold for a tracked one', () => {
  it('refuses a ZIP bomb, honest or lying about its sizes, before reading any XML', async () => {
    for (const lie of [false, true]) {
      const e = await refusal(readTrackedDocx(await zipBomb({ lie }), 'bomb.docx'));
      expect(e.code).toBe('TOO_LARGE');
    }
    expect(MAX_UNZIPPED_BYTES).toBeLessThan(2 ** 30);
  }, 60_000);

  it('refuses a file of 100,000 tracked insertions by its count of XML elements', async () => {
    // One real paragraph (A/HRC/RES/19/33 PP1), one insertion per word, again and again.
    const words = text(hrc19, 'pp1').split(' ');
    const runs: string[] = [];
    for (let k = 0; k < 100_000; k++) runs.push(`<w:ins w:id="${k}" w:author="A">${t(`${words[k % words.length]!} `)}</w:ins>`);
    const bytes = await wordFile(documentXml(`<w:p>${runs.join('')}</w:p>`));
    const e = await refusal(readTrackedDocx(bytes, 'many.docx'));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toContain('XML elements');
    // The same file under limits it passes is read: the refusal came from the limit (then it is
    // refused for what it is: all inserted, no old version).
    const again = await refusal(readTrackedDocx(bytes, 'many.docx', { ...TEXT_LIMITS, maxXmlElements: 1_000_000 }));
    expect(again).toMatchObject({ code: 'EMPTY', side: 'old' });
    expect(again.message).toContain('all of it is tracked as inserted');
  }, 60_000);

  it('refuses a tracked file whose deleted text passes the text limit, though its new version is short', async () => {
    const pp1 = text(hrc19, 'pp1');
    const many = Array.from({ length: 400 }, () => p(del(pp1)));
    const bytes = await wordFile(documentXml(p(t(pp1)), ...many));
    const e = await refusal(readTrackedDocx(bytes, 'deleted.docx', { ...TEXT_LIMITS, maxTextBytes: 64 * 1024 }));
    expect(e.code).toBe('TOO_LARGE');
  });
});
