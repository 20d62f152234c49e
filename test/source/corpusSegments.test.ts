// The segmenter's words for corpus pieces, noted by the build and lent to the tokenizer
// (src/source/corpusSegments.ts, text/tokenize.ts): used only for the very pieces and segmenter
// that made them, and the same words the segmenter gives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusSegmentsFile, primeCorpusSegments, segmenterIdentity } from '../../src/source/corpusSegments.js';
import { diffTokens, recordSegments, segmentsGiven, zhSegments } from '../../src/text/tokenize.js';
import { compareCorpusPair } from '../helpers/corpus.js';

const fresh = (piece: string) => Array.from(new Intl.Segmenter('zh', { granularity: 'word' }).segment(piece), (s) => s.segment);
const dir = mkdtempSync(join(tmpdir(), 'resdiff-segments-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('corpus segmentations', () => {
  // Runs first: nothing is remembered yet, so every piece goes to the segmenter and is noted.
  it('notes each piece the segmenter is given with exactly its words (a corpus pair, as the build does)', () => {
    recordSegments();
    compareCorpusPair('A-RES-55-109.zh.txt', 'A-RES-68-160.zh.txt');
    const given = segmentsGiven();
    expect(given.length).toBeGreaterThan(5);
    for (const [piece, words] of given) expect(words, piece).toEqual(fresh(piece));
  });

  it('ignores a file from another segmenter, and entries whose words are not their piece', () => {
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ segmenter: `${segmenterIdentity()} (another)`, pieces: [['重申通过', ['重', '申通过']]] }));
    primeCorpusSegments(other);
    expect(zhSegments('重申通过')).toEqual(fresh('重申通过'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, corpusSegmentsFile([['加强合作', ['加强', '那个']]]));
    primeCorpusSegments(broken);
    expect(zhSegments('加强合作')).toEqual(fresh('加强合作'));
  });

  it('answers a remembered piece from the file (a derived segmentation shows it is the file that answers), others from the segmenter', () => {
    // Derived test entry, not the segmenter's words: 国际合作 cut as 国|际合作 so that the answer's source shows.
    const path = join(dir, 'segments.json');
    writeFileSync(path, corpusSegmentsFile([['国际合作', ['国', '际合作']]]));
    primeCorpusSegments(path);
    expect(zhSegments('国际合作')).toEqual(['国', '际合作']);
    expect(diffTokens('促进国际合作')).toEqual(fresh('促进国际合作'));
    // A build that finds the last build's file still notes every piece (else it would write an empty file).
    recordSegments();
    zhSegments('国际合作');
    expect(segmentsGiven()).toEqual([['国际合作', ['国', '际合作']]]);
  });
});
