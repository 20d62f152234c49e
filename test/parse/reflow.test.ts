// Layout never counts as a change: a re-flowed copy of a corpus text has the same paragraphs.
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { hasDifferences } from '../../src/model/comparison.js';
import { allParagraphs } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { corpusText } from '../helpers/corpus.js';
import { reflowIndented } from '../helpers/reflow.js';

describe('re-flowed copies', () => {
  it.each([
    ['A-RES-68-160.zh.txt', 17, false],
    ['A-RES-68-160.zh.txt', 33, false],
    ['A-RES-51-100.en.txt', 50, true],
    ['A-RES-51-100.en.txt', 95, true],
  ] as const)('%s broken at %i columns parses to the same paragraphs', (file, width, latin) => {
    const raw = corpusText(file);
    const copy = reflowIndented(raw, width, latin);
    expect(copy).not.toBe(raw);
    expect(copy).not.toContain('undocs.org');
    expect(copy).not.toMatch(/\p{Script=Han} \d/u);
    const a = parseResolution(raw);
    const b = parseResolution(copy);
    expect(allParagraphs(b).map((p) => p.text)).toEqual(allParagraphs(a).map((p) => p.text));
    expect(allParagraphs(b).map((p) => p.footnotes)).toEqual(allParagraphs(a).map((p) => p.footnotes));
    const c = compareResolutions(a, b);
    expect(hasDifferences(c)).toBe(false);
    expect(c.summary.unchanged).toBe(allParagraphs(a).length);
  });

  it('treats full-width, no-break and tab spaces like a plain space', () => {
    const raw = corpusText('A-RES-51-100.en.txt');
    const spaced = raw.replace(/the Charter/g, 'the\u3000Charter').replace(/genuine cooperation/g, 'genuine\u00a0\tcooperation');
    const c = compareResolutions(parseResolution(raw), parseResolution(spaced));
    expect(hasDifferences(c)).toBe(false);
  });

  it('ignores CRLF line endings and zero-width characters', () => {
    const raw = corpusText('A-RES-68-160.zh.txt');
    const windows = raw.replace(/\n/g, '\r\n').replace(/国际合作/g, '国际\u200b合作');
    const c = compareResolutions(parseResolution(raw), parseResolution(windows));
    expect(hasDifferences(c)).toBe(false);
  });
});

describe('re-wrapped right-docs texts (paragraphs may start mid-line)', () => {
  /** Test fixture: the body's words re-wrapped at `width` with no blank lines, header kept. */
  function rewrap(raw: string, width: number): string {
    const lines = raw.split('\n');
    const opening = lines.findIndex((l) => /^\s*The Human Rights Council,\s*$/.test(l));
    const words = lines.slice(opening + 1).join(' ').split(/\s+/).filter(Boolean);
    const out: string[] = [];
    let line = '';
    for (const w of words) {
      if (line !== '' && line.length + 1 + w.length > width) {
        out.push(line);
        line = w;
      } else line = line === '' ? w : `${line} ${w}`;
    }
    out.push(line);
    return [...lines.slice(0, opening + 1), ...out].join('\n');
  }

  it.each(['A-HRC-RES-19-33.en.txt', 'A-HRC-RES-28-2.en.txt'])('%s re-wrapped at 50 and 90 columns', (file) => {
    const raw = corpusText(file);
    for (const width of [50, 90]) {
      const c = compareResolutions(parseResolution(raw), parseResolution(rewrap(raw, width)));
      expect(hasDifferences(c), `${file} at ${width}`).toBe(false);
      expect(c.summary.unchanged).toBe(4);
    }
  });
});
