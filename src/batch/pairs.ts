// The batch's input: a CSV of pairs, one per line: old,new[,lang][,name].
import { basename } from 'node:path';
import { InputError } from '../model/errors.js';
import { looksLikeSymbol } from '../source/corpus.js';
import { LANGUAGES, type Language } from '../model/resolution.js';

export interface PairJob {
  /** 1-based line number in the CSV, for messages. */
  line: number;
  old: string;
  new: string;
  lang?: Language;
  /** The report's file name without extension. */
  name: string;
}

/** Splits one CSV line (quotes allowed, "" for a quote inside quotes). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k]!;
    if (quoted) {
      if (ch === '"' && line[k + 1] === '"') {
        cell += '"';
        k++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  out.push(cell.trim());
  return out;
}

/** What a document is called in a report's name: its symbol, or its file name without the folder and extension. */
const shortName = (arg: string) => (looksLikeSymbol(arg) ? arg : basename(arg).replace(/\.(txt|pdf|docx)$/i, ''));

const safeName = (s: string) => s.replace(/[^A-Za-z0-9.\-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'pair';

/**
 * Reads the pairs file. Blank lines and lines starting with # are skipped; a first line
 * "old,new,…" is a header. Names default to OLD_to_NEW and are made unique.
 */
export function parsePairs(csv: string): { jobs: PairJob[]; problems: string[] } {
  const jobs: PairJob[] = [];
  const problems: string[] = [];
  const used = new Set<string>();
  csv.split(/\r?\n/).forEach((raw, k) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [old, neu, lang, name] = cells(line);
    if (k === 0 && old?.toLowerCase() === 'old' && neu?.toLowerCase() === 'new') return;
    if (!old || !neu) {
      problems.push(`line ${k + 1}: needs two documents, old and new`);
      return;
    }
    if (lang && !LANGUAGES.includes(lang as Language)) {
      problems.push(`line ${k + 1}: unknown language "${lang}"`);
      return;
    }
    let base = safeName(name || `${shortName(old)}_to_${shortName(neu)}`);
    for (let n = 2; used.has(base); n++) base = `${safeName(name || base)}-${n}`;
    used.add(base);
    jobs.push({ line: k + 1, old, new: neu, name: base, ...(lang ? { lang: lang as Language } : {}) });
  });
  if (jobs.length === 0 && problems.length === 0) throw new InputError('EMPTY', 'the pairs file lists no pairs (one per line: old,new[,lang][,name])');
  return { jobs, problems };
}
