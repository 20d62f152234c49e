// Tokenisers: inline-diff tokens that cover a text exactly, and cheap similarity features.
import { isCjkChar } from './cjk.js';
import { latinTokens } from './words.js';


let segmenter: Intl.Segmenter | undefined;
function zhSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

// Words this very segmenter gave for a piece before: the build segments the corpus texts' pieces
// (source/corpusSegments.ts) so that a diff of corpus texts need not start the segmenter, which
// costs about a sixth of a node start (ICU lists every locale it knows first). Held only for the
// ICU that made them, and only for those exact pieces: the words are the segmenter's own.
const remembered = new Map<string, readonly string[]>();
let recording: Map<string, readonly string[]> | undefined;

/** Remembers the segmenter's words for pieces (what `segmentsGiven` returned, on this ICU). */
export function rememberSegments(entries: Iterable<readonly [string, readonly string[]]>): void {
  for (const [piece, words] of entries) remembered.set(piece, words);
}

/** Starts noting every piece the segmenter is given, with its words (the build's use). */
export function recordSegments(): void {
  recording = new Map();
}

/** The pieces segmented since `recordSegments` (by the segmenter or from memory), with their words, in order of arrival. */
export function segmentsGiven(): [string, readonly string[]][] {
  return [...(recording ?? [])];
}

/** One call of the segmenter: the words of a CJK piece (exported for tests). */
export function zhSegments(piece: string): string[] {
  const known = remembered.get(piece);
  const words = known !== undefined ? [...known] : Array.from(zhSegmenter().segment(piece), (s) => s.segment);
  recording?.set(piece, [...words]);
  return words;
}

/**
 * The most UTF-16 units one segmenter call is given. Intl.Segmenter (ICU) falls off a cliff on
 * long unbroken CJK text: 65,500 characters take about a second, 65,536 take a minute and a half.
 * A paragraph of a resolution is far shorter; longer runs are segmented in pieces.
 */
export const SEGMENT_LIMIT = 4096;

// Where a long run may be cut without changing its words: after CJK punctuation or a closing
// bracket, which end a word in any segmentation.
const SAFE_CUT_AFTER = new Set('，。；、：！？．）》」』】〉〕〗〙〛'.split(''));

/** How many units at the end of a window without punctuation are segmented again with what follows. */
const overlap = (limit: number) => Math.min(64, Math.floor(limit / 4));

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * The words of a CJK run, no segmenter call given more than `limit` units. A longer run is cut
 * after the last punctuation mark of each window of `limit` units; a window without any is
 * segmented as it is and its words kept but those in its last few units (`overlap`), which are
 * segmented again with the text after them, so that a word is not cut where the window ends.
 */
function segmentRun(run: string, limit: number, segment: (piece: string) => string[], out: string[]): void {
  let start = 0;
  while (run.length - start > limit) {
    let end = start + limit;
    let cut = end;
    while (cut > start && !SAFE_CUT_AFTER.has(run[cut - 1]!)) cut--;
    if (cut > start) {
      for (const word of segment(run.slice(start, cut))) out.push(word);
      start = cut;
      continue;
    }
    if (isHighSurrogate(run.charCodeAt(end - 1))) end--;
    const keepTo = end - overlap(limit);
    let at = start;
    for (const word of segment(run.slice(start, end))) {
      // The first word always, so that the run advances (a window that is one word is kept whole).
      if (at > start && at + word.length > keepTo) break;
      out.push(word);
      at += word.length;
    }
    start = at;
  }
  for (const word of segment(run.slice(start))) out.push(word);
}

/** Splits text into alternating runs of CJK and non-CJK characters. */
function scriptRuns(text: string): { cjk: boolean; text: string }[] {
  const runs: { cjk: boolean; text: string }[] = [];
  for (const ch of text) {
    const cjk = isCjkChar(ch);
    const last = runs[runs.length - 1];
    if (last && last.cjk === cjk) last.text += ch;
    else runs.push({ cjk, text: ch });
  }
  return runs;
}

/**
 * diffTokens with the piece limit and the segmenter as parameters (exported for tests; a limit
 * of Infinity gives each CJK run to the segmenter whole).
 */
export function diffTokensWith(text: string, limit: number, segment: (piece: string) => string[] = zhSegments): string[] {
  if (!(limit >= 4)) throw new RangeError(`the piece limit must be at least 4, not ${limit}`);
  const tokens: string[] = [];
  for (const run of scriptRuns(text)) {
    if (run.cjk) {
      segmentRun(run.text, limit, segment, tokens);
    } else {
      // A word, with inner . / - ' kept so that "16/22", "A/CONF.157/24" and "high-level" stay whole.
      latinTokens(run.text, tokens);
    }
  }
  return tokens;
}

/**
 * Inline-diff tokens. Latin text splits into words (with inner punctuation), single spaces
 * and single punctuation marks; CJK runs go through `Intl.Segmenter('zh', {granularity:'word'})`,
 * a run longer than SEGMENT_LIMIT in pieces (see segmentRun).
 * Joining the tokens gives back `text` exactly.
 */
export function diffTokens(text: string): string[] {
  return diffTokensWith(text, SEGMENT_LIMIT);
}
