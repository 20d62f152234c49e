// The schema of corpus/index.json, built from the zod it is given: source/corpus.ts loads zod
// only when an index must be checked (see there), so nothing here may import zod's code.
import type * as Zod from 'zod';
import { LANGUAGES, type Language } from '../model/resolution.js';

/** The index's schema, made with `z` (zod's namespace). */
export function corpusIndexSchema(z: typeof Zod.z) {
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date (YYYY-MM-DD)');
  const entry = z
    .object({
      file: z.string().regex(new RegExp(`^[A-Za-z0-9.-]+\\.(?:${LANGUAGES.join('|')})\\.txt$`), 'a file name like A-RES-68-160.zh.txt'),
      symbol: z.string().regex(/^[A-Z]\/[A-Za-z0-9./]+$/),
      language: z.enum(LANGUAGES as [Language, ...Language[]]),
      body: z.string(),
      series: z.string(),
      title: z.string().min(1),
      adopted: isoDate.nullable(),
      year: z.number().int().min(1945).max(2100),
      source: z.url(),
      complete: z.boolean(),
      /** SHA-256 of the file: the texts are byte-for-byte copies of their sources, never edited. */
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      stops: z.string().optional(),
      follows: z.string().optional(),
      note: z.string().optional(),
    })
    .refine((e) => e.complete || e.stops !== undefined, { message: 'a partial text must say where it stops ("stops")' })
    .refine((e) => e.file === `${e.symbol.replaceAll('/', '-')}.${e.language}.txt`, { message: 'file must be the symbol with / as -, then .LANG.txt' });
  return z.object({
    $comment: z.string().optional(),
    series: z.record(z.string(), z.object({ title: z.record(z.string(), z.string()) })),
    texts: z.array(entry).min(1),
  });
}

export type CorpusIndex = Zod.infer<ReturnType<typeof corpusIndexSchema>>;
export type CorpusEntry = CorpusIndex['texts'][number];
