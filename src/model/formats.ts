// The output formats: the one list the CLI flags, the web's schemas and download links, and the
// batch all read. Data only (no renderer is imported here), so reading it costs nothing.
//
// Adding a format is one line here plus one case in render/renderAs.ts, whose switch the
// compiler checks for exhaustiveness. It sits with the model: every layer may read it.

/** Where a format can be asked for. */
export type FormatUse = 'diff' | 'report' | 'download' | 'batch';

export interface FormatInfo {
  /** File name extension, without the dot. */
  ext: string;
  /** Content-Type of a download. */
  mime: string;
  /** What a person calls it ("Word (tracked changes)"). */
  label: string;
  /** Bytes rather than text: must go to a file (-o), never to a terminal. */
  binary: boolean;
  uses: readonly FormatUse[];
}

export const FORMATS = {
  terminal: { ext: 'txt', mime: 'text/plain; charset=utf-8', label: 'Terminal text', binary: false, uses: ['diff'] },
  markdown: { ext: 'md', mime: 'text/markdown; charset=utf-8', label: 'Markdown', binary: false, uses: ['diff', 'report', 'download', 'batch'] },
  json: { ext: 'json', mime: 'application/json; charset=utf-8', label: 'JSON', binary: false, uses: ['diff', 'download'] },
  amendments: { ext: 'txt', mime: 'text/plain; charset=utf-8', label: 'Amendment list', binary: false, uses: ['diff', 'download'] },
  html: { ext: 'html', mime: 'text/html; charset=utf-8', label: 'HTML report', binary: false, uses: ['diff', 'report', 'download', 'batch'] },
  docx: {
    ext: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (tracked changes)',
    binary: true,
    uses: ['report', 'download'],
  },
} as const satisfies Record<string, FormatInfo>;

export type Format = keyof typeof FORMATS;

/** The formats of one use, in the registry's order, as a non-empty tuple (zod's enum takes it as it is). */
export function formatsFor(use: FormatUse): [Format, ...Format[]] {
  return (Object.keys(FORMATS) as Format[]).filter((f) => (FORMATS[f].uses as readonly FormatUse[]).includes(use)) as [Format, ...Format[]];
}

/** "terminal, markdown, json or html": the formats of a use, for messages. */
export function formatList(use: FormatUse): string {
  const names = formatsFor(use);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
