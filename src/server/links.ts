// The URLs a comparison page links to, built from a plain spec: the main thread sends the spec,
// the worker that renders the page builds the links (closures cannot cross threads).
import type { Language } from '../model/resolution.js';
import type { Neighbours } from '../series/neighbours.js';
import type { CompareProps, PageLinks, ShowMode, ViewMode } from '../../views/compare.js';

/** Which comparison the links are about: a pair of symbols as asked (/compare?…), or a share link (/c/<id>). */
export type LinkSpec = { kind: 'corpus'; old: string; new: string; lang?: Language | undefined } | { kind: 'stored'; id: string };

/** The share link of a stored comparison. */
export const shareUrl = (id: string): string => `/c/${id}`;

/** The amended text of a stored comparison draft -> amended draft, as plain text. */
export const amendedTextUrl = (id: string): string => `/c/${id}/amended.txt`;

/**
 * The links of one comparison page, in one view.
 *
 * @example pageLinks({ kind: 'stored', id }, 'side', 'all').download('docx') // '/c/<id>/download?format=docx'
 */
export function pageLinks(spec: LinkSpec, view: ViewMode, show: ShowMode): PageLinks {
  if (spec.kind === 'stored') {
    const id = spec.id;
    return {
      page: (v, s) => `/c/${id}?view=${v}&show=${s}`,
      detail: (anchor) => `/c/${id}/detail?p=${anchor}&view=${view}&show=${show}`,
      download: (format) => `/c/${id}/download?format=${format}`,
      run: (anchor) => `/c/${id}/run?p=${anchor}&view=${view}&show=${show}`,
      flow: () => `/c/${id}/flow.svg`,
    };
  }
  const base = (path: string, extra: Record<string, string>) => {
    const params = new URLSearchParams({ old: spec.old, new: spec.new, ...(spec.lang ? { lang: spec.lang } : {}), ...extra });
    return `${path}?${params.toString()}`;
  };
  return {
    page: (v, s) => base('/compare', { view: v, show: s }),
    detail: (anchor) => base('/compare/detail', { view, show, p: anchor }),
    download: (format) => base('/compare/download', { format }),
    run: (anchor) => base('/compare/run', { view, show, p: anchor }),
    flow: () => base('/compare/flow.svg', {}),
  };
}

/** A corpus comparison's URL. */
export function compareUrl(old: string, neu: string, lang?: Language, view?: { view: ViewMode; show: ShowMode }): string {
  return `/compare?${new URLSearchParams({ old, new: neu, ...(lang ? { lang } : {}), ...(view ?? {}) }).toString()}`;
}

/**
 * Links one step back and forward in the series: the old text's previous version and the new
 * text's next one, where this machine has them.
 */
export function neighbourLinks(
  pair: { old: string | null; new: string | null },
  found: { old: Neighbours; new: Neighbours },
  view: ViewMode,
  show: ShowMode,
): Pick<CompareProps, 'previous' | 'next'> {
  const back = found.old.previous;
  const forward = found.new.next;
  return {
    previous: back && pair.old ? { href: compareUrl(back.symbol, pair.old, back.language, { view, show }), label: `${back.symbol} → ${pair.old}`, why: back.why } : null,
    next: forward && pair.new ? { href: compareUrl(pair.new, forward.symbol, forward.language, { view, show }), label: `${pair.new} → ${forward.symbol}`, why: forward.why } : null,
  };
}

/** The history page's link from version `a` to version `b`. */
export function historyLink(versions: readonly string[], lang: Language | undefined): (a: number, b: number) => string {
  return (a, b) => compareUrl(versions[a]!, versions[b]!, lang);
}
