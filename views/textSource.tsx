// The fields that name a text in the paste and compile forms: an adopted resolution by its symbol
// with the language to read it in, or a pasted text, or an uploaded file. Field names are the
// form's prefix plus Symbol, Lang, Text and File (oldSymbol, baseText, newFile, amendFile, …).
import type { FC } from 'hono/jsx';
import { rulesFor } from '../src/lang/index.js';
import { LANGUAGES } from '../src/model/resolution.js';

/** What the upload inputs take: the file types the ingest stage reads. */
export const UPLOAD_ACCEPT = '.txt,.pdf,.docx,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A symbol box and the language select beside it; `fallback` names what an empty language means. */
export const SymbolRow: FC<{ prefix: string; label: string; symbol: string; lang: string; fallback: string }> = ({ prefix, label, symbol, lang, fallback }) => (
  <>
    <div class="symbol-row">
      <label>
        {label} <input name={`${prefix}Symbol`} maxlength={60} value={symbol} placeholder="A/RES/68/160" autocomplete="off" spellcheck={false} />
      </label>
      <label>
        Language
        <select name={`${prefix}Lang`}>
          {[['', fallback] as const, ...LANGUAGES.map((l) => [l, rulesFor(l).name] as const)].map(([value, name]) => (
            <option value={value} selected={lang === value}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </div>
    <p class="or">From the corpus, this server's cache, or the UN's Official Document System. Or:</p>
  </>
);

/** A textarea to paste into and a file input beside it. */
export const PasteOrUpload: FC<{ prefix: string; text: string; rows: number; what?: string }> = ({ prefix, text, rows, what = 'the text' }) => (
  <>
    <label>
      Paste {what}
      <textarea name={`${prefix}Text`} rows={rows}>
        {text}
      </textarea>
    </label>
    <label>
      or upload a file (.txt, .pdf, .docx) <input type="file" name={`${prefix}File`} accept={UPLOAD_ACCEPT} />
    </label>
  </>
);
