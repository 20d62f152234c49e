// Broken spacing: PDF text from some viewers puts spaces inside words ("Reaf firming its comm
// itment", "Septem ber 201 5", "大 会"). Finding it and taking those spaces out again.
// Layer: repair, between the sources and the parser (pure). Imports lang/ and text/ only; the word
// list is handed in by the caller, which loads it (src/source/loadDocument.ts).
import type { LanguageRules, WordListSource } from '../lang/types.js';

/** A language's words, lower-case: the joined form of fragments must be one of them. */
export interface WordSet {
  has(word: string): boolean;
  /** Names (lower-case) the list lacks: a joined form may be one ("dur ban" -> "durban"), a fragment never counts as a word by it. */
  hasName?(word: string): boolean;
}

/** A text with its broken spacing taken out, and how many spaces were taken out. */
export interface SpacingRepair {
  text: string;
  joins: number;
}

/** One run of letters or of digits in a text, with where it stands. */
interface Fragment {
  start: number;
  end: number;
  text: string;
  digits: boolean;
}

const FRAGMENT = /[\p{L}\p{M}]+|\p{Nd}+/gu;
const LOWER_START = /^\p{Ll}/u;
const HAN = /\p{Script=Han}/u;
/** The fewest fragments a text needs before its share of non-words says anything. */
const MIN_FRAGMENTS = 40;
/** Texts are sampled from the start: this many characters say whether the spacing is broken. */
const SAMPLE = 20_000;
/** The cheap first look reads fewer (every normal diff pays it, twice): some 800 words. */
const LOOK = 6_000;

function fragmentsOf(text: string): Fragment[] {
  const out: Fragment[] = [];
  for (const m of text.matchAll(FRAGMENT)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], digits: /^\p{Nd}/u.test(m[0]) });
  }
  return out;
}

/** Two fragments stand apart by exactly one plain space: the only gap a viewer's broken spacing makes. */
function oneSpaceApart(text: string, a: Fragment, b: Fragment): boolean {
  return b.start === a.end + 1 && text[a.end] === ' ';
}

/** Whether a fragment is a word: a short one of the language's few, a longer one of the list; an elided one ("l'", "qu'") always. */
function wordTest(rules: LanguageRules, list: WordSet | null): (text: string, f: Fragment) => boolean {
  const short = new Set(rules.wordList?.short ?? []);
  return (text, f) => {
    if (ELISION.test(text[f.end] ?? '')) return true;
    const lower = f.text.toLowerCase();
    if (lower.length <= 3) return short.has(lower);
    return list !== null && list.has(lower);
  };
}

const ELISION = /['’]/;

/**
 * The cheap first look, with no word list: whether a text may have broken spacing. A viewer's
 * broken words leave many fragments of one to three letters that are none of the language's
 * short words ("int ernation al", "Reca llin g", "Septem ber"); a normal text has few (an
 * abbreviation, a letter of a list). A false alarm only costs loading the word list, which has
 * the last say (`looksBroken`). Chinese: many spaces between Han characters.
 */
export function mayBeBroken(text: string, rules: LanguageRules): boolean {
  const sample = text.slice(0, LOOK);
  if (rules.joinsLinesWithoutSpace) return hanSpaceShare(sample) > HAN_SPACE_SHARE;
  if (rules.wordList === null) return false;
  // Patterns of plain ranges (no Unicode classes to build), run natively: every normal diff pays this look.
  const fragments = sample.match(LATIN_RUN)?.length ?? 0;
  if (fragments < MIN_FRAGMENTS) return false;
  const short = new Set(rules.wordList.short);
  let odd = 0;
  for (const f of sample.match(SHORT_LOWER_RUN) ?? []) if (!short.has(f.toLowerCase())) odd++;
  return odd / fragments > SHORT_SHARE;
}

const LATIN = 'A-Za-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
/** A run of Latin letters (basic, Latin-1, Extended-A and -B). */
const LATIN_RUN = new RegExp(`[${LATIN}]+`, 'g');
/** A run of one to three Latin letters starting in lower case, not elided ("l'"): "int", "ber", "g". */
const SHORT_LOWER_RUN = new RegExp(`(?<![${LATIN}])[a-z\\u00df-\\u00f6\\u00f8-\\u00ff][${LATIN}]{0,2}(?![${LATIN}'\\u2019])`, 'g');

/** Share of odd short fragments past which `mayBeBroken` looks further (normal corpus texts: 0.01 at most; broken with a fifth of the words split: 0.09 or more). */
const SHORT_SHARE = 0.04;
/** Share of fragments that are no word past which a text's spacing is broken (normal corpus texts: 0.05 at most; broken: 0.4 or more). */
const NON_WORD_SHARE = 0.15;
/** Share of Han-Han neighbours with a space between them past which a Chinese text's spacing is broken (normal corpus texts: 0.004 at most; broken with a tenth of them spaced: 0.1 or more). */
const HAN_SPACE_SHARE = 0.05;

/** The share of letter fragments (of the sampled start) that are not words, by the rules' short words and the list. */
export function nonWordShare(text: string, rules: LanguageRules, words: WordSet): number {
  const sample = text.slice(0, SAMPLE);
  const frags = fragmentsOf(sample).filter((f) => !f.digits);
  if (frags.length === 0) return 0;
  const isWord = wordTest(rules, words);
  let non = 0;
  for (const f of frags) if (!isWord(sample, f)) non++;
  return non / frags.length;
}

/** Whether a text's spacing is broken, the word list having the last say: a high share of fragments are no word. */
export function looksBroken(text: string, rules: LanguageRules, words: WordSet): boolean {
  const frags = fragmentsOf(text.slice(0, SAMPLE)).filter((f) => !f.digits);
  return frags.length >= MIN_FRAGMENTS && nonWordShare(text, rules, words) > NON_WORD_SHARE;
}

/** Of the neighbouring Han characters, the share with one space between them ("大 会"). */
function hanSpaceShare(text: string): number {
  // Patterns of plain ranges (the common Han blocks, as text/cjk.ts's hanRatio), run natively: every Chinese diff pays this look.
  const spaced = text.match(HAN_SPACE_HAN)?.length ?? 0;
  const glued = text.match(HAN_HAN)?.length ?? 0;
  return spaced + glued < MIN_FRAGMENTS ? 0 : spaced / (spaced + glued);
}

const HAN_CODES = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** A Han ideograph, a space, a Han ideograph (the last not taken, so that runs count each gap). */
const HAN_SPACE_HAN = new RegExp(`[${HAN_CODES}] (?=[${HAN_CODES}])`, 'g');
const HAN_HAN = new RegExp(`[${HAN_CODES}](?=[${HAN_CODES}])`, 'g');

/** The most fragments one word is joined from ("int ernation al" is three). */
const MAX_PARTS = 4;
/** A join of fragments that are each a word ("promo ting") needs the joined word this long (or another reason: `splitOfWords`). */
const LONG_JOIN = 7;

/**
 * Whether fragments that are each a word were more likely one word: the joined word is long and
 * none of its parts is a short word of the language ("promo ting", "inter national"; but "carry
 * out", "per cent") or it has three parts ("sess i on": three words in a row rarely make one), or it ends in a part of four letters or more that stands nowhere else in the
 * text ("a mong", "be fore", "is sues"; but "a new", "up on").
 */
function splitOfWords(parts: readonly string[], counts: ReadonlyMap<string, number>): boolean {
  const joined = parts.join('');
  if (joined.length >= LONG_JOIN && (parts.length >= 3 || parts.every((p) => p.length > 3))) return true;
  const last = parts[parts.length - 1]!;
  return last.length >= 4 && (counts.get(last) ?? 0) <= 1;
}

/**
 * Joins the fragments of one run (fragments one space apart, each after the first starting in
 * lower case) into words. Chooses, over all ways of grouping the run, the one with the fewest
 * fragments left that are no word, then the most joins. A group of two or more fragments is
 * allowed only when its joined form is a word of the list or a name of the language's dictionary
 * ("Dur ban" -> "Durban"), and, when every part is a word itself ("a new", "up on", "in form"),
 * only when the joined word is long or stands whole elsewhere in the text ("inter national"
 * where "international" is seen): short joins of two real words are more often two words.
 */
function groupRun(text: string, run: readonly Fragment[], isWord: (text: string, f: Fragment) => boolean, words: WordSet, counts: ReadonlyMap<string, number>, short: ReadonlySet<string>, apart: ReadonlySet<string>): number[] {
  const seen = counts;
  const n = run.length;
  const word = run.map((f) => isWord(text, f));
  // cost[i]: the best cost of the first i fragments; cut[i]: where its last group starts.
  const cost = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const cut = new Array<number>(n + 1).fill(0);
  cost[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = i - 1; j >= Math.max(0, i - MAX_PARTS); j--) {
      let c: number;
      if (i - j === 1) c = word[j] ? 0 : 10;
      else {
        // An elided word ("l'", "qu'") ends no join: "que l'Organisation" is not "quel".
        if (ELISION.test(text[run[i - 1]!.end] ?? '')) continue;
        const parts = run.slice(j, i).map((f) => f.text.toLowerCase());
        const joined = parts.join('');
        if (apart.has(parts.join(' '))) continue;
        // Not "seen in the text" alone: a broken text is full of fragments ("ession") seen elsewhere.
        const known = joined.length >= 4 && (words.has(joined) || words.hasName?.(joined) === true);
        if (!known) continue;
        const allWords = word.slice(j, i).every(Boolean);
        if (allWords && !seen.has(joined) && !splitOfWords(parts, counts)) continue;
        // Each short word of the language taken into a join costs a little: "the se minar" is
        // "the seminar" rather than "these minar".
        c = -(i - j - 1) + 0.1 * parts.filter((p) => p.length <= 3 && short.has(p)).length;
        // A short word after a word is a word of its own: "car ry out" is "carry out", not "carryout".
        const last = parts[parts.length - 1]!;
        if (short.has(last) && words.has(parts.slice(0, -1).join(''))) c += 1.2;
      }
      if (cost[j]! + c < cost[i]!) {
        cost[i] = cost[j]! + c;
        cut[i] = j;
      }
    }
  }
  // The starts of the groups, read back from the end.
  const starts: number[] = [];
  for (let i = n; i > 0; i = cut[i]!) starts.push(cut[i]!);
  return starts.reverse();
}

/** A year split by the viewer ("201 5", "19 98"): two runs of at most three digits that make 1900 to 2099 together. */
function splitYear(a: string, b: string): boolean {
  if (a.length > 3 || b.length > 3 || a.length + b.length !== 4) return false;
  const year = Number(a + b);
  return year >= 1900 && year <= 2099 && a[0] !== '0' && (a.length >= 2 || a === '1' || a === '2');
}

/** The spaces of a Latin-script (or any spaced) text to take out, by the word list. */
function spacesToRemove(text: string, rules: LanguageRules, words: WordSet): number[] {
  const frags = fragmentsOf(text);
  const isWord = wordTest(rules, words);
  const apart = new Set(rules.wordList?.apart ?? []);
  // How often each fragment stands in the text: a word seen whole is a word of this text.
  const counts = new Map<string, number>();
  for (const f of frags) if (!f.digits) counts.set(f.text.toLowerCase(), (counts.get(f.text.toLowerCase()) ?? 0) + 1);
  const short = new Set(rules.wordList?.short ?? []);
  const spaces: number[] = [];
  let i = 0;
  while (i < frags.length) {
    const f = frags[i]!;
    if (f.digits) {
      const next = frags[i + 1];
      // Years only, and never in a row of numbers ("1 9 98" is no year): "paragraphs 1 2" stays.
      const inRow = /\p{Nd} $/u.test(text.slice(Math.max(0, f.start - 2), f.start));
      if (next?.digits && oneSpaceApart(text, f, next) && splitYear(f.text, next.text) && !inRow && !/[\p{Nd}/.,]/u.test(text[f.start - 1] ?? '')) {
        spaces.push(f.end);
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    let k = i + 1;
    while (k < frags.length && !frags[k]!.digits && oneSpaceApart(text, frags[k - 1]!, frags[k]!) && LOWER_START.test(frags[k]!.text)) k++;
    if (k - i >= 2) {
      const run = frags.slice(i, k);
      const starts = new Set(groupRun(text, run, isWord, words, counts, short, apart));
      for (let r = 1; r < run.length; r++) if (!starts.has(r)) spaces.push(run[r]!.start - 1);
    }
    i = k;
  }
  return spaces;
}

/**
 * The spaces of a Chinese text to take out: every single space between two Han characters,
 * except before a body's name ("…国际合作 大会，"), where a one-line text ends its title. (Its
 * paragraphs stand after a comma and a space, which no repair touches.)
 */
function hanSpacesToRemove(text: string, rules: LanguageRules): number[] {
  const spaces: number[] = [];
  for (let k = 1; k + 1 < text.length; k++) {
    if (text[k] !== ' ' || !HAN.test(text[k - 1]!) || !HAN.test(text[k + 1]!)) continue;
    const after = text.slice(k + 1, k + 21);
    if (!rules.bodies.some((b) => b.pattern !== null && after.search(b.pattern) === 0)) spaces.push(k);
  }
  return spaces;
}

function without(text: string, spaces: readonly number[]): string {
  if (spaces.length === 0) return text;
  const sorted = [...spaces].sort((a, b) => a - b);
  let out = '';
  let from = 0;
  for (const s of sorted) {
    out += text.slice(from, s);
    from = s + 1;
  }
  return out + text.slice(from);
}

/**
 * Takes the spurious spaces out of a text whose spacing is broken: joins fragments into words of
 * the list (Latin and Cyrillic scripts), or Han characters (Chinese). Removes spaces only, so the
 * repaired text is the broken one less some spaces, never a character more or another one lost.
 * The caller decides first that the spacing is broken (`mayBeBroken`, then `looksBroken`): a
 * normal text is never handed here.
 *
 * @example repairSpacing('Reaf firming its comm itment', en, words) // { text: 'Reaffirming its commitment', joins: 2 }
 */
export function repairSpacing(text: string, rules: LanguageRules, words: WordSet | null): SpacingRepair {
  const spaces = rules.joinsLinesWithoutSpace ? hanSpacesToRemove(text, rules) : words ? spacesToRemove(text, rules, words) : [];
  return { text: without(text, spaces), joins: spaces.length };
}

/** What the repair did to a text: its text to parse, and the spaces taken out (0: left as it was). */
export interface RepairedText {
  text: string;
  joins: number;
}

/**
 * A text ready for the parser: repaired when its spacing is broken, else the same text with 0 joins.
 *
 * @example repairText('Reaf firming its comm itment …', rulesFor('en'), loadWordList).joins // 2 or more
 */
export function repairText(text: string, rules: LanguageRules, load: (source: WordListSource) => WordSet): RepairedText {
  if (!mayBeBroken(text, rules)) return { text, joins: 0 };
  if (rules.joinsLinesWithoutSpace) return repairSpacing(text, rules, null);
  if (rules.wordList === null) return { text, joins: 0 };
  const words = load(rules.wordList);
  if (!looksBroken(text, rules, words)) return { text, joins: 0 };
  return repairSpacing(text, rules, words);
}
