// The bad-input catalogue as data: every bad input tried, and how it reaches the command line,
// the web viewer and the JSON API. test/badInput/catalogue.test.ts runs each case through all
// three and checks docs/bad-input.md says exactly what the code does.
//
// Resolution-like fixtures are corpus texts, or derived variants of them (cut, re-encoded, a
// byte planted), each commented as such; nothing here is a resolution text of its own.
import iconv from 'iconv-lite';
import { buildDocx } from '../../scripts/fixtures.js';
import { heavyPdf } from '../../bench/abuse/pdf.js';
import { wordBomb } from '../../bench/abuse/wordBomb.js';
import { grown, withCjkRun } from '../../bench/abuse/payloads.js';
import { corpusText, parseCorpus } from '../helpers/corpus.js';
import { damagedDocx, encryptedDocx, minimalPdf, oldWordDoc, pdfBomb, plainZip, zipBomb } from './fixtures.js';

type Bytes = Uint8Array | Promise<Uint8Array>;

/** How a case is given to each channel. */
export type Given =
  /** A file: CLI `diff FILE AGAINST`; web: uploaded as the old file on /paste; API: not applicable. */
  | { kind: 'file'; name: string; bytes: () => Bytes; against: string }
  /** A text: CLI `diff FILE AGAINST` (the text saved as UTF-8); web: pasted as the old text; API: POST JSON. */
  | { kind: 'text'; name: string; text: () => string; against: string }
  /** A symbol: CLI `diff ARG A/RES/68/160`; web: /compare?old=QUERY&new=A/RES/68/160; API: GET /api/diff the same. */
  | { kind: 'symbol'; arg: string; query: string }
  /** Anything else: each channel spelled out (undefined: not applicable, with the reason in `na`). */
  | { kind: 'custom'; cli?: CliAction; web?: WebAction; api?: WebAction }
  /** The server started (dist/src/server/main.js) with this environment: the Web column says how it exits. */
  | { kind: 'server'; env: (files: FileMaker) => Record<string, string> }
  /**
   * The built CLI as a process of its own (test/badInput/builtCli.ts, with a time and a memory
   * limit), for what an in-process run cannot show or should not risk: standard output on
   * /dev/full or a pipe whose reader has gone, and reads that must be stopped (/dev/zero, an
   * endless named pipe).
   */
  | { kind: 'process'; argv: (files: FileMaker) => string[]; stdout?: 'dev-full' | 'closed-pipe' };

/** Writes fixtures for the CLI: a file with these bytes, or a sparse file of this size; both return the path. */
export interface FileMaker {
  file: (name: string, bytes: Uint8Array) => string;
  sparse: (name: string, size: number) => string;
  /** A symbolic link to `target`. */
  link: (name: string, target: string) => string;
  /** A named pipe nobody writes to. */
  fifo: (name: string) => string;
  /** A named pipe with a writer that never stops (killed when the case is done). */
  endlessFifo: (name: string) => string;
  /** A character device: a null device node of our own (as root), else /dev/null (shown as `null-device` either way). */
  device: (name: string) => string;
  /** A path in the test folder, nothing made there. */
  path: (...parts: string[]) => string;
}

export interface CliAction {
  argv: (files: FileMaker) => string[];
  stdin?: () => string;
}

export interface WebAction {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: () => string | FormData | Promise<string | FormData>;
  /** For POST /paste: the fields sent, to check the form comes back filled in. */
  fields?: Record<string, string>;
  /** Sent to an app in trouble: its database file deleted since it started, or a store that finds the disk full. */
  app?: 'database-deleted' | 'disk-full';
}

export interface BadInputCase {
  /** Stable key: the first column of the catalogue. */
  id: string;
  /** What the input is (Markdown). */
  input: string;
  given: Given;
  /** Why a channel does not apply, shown in its cell. */
  na?: Partial<Record<'cli' | 'web' | 'api', string>>;
  /** Slow to refuse (a budget runs out): the web form is not sent again by htmx (every other row checks that). */
  slow?: true;
  /** The server's own trouble, not the input's: a 5xx is the right answer (every other row is answered below 500). */
  serverFault?: true;
  /** The request body cannot be read at all, so the form cannot be filled in again (htmx keeps the texts in the browser). */
  formLost?: true;
  /** Exit 2 with nothing on standard error: the reader of standard output has gone (a broken pipe), so nothing is said. */
  quiet?: true;
}

// The texts fixtures are derived from.
const ZH = 'A-RES-68-160.zh.txt'; // A/RES/68/160, complete, Chinese
const EN = 'A-RES-51-100.en.txt'; // A/RES/51/100, complete, English
const HRC = 'A-HRC-RES-19-33.en.txt'; // A/HRC/RES/19/33, partial, English

/** The two 1.9 MB texts of `two-large` (derived: corpus paragraphs repeated, each copy tagged). */
const largeOld = () => grown(corpusText(EN), 1.9e6, 'old copy');
const largeNew = () => grown(corpusText('A-HRC-RES-28-2.en.txt'), 1.9e6, 'new copy');

/** 200,000 paragraphs of two characters: synthetic, no resolution text. */
const tinyParagraphs = () => 'x;\n\n'.repeat(200_000);

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const NO_FILES_IN_API = 'the API takes texts, not files (row `api-file`)';
const NO_OUTPUT_PATH = 'the server writes no file a user names';
const NO_STDOUT = 'the server answers over HTTP, not on standard output';
const SIZED_REQUEST = 'an upload is as large as its request: over 5 MB is `over-5mb-request`';
const SAME_68_160 = ['diff', 'A/RES/68/160', 'A/RES/68/160'];

/** A/RES/51/100 without its operative part: derived fixture, operative paragraphs 1 and 2 cut out (the closing kept). */
export function withoutOperativePart(): string {
  const text = corpusText(EN);
  const start = text.indexOf('      1.    Supports');
  const end = text.indexOf('preferably by the fifty-third session of the Commission.\n') + 'preferably by the fifty-third session of the Commission.\n'.length;
  if (start < 0 || end <= start) throw new Error('the corpus text changed: cannot cut its operative part');
  return text.slice(0, start) + text.slice(end);
}

/** A/HRC/RES/19/33 with markup planted in its third preambular paragraph: derived fixture. */
export const SCRIPT = '<script>alert(1)</script><img src=x onerror=alert(2)>';
export function withScript(): string {
  const text = corpusText(HRC);
  if (!text.includes('Recalling also all decisions')) throw new Error('the corpus text changed');
  return text.replace('Recalling also all decisions', `Recalling also ${SCRIPT} all decisions`);
}

/** A/RES/68/160 in UTF-8 cut inside a character (after byte 1,000, at the next continuation byte): derived fixture. */
function cutInsideCharacter(): Uint8Array {
  const bytes = Buffer.from(corpusText(ZH), 'utf8');
  let cut = 1000;
  while ((bytes[cut]! & 0xc0) !== 0x80) cut++;
  return new Uint8Array(bytes.subarray(0, cut));
}

/** A/RES/68/160 in UTF-8 with its 501st byte (inside a character) overwritten with 0xFF: derived fixture. */
function damagedUtf8(): Uint8Array {
  const bytes = Buffer.from(corpusText(ZH), 'utf8');
  bytes[500] = 0xff;
  return new Uint8Array(bytes);
}

/** A/RES/51/100 with "Reaffirming" spelt "Réaffirming" and saved as Latin-1: derived fixture (one byte 0xE9). */
function latin1(): Uint8Array {
  const text = corpusText(EN).replace('Reaffirming', 'R\u00e9affirming');
  return new Uint8Array(iconv.encode(text, 'latin1'));
}

/** A/RES/51/100 with a NUL byte after its opening line: derived fixture. */
function withNul(): string {
  return corpusText(EN).replace('The General Assembly,', 'The General Assembly,\u0000');
}

/** The Word file the project builds from A/RES/51/100 (scripts/fixtures.ts), made once. */
let docx: Promise<Uint8Array> | undefined;
export const enDocx = () => (docx ??= buildDocx(parseCorpus(EN)));

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

/** An Arabic sentence, labelled as what it is: "This is a test text and not a resolution." Not from any UN document. */
export const ARABIC_SENTENCE = 'هذا نص تجريبي وليس قرارا.';
/** An Arabic header line only: "الجمعية العامة" ("The General Assembly"). */
export const ARABIC_HEADER = 'الجمعية العامة';

const LONG_SYMBOL = `A/RES/${'9'.repeat(9994)}`;

/** A multipart form for POST /paste or POST /api/diff. */
export function form(fields: Record<string, string | Blob>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

const json = (value: unknown) => JSON.stringify(value);

/** A multipart body cut off in its first part, before any closing boundary. */
const CUT_MULTIPART = '--resdiff-boundary\r\nContent-Disposition: form-data; name="oldText"\r\n\r\nThe General Assembly,';

export const CASES: BadInputCase[] = [
  // --- Nothing to read
  { id: 'empty-file', input: 'An empty file (0 bytes)', given: { kind: 'file', name: 'empty.txt', bytes: () => new Uint8Array(), against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  {
    id: 'empty-text',
    input: 'An empty text (nothing on standard input, nothing pasted, `""` in the API)',
    given: {
      kind: 'custom',
      cli: { argv: () => ['diff', '-', 'A/RES/68/160'], stdin: () => '' },
      web: { method: 'POST', path: '/paste', fields: { oldText: '', newText: corpusText(ZH), oldLabel: 'old label', newLabel: 'new label' } },
      api: { method: 'POST', path: '/api/diff', headers: { 'Content-Type': 'application/json' }, body: () => json({ old: '', new: corpusText(ZH) }) },
    },
  },
  { id: 'whitespace', input: 'White space only (spaces, tabs, line breaks)', given: { kind: 'text', name: 'blank.txt', text: () => '  \n\t \n\n   \n', against: 'A/RES/68/160' } },
  // --- Not text
  { id: 'png-as-txt', input: 'A PNG image renamed `logo.txt`', given: { kind: 'file', name: 'logo.txt', bytes: () => PNG, against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  { id: 'nul-bytes', input: 'A/RES/51/100 with a NUL byte planted after the opening (derived)', given: { kind: 'text', name: 'nul.txt', text: withNul, against: 'A/RES/51/100' } },
  // --- Encodings
  { id: 'utf8-latin1', input: 'Invalid UTF-8: A/RES/51/100 saved as Latin-1 with one accented letter ("Réaffirming", byte 0xE9; derived)', given: { kind: 'file', name: 'latin1.txt', bytes: latin1, against: 'A/RES/51/100' }, na: { api: NO_FILES_IN_API } },
  { id: 'utf8-damaged', input: 'Invalid UTF-8: A/RES/68/160 with one byte overwritten by 0xFF inside a character (derived)', given: { kind: 'file', name: 'damaged.txt', bytes: damagedUtf8, against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  { id: 'utf8-cut', input: 'Invalid UTF-8: A/RES/68/160 cut off inside a character (derived)', given: { kind: 'file', name: 'cut.txt', bytes: cutInsideCharacter, against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  { id: 'gb18030', input: 'A/RES/68/160 in GB18030, no BOM (re-encoded)', given: { kind: 'file', name: 'gb.txt', bytes: () => iconv.encode(corpusText(ZH), 'gb18030'), against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  { id: 'gb18030-bom', input: 'A/RES/68/160 in GB18030 with its BOM (84 31 95 33; re-encoded)', given: { kind: 'file', name: 'gb-bom.txt', bytes: () => iconv.encode(corpusText(ZH), 'gb18030', { addBOM: true }), against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  { id: 'utf16le-bom', input: 'A/RES/68/160 in UTF-16 LE with BOM (re-encoded)', given: { kind: 'file', name: 'le-bom.txt', bytes: () => iconv.encode(corpusText(ZH), 'utf16le', { addBOM: true }), against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  { id: 'utf16be-bom', input: 'A/RES/68/160 in UTF-16 BE with BOM (re-encoded)', given: { kind: 'file', name: 'be-bom.txt', bytes: () => iconv.encode(corpusText(ZH), 'utf16be', { addBOM: true }), against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  { id: 'utf16le', input: 'A/RES/68/160 in UTF-16 LE without BOM (re-encoded)', given: { kind: 'file', name: 'le.txt', bytes: () => iconv.encode(corpusText(ZH), 'utf16le'), against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  { id: 'utf16be', input: 'A/RES/68/160 in UTF-16 BE without BOM (re-encoded)', given: { kind: 'file', name: 'be.txt', bytes: () => iconv.encode(corpusText(ZH), 'utf16be'), against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  // --- Too large
  {
    id: 'over-50mb',
    input: 'A file of 51 MB (over the 50 MB the CLI reads)',
    given: { kind: 'custom', cli: { argv: (files) => ['diff', files.sparse('big.txt', 51 * 1024 * 1024), 'A/RES/68/160'] } },
    na: { web: 'a request over 5 MB: see `over-5mb-request`', api: 'a request over 5 MB: see `over-5mb-request`' },
  },
  {
    id: 'over-50mb-stdin',
    input: '51 MB on standard input',
    given: { kind: 'custom', cli: { argv: () => ['diff', '-', 'A/RES/68/160'], stdin: () => ' '.repeat(51 * 1024 * 1024) } },
    na: { web: 'see `over-5mb-request`', api: 'see `over-5mb-request`' },
  },
  {
    id: 'over-2mb',
    input: 'A/RES/68/160 followed by a line of 2 MB of spaces (derived): over the web\'s 2 MB a text, under 5 MB a request',
    given: { kind: 'text', name: 'padded.txt', text: () => `${corpusText(ZH)}\n${' '.repeat(2 * 1024 * 1024)}\n`, against: 'A/RES/68/160' },
  },
  // --- Heavy texts within the limits (issue 14): answered, within the job budgets
  {
    id: 'cjk-run',
    input: 'A/RES/68/160 with one unbroken run of 65,536 Chinese characters planted after its first "重申" (its own Han characters repeated; derived; `bench/abuse/payloads.ts`): Intl.Segmenter took 93 s on such a run; it is segmented in pieces of at most 4,096',
    given: { kind: 'text', name: 'run.txt', text: () => withCjkRun(corpusText(ZH)), against: 'A/RES/68/160' },
  },
  {
    id: 'two-large',
    input: 'Two unrelated texts of 1.9 MB each: A/RES/51/100 and A/HRC/RES/28/2, each grown by repeating its paragraphs (derived; `bench/abuse/payloads.ts`)',
    given: {
      kind: 'custom',
      cli: { argv: (files) => ['diff', files.file('old.txt', utf8(largeOld())), files.file('new.txt', utf8(largeNew()))] },
      web: { method: 'POST', path: '/paste', fields: { oldText: largeOld(), newText: largeNew(), oldLabel: 'old', newLabel: 'new' } },
      api: { method: 'POST', path: '/api/diff', headers: { 'Content-Type': 'application/json' }, body: () => json({ old: largeOld(), new: largeNew() }) },
    },
    slow: true,
  },
  {
    id: 'tiny-paragraphs',
    input: '200,000 tiny paragraphs ("x;", each followed by a blank line; synthetic, 600 KB) against A/RES/51/100: under 2 MB, but 400,000 lines',
    given: {
      kind: 'custom',
      web: { method: 'POST', path: '/paste', fields: { oldText: tinyParagraphs(), newText: corpusText(EN), oldLabel: 'old', newLabel: 'new' } },
      api: { method: 'POST', path: '/api/diff', headers: { 'Content-Type': 'application/json' }, body: () => json({ old: tinyParagraphs(), new: corpusText(EN) }) },
    },
    na: { cli: 'the CLI has no line limit, as one user runs it on their own machine: it compares such a text in seconds' },
  },
  {
    id: 'over-5mb-request',
    input: 'A request over 5 MB (6 MB pasted; on the web, a 6 MB file uploaded as well)',
    given: {
      kind: 'custom',
      web: { method: 'POST', path: '/paste', body: () => form({ oldText: 'x'.repeat(6 * 1024 * 1024), newText: corpusText(ZH), newFile: new File([new Uint8Array(6 * 1024 * 1024)], 'big.txt') }) },
      api: { method: 'POST', path: '/api/diff', headers: { 'Content-Type': 'application/json' }, body: () => json({ old: 'x'.repeat(6 * 1024 * 1024), new: corpusText(ZH) }) },
    },
    na: { cli: 'no request limit; see `over-50mb`' },
  },
  // --- Text that is not a resolution the parser can read
  { id: 'prose', input: 'Prose, not a resolution ("Dear colleagues, lunch is at noon in the delegates lounge.")', given: { kind: 'text', name: 'prose.txt', text: () => 'Dear colleagues, lunch is at noon in the delegates lounge.\n', against: 'A/RES/68/160' } },
  { id: 'no-operative', input: 'A/RES/51/100 with its operative part cut out (derived: preamble and closing only)', given: { kind: 'text', name: 'no-op.txt', text: withoutOperativePart, against: 'A/RES/51/100' } },
  { id: 'arabic-sentence', input: `Arabic (right to left), a labelled test sentence, not a resolution: "${ARABIC_SENTENCE}" ("This is a test text and not a resolution.")`, given: { kind: 'text', name: 'ar.txt', text: () => `${ARABIC_SENTENCE}\n`, against: 'A/RES/68/160' } },
  { id: 'french-prose', input: 'French prose, a test sentence, not a resolution: "Ceci est une phrase de test pour les outils et la documentation."', given: { kind: 'text', name: 'fr.txt', text: () => 'Ceci est une phrase de test pour les outils et la documentation.\n', against: 'A/RES/68/160' } },
  { id: 'arabic-header', input: `Arabic header line only: "${ARABIC_HEADER}" ("The General Assembly")`, given: { kind: 'text', name: 'ar-header.txt', text: () => `${ARABIC_HEADER}\n`, against: 'A/RES/68/160' } },
  {
    id: 'blank-run',
    input: 'A/RES/51/100 with a run of 1.9 MB of spaces inside its second preambular paragraph (derived)',
    given: { kind: 'text', name: 'spaces.txt', text: () => corpusText(EN).replace('Reaffirming its commitment', `Reaffirming ${' '.repeat(1_900_000)}its commitment`), against: 'A/RES/51/100' },
  },
  { id: 'html-script', input: `A/HRC/RES/19/33 with \`${SCRIPT}\` planted in PP3 (derived)`, given: { kind: 'text', name: 'script.txt', text: withScript, against: 'A/HRC/RES/19/33' } },
  // --- Symbols
  { id: 'symbol-traversal', input: '`A/RES/../../etc/passwd`', given: { kind: 'symbol', arg: 'A/RES/../../etc/passwd', query: 'A/RES/../../etc/passwd' } },
  { id: 'symbol-encoded', input: '`..%2F..%2Fetc%2Fpasswd` (percent-encoded in URLs, decoded by the server to `../../etc/passwd`)', given: { kind: 'symbol', arg: '..%2F..%2Fetc%2Fpasswd', query: '..%2F..%2Fetc%2Fpasswd' } },
  { id: 'symbol-10k', input: 'A symbol of 10,000 characters (`A/RES/999…`)', given: { kind: 'symbol', arg: LONG_SYMBOL, query: LONG_SYMBOL } },
  {
    id: 'symbol-twice',
    input: 'A symbol given twice (`old=A/RES/68/160&old=A/RES/55/109`; on the CLI, three documents)',
    given: {
      kind: 'custom',
      cli: { argv: () => ['diff', 'A/RES/68/160', 'A/RES/55/109', 'A/RES/68/160'] },
      web: { method: 'GET', path: '/compare?old=A/RES/68/160&old=A/RES/55/109&new=A/RES/68/160' },
      api: { method: 'GET', path: '/api/diff?old=A/RES/68/160&old=A/RES/55/109&new=A/RES/68/160' },
    },
  },
  {
    id: 'lang-xx',
    input: 'An unknown language code (`--lang xx`, `lang=xx`)',
    given: {
      kind: 'custom',
      cli: { argv: () => ['diff', 'A/RES/68/160', 'A/RES/68/160', '--lang', 'xx'] },
      web: { method: 'GET', path: '/compare?old=A/RES/68/160&new=A/RES/68/160&lang=xx' },
      api: { method: 'GET', path: '/api/diff?old=A/RES/68/160&new=A/RES/68/160&lang=xx' },
    },
  },
  // --- Word and PDF files
  { id: 'docx-bomb', input: 'A ZIP bomb named `.docx`: 1 MB whose word/document.xml inflates to 1 GiB (sizes declared honestly)', given: { kind: 'file', name: 'bomb.docx', bytes: () => zipBomb(), against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  { id: 'docx-bomb-lying', input: 'The same ZIP bomb, its directory claiming word/document.xml is 1,000 bytes', given: { kind: 'file', name: 'bomb-lying.docx', bytes: () => zipBomb({ lie: true }), against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  { id: 'docx-encrypted', input: 'A password-protected Word file (an OLE compound file, D0 CF 11 E0, with EncryptionInfo and EncryptedPackage streams)', given: { kind: 'file', name: 'secret.docx', bytes: encryptedDocx, against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  { id: 'doc-old', input: 'An old Word 97-2003 file (compound file with a WordDocument stream) named `.docx`', given: { kind: 'file', name: 'old.docx', bytes: oldWordDoc, against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  { id: 'docx-truncated', input: 'The Word file of A/RES/51/100 (built by scripts/fixtures.ts) cut in half', given: { kind: 'file', name: 'half.docx', bytes: async () => (await enDocx()).slice(0, Math.floor((await enDocx()).length / 2)), against: 'A/RES/51/100' }, na: { api: NO_FILES_IN_API } },
  { id: 'docx-corrupt', input: 'The same Word file with 200 bytes of word/document.xml\'s compressed data overwritten', given: { kind: 'file', name: 'corrupt.docx', bytes: async () => damagedDocx(await enDocx()), against: 'A/RES/51/100' }, na: { api: NO_FILES_IN_API } },
  { id: 'zip-not-docx', input: 'A ZIP archive holding a text file, named `.docx`', given: { kind: 'file', name: 'notes.docx', bytes: plainZip, against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  { id: 'docx-as-txt', input: 'The Word file of A/RES/51/100 renamed `.txt`', given: { kind: 'file', name: 'word.txt', bytes: enDocx, against: 'A/RES/51/100' }, na: { api: NO_FILES_IN_API } },
  { id: 'txt-as-docx', input: 'A/RES/51/100 as plain text renamed `.docx`', given: { kind: 'file', name: 'text.docx', bytes: () => utf8(corpusText(EN)), against: 'A/RES/51/100' }, na: { api: NO_FILES_IN_API } },
  { id: 'pdf-encrypted', input: 'A PDF with an /Encrypt dictionary that needs a password to open (A/RES/51/100 typeset, derived)', given: { kind: 'file', name: 'secret.pdf', bytes: () => minimalPdf(corpusText(EN).split('\n'), { encrypt: true }), against: 'A/RES/51/100' }, na: { api: NO_FILES_IN_API } },
  { id: 'pdf-truncated', input: 'A PDF of A/RES/51/100 (typeset, derived) cut in half', given: { kind: 'file', name: 'half.pdf', bytes: () => { const pdf = minimalPdf(corpusText(EN).split('\n')); return pdf.slice(0, Math.floor(pdf.length / 2)); }, against: 'A/RES/51/100' }, na: { api: NO_FILES_IN_API } },
  { id: 'pdf-no-text', input: 'A PDF whose page is a drawing with no text (as a scan is)', given: { kind: 'file', name: 'scan.pdf', bytes: () => minimalPdf([], { drawingOnly: true }), against: 'A/RES/51/100' }, na: { api: NO_FILES_IN_API } },
  { id: 'pdf-bomb', input: 'A PDF bomb: 1 MB whose content stream (FlateDecode) inflates to 1 GiB of spaces (the tests read PDFs with a 160 MB budget; the default is 512 MB)', given: { kind: 'file', name: 'bomb.pdf', bytes: pdfBomb, against: 'A/RES/51/100' }, na: { api: NO_FILES_IN_API }, slow: true },
  { id: 'docx-paragraph-bomb', input: 'A Word file of 270 KB whose word/document.xml unpacks to 60 MB (under the 64 MB ZIP budget) of tiny synthetic paragraphs ("0" to "9" again and again; bench/abuse/wordBomb.ts)', given: { kind: 'file', name: 'paragraphs.docx', bytes: () => wordBomb(), against: 'A/RES/68/160' }, na: { api: NO_FILES_IN_API } },
  { id: 'pdf-many-pages', input: 'A PDF of 12,500 pages (1.2 MB: every page shows the same 60 synthetic lines; bench/abuse/pdf.ts)', given: { kind: 'file', name: 'pages.pdf', bytes: () => heavyPdf(), against: 'A/RES/51/100' }, na: { api: NO_FILES_IN_API } },
  { id: 'pdf-plain', input: 'For comparison: the same PDF of A/RES/51/100, whole', given: { kind: 'file', name: 'whole.pdf', bytes: () => minimalPdf(corpusText(EN).split('\n')), against: 'A/RES/51/100' }, na: { api: NO_FILES_IN_API } },
  // --- Names and requests
  {
    id: 'name-control',
    input: 'A file name holding a line break and a terminal escape (`bad\\nname\\x1b[31m.txt`, no such file)',
    given: { kind: 'custom', cli: { argv: () => ['diff', 'bad\nname\u001b[31m.txt', 'A/RES/68/160'] } },
    na: { web: 'no file paths on the web', api: 'no file paths in the API' },
  },
  {
    id: 'api-file',
    input: 'A file sent to `POST /api/diff` as form field `old`',
    given: { kind: 'custom', api: { method: 'POST', path: '/api/diff', body: () => form({ old: new File([corpusText(ZH)], 'a.txt'), new: corpusText(ZH) }) } },
    na: { cli: 'files are what the CLI reads', web: 'the paste form takes uploads' },
  },
  {
    id: 'api-bad-json',
    input: 'Malformed JSON to `POST /api/diff`',
    given: { kind: 'custom', api: { method: 'POST', path: '/api/diff', headers: { 'Content-Type': 'application/json' }, body: () => '{"old": "x", ' } },
    na: { cli: 'no JSON input', web: 'no JSON input' },
  },
  {
    id: 'api-text-plain',
    input: 'A `text/plain` body to `POST /api/diff`',
    given: { kind: 'custom', api: { method: 'POST', path: '/api/diff', headers: { 'Content-Type': 'text/plain' }, body: () => corpusText(ZH) } },
    na: { cli: 'no request body', web: 'the form sends multipart' },
  },
  // --- Requests only a program sends, and the server's own files
  {
    id: 'multipart-malformed',
    input: 'A multipart body cut off inside its first part (`Content-Type: multipart/form-data; boundary=…`, no closing boundary)',
    given: {
      kind: 'custom',
      web: { method: 'POST', path: '/paste', headers: { 'Content-Type': 'multipart/form-data; boundary=resdiff-boundary' }, body: () => CUT_MULTIPART },
      api: { method: 'POST', path: '/api/diff', headers: { 'Content-Type': 'multipart/form-data; boundary=resdiff-boundary' }, body: () => CUT_MULTIPART },
    },
    na: { cli: 'no request body' },
    formLost: true,
  },
  {
    id: 'api-json-uppercase',
    input: 'JSON sent as `Content-Type: APPLICATION/JSON` (media types are case-insensitive)',
    given: { kind: 'custom', api: { method: 'POST', path: '/api/diff', headers: { 'Content-Type': 'APPLICATION/JSON' }, body: () => json({ old: corpusText(HRC), new: corpusText(HRC) }) } },
    na: { cli: 'no JSON input', web: 'the form sends multipart' },
  },
  {
    id: 'static-proto',
    input: '`/static/__proto__` (a name every plain JavaScript object answers to)',
    given: { kind: 'custom', web: { method: 'GET', path: '/static/__proto__' } },
    na: { cli: 'no static files', api: 'no static files' },
  },
  { id: 'symbol-not-here', input: 'A symbol in neither the corpus nor the fetch cache, offline (`A/RES/67/169`): the CLI names its cache folder, the web never shows a server path', given: { kind: 'symbol', arg: 'A/RES/67/169', query: 'A/RES/67/169' } },
  {
    id: 'db-not-sqlite',
    input: '`RESDIFF_DB` naming a text file, when the server starts',
    given: { kind: 'server', env: (files) => ({ RESDIFF_DB: files.file('notes.txt', utf8('not a database\n')) }) },
    na: { cli: 'the CLI keeps no database', api: 'the server does not start' },
  },
  {
    id: 'db-unwritable',
    input: '`RESDIFF_DB` in a folder that cannot be made (a part of its path is a regular file), when the server starts',
    given: { kind: 'server', env: (files) => ({ RESDIFF_DB: `${files.file('plain.txt', utf8('a file\n'))}/resdiff.sqlite` }) },
    na: { cli: 'the CLI keeps no database', api: 'the server does not start' },
  },
  {
    id: 'db-deleted',
    input: 'The database file deleted while the server runs, then a paste of A/HRC/RES/19/33 against itself',
    given: { kind: 'custom', web: { method: 'POST', path: '/paste', app: 'database-deleted', fields: { oldText: corpusText(HRC), newText: corpusText(HRC), oldLabel: 'old label', newLabel: 'new label' } } },
    na: { cli: 'the CLI keeps no database', api: 'the API stores nothing' },
    serverFault: true,
  },
  {
    id: 'disk-full',
    input: 'A full disk when a paste of A/HRC/RES/19/33 against itself is stored (the store fails with `SQLITE_FULL`)',
    given: { kind: 'custom', web: { method: 'POST', path: '/paste', app: 'disk-full', fields: { oldText: corpusText(HRC), newText: corpusText(HRC), oldLabel: 'old label', newLabel: 'new label' } } },
    na: { cli: 'the CLI keeps no database', api: 'the API stores nothing' },
    serverFault: true,
  },
  // --- The CLI's own files: -o only over a regular file or a new name, reads capped by the bytes read, standard output that fails
  {
    id: 'out-symlink',
    input: '`-o` naming a symbolic link to a file (the link and its target are left as they were)',
    given: { kind: 'custom', cli: { argv: (files) => [...SAME_68_160, '-o', files.link('link.txt', files.file('target.txt', utf8('the target\n')))] } },
    na: { web: NO_OUTPUT_PATH, api: NO_OUTPUT_PATH },
  },
  {
    id: 'out-fifo',
    input: '`-o` naming a named pipe (FIFO)',
    given: { kind: 'custom', cli: { argv: (files) => [...SAME_68_160, '-o', files.fifo('out.fifo')] } },
    na: { web: NO_OUTPUT_PATH, api: NO_OUTPUT_PATH },
  },
  {
    id: 'out-device',
    input: '`-o` naming a character device (a null device; as root, `-o /dev/full` used to replace the device with a regular file)',
    given: { kind: 'custom', cli: { argv: (files) => [...SAME_68_160, '-o', files.device('null-device')] } },
    na: { web: NO_OUTPUT_PATH, api: NO_OUTPUT_PATH },
  },
  {
    id: 'out-folder',
    input: '`-o /tmp`, a folder',
    given: { kind: 'custom', cli: { argv: () => [...SAME_68_160, '-o', '/tmp'] } },
    na: { web: NO_OUTPUT_PATH, api: NO_OUTPUT_PATH },
  },
  {
    id: 'out-no-folder',
    input: '`-o no/such/x.txt`, in folders that do not exist (they used to be created)',
    given: { kind: 'custom', cli: { argv: (files) => [...SAME_68_160, '-o', files.path('no', 'such', 'x.txt')] } },
    na: { web: NO_OUTPUT_PATH, api: NO_OUTPUT_PATH },
  },
  {
    id: 'out-proc',
    input: '`-o /proc/x`, in the kernel\'s process file system',
    given: { kind: 'custom', cli: { argv: () => [...SAME_68_160, '-o', '/proc/x'] } },
    na: { web: NO_OUTPUT_PATH, api: NO_OUTPUT_PATH },
  },
  {
    id: 'out-empty',
    input: '`-o ""`, an empty name',
    given: { kind: 'custom', cli: { argv: () => [...SAME_68_160, '-o', ''] } },
    na: { web: NO_OUTPUT_PATH, api: NO_OUTPUT_PATH },
  },
  {
    id: 'batch-out-file',
    input: '`batch pairs.csv -o FILE`, the output folder named being a regular file',
    given: { kind: 'custom', cli: { argv: (files) => ['batch', files.file('pairs.csv', utf8('A/RES/68/160,A/RES/68/160\n')), '-o', files.file('reports.txt', utf8('a file\n')), '--offline'] } },
    na: { web: 'the web has no batch', api: 'the API has no batch' },
  },
  {
    id: 'stdout-dev-full',
    input: 'Standard output on `/dev/full`, which answers every write with "no space left" (the built CLI as a process)',
    given: { kind: 'process', argv: () => SAME_68_160, stdout: 'dev-full' },
    na: { web: NO_STDOUT, api: NO_STDOUT },
  },
  {
    id: 'stdout-closed-pipe',
    input: 'Standard output into a pipe whose reader has gone, as `resdiff diff … | head -1` (the built CLI as a process)',
    given: { kind: 'process', argv: () => ['diff', 'A/HRC/RES/19/33', 'A/HRC/RES/28/2'], stdout: 'closed-pipe' },
    na: { web: NO_STDOUT, api: NO_STDOUT },
    quiet: true,
  },
  {
    id: 'read-dev-zero',
    input: '`diff /dev/zero A/RES/68/160`: a device that states a size of 0 and never ends (it used to be read until memory ran out; the built CLI as a process)',
    given: { kind: 'process', argv: () => ['diff', '/dev/zero', 'A/RES/68/160'] },
    na: { web: SIZED_REQUEST, api: SIZED_REQUEST },
  },
  {
    id: 'read-endless-fifo',
    input: 'A named pipe whose writer never stops, as OLD (the built CLI as a process)',
    given: { kind: 'process', argv: (files) => ['diff', files.endlessFifo('endless.fifo'), 'A/RES/68/160'] },
    na: { web: SIZED_REQUEST, api: SIZED_REQUEST },
  },
];
