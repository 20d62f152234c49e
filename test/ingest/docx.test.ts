// Reading Word files: paragraphs, footnote marks where the references are, and the footnotes.
// The Word files are derived fixtures built from the corpus texts (scripts/fixtures.ts), with
// the footnotes as real Word footnotes.
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../scripts/fixtures.js';
import { docxToText, mammothHtmlToText } from '../../src/ingest/docx.js';
import { allParagraphs, type Resolution } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { parseCorpus } from '../helpers/corpus.js';

const paragraphs = (r: Resolution) => allParagraphs(r).map((p) => ({ id: p.id, text: p.text, footnotes: p.footnotes }));

describe('a Word file of a resolution', () => {
  for (const file of ['A-RES-68-160.zh.txt', 'A-RES-51-100.en.txt']) {
    it(`${file}: the same paragraphs, marks and footnotes as the text`, async () => {
      const original = parseCorpus(file);
      expect(original.footnotes.length).toBeGreaterThan(0);
      const read = parseResolution(await docxToText(await buildDocx(original), `${file}.docx`));
      expect(paragraphs(read)).toEqual(paragraphs(original));
      expect(read.footnotes).toEqual(original.footnotes);
      expect(read.warnings).toEqual([]);
    });
  }

  it('whose paragraphs cite footnotes it does not hold is still read, without marks', async () => {
    // 55/109's corpus text has its marks but not its footnotes: the Word file built from it
    // refers to footnotes 1 to 3 and holds none, which mammoth's HTML writer cannot take.
    const original = parseCorpus('A-RES-55-109.zh.txt');
    expect(original.footnotes).toEqual([]);
    expect(allParagraphs(original).some((p) => p.footnotes.length > 0)).toBe(true);
    const read = parseResolution(await docxToText(await buildDocx(original), '55-109.docx'));
    expect(allParagraphs(read).map((p) => p.text)).toEqual(allParagraphs(original).map((p) => p.text));
    expect(allParagraphs(read).every((p) => p.footnotes.length === 0)).toBe(true);
  });
});

describe("mammoth's HTML as plain text", () => {
  const ref = (id: string, shown: number) => `<sup><a href="#footnote-${id}" id="footnote-ref-${id}">[${shown}]</a></sup>`;
  const note = (id: string, html: string) => `<li id="footnote-${id}"><p>${html} <a href="#footnote-ref-${id}">↑</a></p></li>`;

  it('puts references side by side on lines of their own, numbered in the order cited', () => {
    const html = `<p>Recalling its resolution 66/152${ref('7', 1)}${ref('3', 2)} and</p><p>Noting${ref('7', 1)} also</p><ol>${note('3', 'Second.')}${note('7', 'First.')}</ol>`;
    expect(mammothHtmlToText(html)).toBe('Recalling its resolution 66/152\n1\n2\n and\n\nNoting\n1\n also\n\n__________\n\n1 First.\n2 Second.\n');
  });

  it('leaves out notes nobody cites, and the rule when nothing is cited', () => {
    expect(mammothHtmlToText(`<p>Text</p><ol>${note('4', 'Never cited.')}</ol>`)).toBe('Text\n');
  });

  it('decodes entities, keeps line breaks, and drops markup', () => {
    expect(mammothHtmlToText('<h1>A &amp; B</h1><p><strong>x</strong> &lt;script&gt;<br />y &quot;z&quot; &#39;w&#39;</p><table><tr><td><p>cell</p></td></tr></table>')).toBe(
      'A & B\n\nx <script>\ny "z" \'w\'\n\ncell\n',
    );
  });

  it('reads entities, nested inline markup, line breaks, table cells and a reference in one document', () => {
    const html =
      '<p><strong>Fish &amp; <em>chips</em></strong> &lt;b&gt;not a tag&lt;/b&gt;' +
      ref('2', 1) +
      '<br />next line</p>' +
      `<table><tr><td><p>A &amp; B</p></td><td><p><em>cell<strong> two</strong></em>${ref('2', 1)}</p></td></tr></table>` +
      `<ol>${note('2', 'The <em>note</em> &amp; its &lt;text&gt;')}</ol>`;
    expect(mammothHtmlToText(html)).toBe(
      'Fish & chips <b>not a tag</b>\n1\n\nnext line\n\nA & B\n\ncell two\n1\n\n__________\n\n1 The note & its <text>\n',
    );
  });

  it('reads a line break inside a note as a space, and keeps footnotes and endnotes apart', () => {
    const endRef = '<sup><a href="#endnote-1" id="endnote-ref-1">[1]</a></sup>';
    const html = `<p>A${ref('1', 1)} B${endRef}</p><ol>${note('1', 'A/CONF.157/24<br />(Part I)')}</ol><ol><li id="endnote-1"><p>End. <a href="#endnote-ref-1">↑</a></p></li></ol>`;
    expect(mammothHtmlToText(html)).toBe('A\n1\n B\n2\n\n__________\n\n1 A/CONF.157/24 (Part I)\n2 End.\n');
  });
});
