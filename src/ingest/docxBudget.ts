// A Word file's XML parts counted as they are unpacked, before mammoth reads any of them:
// elements, paragraphs, line breaks and text bytes, against the text limits (limits.ts). The
// count is streamed (htmlparser2's Parser fed chunk by chunk), so a file whose
// word/document.xml unpacks to 60 MB of tiny paragraphs is refused after a few hundred kB.
import { StringDecoder } from 'node:string_decoder';
import { Parser } from 'htmlparser2';
import { TextBudget, TEXT_LIMITS, type TextLimits } from './limits.js';

/** Counts one part; `write` throws the budget's InputError as soon as a limit is passed. */
export interface PartScanner {
  write(chunk: Buffer): void;
  end(): void;
}

/** The parts counted: every XML part (the main document may be named anything by its relationships). */
export const isScannedPart = (name: string) => /\.(xml|rels)$/i.test(name);

/**
 * Counts, over every XML part of one Word file together: elements (all), paragraphs (`w:p`),
 * lines (paragraphs, `w:br`, `w:cr`), and the UTF-8 bytes of text (`w:t`, `w:delText` and
 * `w:instrText` content, entities decoded; each paragraph counts two bytes for its separator).
 *
 * @example const scan = docxScanner('a.docx'); const part = scan.part('word/document.xml'); part.write(chunk); part.end();
 */
export function docxScanner(label: string, limits: TextLimits = TEXT_LIMITS): { budget: TextBudget; part(name: string): PartScanner } {
  const budget = new TextBudget(label, limits);
  return {
    budget,
    part(): PartScanner {
      let inText = 0;
      /** Raised in a callback: htmlparser2 would otherwise carry on with the chunk. */
      let failed: unknown;
      const decoder = new StringDecoder('utf8');
      const parser = new Parser(
        {
          onopentag(name) {
            if (failed) return;
            try {
              budget.element();
              if (name === 'w:p') {
                budget.paragraph();
                budget.text(2);
              } else if (name === 'w:br' || name === 'w:cr') budget.line();
              else if (name === 'w:t' || name === 'w:delText' || name === 'w:instrText') inText++;
            } catch (e) {
              failed = e;
              parser.pause();
            }
          },
          onclosetag(name) {
            if (inText > 0 && (name === 'w:t' || name === 'w:delText' || name === 'w:instrText')) inText--;
          },
          ontext(text) {
            if (failed || inText === 0) return;
            try {
              budget.text(Buffer.byteLength(text, 'utf8'));
            } catch (e) {
              failed = e;
              parser.pause();
            }
          },
        },
        { xmlMode: true, decodeEntities: true },
      );
      return {
        write(chunk) {
          if (failed) throw failed;
          parser.write(decoder.write(chunk));
          if (failed) throw failed;
        },
        end() {
          if (failed) throw failed;
          parser.end(decoder.end());
          if (failed) throw failed;
        },
      };
    },
  };
}
