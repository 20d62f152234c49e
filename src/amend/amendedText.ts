// The amended draft as a resolution text a user can feed back into resdiff: title, opening line,
// preambular paragraphs, numbered operative paragraphs.
import { rulesFor } from '../lang/index.js';
import type { Footnote, Paragraph, Resolution, Section } from '../model/resolution.js';
import { allParagraphs } from '../model/resolution.js';
import type { AmendedDraft } from './applyInstructions.js';

/**
 * The amended text: the draft's symbol and title, its body's opening line ("The General
 * Assembly," / "大会，"), then each paragraph on its own line, operative paragraphs numbered
 * from 1 again.
 *
 * @example amendedText(draft, applyInstructions(draft, instructions)) // "Enhancement of …\n\nThe General Assembly,\n\nRecalling …\n\n1. Reaffirms …"
 */
export function amendedText(draft: Resolution, amended: Pick<AmendedDraft, 'preamble' | 'operative'>): string {
  const rules = rulesFor(draft.language);
  const opening = rules.bodies.find((b) => b.body === draft.body && b.line !== null)?.line ?? rules.bodies.find((b) => b.line !== null)?.line ?? null;
  // An adopted text's title goes after its number ("51/100. Enhancement of …"), as the parser reads it.
  const number = /RES\/(?:\d+\/)?(\d+\/\d+)$/.exec(draft.symbol ?? '')?.[1];
  const title = draft.title && number ? `${number}. ${draft.title}` : draft.title;
  const head = [draft.symbol, title].filter((x): x is string => x !== null && x !== '');
  const blocks = [
    ...(head.length ? [head.join('\n')] : []),
    ...(opening ? [opening] : []),
    ...amended.preamble,
    ...amended.operative.map((text, k) => `${k + 1}. ${text}`),
  ];
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The amended draft as a `Resolution`, for comparing the draft with it: the draft's header, the
 * amended paragraphs (operative ones numbered from 1 again), each keeping the footnote marks of
 * the draft paragraph it comes from.
 */
export function amendedResolution(draft: Resolution, amended: AmendedDraft): Resolution {
  const rules = rulesFor(draft.language);
  const byId = new Map(allParagraphs(draft).map((p) => [p.id, p]));
  const paragraphs = (section: Section): Paragraph[] =>
    amended[section].map((text, k) => {
      const from = amended.sources[section][k];
      const source = from === null || from === undefined ? undefined : byId.get(from);
      return {
        id: `${section === 'preamble' ? 'pp' : 'op'}${k + 1}`,
        section,
        number: section === 'operative' ? k + 1 : null,
        text,
        leadVerb: rules.detectLeadVerb(text)?.text ?? null,
        footnotes: source ? [...source.footnotes] : [],
        span: { start: 0, end: 0 },
      };
    });
  const preamble = paragraphs('preamble');
  const operative = paragraphs('operative');
  const cited = [...preamble, ...operative];
  const footnotes: Footnote[] = draft.footnotes.map((f) => ({ ...f, citedBy: cited.filter((p) => p.footnotes.includes(f.mark)).map((p) => p.id) }));
  return { ...draft, preamble, operative, footnotes, warnings: [] };
}
