// The compile page (issue 13): one base (a symbol, a pasted text or a file) and proposals added one
// by one, each with a delegation's label; and the compilation it makes, inside the site layout.
// Errors render in place with every field kept (files excepted: a browser never refills a file input).
import type { FC } from 'hono/jsx';
import type { Compilation } from '../src/model/compilation.js';
import { baseName } from '../src/compile/index.js';
import { CompilationBody } from './compilation.js';
import { Layout, Notice } from './layout.js';
import { PasteOrUpload, SymbolRow, UPLOAD_ACCEPT } from './textSource.js';

export interface ProposalValues {
  label: string;
  text: string;
}

export interface CompileValues {
  /** The base named by symbol (corpus, fetch cache, or the UN's ODS). */
  baseSymbol: string;
  /** The language to read that symbol in ('' = the proposals'). */
  baseLang: string;
  baseText: string;
  proposals: ProposalValues[];
}

/** A new form: two empty proposal rows. */
export const EMPTY_COMPILE: CompileValues = { baseSymbol: '', baseLang: '', baseText: '', proposals: [{ label: '', text: '' }, { label: '', text: '' }] };

type Problem = { title: string; message: string };


/** One proposal: a delegation's label, and a pasted text or a file. Field names carry the row's number. */
export const ProposalRow: FC<{ k: number; values: ProposalValues; focus?: boolean }> = ({ k, values, focus }) => (
  <fieldset class="proposal-row" id={`proposal-${k}`}>
    <legend>Proposal {k + 1}</legend>
    <label>
      Delegation <input name={`p${k}label`} maxlength={40} value={values.label} placeholder={k === 0 ? 'EU' : k === 1 ? 'G77' : 'CARICOM'} autocomplete="off" autofocus={focus} />
    </label>
    <label>
      Paste the proposal: the full revised text, or an amendment document ("In operative paragraph 5, replace …")
      <textarea name={`p${k}text`} rows={5}>
        {values.text}
      </textarea>
    </label>
    <label>
      or upload a file (.txt, .pdf, .docx; a Word file with tracked changes is read as its changes) <input type="file" name={`p${k}file`} accept={UPLOAD_ACCEPT} />
    </label>
  </fieldset>
);

/** How many rows the form has: the add button sends it, and the row route answers it one higher. */
export const RowCount: FC<{ n: number }> = ({ n }) => <input type="hidden" id="proposal-rows" name="rows" value={String(n)} />;

export const CompileForm: FC<{ values: CompileValues; max: number; error?: Problem | undefined }> = ({ values, max, error }) => (
  <form id="compile-form" class="paste compile-form" method="post" action="/compile" enctype="multipart/form-data">
    <div id="compile-error">
      {error ? (
        <Notice kind="error" title={error.title}>
          {error.message}
        </Notice>
      ) : null}
    </div>
    <fieldset>
      <legend>Base text (the facilitator's draft)</legend>
      <SymbolRow prefix="base" label="A resolution by its symbol" symbol={values.baseSymbol} lang={values.baseLang} fallback="that of the proposals" />
      <PasteOrUpload prefix="base" text={values.baseText} rows={8} />
    </fieldset>
    <div id="proposals">
      {values.proposals.map((p, k) => (
        <ProposalRow k={k} values={p} />
      ))}
    </div>
    <RowCount n={values.proposals.length} />
    <p class="add-row">
      {/* Without JavaScript this submits the form, which comes back with one more row and every text kept. */}
      <button type="submit" name="action" value="add" class="secondary" hx-get="/compile/row" hx-include="#proposal-rows" hx-target="#proposals" hx-swap="beforeend">
        Add a proposal
      </button>{' '}
      <span class="limits">up to {max} proposals</span>
    </p>
    <p class="limits">
      Each text or file up to 2 MB, the whole form up to 5 MB; text in UTF-8, UTF-16 or GB18030, or a PDF or Word file. Every proposal is compiled in the base's language.
      When the form comes back (an error, or a row added without JavaScript) every text is kept, but a chosen file must be chosen again. The compilation is
      stored so that its share link works.
    </p>
    <button type="submit" name="action" value="compile">
      Compile
    </button>
  </form>
);

export const CompilePage: FC<{ values: CompileValues; max: number; error?: Problem | undefined }> = ({ values, max, error }) => (
  <Layout title="Compile proposals" wide>
    <h1>Compile proposals</h1>
    <p>
      One base text and the delegations' proposals to it: each is a full revised text, a Word file with tracked changes, or an amendment document. The
      compilation shows every paragraph of the base followed by each proposal that touches it, tagged with its delegation, and marks where two proposals
      collide.
    </p>
    <CompileForm values={values} max={max} error={error} />
  </Layout>
);

/** The downloads of a stored compilation: the same renderers as `resdiff compile -o`. */
const DOWNLOADS: [string, string][] = [
  ['html', 'HTML'],
  ['markdown', 'Markdown'],
  ['docx', 'Word (tracked changes by delegation)'],
  ['json', 'JSON'],
];

export const CompilationPage: FC<{ compilation: Compilation; share: string }> = ({ compilation, share }) => (
  <Layout title={`Compilation text: ${baseName(compilation)}`}>
    <div class="compilation">
      <CompilationBody
        compilation={compilation}
        inPage
        actions={
      <nav class="share compilation-links" aria-label="Share and download">
        <p>
          Share link: <a href={share}>{share}</a>
        </p>
        <p>
          Download:{' '}
          {DOWNLOADS.map(([format, name], k) => (
            <>
              {k > 0 ? ' · ' : ''}
              <a href={`${share}/download?format=${format}`} download>
                {name}
              </a>
            </>
          ))}{' '}
          · <a href="/compile">Compile other proposals</a>
        </p>
      </nav>
        }
      />
    </div>
  </Layout>
);
