// The paste-or-upload form (negotiation review); errors render in place with the fields kept.
import type { FC } from 'hono/jsx';
import { Layout, Notice } from './layout.js';

export interface PasteValues {
  oldText: string;
  newText: string;
  oldLabel: string;
  newLabel: string;
}

export const EMPTY_PASTE: PasteValues = { oldText: '', newText: '', oldLabel: '', newLabel: '' };

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
        <label>
          Paste the text
          <textarea name="oldText" rows={14}>
            {values.oldText}
          </textarea>
        </label>
        <label>
          or upload a file (.txt, .pdf, .docx) <input type="file" name="oldFile" accept=".txt,.pdf,.docx,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" />
        </label>
      </fieldset>
      <fieldset>
        <legend>New text (for example the draft, A/C.3/…/L.xx)</legend>
        <label>
          Label <input name="newLabel" maxlength={120} value={values.newLabel} placeholder="A/C.3/68/L.34" />
        </label>
        <label>
          Paste the text
          <textarea name="newText" rows={14}>
            {values.newText}
          </textarea>
        </label>
        <label>
          or upload a file (.txt, .pdf, .docx) <input type="file" name="newFile" accept=".txt,.pdf,.docx,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" />
        </label>
      </fieldset>
    </div>
    <p class="limits">Each text or file up to 2 MB; text in UTF-8, UTF-16 or GB18030, or a PDF or Word file. The comparison you submit is stored so that its share link works.</p>
    <button type="submit">Compare</button>
  </form>
);

export const PastePage: FC<{ values: PasteValues; error?: { title: string; message: string } }> = ({ values, error }) => (
  <Layout title="Compare your own texts" wide>
    <h1>Compare your own texts</h1>
    <p>Paste or upload two versions: a draft resolution against the last adopted text, a revision against the draft, or an oral amendment.</p>
    <PasteForm values={values} error={error} />
  </Layout>
);
