// The small helpers behind the catalogue's messages: which document a parse error is about and
// its language, clipped echoes, one-line CLI messages, bounded runs of blanks.
import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/cli/main.js';
import { ParseError } from '../../src/model/errors.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { explainParseError } from '../../src/source/explain.js';
import { clip } from '../../src/text/clip.js';

const refusal = (text: string) => {
  try {
    parseResolution(text);
  } catch (e) {
    return e;
  }
  throw new Error('parsed');
};

describe('explainParseError', () => {
  it('names the document; every UN language has rules, so no language note is added', () => {
    // A labelled Arabic test sentence ("This is a test text and not a resolution."), not from any UN document.
    const ar = 'هذا نص تجريبي وليس قرارا.';
    const e = explainParseError(refusal(ar), ar, 'ar.txt') as ParseError;
    expect(e).toBeInstanceOf(ParseError);
    expect(e.message).toMatch(/^ar\.txt: this does not look like a resolution \(read as Arabic\): found no opening \("إن الجمعية العامة،"\)/);
    expect(e.message).not.toContain('looks');
    const fr = 'Ceci est une phrase de test pour les outils et la documentation.';
    expect((explainParseError(new ParseError('NOT_A_RESOLUTION', 'Not one.'), fr) as ParseError).message).toBe('Not one.');
    const en = 'Dear colleagues, lunch is at noon.';
    expect((explainParseError(refusal(en), en) as ParseError).message).not.toContain('looks');
    expect((explainParseError(new ParseError('EMPTY', 'Empty.'), ar, 'x.txt') as ParseError).message).toBe('x.txt: empty.');
    const other = new Error('x');
    expect(explainParseError(other, en)).toBe(other);
  });
});

describe('clip, oneLine', () => {
  it('clips long echoes and says how long they were', () => {
    expect(clip('A/RES/68/160')).toBe('A/RES/68/160');
    expect(clip('x'.repeat(10_000), 5)).toBe('xxxxx… (10,000 characters)');
  });

  it('keeps a message on one line with control characters escaped', () => {
    expect(oneLine('a\nb\r\tc\u001b[31m\u202ed')).toBe('a\\nb\\r\\tc\\u001b[31m\\u202ed');
  });
});
