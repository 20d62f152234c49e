// Reading an amendment document: its text -> numbered instructions, in the document's language.
// Layer: amend, amendment documents read and applied to a draft (pure). Imports parse/, lang/,
// text/, model/ and util/; imported by the front ends.
//
// The document is cut into instructions by lines: a line numbered "1.", "(a)", "2)" opens one, and
// so does a line the language's grammar says opens one ("In operative paragraph 5, …", "删除执行
// 部分第3段"). An instruction runs on over the next lines while a quotation is open, while it ends
// with a colon, or while it does not read yet. Lines outside instructions (the masthead, the
// sponsors line, the title, closing lines such as "Renumber the operative paragraphs
// accordingly.") are not instructions: they are listed as set aside, never applied.
//
// Quotations are taken out before the grammar reads the words: “…” (with “ ” nested in it),
// ‘…’ nested in a quotation (balanced pairs read back as “…”; a lone ’ is an apostrophe), and
// straight "…"; and the pairs a language adds (`InstructionGrammar.quotes`: French « », Russian
// „ “), whose inner spaces (« X », no-break or not) are not part of the quotation. An instruction whose quotation is never closed is cut off: it is reported as not
// understood, never guessed.
import { rulesFor } from '../lang/index.js';
import type { InstructionGrammar } from '../lang/types.js';
import { quoteSlot, type Instruction } from '../model/instruction.js';
import type { Language } from '../model/resolution.js';
import { cleanInput, joinLines } from '../text/normalize.js';

/** An amendment document as read: its instructions and the lines that are none. */
export interface AmendmentDocument {
  language: Language;
  instructions: Instruction[];
  /** Lines outside any instruction (masthead, sponsors, title, closing lines), in order. */
  setAside: string[];
}


interface Quoted {
  skeleton: string;
  quotes: string[];
  /** Set when a quotation opens and never closes. */
  cutOff: boolean;
}

/**
 * Inside a quotation, ‘ and ’ stand for the “ and ” of the quoted text: balanced ‘…’ pairs read
 * back as “…”, and so does a lone ‘ (never an apostrophe). A ’ right after a Latin letter or digit
 * is an apostrophe ("don’t"; "States’" unless a ‘ is open) and stays; after anything else it is a ”.
 */
function unnest(inner: string): string {
  const chars = [...inner];
  const open: number[] = [];
  chars.forEach((c, k) => {
    if (c === '‘') open.push(k);
    else if (c === '’') {
      const latin = (c: string | undefined) => /[\p{Script=Latin}\p{N}]/u.test(c ?? '');
      const apostrophe = latin(chars[k - 1]) && (latin(chars[k + 1]) || open.length === 0);
      if (apostrophe) return;
      if (open.length > 0) chars[open.pop()!] = '“';
      chars[k] = '”';
    }
  });
  for (const k of open) chars[k] = '“';
  return chars.join('');
}

type Pairs = readonly (readonly [string, string])[];
const CURLY = ['“', '”'] as const;

/** The quotation pairs of a grammar: “ ” first, then the language's own. */
const pairsOf = (g: InstructionGrammar): Pairs => [CURLY, ...(g.quotes ?? [])];

/**
 * The closers still open after `c`, on a stack of closers: a closer of the innermost open pair
 * closes it, an opener of any pair opens one ("« a “b” c »", "« a „b“ c »").
 */
function quoteStep(open: string[], c: string, pairs: Pairs): void {
  if (open.length > 0 && c === open[open.length - 1]) open.pop();
  else {
    const pair = pairs.find((p) => p[0] === c);
    if (pair) open.push(pair[1]);
  }
}

/** Takes the quotations out of an instruction: each becomes a slot ⟦k⟧ in the skeleton. */
export function takeQuotations(text: string, extra: Pairs = []): Quoted {
  const pairs: Pairs = [CURLY, ...extra];
  let skeleton = '';
  const quotes: string[] = [];
  let k = 0;
  while (k < text.length) {
    const c = text[k]!;
    const pair = pairs.find((p) => p[0] === c);
    if (pair || c === '"') {
      let end = -1;
      const open: string[] = [];
      for (let j = k; j < text.length; j++) {
        const d = text[j]!;
        if (c === '"') {
          if (j > k && d === '"') {
            end = j;
            break;
          }
          continue;
        }
        quoteStep(open, d, pairs);
        if (open.length === 0) {
          end = j;
          break;
        }
      }
      if (end < 0) return { skeleton, quotes, cutOff: true };
      skeleton += quoteSlot(quotes.length);
      const quoted = unnest(text.slice(k + 1, end)).replace(/\s+/g, ' ');
      quotes.push(pair && pair !== CURLY ? quoted.trim() : quoted);
      k = end + 1;
    } else {
      skeleton += c;
      k++;
    }
  }
  return { skeleton, quotes, cutOff: false };
}

/** An instruction being read, line by line: its text so far and whether a quotation is open at its end. */
interface Block {
  text: string;
  last: string;
  /** The closers of the quotations open at the end of the text (innermost last), and whether a straight one is. */
  open: string[];
  straight: boolean;
  pairs: Pairs;
}

/** Past this many characters an unfinished instruction is not tried against the grammar again at every line. */
const READ_AGAIN_UP_TO = 20_000;

function startBlock(line: string, pairs: Pairs): Block {
  return track({ text: '', last: line, open: [], straight: false, pairs }, line);
}

/** The block with `piece` appended, its quotation state brought up to date. */
function track(b: Block, piece: string): Block {
  for (const c of piece) {
    if (c === '"' && b.open.length === 0) b.straight = !b.straight;
    else if (!b.straight) quoteStep(b.open, c, b.pairs);
  }
  b.text += piece;
  return b;
}

/**
 * Reads an amendment document in `language` into instructions.
 *
 * @example readAmendmentDocument('1. Delete operative paragraph 4', 'en').instructions[0] // { n: 1, target: 'OP 4', edits: [{ op: 'delete-paragraph' }], text: 'Delete operative paragraph 4' }
 */
export function readAmendmentDocument(text: string, language: Language): AmendmentDocument {
  const rules = rulesFor(language);
  const grammar = rules.instructions;
  const pairs = pairsOf(grammar);
  // Lines join as a paragraph's lines do: Chinese with nothing between them, Latin with a space.
  const separator = (b: Block, line: string) => {
    const pair = joinLines([b.last, line], rules.joinsLinesWithoutSpace);
    return pair.slice(b.last.length, pair.length - line.length);
  };
  const joined = (b: Block, line: string) => b.text + separator(b, line) + line;
  const extend = (b: Block, line: string) => {
    const piece = separator(b, line) + line;
    b.last = line;
    track(b, piece);
  };
  const blocks: Block[] = [];
  const setAside: string[] = [];
  let open: Block | null = null;
  for (const raw of cleanInput(text).split('\n').flatMap((l) => splitRunOn(l, grammar))) {
    const line = raw.trim();
    if (line === '') continue;
    const numbered = grammar.numbering.exec(line);
    const body = numbered ? line.slice(numbered[0].length) : line;
    if (open && !numbered) {
      const continues = open.open.length > 0 || open.straight || /[:：]$/.test(open.last) || /^["‘]/.test(line) || pairs.some((p) => line.startsWith(p[0]));
      const unfinished = () => open!.text.length > READ_AGAIN_UP_TO || !reads(grammar, open!.text);
      const opensOne = opens(grammar, body);
      // A wrapped instruction whose next line starts like one ("…for “through”" / "in paragraph 5"): it reads once joined.
      const wrapped = () => open!.text.length <= READ_AGAIN_UP_TO && reads(grammar, joined(open!, line));
      if (continues || (!opensOne && !isClosing(grammar, line) && unfinished()) || (opensOne && unfinished() && wrapped())) {
        extend(open, line);
        continue;
      }
    }
    if (isClosing(grammar, body)) {
      open = null;
      setAside.push(line);
      continue;
    }
    if (numbered || opens(grammar, body)) {
      open = startBlock(body, pairs);
      blocks.push(open);
      continue;
    }
    open = null;
    setAside.push(line);
  }
  const instructions = blocks.map((b, k) => readOne(b.text, k + 1, grammar));
  return { language, instructions, setAside };
}

const opens = (g: InstructionGrammar, line: string) => g.opens.test(line);

/**
 * A line holding several numbered instructions (a document copied from a PDF viewer comes as one
 * line) is cut before each number that, outside quotations, follows the last one read and
 * opens an instruction: "1. Delete … 2. In paragraph 3, …". Numbers out of sequence ("on 25
 * June 1993. In …") are not cuts.
 */
function splitRunOn(line: string, grammar: InstructionGrammar): string[] {
  let expected: number | null = null;
  const cuts: number[] = [];
  const open: string[] = [];
  const pairs = pairsOf(grammar);
  let straight = false;
  for (let k = 0; k < line.length; k++) {
    const c = line[k]!;
    if (c === '"') straight = !straight;
    else quoteStep(open, c, pairs);
    if (open.length > 0 || straight || !(k === 0 || /\s/.test(c))) continue;
    const m = /^\s?(\d{1,3})\.\s+(?=\S)/.exec(line.slice(k, k + 8));
    if (!m || (expected !== null && Number(m[1]) !== expected) || !grammar.opens.test(line.slice(k + m[0].length))) continue;
    const at = k === 0 && !/\s/.test(c) ? 0 : k + 1;
    if (at > 0) cuts.push(at);
    expected = Number(m[1]) + 1;
  }
  return cuts.length ? [0, ...cuts].map((at, j) => line.slice(at, cuts[j] ?? line.length)) : [line];
}
const isClosing = (g: InstructionGrammar, line: string) => g.closings.some((c) => c.test(line));

/** Instructions are short once their quotations are out: a longer skeleton is not tried against the grammar. */
const LONGEST_SKELETON = 2_000;

function reads(g: InstructionGrammar, text: string): boolean {
  const q = takeQuotations(text, g.quotes);
  return !q.cutOff && q.skeleton.length <= LONGEST_SKELETON && g.read(q.skeleton, q.quotes) !== null;
}

function readOne(text: string, n: number, grammar: InstructionGrammar): Instruction {
  const q = takeQuotations(text, grammar.quotes);
  if (q.cutOff) return { n, target: '', edits: [], text, unread: 'cut off: a quotation opens and is never closed' };
  const read = q.skeleton.length <= LONGEST_SKELETON ? grammar.read(q.skeleton, q.quotes) : null;
  if (!read) return { n, target: '', edits: [], text, unread: 'no form of amendment instruction fits it' };
  return { n, target: read.target, edits: read.edits, text };
}

/**
 * The instructions of an amendment document, numbered from 1 in reading order.
 *
 * @example readInstructions('执行部分第5段：将“邀请”改为“鼓励”', 'zh') // [{ n: 1, target: 'OP 5', edits: [{ op: 'replace', words: '邀请', with: '鼓励' }], … }]
 */
export function readInstructions(text: string, language: Language): Instruction[] {
  return readAmendmentDocument(text, language).instructions;
}
