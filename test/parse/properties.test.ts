// The parser never throws anything but a ParseError, whatever it is given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/model/errors.js';
import { ParseOutputSchema } from '../../src/model/contracts.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { parseOutput } from '../../src/render/json.js';
import { CORPUS_FILES, corpusText } from '../helpers/corpus.js';

const corpusLines = CORPUS_FILES.flatMap((f) => corpusText(f).split('\n'));
const noise = fc.constantFrom('\u0000', '\u200b', '\r\n', '\t', '\u3000', '<script>alert(1)</script>', '1.', '(a)', '______', '12', '1/', '，', ';', 'http://undocs.org/x', 'A/RES/68/160');

/** Text that looks like pieces of resolutions: real lines, shuffled, with noise spliced in. */
const arbResolutionish = fc
  .array(fc.oneof(fc.constantFrom(...corpusLines), noise, fc.string({ maxLength: 20 })), { maxLength: 80 })
  .map((parts) => parts.join('\n'));

function parseOrParseError(text: string): void {
  try {
    const r = parseResolution(text);
    expect(ParseOutputSchema.safeParse(parseOutput(r)).success).toBe(true);
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
    expect((e as ParseError).message.length).toBeGreaterThan(10);
  }
}

describe('parseResolution on arbitrary input', () => {
  it('arbitrary strings (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), parseOrParseError), { numRuns: 500, seed: 1 });
  });

  it('resolution-like texts with noise (property)', () => {
    fc.assert(fc.property(arbResolutionish, parseOrParseError), { numRuns: 400, seed: 2 });
  });

  it('gives clear errors for empty text and for prose', () => {
    expect(() => parseResolution('')).toThrow(ParseError);
    expect(() => parseResolution('   \n\t ')).toThrow(/empty/);
    expect(() => parseResolution('Hello world. This is a shopping list: milk, eggs, bread.')).toThrow(/does not look like a resolution/);
  });

  it('refuses prose in a language it has no lead verbs for (a capital letter is not a lead verb)', () => {
    // A French sentence that is not a resolution: before, its first word counted as a lead verb.
    expect(() => parseResolution('Bonjour à tous. Voici la liste des courses de la semaine : du lait, des œufs et du pain.')).toThrow(/does not look like a resolution/);
    expect(() => parseResolution('Hola a todos. Esta es la lista de la compra de la semana: leche, huevos y pan.')).toThrow(/does not look like a resolution/);
  });

  it('reads a line holding a 2 MB run of spaces (the line splitter is linear in it) and loses nothing', () => {
    // A hang guard: the splitter used to backtrack over the whole run from each of its spaces.
    const raw = corpusText('A-HRC-RES-19-33.en.txt');
    const padded = raw.replace('Reaffirming its commitment', `Reaffirming ${' '.repeat(2_000_000)}its commitment`);
    expect(padded.length).toBeGreaterThan(raw.length + 1_999_999);
    const text = (s: string) => JSON.stringify(parseOutput(parseResolution(s)).preamble);
    expect(text(padded)).toBe(text(raw));
  });
});
