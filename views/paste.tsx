// The paste-or-upload form (negotiation review); errors render in place with the fields kept.
import type { FC } from 'hono/jsx';
import { Layout, Notice } from './layout.js';
import { PasteOrUpload, SymbolRow } from './textSource.js';

export interface PasteValues {
  oldText: string;
  newText: string;
  oldLabel: string;
  newLabel: string;
  /** The old text named by symbol (an adopted resolution: corpus, fetch cache, or the UN's ODS). */
  oldSymbol: string;
  /** The language to read that symbol in ('' = the corpus's, else the new text's). */
  oldLang: string;
  /** An amendment document to apply to the old text (the draft) instead of a new text. */
  amendText: string;
}

export const EMPTY_PASTE: PasteValues = { oldText: '', newText: '', oldLabel: '', newLabel: '', oldSymbol: '', oldLang: '', amendText: '' };

export const PasteForm: FC<{ values: PasteValues; error?: { title: string; message: string } }> = ({ values, error }) => (
  <form
    id="paste-form"
    class="paste"
    method="post"
    action="/paste"
    enctype="multipart/form-data"
    hx-post="/paste"
    hx-target="this"
    hx-swap="outerHTML"
    hx-encoding="multipart/form-data"
  >
    {/* Errors go here; a request too large to read is answered into this slot alone (HX-Retarget), so the texts stay in the form. */}
    <div id="paste-error">
      {error ? (
        <Notice kind="error" title={error.title}>
          {error.message}
        </Notice>
      ) : null}
    </div>
    <div class="pair">
      <fieldset>
        <legend>Old text (for example the last adopted resolution)</legend>
        <label>
          Label <input name="oldLabel" maxlength={120} value={values.oldLabel} placeholder="A/RES/67/169" />
        </label>
        <SymbolRow prefix="old" label="An adopted resolution by its symbol" symbol={values.oldSymbol} lang={values.oldLang} fallback="that of the new text (or amendments)" />
        <PasteOrUpload prefix="old" text={values.oldText} rows={14} />
      </fieldset>
      <div class="new-side">
        <fieldset>
          <legend>New text (for example the draft, A/C.3/…/L.xx)</legend>
          <label>
            Label <input name="newLabel" maxlength={120} value={values.newLabel} placeholder="A/C.3/68/L.34" />
          </label>
          <PasteOrUpload prefix="new" text={values.newText} rows={14} />
        </fieldset>
        <fieldset class="amend">
          <legend>Or amendments to the old text (the draft)</legend>
          <p class="or">
            An amendment document ("In operative paragraph 2, replace …"), in the draft's language: it is applied to the old text, and the comparison shows the draft
            against the amended draft, with the instructions that failed listed on top. Leave the new text empty.
          </p>
          <PasteOrUpload prefix="amend" text={values.amendText} rows={6} what="the amendments" />
        </fieldset>
      </div>
    </div>
    <fieldset class="tracked">
      <legend>Or one Word file with tracked changes (a delegation's proposal)</legend>
      <label>
        A .docx file: its text with every change rejected is the old text, with every change accepted the new one{' '}
        <input type="file" name="trackedFile" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" />
      </label>
    </fieldset>
    <p class="limits">Each text or file up to 2 MB; text in UTF-8, UTF-16 or GB18030, or a PDF or Word file. The comparison you submit is stored so that its share link works.</p>
    <button type="submit">Compare</button>
  </form>
);

export const PastePage: FC<{ values: PasteValues; error?: { title: string; message: string } }> = ({ values, error }) => (
  <Layout title="Compare your own texts" wide>
    <h1>Compare your own texts</h1>
    <p>
      Paste or upload two versions: a draft resolution against the last adopted text, a revision against the draft, or an oral amendment. For
      your draft against last year's resolution, name the resolution by its symbol as the old text. Several delegations' proposals to one text:{' '}
      <a href="/compile">compile them</a>.
    </p>
    <PasteForm values={values} error={error} />
  </Layout>
);
