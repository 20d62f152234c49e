// The timeline page: one row per paragraph, one column per version; each row opens on its changes.
import type { FC } from 'hono/jsx';
import { knownSegments } from '../src/model/comparison.js';
import { CUT_MARK, documentName, refLabel } from '../src/wording/labels.js';
import { stateIn, type Lineage, type LineageEvent, type Series } from '../src/series/history.js';
import { Segments, textDir } from './components.js';
import { Layout } from './layout.js';

const KIND_WORD: Record<LineageEvent['kind'], string> = { appeared: 'appeared', unchanged: 'unchanged', modified: 'modified', moved: 'moved', removed: 'removed' };

function firstText(l: Lineage): string {
  const first = l.events[0]!;
  return first.kind === 'appeared' ? first.text : '';
}

const Cell: FC<{ lineage: Lineage; version: number }> = ({ lineage, version }) => {
  const state = stateIn(lineage, version);
  if (state === 'absent' || state === 'gone') return <td class="tl tl--none">·</td>;
  if (state.kind === 'removed') return <td class="tl tl--removed">removed</td>;
  return (
    <td class={`tl tl--${state.kind}`}>
      {refLabel(state.paragraph)} <span class="tl-kind">{KIND_WORD[state.kind]}</span>
    </td>
  );
};

export const HistoryPage: FC<{ series: Series; compareUrl: (old: number, neu: number) => string }> = ({ series, compareUrl }) => (
  <Layout title={`History of ${series.versions.length} versions`} wide>
    <h1>History of {series.versions.length} versions</h1>
    <ol class="versions">
      {series.versions.map((v, k) => (
        <li>
          <b>v{k + 1}</b> <span lang={v.ref.language} dir={textDir(v.ref.language)}>{documentName(v.ref)}</span>
          {v.ref.title ? <span lang={v.ref.language} dir={textDir(v.ref.language)}> · {v.ref.title}</span> : null}
          {k > 0 ? (
            <>
              {' '}
              · <a href={compareUrl(k - 1, k)}>compare with v{k}</a>
            </>
          ) : null}
        </li>
      ))}
    </ol>
    <div class="table-wrap">
      <table class="timeline">
        <thead>
          <tr>
            <th scope="col">Paragraph</th>
            {series.versions.map((_v, k) => (
              <th scope="col">v{k + 1}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.lineages.map((l) => (
            <tr id={`l${l.id}`}>
              <th scope="row">
                <a href={`#story-${l.id}`}>¶{l.id}</a>
              </th>
              {series.versions.map((_v, k) => (
                <Cell lineage={l} version={k} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    <h2>Each paragraph's story</h2>
    {series.lineages.map((l) => (
      <details class="story" id={`story-${l.id}`}>
        <summary>
          ¶{l.id} <span lang={series.versions[l.events[0]!.version]!.ref.language} dir={textDir(series.versions[l.events[0]!.version]!.ref.language)}>{firstText(l).slice(0, 90)}{firstText(l).length > 90 ? '…' : ''}</span>
        </summary>
        <ul>
          {l.events.map((e) => (
            <li>
              <b>v{e.version + 1}</b> {series.versions[e.version]!.label}:{' '}
              {e.kind === 'appeared'
                ? `${refLabel(e.paragraph)} appeared`
                : e.kind === 'removed'
                  ? `removed (was ${refLabel(e.last)})`
                  : `${refLabel(e.paragraph)} ${e.kind}${e.change.leadVerb ? `, lead verb ${e.change.leadVerb.old ?? '-'} → ${e.change.leadVerb.new ?? '-'}` : ''}`}
              {e.kind === 'modified' || (e.kind === 'moved' && e.change.similarity < 1) ? (
                <p class="text" lang={series.versions[e.version]!.ref.language} dir={textDir(series.versions[e.version]!.ref.language)}>
                  <Segments segments={knownSegments(e.change)} />
                  {e.change.cutAt !== undefined ? ` ${CUT_MARK}` : null}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
    ))}
  </Layout>
);
