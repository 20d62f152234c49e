// pdfjs reads PDFs in a worker thread with a budget of time and memory: a PDF bomb (a 1 MB
// file whose content stream inflates to a gigabyte) or a pathological content stream is
// stopped by terminating the thread, which no in-thread check can do (pdfjs inflates and
// scans a stream in one synchronous stretch).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../model/errors.js';
import { count } from '../text/clip.js';
import { tooMuchText, TEXT_LIMITS, type TextLimit, type TextLimits } from './limits.js';

/** A text item as pdfjs gives it: the string, the transform's b, c, e, f (size and position) and whether a line ends after it. */
export type PdfItem = [str: string, b: number, c: number, e: number, f: number, eol: boolean];

/** The budget of one PDF: wall time, growth of the process's memory, characters of text. */
export interface PdfBudget {
  timeMs: number;
  memoryBytes: number;
  chars: number;
}

/** Defaults, overridable with RESDIFF_PDF_TIMEOUT_MS and RESDIFF_PDF_MEMORY_MB. */
export function pdfBudget(env: Record<string, string | undefined> = process.env): PdfBudget {
  const number = (value: string | undefined, fallback: number) => (Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback);
  return { timeMs: number(env.RESDIFF_PDF_TIMEOUT_MS, 30_000), memoryBytes: number(env.RESDIFF_PDF_MEMORY_MB, 512) * 1024 * 1024, chars: 20_000_000 };
}

// The worker: one request at a time, { id, bytes, chars, maxBytes, maxLines, maxPages } ->
// { id, pages } | { id, error } | { id, tooMuchText } | { id, overLimit: 'text' | 'lines' | 'pages' }.
// Pages are read one after another and the text counted as it comes: reading stops at the first
// limit passed (UTF-8 bytes of text, lines, pages), so a PDF of 12,500 pages costs no more than
// the pages it takes to pass a limit.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const pdfjs = import(workerData.pdfjs);
parentPort.on('message', async ({ id, bytes, chars: limit, maxBytes, maxLines, maxPages }) => {
  let doc;
  try {
    const { getDocument } = await pdfjs;
    doc = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    if (doc.numPages > maxPages) {
      parentPort.postMessage({ id, overLimit: 'pages' });
      return;
    }
    const pages = [];
    let chars = 0;
    let textBytes = 0;
    let lines = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const reader = page.streamTextContent().getReader();
      const items = [];
      // A page starts a line; each item that ends one starts another.
      lines++;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const item of value.items) {
          if (!('str' in item)) continue;
          chars += item.str.length;
          textBytes += Buffer.byteLength(item.str, 'utf8');
          if (item.hasEOL) {
            lines++;
            textBytes++;
          }
          items.push([item.str, item.transform[2], item.transform[3], item.transform[4], item.transform[5], item.hasEOL]);
        }
        const over = chars > limit ? 'chars' : textBytes > maxBytes ? 'text' : lines > maxLines ? 'lines' : undefined;
        if (over) {
          await reader.cancel(new Error('too much text'));
          parentPort.postMessage(over === 'chars' ? { id, tooMuchText: true } : { id, overLimit: over });
          return;
        }
      }
      pages.push(items);
      page.cleanup();
    }
    parentPort.postMessage({ id, pages });
  } catch (e) {
    parentPort.postMessage({ id, error: { name: String(e && e.name), message: String(e && e.message) } });
  } finally {
    if (doc) await doc.destroy().catch(() => {});
  }
});
`;

type Reply =
  | { id: number; pages: PdfItem[][] }
  | { id: number; error: { name: string; message: string } }
  | { id: number; tooMuchText: true }
  | { id: number; overLimit: Extract<TextLimit, 'text' | 'lines' | 'pages'> };

let worker: Worker | undefined;
let nextId = 1;
/** One PDF at a time per process: the memory budget is measured on the whole process. */
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): Worker {
  const pdfjs = pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  // The heap limit is a second line behind the watchdog: a worker that reaches it stops itself.
  const w = new Worker(WORKER, { eval: true, workerData: { pdfjs }, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  w.unref();
  return w;
}

/**
 * Starts the reader thread now (it loads pdfjs as it starts), so that the first PDF read does
 * not wait for it. A server's job worker calls this once: it keeps one reader.
 */
export function warmPdfReader(): void {
  worker ??= startWorker();
}

/** What went wrong in the worker, as the error pdfjs raised (name and message). */
export class PdfReadError extends Error {
  constructor(
    readonly pdfName: string,
    message: string,
  ) {
    super(message);
  }
}

function readOnce(bytes: Uint8Array, label: string, budget: PdfBudget, limits: TextLimits): Promise<PdfItem[][]> {
  const w = (worker ??= startWorker());
  const id = nextId++;
  return new Promise<PdfItem[][]>((resolve, reject) => {
    const start = Date.now();
    const baseline = process.memoryUsage.rss();
    let finished = false;
    const done = () => {
      finished = true;
      clearInterval(watch);
      w.off('message', onMessage);
      w.off('exit', onExit);
      w.off('error', onError);
      w.unref();
    };
    // A reader that stopped is replaced on the next call.
    const stop = (error: Error) => {
      if (finished) return;
      done();
      if (worker === w) worker = undefined;
      void w.terminate();
      reject(error);
    };
    const onMessage = (reply: Reply) => {
      if (reply.id !== id || finished) return;
      done();
      if ('pages' in reply) resolve(reply.pages);
      else if ('overLimit' in reply) reject(tooMuchText(label, reply.overLimit, limits));
      else if ('tooMuchText' in reply) reject(new InputError('TOO_LARGE', `${label} holds more than ${count(budget.chars)} characters of text, far more than a resolution: refused`));
      else reject(new PdfReadError(reply.error.name, reply.error.message));
    };
    const onExit = (code: number) => stop(new InputError('BAD_FILE', `${label} is not a readable PDF: the PDF reader stopped (exit ${code})`));
    const onError = (e: Error) =>
      stop(
        (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new InputError('TOO_LARGE', `${label} takes more memory to read than the PDF reader may use: refused as a possible PDF bomb`)
          : new InputError('BAD_FILE', `${label} is not a readable PDF: the PDF reader failed (${e.message})`),
      );
    const watch = setInterval(() => {
      const grown = process.memoryUsage.rss() - baseline;
      if (grown > budget.memoryBytes) {
        stop(new InputError('TOO_LARGE', `${label} takes more than ${Math.round(budget.memoryBytes / 1048576)} MB of memory to read (a resolution's PDF takes well under 100 MB): refused as a possible PDF bomb`));
      } else if (Date.now() - start > budget.timeMs) {
        stop(new InputError('TOO_LARGE', `${label} takes more than ${budget.timeMs < 1000 ? `${budget.timeMs} ms` : `${Math.round(budget.timeMs / 1000)} s`} to read (a resolution's PDF takes a second or two): refused`));
      }
    }, 20);
    w.ref();
    w.on('message', onMessage);
    w.on('exit', onExit);
    w.on('error', onError);
    w.postMessage({ id, bytes, chars: budget.chars, maxBytes: limits.maxTextBytes, maxLines: limits.maxLines, maxPages: limits.maxPages });
  });
}

/**
 * The text items of every page of a PDF, read by pdfjs in a worker thread within `budget`, and
 * within the text `limits` (pages, text bytes and lines, counted page by page as they are read).
 *
 * @throws InputError TOO_LARGE when the budget runs out (the worker is terminated) or a text limit
 *   is passed (reading stops there, naming the limit); PdfReadError with pdfjs's own error
 *   (PasswordException, InvalidPDFException, …) when pdfjs refuses the file.
 */
export function readPdfItems(bytes: Uint8Array, label: string, budget: PdfBudget = pdfBudget(), limits: TextLimits = TEXT_LIMITS): Promise<PdfItem[][]> {
  const job = queue.then(() => readOnce(bytes, label, budget, limits));
  queue = job.catch(() => undefined);
  return job;
}
