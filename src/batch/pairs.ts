// The batch's input: a CSV of pairs, one per record: old,new[,lang][,name], read by csv-parse.
import { basename } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../model/errors.js';
import { looksLikeSymbol } from '../source/corpus.js';
import { LANGUAGES, type Language } from '../model/resolution.js';

export interface PairJob {
  /** 1-based line number in the CSV where the record starts (a quoted field may span lines), for messages. */
  line: number;
  old: string;
  new: string;
  lang?: Language;
  /** The report's file name without extension. */
  name: string;
}

/** What a document is called in a report's name: its symbol, or its file name without the folder and extension. */
const shortName = (arg: string) => (looksLikeSymbol(arg) ? arg : basename(arg).replace(/\.(txt|pdf|docx)$/i, ''));

const safeName = (s: string) => s.replace(/[^A-Za-z0-9.\-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'pair';

/** One CSV record and the line of the file it starts on. */
interface Row {
  cells: string[];
  line: number;
}

const NL = 0x0a;

/**
 * The pairs file's records, by csv-parse: quotes allowed ("" for a quote inside quotes, a
 * quoted field may span lines), blank lines and lines starting with # skipped, cells trimmed.
 * Each record carries the line it starts on, counted from csv-parse's byte offsets (its own
 * line count goes wrong after a CRLF inside quotes) less the line breaks inside the record.
 */
function rows(csv: string): Row[] {
  const bytes = Buffer.from(csv, 'utf8');
  let pos = 0; // bytes counted so far
  let breaks = 0; // line feeds in bytes[0, pos)
  let lastLine = 0; // the line the last record read ends on
  const countTo = (end: number) => {
    for (; pos < end; pos++) if (bytes[pos] === NL) breaks++;
  };
  const starts: number[] = [];
  let records: string[][];
  try {
    records = parse(bytes, {
      // Unix and Windows line ends, mixed as they come (a lone CR is text, as before).
      record_delimiter: ['\r\n', '\n'],
      comment: '#',
      comment_no_infix: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      relax_quotes: true,
      on_record: (record, info) => {
        // info.bytes is the offset just past the record and the line end that closes it.
        const end = info.bytes;
        countTo(end);
        const closed = end > 0 && bytes[end - 1] === NL;
        lastLine = breaks + (closed ? 0 : 1);
        let inside = 0;
        for (const cell of record) for (const ch of cell) if (ch === '\n') inside++;
        starts.push(lastLine - inside);
        return record;
      },
    });
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const where = lastLine > 0 ? ` after line ${lastLine}` : '';
    const what =
      e.code === 'CSV_QUOTE_NOT_CLOSED'
        ? `a quote opened${where} is never closed`
        : e.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE' || e.code === 'CSV_INVALID_CLOSING_QUOTE'
          ? `text after a closing quote${where} (write "" for a quote inside quotes)`
          : `${e.message}${where}`;
    throw new InputError('BAD_FILE', `the pairs file is not valid CSV: ${what}`);
  }
  return records.map((record, k) => ({ cells: record.map((c) => c.trim()), line: starts[k]! }));
}

/**
 * Reads the pairs file. Blank lines and lines starting with # are skipped; a first line
 * "old,new,…" is a header. Names default to OLD_to_NEW and are made unique.
 */
export function parsePairs(csv: string): { jobs: PairJob[]; problems: string[] } {
  const jobs: PairJob[] = [];
  const problems: string[] = [];
  const used = new Set<string>();
  for (const { cells, line } of rows(csv)) {
    const [old, neu, lang, name] = cells;
    if (line === 1 && old?.toLowerCase() === 'old' && neu?.toLowerCase() === 'new') continue;
    if (!old || !neu) {
      problems.push(`line ${line}: needs two documents, old and new`);
      continue;
    }
    if (lang && !LANGUAGES.includes(lang as Language)) {
      problems.push(`line ${line}: unknown language "${lang}"`);
      continue;
    }
    let base = safeName(name || `${shortName(old)}_to_${shortName(neu)}`);
    for (let n = 2; used.has(base); n++) base = `${safeName(name || base)}-${n}`;
    used.add(base);
    jobs.push({ line, old, new: neu, name: base, ...(lang ? { lang: lang as Language } : {}) });
  }
  if (jobs.length === 0 && problems.length === 0) throw new InputError('EMPTY', 'the pairs file lists no pairs (one per line: old,new[,lang][,name])');
  return { jobs, problems };
}
