// The comparison page: summary bar, strip map, and the diff fragment (also served alone to htmx).
import type { FC } from 'hono/jsx';
import { knownSegments, type Change, type Comparison, type DocumentRef, type Segment } from '../src/model/comparison.js';
import type { Language } from '../src/model/resolution.js';
import { rulesFor } from '../src/lang/index.js';
import { FORMATS, formatsFor, type Format } from '../src/model/formats.js';
import { bySection, changeHeadline, changeLabel, comparisonNotes, foldUnchanged, foldedLabel, languageNote, leadVerbLine, refLabel, rewriteNote, SECTION_TITLES, spacingNote, type Visibility } from '../src/wording/labels.js';
import { changeAnchor, DraftFacts, Segments, SummaryList, textDir } from './components.js';
import { Layout, Notice } from './layout.js';

export type ViewMode = 'side' | 'inline';
export type ShowMode = Visibility;

/** Where the page's links go: a corpus pair (/compare?…) or a stored comparison (/c/<id>). */
export interface PageLinks {
  page(view: ViewMode, show: ShowMode): string;
  detail(anchor: string): string;
  download(format: Format): string;
  /** A folded run of paragraphs, named by its first paragraph's anchor: the run alone for htmx, else the page with it unfolded. */
  run(anchor: string): string;
  /** The paragraph-flow diagram, an SVG image of its own (not in the page: it is a third of its weight). */
  flow(): string;
}

/** A neighbouring version this machine has, to step through a series. */
export interface NeighbourLink {
  href: string;
  label: string;
  why: string;
}

export interface CompareProps {
  comparison: Comparison;
  oldLabel: string;
  newLabel: string;
  view: ViewMode;
  show: ShowMode;
  links: PageLinks;
  /** The share link of a stored comparison. */
  share?: string;
  /** Links to the comparison one step back (previous version) and forward (next version). */
  previous?: NeighbourLink | null;
  next?: NeighbourLink | null;
  /** The tone line and the amendment list (the full page only; fragments leave them out). */
  insight?: PageInsight;
  /** The folded run shown unfolded (its first paragraph's anchor): the page a run's link opens without JavaScript. */
  open?: string;
  /** The new text is the old one with an amendment document applied: what became of its instructions, shown on top. */
  amendments?: AmendmentPanelProps;
}

/** One instruction of an amendment document that could not be applied, as the page lists it. */
export interface FailedInstruction {
  /** Its place in the document, from 1. */
  n: number;
  /** The instruction as the document words it. */
  text: string;
  /** "words not found", "paragraph not found", "words found more than once", "instruction not understood". */
  reason: string;
  /** What exactly was not found or not understood. */
  detail: string;
}

/** What became of an amendment document's instructions: stored with a submission (plain JSON). */
export interface AmendmentReport {
  /** Instructions read. */
  total: number;
  applied: number;
  /** Every instruction that failed, in the document's order: never dropped. */
  failed: FailedInstruction[];
  /** A note on the document, e.g. that it reads as another language than the draft. */
  note?: string;
}

export interface AmendmentPanelProps {
  report: AmendmentReport;
  /** The amended text as plain text, to download. */
  textHref?: string;
}

/** What the page says beyond the diff, worded: the tone line and the amendment list in the text's language. */
export interface PageInsight {
  tone: string;
  amendments: string[];
  language: Language;
}

/** Whether the two texts are in different languages: then no word is common to both, and that says nothing. */
export const languagesDiffer = (c: Comparison): boolean => c.languageMismatch !== undefined;

/** One side's segments; the old side shows kept words as the old text writes them (Segment.old: ’ for ', tashkeel). */
const side = (segments: readonly Segment[], keep: 'delete' | 'insert') =>
  segments.filter((s) => s.op === 'equal' || s.op === keep).map((s) => (keep === 'delete' && s.old !== undefined ? { op: s.op, text: s.old } : s));

/** Where a partial text stops inside this paragraph: the segments before the cut, and whether there is one. */
function shownSegments(change: Change): { segments: readonly Segment[]; cut: boolean } {
  return { segments: knownSegments(change), cut: change.cutAt !== undefined };
}

/** The mark where a partial text stops: what follows in the other text is not compared. */
const CutMark: FC = () => (
  <span class="cut" title="A partial text stops here: the words past this point are not compared">
    {' '}
    […]
  </span>
);

/** A link that swaps the diff fragment with htmx and is a plain link without JavaScript. */
const SwapLink: FC<{ href: string; current: boolean; label: string }> = ({ href, current, label }) => (
  <a
    href={href}
    hx-get={href}
    hx-target="#diff"
    hx-swap="outerHTML"
    hx-push-url="true"
    class={current ? 'toggle toggle--on' : 'toggle'}
    aria-current={current ? 'true' : undefined}
  >
    {label}
  </a>
);

const DetailLink: FC<{ href: string; anchor: string }> = ({ href, anchor }) => (
  <a class="more" href={href} hx-get={href} hx-target={`#detail-${anchor}`} hx-swap="innerHTML">
    Details
  </a>
);

const ChangeRow: FC<{ change: Change; props: CompareProps }> = ({ change, props }) => {
  const anchor = changeAnchor(change);
  const verb = leadVerbLine(change, '→', props.comparison.new.language);
  const shown = shownSegments(change);
  return (
    <article class={`change change--${change.kind}`} id={anchor} data-kind={change.kind}>
      <header>
        <h3>{changeLabel(change)}</h3>
        <span class="kind">{changeHeadline(change).replace('->', '→')}</span>
        <DetailLink href={props.links.detail(anchor)} anchor={anchor} />
      </header>
      {verb ? <p class="lead-verb">{verb}</p> : null}
      {props.view === 'side' ? (
        <div class="sides">
          <div class="side side--old" lang={props.comparison.old.language} dir={textDir(props.comparison.old.language)}>
            <span class="side-label">Old</span>
            {change.old ? <Segments segments={side(shown.segments, 'delete')} /> : <em class="none">(not in the old text)</em>}
            {change.old && shown.cut ? <CutMark /> : null}
          </div>
          <div class="side side--new" lang={props.comparison.new.language} dir={textDir(props.comparison.new.language)}>
            <span class="side-label">New</span>
            {change.new ? <Segments segments={side(shown.segments, 'insert')} /> : <em class="none">(not in the new text)</em>}
            {change.new && shown.cut ? <CutMark /> : null}
          </div>
        </div>
      ) : (
        <p class="text" lang={props.comparison.new.language} dir={textDir(props.comparison.new.language)}>
          <Segments segments={shown.segments} />
          {shown.cut ? <CutMark /> : null}
        </p>
      )}
      <div class="detail" id={`detail-${anchor}`} aria-live="polite"></div>
    </article>
  );
};

/**
 * A run of folded paragraphs: its label and a link that unfolds it in place (htmx swaps in the
 * run's paragraphs) or, without JavaScript, opens the page with the run unfolded, at the run.
 */
const FoldedRun: FC<{ folded: Change[]; props: CompareProps }> = ({ folded, props }) => {
  const first = changeAnchor(folded[0]!);
  const href = props.links.run(first);
  return (
    <p class="folded" id={`run-${first}`}>
      {folded.map((c) => (
        <span id={changeAnchor(c)} class="fold-anchor"></span>
      ))}
      … {foldedLabel(folded)}{' '}
      <a class="unfold" href={`${href}#${first}`} hx-get={href} hx-target={`#run-${first}`} hx-swap="outerHTML">
        Show {folded.length === 1 ? 'it' : `all ${folded.length}`}
      </a>
    </p>
  );
};

/** The paragraphs of a folded run, unfolded: in the page, and alone as the htmx answer to a run's link. */
export const RunRows: FC<{ changes: readonly Change[]; props: CompareProps }> = ({ changes, props }) => (
  <>
    {changes.map((change) => (
      <ChangeRow change={change} props={props} />
    ))}
  </>
);

/** The part of the page that view and filter toggles replace. */
export const DiffFragment: FC<{ props: CompareProps }> = ({ props }) => {
  const { links, view, show, comparison } = props;
  return (
    <section id="diff" aria-label="Changes">
      <div class="toolbar">
        <span class="group" role="group" aria-label="View">
          <SwapLink href={links.page('side', show)} current={view === 'side'} label="Side by side" />
          <SwapLink href={links.page('inline', show)} current={view === 'inline'} label="Inline" />
        </span>
        <span class="group" role="group" aria-label="Show">
          <SwapLink href={links.page(view, 'all')} current={show === 'all'} label="All paragraphs" />
          <SwapLink href={links.page(view, 'changed')} current={show === 'changed'} label="Only changes" />
          <SwapLink href={links.page(view, 'substantive')} current={show === 'substantive'} label="Substantive only" />
        </span>
        <span class="hint">Keys: n next change, p previous</span>
      </div>
      {bySection(comparison.changes).map((group) => (
        <section class="part">
          <h2>{SECTION_TITLES[group.section]}</h2>
          {foldUnchanged(group.changes, show).map((item) =>
            !('folded' in item) ? (
              <ChangeRow change={item.change} props={props} />
            ) : changeAnchor(item.folded[0]!) === props.open ? (
              <RunRows changes={item.folded} props={props} />
            ) : (
              <FoldedRun folded={item.folded} props={props} />
            ),
          )}
        </section>
      ))}
    </section>
  );
};

/** A language's English name ("Chinese"), for the notice on two texts in different languages. */
const languageName = (l: Language): string => rulesFor(l).name;

/**
 * The comparison's notes, less what the notice on two languages says better: the share in common
 * (nil by construction) and a note of the same meaning, should the notes carry one.
 */
function pageNotes(c: Comparison): string[] {
  // The spacing repair has a notice of its own (SpacingNotice).
  const spacing = spacingNote(c);
  if (!languagesDiffer(c)) return comparisonNotes(c).filter((n) => n !== spacing);
  const rewritten = rewriteNote(c);
  const twoLanguages = languageNote(c);
  return comparisonNotes(c).filter((n) => n !== rewritten && n !== twoLanguages && n !== spacing);
}

/** The notice on a text whose broken spacing ("Reaf firming") was repaired before comparing: which text, how many joins. */
export const SpacingNotice: FC<{ comparison: Comparison }> = ({ comparison: c }) => {
  const repaired = ([
    ['The old text', c.old],
    ['The new text', c.new],
  ] as const).filter(([, d]) => d.spacingRepair);
  if (repaired.length === 0) return null;
  return (
    <Notice kind="info" title="Broken spacing repaired">
      {repaired.map(([which, d]) => (
        <>
          {which} came with spaces inside words, as some PDF viewers give text (“Reaf firming”):{' '}
          <b class="spacing-joins">{d.spacingRepair!.joins}</b> space{d.spacingRepair!.joins === 1 ? ' was' : 's were'} taken out before comparing.{' '}
        </>
      ))}
      Words the language's word list does not know (names) may still show as changed.
    </Notice>
  );
};

/** A button that copies an element's text as plain text (views/app.js); hidden until the script shows it. */
const CopyButton: FC<{ target: string; what: string }> = ({ target, what }) => (
  <button type="button" class="copy" data-copy={target} hidden aria-label={`Copy ${what} as plain text`}>
    Copy
  </button>
);

/** The tone line and the amendment list, each with its copy button; without JavaScript both are plain, selectable text. */
export const InsightPanel: FC<{ insight: PageInsight }> = ({ insight }) => (
  <section class="insight" aria-label="Tone and amendments">
    <div class="copyable">
      <p class="tone" id="tone-line" lang={insight.language} dir={textDir(insight.language)}>
        {insight.tone}
      </p>
      <CopyButton target="tone-line" what="the tone line" />
    </div>
    <details class="amendments" open>
      <summary>
        Amendments{' '}
        <span class="count">
          ({insight.amendments.length === 0 ? 'none' : insight.amendments.length}): the changes as a list a delegation can table
        </span>
      </summary>
      {insight.amendments.length === 0 ? (
        <p>None: the texts are the same.</p>
      ) : (
        <div class="copyable">
          <ol id="amendment-list" lang={insight.language} dir={textDir(insight.language)}>
            {insight.amendments.map((line) => (
              <li>{line}</li>
            ))}
          </ol>
          <CopyButton target="amendment-list" what="the amendment list" />
        </div>
      )}
    </details>
    <p class="copy-status" role="status" aria-live="polite"></p>
  </section>
);

/** The instructions of the amendment document: how many applied, and every failed one with its number, text and reason. */
export const InstructionPanel: FC<{ amendments: AmendmentPanelProps; language: Language }> = ({ amendments: { report, textHref }, language }) => (
  <section class={report.failed.length > 0 ? 'instructions instructions--failed' : 'instructions'} id="instructions" aria-label="Amendment instructions">
    <h2>Amendment instructions</h2>
    <p class="instructions-count">
      <b>
        {report.applied} of {report.total}
      </b>{' '}
      instruction{report.total === 1 ? '' : 's'} applied
      {report.failed.length > 0 ? (
        <>
          ; <b class="failed-count">{report.failed.length} failed</b>, listed below: the comparison shows the draft with the others applied.
        </>
      ) : (
        '.'
      )}
      {textHref ? (
        <>
          {' '}
          <a href={textHref} download>
            Download the amended text (.txt)
          </a>
        </>
      ) : null}
    </p>
    {report.note ? <p class="note">{report.note}</p> : null}
    {report.failed.length > 0 ? (
      <ol class="failed-instructions">
        {report.failed.map((f) => (
          <li value={f.n}>
            <span class="instruction-n">Instruction {f.n}</span> <span class="reason">failed: {f.reason}</span>
            {f.detail ? <span class="detail-text"> ({f.detail})</span> : null}
            <blockquote class="instruction-text" lang={language} dir={textDir(language)}>
              {f.text}
            </blockquote>
          </li>
        ))}
      </ol>
    ) : null}
  </section>
);

/** One cell per paragraph, coloured by kind (and named, so meaning does not rest on colour). */
export const StripMap: FC<{ comparison: Comparison }> = ({ comparison }) => (
  <nav class="strip" aria-label="Map of the document: one cell per paragraph">
    {comparison.changes.map((c) => (
      <a class={`cell cell--${c.kind}`} href={`#${changeAnchor(c)}`} title={`${changeLabel(c)}: ${c.kind}`}>
        <span class="sr">
          {changeLabel(c)}: {c.kind}
        </span>
      </a>
    ))}
  </nav>
);

/** A line per text that is a draft (its kind, revision and sponsors); nothing when neither is. */
export const DraftLines: FC<{ comparison: Comparison }> = ({ comparison: c }) => (
  <>
    {([
      ['Old text', c.old],
      ['New text', c.new],
    ] as const).map(([which, d]) =>
      d.draft ? (
        <p class="draft">
          <b>{which}:</b> <DraftFacts document={d} />
        </p>
      ) : null,
    )}
  </>
);

export const ComparePage: FC<{ props: CompareProps }> = ({ props }) => {
  const { comparison: c, links } = props;
  return (
    <Layout title={`${props.oldLabel} → ${props.newLabel}`} wide>
      <h1>
        <span lang={props.comparison.old.language} dir={textDir(props.comparison.old.language)}>{props.oldLabel}</span> → <span lang={props.comparison.new.language} dir={textDir(props.comparison.new.language)}>{props.newLabel}</span>
      </h1>
      <p class="titles">
        <span lang={props.comparison.old.language} dir={textDir(props.comparison.old.language)}>{c.old.title ?? '(no title)'}</span>
        {c.title ? (
          <>
            {' '}
            → <span lang={props.comparison.new.language} dir={textDir(props.comparison.new.language)}>{c.new.title}</span>
          </>
        ) : null}
      </p>
      {props.amendments ? <InstructionPanel amendments={props.amendments} language={c.old.language} /> : null}
      <DraftLines comparison={c} />
      <SpacingNotice comparison={c} />
      {!c.old.complete || !c.new.complete ? (
        <Notice kind="info" title="Partial text">
          {[c.old, c.new].map((r, i) =>
            r.complete ? null : (
              <>
                {i === 0 ? 'The old text' : 'The new text'} is partial ({r.incomplete.join('; ')}).{' '}
              </>
            ),
          )}
          Paragraphs missing from a partial text are not changes.
        </Notice>
      ) : null}
      <div class="summary-bar">
        <SummaryList comparison={c} />
        <span class="downloads">
          Download:{' '}
          {formatsFor('download').map((f, k) => (
            <>
              {k > 0 ? ' · ' : null}
              <a href={links.download(f)}>{FORMATS[f].label}</a>
            </>
          ))}
        </span>
      </div>
      {languagesDiffer(c) ? (
        <Notice kind="info" title="Two different languages">
          The old text is in {languageName(c.old.language)} and the new one in {languageName(c.new.language)}. A comparison word by word finds nothing in
          common between two languages, so it says nothing here about what changed, and no tone line or amendment list is given: compare two texts in
          the same language.
        </Notice>
      ) : null}
      {pageNotes(c).map((note) => (
        <p class="note">{note}</p>
      ))}
      {props.insight && !languagesDiffer(c) ? <InsightPanel insight={props.insight} /> : null}
      {props.share ? (
        <p class="share">
          Share link: <a href={props.share}>{props.share}</a>
        </p>
      ) : null}
      {props.previous || props.next ? (
        <nav class="series-nav" aria-label="Versions">
          {props.previous ? (
            <a href={props.previous.href} title={props.previous.why} rel="prev">
              ← Compare with the previous version: {props.previous.label}
            </a>
          ) : null}
          {props.next ? (
            <a href={props.next.href} title={props.next.why} rel="next">
              The next version: {props.next.label} →
            </a>
          ) : null}
        </nav>
      ) : null}
      <StripMap comparison={c} />
      <details class="flow">
        <summary>Paragraph flow: where each paragraph went</summary>
        <figure>
          {/* Fetched when the section is opened: a lazy image in a closed <details> waits (with JavaScript off, browsers fetch it at once). */}
          <img src={props.links.flow()} loading="lazy" alt="Paragraph-flow diagram: the old paragraphs on the left, the new ones on the right, a line for each pair" />
        </figure>
        <p class="flow-open">
          <a href={props.links.flow()}>Open the diagram on its own</a>: there, pointing at a line or a box names its paragraph and how much of it was kept.
        </p>
      </details>
      <DiffFragment props={props} />
    </Layout>
  );
};

function footnotesOf(r: DocumentRef, id: string | undefined): { mark: number; text: string }[] {
  if (!id) return [];
  const p = r.paragraphs.find((x) => x.id === id);
  const missing = r.complete ? '(the footnote text is not in the document)' : '(the footnote text is not in this partial text)';
  return (p?.footnotes ?? []).map((mark) => ({ mark, text: r.footnotes.find((f) => f.mark === mark)?.text ?? missing }));
}

/** The detail of one paragraph: similarity, lead verb, numbers, footnotes. */
export const DetailFragment: FC<{ change: Change; props: CompareProps }> = ({ change, props }) => {
  const oldNotes = footnotesOf(props.comparison.old, change.old?.id);
  const newNotes = footnotesOf(props.comparison.new, change.new?.id);
  return (
    <dl class="detail-body">
      <dt>Change</dt>
      <dd>{changeHeadline(change).replace('->', '→')}</dd>
      <dt>Similarity</dt>
      <dd>{Math.round(change.similarity * 100)}% of the text kept</dd>
      <dt>Old paragraph</dt>
      <dd>{change.old ? `${refLabel(change.old)} (${change.old.id})` : 'none: added'}</dd>
      <dt>New paragraph</dt>
      <dd>{change.new ? `${refLabel(change.new)} (${change.new.id})` : 'none: removed'}</dd>
      <dt>Lead verb</dt>
      <dd>{change.leadVerb ? `${change.leadVerb.old ?? '(none)'} → ${change.leadVerb.new ?? '(none)'}` : 'unchanged'}</dd>
      <dt>Footnotes</dt>
      <dd>
        {oldNotes.length + newNotes.length === 0 ? (
          'none'
        ) : (
          <ul>
            {oldNotes.map((f) => (
              <li lang={props.comparison.old.language} dir={textDir(props.comparison.old.language)}>
                old {f.mark}: {f.text}
              </li>
            ))}
            {newNotes.map((f) => (
              <li lang={props.comparison.new.language} dir={textDir(props.comparison.new.language)}>
                new {f.mark}: {f.text}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
};

/** The detail as a page of its own, for browsers without JavaScript. */
export const DetailPage: FC<{ change: Change; props: CompareProps }> = ({ change, props }) => (
  <Layout title={`${changeLabel(change)} · ${props.oldLabel} → ${props.newLabel}`}>
    <p>
      <a href={`${props.links.page(props.view, props.show)}#${changeAnchor(change)}`}>← Back to the comparison</a>
    </p>
    <h1>{changeLabel(change)}</h1>
    <p class="text" lang={props.comparison.new.language} dir={textDir(props.comparison.new.language)}>
      <Segments segments={shownSegments(change).segments} />
      {shownSegments(change).cut ? <CutMark /> : null}
    </p>
    <DetailFragment change={change} props={props} />
  </Layout>
);
