// The corpus index: every text by series, and a form to choose the old and the new version.
import type { FC } from 'hono/jsx';
import { textDir } from './components.js';
import type { CorpusEntry, CorpusIndex } from '../src/source/corpus.js';
import { Notice, type PageHead } from './layout.js';

/** A message at the top of the page: why the headline comparison is not shown yet. */
export interface HomeNotice {
  kind: 'info' | 'error';
  title: string;
  message: string;
  /** Reload the page after this many seconds (while a fetch is under way). */
  refreshSeconds?: number;
}

/** One side of the compare form: every symbol the corpus has. */
const VersionChoice: FC<{ label: string; name: 'old' | 'new'; choices: readonly { symbol: string; label: string }[]; selected?: string | undefined }> = (props) => (
  <label>
    {props.label}
    <select name={props.name} required>
      {props.choices.map((c) => (
        <option value={c.symbol} selected={c.symbol === props.selected}>
          {c.label}
        </option>
      ))}
    </select>
  </label>
);

/** The language select of the compare and history forms: the texts' own, or one the corpus has. */
const LanguageChoice: FC<{ languages: readonly string[] }> = ({ languages }) => (
  <label>
    Language
    <select name="lang">
      <option value="">the texts' own</option>
      {languages.map((l) => (
        <option value={l}>{l}</option>
      ))}
    </select>
  </label>
);

/** The head of the home page: its title, and a reload while a fetch is under way. */
export const homeHead = (notice?: HomeNotice): PageHead => ({ title: 'Corpus', refreshSeconds: notice?.refreshSeconds });

/** The home page's content, for c.render(…, homeHead(notice)). */
export const HomePage: FC<{ index: CorpusIndex; defaultOld?: string; defaultNew?: string; notice?: HomeNotice }> = ({ index, defaultOld, defaultNew, notice }) => {
  const bySeries = new Map<string, CorpusEntry[]>();
  for (const t of index.texts) bySeries.set(t.series, [...(bySeries.get(t.series) ?? []), t]);
  // One choice per symbol; its languages are listed beside it.
  const symbols = new Map<string, CorpusEntry[]>();
  for (const t of [...index.texts].sort((a, b) => a.year - b.year)) symbols.set(t.symbol, [...(symbols.get(t.symbol) ?? []), t]);
  const choices = [...symbols].map(([symbol, texts]) => ({
    symbol,
    label: `${symbol} (${texts.map((t) => t.language).join(', ')}, ${texts[0]!.year})${texts.every((t) => !t.complete) ? ', partial' : ''}`,
  }));
  const languages = [...new Set(index.texts.map((t) => t.language))];
  // Each resolution with the next one of its series in the same language and body.
  const suggestions: [CorpusEntry, CorpusEntry][] = [];
  for (const texts of bySeries.values()) {
    const kept = texts.filter((t) => !t.symbol.includes('/DEC/')).sort((a, b) => a.year - b.year);
    kept.forEach((t, k) => {
      const next = kept.slice(k + 1).find((u) => u.language === t.language && u.body === t.body);
      if (next) suggestions.push([t, next]);
    });
  }
  return (
    <>
      {notice ? (
        <Notice kind={notice.kind} title={notice.title}>
          {notice.message}
        </Notice>
      ) : null}
      <h1>Compare versions of a resolution</h1>
      <form class="choose" method="get" action="/compare">
        <VersionChoice label="Old version" name="old" choices={choices} selected={defaultOld} />
        <VersionChoice label="New version" name="new" choices={choices} selected={defaultNew} />
        <LanguageChoice languages={languages} />
        <button type="submit">Compare</button>
      </form>
      <p>
        Or <a href="/paste">paste or upload two texts</a>: a draft under negotiation against the last adopted text.
      </p>
      {suggestions.length > 0 ? (
        <>
          <h2>Successive versions in the corpus</h2>
          <ul class="suggested">
            {suggestions.map(([a, b]) => (
              <li>
                <a href={`/compare?${new URLSearchParams({ old: a.symbol, new: b.symbol, lang: a.language }).toString()}`}>
                  {a.symbol} ({a.year}) → {b.symbol} ({b.year}), {a.language}
                </a>
                {a.complete && b.complete ? '' : ' (partial texts)'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>The life of each paragraph over three or more versions</h2>
      <form class="choose history-form" method="get" action="/history">
        <label>
          Versions, oldest first, one symbol per line (corpus, fetched, or fetched on demand)
          <textarea name="versions" rows={3} required>
            {'A/HRC/RES/19/33\nA/HRC/RES/28/2'}
          </textarea>
        </label>
        <LanguageChoice languages={languages} />
        <button type="submit">Show the history</button>
      </form>
      {[...bySeries].map(([series, texts]) => (
        <section>
          <h2 lang="en">{index.series[series]?.title.en ?? series}</h2>
          {index.series[series]?.title.zh ? <p lang="zh">{index.series[series]!.title.zh}</p> : null}
          <div class="table-wrap">
          <table class="corpus">
            <thead>
              <tr>
                <th scope="col">Symbol</th>
                <th scope="col">Language</th>
                <th scope="col">Adopted</th>
                <th scope="col">Text</th>
                <th scope="col">Title</th>
              </tr>
            </thead>
            <tbody>
              {[...texts]
                .sort((a, b) => a.year - b.year)
                .map((t) => (
                  <tr>
                    <td>
                      {t.symbol}{' '}
                      <a class="source" href={t.source} rel="noopener noreferrer" title={`The source this text was taken from: ${t.source}`}>
                        source
                      </a>
                    </td>
                    <td>{t.language}</td>
                    <td>{t.adopted ?? t.year}</td>
                    <td>{t.complete ? 'complete' : <span class="partial">partial: stops {t.stops}</span>}</td>
                    <td lang={t.language} dir={textDir(t.language)}>{t.title}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          </div>
        </section>
      ))}
    </>
  );
};
