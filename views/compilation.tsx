// The compilation text as one self-contained HTML page: the base in one column, every proposal
// inline under the paragraph it changes, a colour per delegation, a legend, collisions marked.
// Every piece of text goes through JSX, which escapes it.
import { createContext, useContext, type Child, type FC } from 'hono/jsx';
import { textDir } from './components.js';
import type { Compilation, CompiledParagraph, NewParagraph, ParagraphProposal } from '../src/model/compilation.js';
import type { Segment } from '../src/model/comparison.js';
import { baseName, collisionLine, countsLine, DELEGATION_COLOURS, delegationColour, newParagraphLine, paragraphLabel, perProposalLine, proposalVerb } from '../src/compile/index.js';

export interface CompilationProps {
  compilation: Compilation;
  /** The stylesheet's text, inlined so the file stands alone. */
  css: string;
  /** Shown in the footer, e.g. "resdiff 0.1.0". */
  generator: string;
}

/** The page's own rules, on top of the shared stylesheet; a delegation's colour comes in --d. */
const COMPILATION_CSS = `
.legend { display: flex; flex-wrap: wrap; gap: .4rem .75rem; margin: .75rem 0; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: .35rem; font-size: .95rem; }
.tag { display: inline-block; border: 2px solid var(--d); color: var(--d); background: var(--paper); border-radius: 4px; padding: 0 .35rem; font-weight: 700; font-size: .85em; line-height: 1.4; white-space: nowrap; }
.tag--solid { background: var(--d); color: #fff; }
.base-paragraph { margin: 1.25rem 0 .25rem; }
.base-paragraph > h3 { color: var(--muted); font-size: .85rem; font-weight: 600; margin-bottom: .15rem; }
.base-paragraph > p { margin: 0; }
.proposal { margin: .35rem 0 .35rem 1.25rem; padding: .35rem .6rem; border-left: 4px solid var(--d); background: var(--wash); overflow-wrap: anywhere; }
.proposal p { margin: .15rem 0 0; }
.proposal .what { color: var(--muted); font-size: .85rem; margin-left: .25rem; }
.proposal--collides { outline: 2px dashed #b42318; outline-offset: 2px; margin-top: .6rem; margin-bottom: .6rem; }
.collision { margin: .35rem 0 .35rem 1.25rem; color: #b42318; font-weight: 700; font-size: .9rem; }
.collision::before { content: "⚠ "; }
.counts { margin: .5rem 0; }
@media (max-width: 600px) {
  .proposal, .collision { margin-left: .4rem; }
}
`;

/**
 * A delegation's colour as an attribute too (data-d="0" … "7"): the web viewer's pages allow no
 * inline styles (CSP style-src 'self'), so there the colour comes from compilationSiteCss() in app.css.
 */
const palette = (index: number): string => String(index % DELEGATION_COLOURS.length);

/** The page's rules for the web viewer: scoped to .compilation, the palette by data-d. */
export function compilationSiteCss(): string {
  const scoped = COMPILATION_CSS.replace(/^(\s*)([^@{}\n][^{}\n]*)\{/gm, (_m, indent: string, selectors: string) =>
    `${indent}${selectors.split(',').map((x) => `.compilation ${x.trim()}`).join(', ')} {`,
  );
  const colours = DELEGATION_COLOURS.map((colour, k) => `.compilation [data-d="${k}"] { --d: ${colour}; }`).join('\n');
  return `${scoped}\n${colours}\n`;
}

/** Whether colours go in style attributes too (the standalone file); the web viewer's CSP forbids them. */
const InlineColours = createContext(true);
const colourStyle = (index: number): string | undefined => (useContext(InlineColours) ? `--d: ${delegationColour(index)}` : undefined);

const Tag: FC<{ label: string; index: number; solid?: boolean }> = ({ label, index, solid }) => (
  <span class={solid ? 'tag tag--solid' : 'tag'} data-d={palette(index)} style={colourStyle(index)}>
    {label}
  </span>
);

function indexOf(c: Compilation, label: string): number {
  return c.proposals.find((p) => p.label === label)?.index ?? 0;
}

const Tags: FC<{ c: Compilation; labels: readonly string[] }> = ({ c, labels }) => (
  <>
    {labels.map((l) => (
      <>
        <Tag label={l} index={indexOf(c, l)} />{' '}
      </>
    ))}
  </>
);

const Words: FC<{ segments: readonly Segment[] }> = ({ segments }) => (
  <>
    {segments.map((s) => (s.op === 'equal' ? s.text : s.op === 'insert' ? <ins>{s.text}</ins> : <del>{s.text}</del>))}
  </>
);

const Proposal: FC<{ c: Compilation; g: ParagraphProposal; collides: boolean }> = ({ c, g, collides }) => (
  <div class={collides ? 'proposal proposal--collides' : 'proposal'} data-d={palette(indexOf(c, g.labels[0]!))} style={colourStyle(indexOf(c, g.labels[0]!))}>
    <Tags c={c} labels={g.labels} />
    <span class="what">{proposalVerb(g)}</span>
    <p lang={c.base.language} dir={textDir(c.base.language)}>
      <Words segments={g.segments} />
    </p>
  </div>
);

const NewOne: FC<{ c: Compilation; n: NewParagraph }> = ({ c, n }) => (
  <div class="proposal" data-d={palette(indexOf(c, n.labels[0]!))} style={colourStyle(indexOf(c, n.labels[0]!))}>
    <Tags c={c} labels={n.labels} />
    <span class="what">{newParagraphLine(n, c)}</span>
    <p lang={c.base.language} dir={textDir(c.base.language)}>
      <ins>{n.text}</ins>
    </p>
  </div>
);

const Paragraph: FC<{ c: Compilation; p: CompiledParagraph }> = ({ c, p }) => {
  const colliding = new Set(p.collisions.flatMap((x) => x.between));
  return (
    <section class="base-paragraph" id={p.id}>
      <h3>{paragraphLabel(p)}</h3>
      <p lang={c.base.language} dir={textDir(c.base.language)}>{p.text}</p>
      {p.collisions.map((x) => (
        <p class="collision" role="note">
          {collisionLine(p, x)}
        </p>
      ))}
      {p.proposals.map((g, k) => (
        <Proposal c={c} g={g} collides={colliding.has(k)} />
      ))}
      {p.after.map((n) => (
        <NewOne c={c} n={n} />
      ))}
    </section>
  );
};

/** The compilation without the page around it: its heading, legend and counts, then the text (the web viewer puts it in its own layout). */
export const CompilationBody: FC<{ compilation: Compilation; inPage?: boolean; actions?: Child }> = ({ compilation: c, inPage, actions }) => {
  const Text = inPage ? 'div' : 'main';
  const title = `Compilation text: ${baseName(c)}`;
  return (
    <InlineColours.Provider value={!inPage}>
      <header class="page">
        <h1>{title}</h1>
        {c.base.title ? <p lang={c.base.language} dir={textDir(c.base.language)}>{c.base.title}</p> : null}
        <ul class="legend" aria-label="Delegations">
          {c.proposals.map((p) => {
            const counts = c.counts.perProposal.find((x) => x.label === p.label)!;
            return (
              <li>
                <Tag label={p.label} index={p.index} solid /> {perProposalLine(counts).slice(p.label.length + 2)}
              </li>
            );
          })}
        </ul>
        <p class="counts">{countsLine(c)}.</p>
        {c.proposals
          .filter((p) => p.notes.length > 0)
          .map((p) => (
            <p class="note">
              <Tag label={p.label} index={p.index} /> {p.notes.join(' ')}
            </p>
          ))}
        {actions ?? null}
      </header>
      <Text id="compilation-text">
        {c.before.length > 0 && c.paragraphs.length > 0 ? (
          <section class="base-paragraph" id="before">
            <h3>Before {paragraphLabel(c.paragraphs[0]!)}</h3>
            {c.before.map((n) => (
              <NewOne c={c} n={n} />
            ))}
          </section>
        ) : null}
        {c.paragraphs.map((p) => (
          <Paragraph c={c} p={p} />
        ))}
      </Text>
    </InlineColours.Provider>
  );
};

export const CompilationDocument: FC<CompilationProps> = ({ compilation: c, css, generator }) => {
  const title = `Compilation text: ${baseName(c)}`;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: css + COMPILATION_CSS }} />
      </head>
      <body class="report compilation">
        <CompilationBody compilation={c} />
        <footer class="page">Compiled by {generator}.</footer>
      </body>
    </html>
  );
};
