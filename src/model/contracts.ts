// The JSON contracts of `resdiff parse --json` and `resdiff diff --json` (and the web API), as zod schemas.
//
// These field names are stable: fields may be added, never renamed. Tests apply the schemas
// to real output, and the web API validates against the same ones.
import { z } from 'zod';
import { LANGUAGES, type Language } from './resolution.js';

const language = z.enum(LANGUAGES as [Language, ...Language[]]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const paragraphBase = {
  id: z.string().regex(/^(pp|op)\d+$/),
  text: z.string().min(1),
  leadVerb: z.string().nullable(),
  footnotes: z.array(z.number().int().positive()),
};

/** What a draft's masthead and sponsors line say (`draft` of the parse and diff objects). */
export const DraftFactsSchema = z.object({
  kind: z.enum(['draft', 'revised draft']),
  revision: z.number().int().positive().nullable(),
  corrigendum: z.number().int().positive().nullable(),
  sponsors: z.array(z.string().min(1)),
  sponsorsNote: z.string().nullable(),
  distribution: z.string().nullable(),
  date: isoDate.nullable(),
  original: z.string().nullable(),
  session: z.string().nullable(),
  committee: z.string().nullable(),
  agendaItem: z.string().nullable(),
  agendaTitle: z.string().nullable(),
});

/** `resdiff parse FILE --json` */
export const ParseOutputSchema = z.object({
  symbol: z.string().nullable(),
  language,
  title: z.string().nullable(),
  adopted: isoDate.nullable(),
  meeting: z.string().nullable(),
  complete: z.boolean(),
  preamble: z.array(z.object({ ...paragraphBase, id: z.string().regex(/^pp\d+$/) })),
  operative: z.array(z.object({ ...paragraphBase, id: z.string().regex(/^op\d+$/), number: z.number().int().positive().nullable() })),
  footnotes: z.array(z.object({ mark: z.number().int().positive(), text: z.string(), citedBy: z.array(z.string()) })),
  // Added fields (allowed by the contract):
  body: z.string().nullable(),
  kind: z.enum(['resolution', 'decision', 'draft']),
  basis: z.string().nullable(),
  warnings: z.array(z.string()),
  /** A draft's masthead and sponsors line; null for adopted texts. */
  draft: DraftFactsSchema.nullable(),
  /** Present when the text's spacing was broken ("Reaf firming") and repaired before parsing: the spaces taken out of words. */
  spacingRepair: z.object({ joins: z.number().int().positive() }).optional(),
});

// `kind` and `draft` are added for drafts only (so the objects of adopted texts stay as they were).
/** `label`: what the person who submitted the text called it (the web's paste page), when they did. */
const docRef = z.object({ symbol: z.string().nullable(), language, kind: z.literal('draft').optional(), draft: DraftFactsSchema.optional(), label: z.string().optional(), spacingRepair: z.object({ joins: z.number().int().positive() }).optional() });
const paragraphRef = z.object({ id: z.string(), number: z.number().int().nullable() }).nullable();
const section = z.enum(['preamble', 'operative']);

export const SegmentSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string().min(1), old: z.string().min(1).optional() });

export const ChangeSchema = z.object({
  kind: z.enum(['unchanged', 'modified', 'added', 'removed', 'moved']),
  section,
  old: paragraphRef,
  new: paragraphRef,
  similarity: z.number().min(0).max(1),
  leadVerb: z.object({ old: z.string().nullable(), new: z.string().nullable() }).nullable(),
  segments: z.array(SegmentSchema),
  // Added fields:
  renumbered: z.boolean(),
  approximate: z.boolean(),
  technical: z.boolean(),
  /** Where a partial text stops in this paragraph: the index of the first segment past the words both texts have (those segments are not changes). */
  cutAt: z.number().int().nonnegative().optional(),
});

/** `resdiff diff OLD NEW --json` */
export const DiffOutputSchema = z.object({
  old: docRef,
  new: docRef,
  summary: z.object({
    unchanged: z.number().int().nonnegative(),
    modified: z.number().int().nonnegative(),
    added: z.number().int().nonnegative(),
    removed: z.number().int().nonnegative(),
    moved: z.number().int().nonnegative(),
    // Added fields:
    renumbered: z.number().int().nonnegative(),
    leadVerbChanged: z.number().int().nonnegative(),
    technical: z.number().int().nonnegative(),
    substantive: z.number().int().nonnegative(),
  }),
  changes: z.array(ChangeSchema),
  // Added fields:
  title: z.object({ old: z.string(), new: z.string() }).nullable(),
  approximate: z.boolean(),
  /** Set when the two texts are in different languages: their words cannot be compared. */
  languageMismatch: z.object({ old: language, new: language }).optional(),
});

export type ParseOutput = z.infer<typeof ParseOutputSchema>;
export type DiffOutput = z.infer<typeof DiffOutputSchema>;
