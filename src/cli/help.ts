// Help texts: one per command, printed by `resdiff help [command]` and `--help`.

import { packageVersion } from '../util/version.js';

export const VERSION = packageVersion();

export const HELP: Record<string, string> = {
  main: `resdiff ${VERSION}: compare successive versions of UN resolutions paragraph by paragraph.

Usage:
  resdiff diff OLD NEW [options]   show what changed from OLD to NEW
  resdiff diff NEW --previous      ... from the version NEW follows (found from its citations)
  resdiff diff FILE.docx --tracked ... in a Word file with tracked changes: every change
                                   rejected (old) against every change accepted (new)
  resdiff report OLD NEW -o FILE   a full report: summary, tone, flow diagram, amendments, diff
                                   (HTML, Markdown, or Word with tracked changes)
  resdiff amend DRAFT AMENDMENTS   apply an amendment document to a draft: the amended text,
                                   the comparison, and what became of each instruction
  resdiff compile BASE --proposal LABEL=FILE ...
                                   the compilation text: every delegation's proposals to
                                   each paragraph of BASE, tagged, collisions marked
  resdiff batch pairs.csv -o DIR   one report per pair on all cores, plus an index.html
  resdiff parse DOC [--json]       show how a text is read: header, paragraphs, footnotes
  resdiff history V1 V2 V3 ...     the life of every paragraph over three or more versions
  resdiff previous DOC             name the resolution DOC follows, and why
  resdiff fetch SYMBOL --lang L    download a document from the UN (ODS) into the cache
  resdiff list [--json]            list the texts in the corpus
  resdiff help [COMMAND]           help on a command

A document (OLD, NEW, DOC, V1 ...) is a symbol (A/RES/68/160), a file path (.txt, .pdf or
.docx), or - for standard input. Text files may be UTF-8, UTF-16 or GB18030. A symbol is
looked up in the corpus, then in the fetch cache, then fetched from the UN's Official
Document System (documents.un.org) unless --offline is given or RESDIFF_OFFLINE=1.

Exit status: 0 no differences, 1 differences found, 2 trouble (one line on stderr).`,

  diff: `Usage: resdiff diff OLD NEW [options]
       resdiff diff NEW --previous [options]
       resdiff diff FILE.docx --tracked [options]

Aligns the paragraphs of OLD and NEW and shows every change: paragraphs unchanged,
modified (with the words inserted and deleted), added, removed, moved and renumbered,
and lead verbs that changed.

With --tracked, one Word file with tracked changes (a delegation's proposal) is read as
two versions: OLD with every change rejected, NEW with every change accepted. Insertions,
deletions, moves and joined or split paragraphs count; formatting changes do not.

Options:
  --format F         terminal (default), markdown, json, amendments or html; amendments
                     prints the changes alone as a numbered list of amendments to OLD in UN
                     drafting style, in the texts' language, ready to table
  -o, --output FILE  write to FILE instead of standard output (a regular file or a new name
                     in an existing folder; written whole or not at all)
  --only-changed     fold runs of unchanged paragraphs
  --substantive-only hide technical changes (dates, session ordinals, document symbols,
                     renumbering); the summary still counts them
  --lang L           language of corpus symbols: zh, en, fr, es, ru, ar
  --old-lang L, --new-lang L   the same for one side only
  --color WHEN       auto (default: only on a terminal), always, never; NO_COLOR turns it off
  --no-color         same as --color never
  --width N          wrap terminal output at N columns (default: the terminal's width, else 80)
  --previous         with one document NEW: compare it with the version it follows
  --tracked          with one Word file (.docx): compare its text with every tracked change
                     rejected against its text with every change accepted
  --offline          never fetch: use the corpus and the cache only (also RESDIFF_OFFLINE=1)
  --cache DIR        the fetch cache (default: corpus/fetched/, or RESDIFF_CACHE)

Exit status: 0 no differences, 1 differences, 2 trouble.`,

  report: `Usage: resdiff report OLD NEW [-o FILE] [options]
       resdiff report NEW --previous [-o FILE] [options]
       resdiff report FILE.docx --tracked [-o FILE] [options]

Writes one self-contained report of how OLD became NEW: both headers (symbols, titles,
dates), the summary (technical and substantive changes counted apart), the tone of the
lead-verb changes (stronger, weaker, sideways), the paragraph-flow diagram, the changes
as amendments in UN drafting style (referring to OLD's numbering), and the full diff.

Options:
  --format F         html (default: one printable file, no outside requests), markdown,
                     or docx (Word: NEW as tracked changes against OLD; needs -o FILE.docx)
  -o, --output FILE  write to FILE (default: standard output; required for docx)
  --author NAME      the author Word shows on every tracked change (default: resdiff)
  --tracked          with one Word file (.docx): report on its tracked changes, as for diff
                     (a Word report written by resdiff reads back as the pair it compared)
  --substantive-only, --only-changed, --lang L, --offline, --cache DIR   as for diff

Exit status: 0 no differences, 1 differences, 2 trouble.`,

  compile: `Usage: resdiff compile BASE --proposal LABEL=FILE [--proposal LABEL=FILE ...] [-o OUT] [--format F]

Compiles the proposals of several delegations against BASE, the text the facilitator
circulated: for every paragraph of BASE, in order, the paragraph, then each proposal's
change to it (the words inserted and deleted), tagged with its delegation ([EU], [G77]);
new paragraphs proposed after it; deletions proposed. Two proposals that change
overlapping words of a paragraph are marked as a collision, both shown. Identical
proposals from several delegations are shown once, with every tag. On top: the
proposals per delegation, the paragraphs touched, the collisions.

A proposal (LABEL=FILE; LABEL is the delegation, FILE a file, a symbol or - ) is one of:
  - a Word file with tracked changes: its text with every change rejected must be BASE;
    its text with every change accepted is the proposal;
  - an amendment document ("In operative paragraph 5, replace ..."), applied to BASE as
    'resdiff amend' does; instructions that fail are named on stderr and in the output;
  - a full revised text, compared with BASE.

Options:
  -p, --proposal LABEL=FILE  a delegation's proposal (give one per delegation; labels unique)
  -o, --output FILE   write to FILE; its extension picks the format (.html, .md, .docx, .json)
  -f, --format F      html, markdown (default on stdout), docx (needs -o) or json
                      docx: each delegation's changes are tracked changes authored by it,
                      so Word's reviewing pane shows and filters them by delegation
  --lang L            the language of BASE when it is a symbol outside the corpus
  --offline, --cache DIR   as for diff

Exit status: 0 compiled, 2 trouble (an unreadable file, a label missing or given twice).

Example:
  resdiff report A/RES/51/100 A/HRC/DEC/22/116 --format docx -o eu.docx --author EU
  resdiff diff A/RES/51/100 A/HRC/RES/19/33 --format amendments > g77.txt
  resdiff compile A/RES/51/100 --proposal "EU=eu.docx" --proposal "G77=g77.txt" \\
    --proposal "CARICOM=A/HRC/RES/28/2" -o compilation.html`,

  amend: `Usage: resdiff amend DRAFT AMENDMENTS [-o OUT] [--format F] [options]
       resdiff amend --list AMENDMENTS [--json] [--lang L]

Reads AMENDMENTS, a document of amendments in English or Chinese ("In operative paragraph 5,
replace “X” with “Y”", "Delete the second preambular paragraph", "执行部分第6段应改为：“……”"),
and applies each instruction to DRAFT. Paragraph numbers are DRAFT's own, before any
amendment; "paragraph 5" alone is operative paragraph 5. The masthead, the sponsors line,
the title and closing lines ("Renumber the operative paragraphs accordingly.") are not
instructions. An instruction that cannot be applied is reported with its reason (paragraph
not found, words not found, words found more than once, instruction not understood) and
the others still apply; one cut off at the end of the text is not understood, never guessed.

Prints a line per instruction (applied, or failed and why), then the comparison DRAFT ->
amended, then the amended text (title, opening line, paragraphs, operative paragraphs
numbered again: a text resdiff reads back). With --format html the instruction lines go to
standard error.

Options:
  -o, --output OUT   write the amended text to OUT instead of printing it
  --format F         the comparison as terminal (default), markdown, json or html; json
                     prints one object: instructions (each with its result), amended
                     (paragraphs and text) and comparison (as diff --json)
  --list             only read AMENDMENTS and print its instructions as read
  --json             with --list: {"instructions": [{"n", "target", "edits", "text"}]};
                     otherwise the same as --format json
  --lang L           language of DRAFT given as a symbol, or of AMENDMENTS with --list
                     (default: the draft's language, or detected from the text)
  --only-changed, --color WHEN, --no-color, --width N, --offline, --cache DIR   as for diff

DRAFT and AMENDMENTS are documents as for diff (symbol, .txt/.pdf/.docx file, or -).

Exit status: 0 every instruction applied (with --list: every one read), 1 some failed
(not read), 2 trouble.`,

  batch: `Usage: resdiff batch PAIRS.csv -o DIR [--format html|markdown] [--jobs N]

Writes a report (as resdiff report) for every pair in PAIRS.csv into DIR, plus DIR/index.html
listing them with their summaries, and DIR/batch.json. Pairs run on worker threads, one per
core (--jobs N to choose). A progress bar shows on a terminal.

PAIRS.csv has one pair per line: old,new[,lang][,name]. A first line "old,new,..." is a
header; blank lines and lines starting with # are skipped. Documents are symbols or file
paths (relative to the CSV's folder). The name (default OLD-to-NEW) names the report file.

Running it again skips reports that already exist. A pair that cannot be compared is
reported (on standard error and in the index) and skipped; the others still run.

Options:
  -o DIR             the folder for the reports (created if needed)
  --format F         html (default) or markdown
  -j, --jobs N       worker threads (default: one per core)
  --offline          never fetch (also RESDIFF_OFFLINE=1)

Exit status: 0 every pair done or already done, 2 when any pair failed or the CSV is unusable.`,

  parse: `Usage: resdiff parse DOC [--json] [--lang L] [--width N]

Reads one text and shows its structure: symbol, title, adoption date and meeting,
preambular and operative paragraphs with their lead verbs, and footnotes.

Options:
  --json      print the parse contract (see README) instead of a readable listing
  --lang L    language of a symbol
  --width N   wrap at N columns (default: the terminal's width, else 80)
  --offline, --cache DIR   as for diff

Exit status: 0 parsed, 2 trouble (not a resolution, unreadable file, ...).`,

  list: `Usage: resdiff list [--json] [--width N]

Lists the texts in the corpus: symbol, language, adoption date, complete or partial,
and title. --json prints the index itself.

Options:
  --json      print the corpus index as JSON
  --width N   fit the table in N columns, wrapping the text and title columns
              (default: the terminal's width, else 80)`,

  history: `Usage: resdiff history V1 V2 V3 ... [options]

Follows every paragraph through three or more versions, oldest first: when it appeared,
every change it went through (with the words inserted and deleted), and when it disappeared.
Built from the pairwise comparisons of consecutive versions.

Options:
  --format F         terminal (default), markdown or json
  -o, --output FILE  write to FILE
  --lang L, --color WHEN, --no-color, --width N, --offline, --cache DIR   as for diff`,

  previous: `Usage: resdiff previous DOC [--json]

Names the resolution DOC follows: among the resolutions of its own body that its preamble
cites from an earlier session, the one cited on its own subject, else the most recent
("A/RES/68/160 follows A/RES/67/169: PP2 cites it on the same subject").`,

  fetch: `Usage: resdiff fetch SYMBOL --lang ar|zh|en|fr|ru|es [--cache DIR]

Downloads a document from the UN's Official Document System,
https://documents.un.org/api/symbol/access?s=SYMBOL&l=LANG&t=docx (falling back to t=pdf),
extracts its text (Word with mammoth, PDF with pdfjs), checks it is the symbol asked for,
and stores the original, its text and its provenance (address, time, sha256, format) in the
cache (default corpus/fetched/; --cache DIR or RESDIFF_CACHE moves it). One request at a
time, with timeouts and at most 2 retries. RESDIFF_ODS_URL points at another server.`,

  help: `Usage: resdiff help [COMMAND]`,
};
