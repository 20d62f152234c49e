// View components shared by the standalone HTML report and the web viewer (Hono JSX; text is escaped).
import type { FC } from 'hono/jsx';
import { knownSegments, type Change, type Comparison, type DocumentRef, type Segment } from '../src/model/comparison.js';
import type { Language } from '../src/model/resolution.js';
import { draftLine } from '../src/wording/draft.js';
import { rulesFor } from '../src/lang/index.js';
import { bySection, CUT_MARK, changeHeadline, changeLabel, comparisonNotes, foldUnchanged, foldedLabel, leadVerbLine, SECTION_TITLES, type Visibility } from '../src/wording/labels.js';

/** `dir="rtl"` for a text in a language written right to left (Arabic), else no attribute. */
export const textDir = (language: string): 'rtl' | undefined => (rulesFor(language as Language).direction === 'rtl' ? 'rtl' : undefined);

/** The inline changes of one paragraph as text, <del> and <ins>. */
export const Segments: FC<{ segments: readonly Segment[] }> = ({ segments }) => (
  <>
    {segments.map((s) => (s.op === 'equal' ? s.text : s.op === 'delete' ? <del>{s.text}</del> : <ins>{s.text}</ins>))}
  </>
);

/** The id a change's card carries in the page, for links from the strip map and keyboard jumps. */
export function changeAnchor(change: Change): string {
  return change.new ? `p-${change.new.id}` : `p-old-${change.old.id}`;
}

/** One aligned paragraph: label ("OP 9 (was OP 10)"), kind, lead-verb change, inline text. */
export const ChangeCard: FC<{ change: Change; language: string }> = ({ change, language }) => {
  const verb = leadVerbLine(change, '→', language as Language);
  return (
    <article class={`change change--${change.kind}`} id={changeAnchor(change)} data-kind={change.kind}>
      <header>
        <h3>{changeLabel(change)}</h3>
        <span class="kind">{changeHeadline(change).replace('->', '→')}</span>
      </header>
      {verb ? <p class="lead-verb">{verb}</p> : null}
      <p class="text" lang={language} dir={textDir(language)}>
        <Segments segments={knownSegments(change)} />
        {change.cutAt !== undefined ? ` ${CUT_MARK}` : null}
      </p>
    </article>
  );
};

/** Counts per kind, as a list of chips. */
export const SummaryList: FC<{ comparison: Comparison }> = ({ comparison }) => {
  const s = comparison.summary;
  const items: [string, number, string][] = [
    ['unchanged', s.unchanged, 'unchanged'],
    ['modified', s.modified, 'modified'],
    ['added', s.added, 'added'],
    ['removed', s.removed, 'removed'],
    ['moved', s.moved, 'moved'],
    ['renumbered', s.renumbered, 'renumbered'],
    [s.leadVerbChanged === 1 ? 'lead verb changed' : 'lead verbs changed', s.leadVerbChanged, 'verb'],
    ['substantive', s.substantive, 'substantive'],
    ['technical', s.technical, 'technical'],
  ];
  return (
    <ul class="summary" aria-label="Summary">
      {items.map(([label, n, kind]) => (
        <li class={`chip chip--${kind}`} data-count={String(n)}>
          <b>{n}</b> {label}
        </li>
      ))}
    </ul>
  );
};

/** Plain notes under the summary: a largely rewritten text, a work cap reached. */
export const ComparisonNotes: FC<{ comparison: Comparison }> = ({ comparison }) => (
  <>
    {comparisonNotes(comparison).map((note) => (
      <p class="note">{note}</p>
    ))}
  </>
);

/** Whether either text is a draft: then headers say its kind, revision and sponsors (adopted texts keep their headers as they were). */
export const hasDraft = (c: Comparison): boolean => c.old.draft !== null || c.new.draft !== null;

/**
 * A draft's facts in one line (draftLine: kind, revision, sponsors, committee, session, agenda
 * item), with the sponsors line's starred footnote under it; "-" for an adopted text.
 */
export const DraftFacts: FC<{ document: DocumentRef }> = ({ document: d }) =>
  d.draft ? (
    <>
      <span class="draft-line">{draftLine(d.draft)}</span>
      {d.draft.sponsorsNote ? (
        <small class="draft-note" lang={d.language} dir={textDir(d.language)}>
          * {d.draft.sponsorsNote}
        </small>
      ) : null}
    </>
  ) : (
    <>-</>
  );

/** Both documents' facts side by side. */
export const DocumentTable: FC<{ comparison: Comparison }> = ({ comparison: c }) => (
  <table class="meta">
    <thead>
      <tr>
        <th scope="col"></th>
        <th scope="col">Old</th>
        <th scope="col">New</th>
      </tr>
    </thead>
    <tbody>
      <tr>
        <th scope="row">Symbol</th>
        <td>{c.old.symbol ?? '-'}</td>
        <td>{c.new.symbol ?? '-'}</td>
      </tr>
      <tr>
        <th scope="row">Title</th>
        <td lang={c.old.language} dir={textDir(c.old.language)}>{c.old.title ?? '-'}</td>
        <td lang={c.new.language} dir={textDir(c.new.language)}>{c.new.title ?? '-'}</td>
      </tr>
      <tr>
        <th scope="row">Adopted</th>
        <td>{c.old.adopted ?? '-'}</td>
        <td>{c.new.adopted ?? '-'}</td>
      </tr>
      {hasDraft(c) ? (
        <tr class="draft">
          <th scope="row">Draft</th>
          <td>
            <DraftFacts document={c.old} />
          </td>
          <td>
            <DraftFacts document={c.new} />
          </td>
        </tr>
      ) : null}
      <tr>
        <th scope="row">Text</th>
        <td>{c.old.complete ? 'complete' : 'partial'} ({c.old.language})</td>
        <td>{c.new.complete ? 'complete' : 'partial'} ({c.new.language})</td>
      </tr>
    </tbody>
  </table>
);

/** All changes grouped by section, unchanged runs folded when asked to. */
export const ChangeList: FC<{ comparison: Comparison; visibility: Visibility }> = ({ comparison, visibility }) => (
  <>
    {bySection(comparison.changes).map((group) => (
      <section>
        <h2>{SECTION_TITLES[group.section]}</h2>
        {foldUnchanged(group.changes, visibility).map((item) =>
          'folded' in item ? (
            <p class="folded">… {foldedLabel(item.folded)}</p>
          ) : (
            <ChangeCard change={item.change} language={comparison.new.language} />
          ),
        )}
      </section>
    ))}
  </>
);
