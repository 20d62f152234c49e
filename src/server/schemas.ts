// zod schemas at the web boundary: query strings and forms.
import { z } from 'zod';
import { LANGUAGES, type Language } from '../model/resolution.js';
import { formatList, formatsFor } from '../model/formats.js';
import { canonicalSymbol, looksLikeSymbol } from '../source/corpus.js';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** A document symbol from a URL: strict shape, so it can never name a path outside the corpus. */
export const SymbolParam = z
  .string({ error: (issue) => (issue.input === undefined ? 'a document symbol is required' : 'give each document symbol once, as one value (old=…&new=…)') })
  .trim()
  .max(60, 'a document symbol is at most 60 characters')
  .refine(looksLikeSymbol, { message: 'not a document symbol like A/RES/68/160' })
  .transform(canonicalSymbol);

export const LanguageParam = z.preprocess(
  emptyToUndefined,
  z.enum(LANGUAGES as [Language, ...Language[]], { error: `language must be one of ${LANGUAGES.join(', ')}` }).optional(),
);

/** A page's view; by default "Only changes": a negotiator reads what moved, and unfolds the rest where needed. */
export const ViewParams = {
  view: z.preprocess(emptyToUndefined, z.enum(['side', 'inline'], { error: 'view must be side or inline' }).default('side')),
  show: z.preprocess(emptyToUndefined, z.enum(['all', 'changed', 'substantive'], { error: 'show must be all, changed or substantive' }).default('changed')),
};

export const CompareQuery = z.object({ old: SymbolParam, new: SymbolParam, lang: LanguageParam, ...ViewParams });
export type CompareQuery = z.infer<typeof CompareQuery>;

export const DetailParam = z.string().regex(/^p-(old-)?(pp|op)\d{1,6}$/, 'not a paragraph anchor');

export const FormatParam = z.enum(formatsFor('download'), { error: `format must be ${formatList('download')}` });

export const ShareId = z.string().regex(/^[0-9a-f]{20}$/, 'not a share link id');

/** The limit of one pasted or uploaded text. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/**
 * Lines in one pasted text. 2 MB in a real layout is about 50,000 lines (the corpus texts average
 * 38 bytes a line), so twice that leaves room for any real text and still refuses 200,000 tiny
 * paragraphs, which took seconds and 500 MB to compare.
 */
export const MAX_TEXT_LINES = 100_000;

export const PasteFields = z.object({
  oldText: z.string().default(''),
  newText: z.string().default(''),
  oldLabel: z.string().trim().max(120, 'a label is at most 120 characters').default(''),
  newLabel: z.string().trim().max(120, 'a label is at most 120 characters').default(''),
  oldFile: z.instanceof(File).optional(),
  newFile: z.instanceof(File).optional(),
  /** The old text named by symbol instead ('' when not). */
  oldSymbol: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), SymbolParam.optional()),
  oldLang: LanguageParam,
  /** One Word file with tracked changes instead of two texts: every change rejected, against every change accepted. */
  trackedFile: z.instanceof(File).optional(),
  /** An amendment document to apply to the old text (the draft) instead of a new text: pasted, or a file. */
  amendText: z.string().default(''),
  amendFile: z.instanceof(File).optional(),
});

/** POST /api/diff: two texts as JSON. */
export const ApiDiffBody = z.object({
  old: z.string({ error: '"old" must be the old text' }),
  new: z.string({ error: '"new" must be the new text' }),
});

export const ViewQuery = z.object(ViewParams);
export const SharePath = z.object({ id: ShareId });
export const StoredDetailQuery = ViewQuery.extend({ p: DetailParam });
export const DownloadQuery = z.object({ format: FormatParam });
export const CorpusPairQuery = z.object({ old: SymbolParam, new: SymbolParam, lang: LanguageParam });

/** /history: three to twelve versions, as repeated v= or one versions= list (one per line or space). */
export const HistoryQuery = z
  .object({
    v: z.union([z.string(), z.array(z.string())]).optional(),
    versions: z.string().max(2000).optional(),
    lang: LanguageParam,
  })
  .transform((q, ctx) => {
    const listed = [...(Array.isArray(q.v) ? q.v : q.v ? [q.v] : []), ...(q.versions?.split(/[\s,;]+/) ?? [])].filter((x) => x.trim() !== '');
    const versions: string[] = [];
    for (const raw of listed) {
      const parsed = SymbolParam.safeParse(raw);
      if (!parsed.success) {
        ctx.addIssue({ code: 'custom', message: `${raw.slice(0, 60)}: ${parsed.error.issues[0]!.message}` });
        return z.NEVER;
      }
      versions.push(parsed.data);
    }
    if (versions.length < 3 || versions.length > 12) {
      ctx.addIssue({ code: 'custom', message: `a history takes 3 to 12 versions, oldest first; got ${versions.length}` });
      return z.NEVER;
    }
    return { versions, lang: q.lang };
  });
