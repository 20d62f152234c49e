// Layouts beyond the corpus files: one paragraph per line (Word, pasted text), cut-off texts.
import { describe, expect, it } from 'vitest';
import { allParagraphs } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { parseCorpus } from '../helpers/corpus.js';

/** Test fixture: a corpus text written one paragraph per line, as Word or a paste gives it. */
function perLine(file: string, opening: string, blank: boolean): string {
  const r = parseCorpus(file);
  const lines = [r.title ?? '', opening, ...r.preamble.map((p) => p.text), ...r.operative.map((p) => (p.number === null ? p.text : `${p.number}. ${p.text}`))];
  return lines.join(blank ? '\n\n' : '\n');
}

describe('one paragraph per line', () => {
  it.each([
    ['A-RES-68-160.zh.txt', '大会，', true],
    ['A-RES-68-160.zh.txt', '大会，', false],
    ['A-RES-51-100.en.txt', 'The General Assembly,', false],
    ['A-HRC-DEC-22-116.en.txt', 'The Human Rights Council,', false],
  ] as const)('%s (blank lines: %s) gives the same paragraphs', (file, opening, blank) => {
    const original = parseCorpus(file);
    const pasted = parseResolution(perLine(file, opening, blank));
    expect(allParagraphs(pasted).map((p) => [p.section, p.number, p.text])).toEqual(
      allParagraphs(original).map((p) => [p.section, p.number, p.text]),
    );
  });

  it('keeps an operative verb inside the preamble preambular when preambular paragraphs follow it', () => {
    const text = ['大会，', '回顾其决议，', '决定继续审议这个问题', '又回顾其决议，', '1. 请秘书长提交报告。'].join('\n');
    const r = parseResolution(text);
    expect(r.preamble.map((p) => p.text)).toEqual(['回顾其决议，', '决定继续审议这个问题', '又回顾其决议，']);
    expect(r.operative.map((p) => p.number)).toEqual([1]);
  });

  it('starts a paragraph with a certain opener after a line cut off mid-sentence', () => {
    const text = ['The General Assembly,', 'Recalling the Durban Review Co', 'Reaffirming its commitment to promote international cooperation,'].join('\n\n');
    expect(parseResolution(text).preamble.map((p) => p.leadVerb)).toEqual(['Recalling', 'Reaffirming']);
  });

  it('reads operative numbers past 999 when they run in sequence', () => {
    const ops = Array.from({ length: 1002 }, (_, k) => `${k + 1}. Decides to consider item ${k + 1};`);
    const r = parseResolution(['The General Assembly,', ...ops].join('\n'));
    expect(r.operative).toHaveLength(1002);
    expect(r.operative[1001]!.number).toBe(1002);
  });
});
