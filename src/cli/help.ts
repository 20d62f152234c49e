// Help texts: one per command, printed by `resdiff help [command]` and `--help`.

export const VERSION = '0.1.0';

export const HELP: Record<string, string> = {
  main: `resdiff ${VERSION}: compare successive versions of UN resolutions paragraph by paragraph.

Usage:
  resdiff diff OLD NEW [options]   show what changed from OLD to NEW
  resdiff parse DOC [--json]       show how a text is read: header, paragraphs, footnotes
  resdiff list [--json]            list the texts in the corpus
  resdiff help [COMMAND]           help on a command

A document (OLD, NEW, DOC) is a corpus symbol (A/RES/68/160), a file path, or - for
standard input. Files may be UTF-8, UTF-16 or GB18030 text.

Exit status: 0 no differences, 1 differences found, 2 trouble (one line on stderr).`,

  diff: `Usage: resdiff diff OLD NEW [options]

Aligns the paragraphs of OLD and NEW and shows every change: paragraphs unchanged,
modified (with the words inserted and deleted), added, removed, moved and renumbered,
and lead verbs that changed.

Options:
  --format F         terminal (default), markdown, json or html
  -o, --output FILE  write to FILE instead of standard output
  --only-changed     fold runs of unchanged paragraphs
  --lang L           language of corpus symbols: zh, en, fr, es, ru, ar
  --old-lang L, --new-lang L   the same for one side only
  --color WHEN       auto (default: only on a terminal), always, never; NO_COLOR turns it off
  --no-color         same as --color never
  --width N          wrap terminal output at N columns (default: the terminal's width, else 80)

Exit status: 0 no differences, 1 differences, 2 trouble.`,

  parse: `Usage: resdiff parse DOC [--json] [--lang L]

Reads one text and shows its structure: symbol, title, adoption date and meeting,
preambular and operative paragraphs with their lead verbs, and footnotes.

Options:
  --json      print the parse contract (see README) instead of a readable listing
  --lang L    language of a corpus symbol
  --width N   wrap at N columns

Exit status: 0 parsed, 2 trouble (not a resolution, unreadable file, ...).`,

  list: `Usage: resdiff list [--json]

Lists the texts in the corpus: symbol, language, adoption date, complete or partial,
and title. --json prints the index itself.`,

  help: `Usage: resdiff help [COMMAND]`,
};
