// The batch's pairs file, read by csv-parse: quoting, comments, the header, languages, and the
// line each record starts on (for messages and PairJob.line).
import { describe, expect, it } from 'vitest';
import { parsePairs } from '../../src/batch/pairs.js';
import { InputError } from '../../src/model/errors.js';

describe('parsePairs', () => {
  it('reads plain pairs with the optional language and name', () => {
    const { jobs, problems } = parsePairs('a.txt,b.txt\nA/RES/68/160,A/RES/69/170,zh,mine\n');
    expect(problems).toEqual([]);
    expect(jobs).toEqual([
      { line: 1, old: 'a.txt', new: 'b.txt', name: 'a-to-b' },
      { line: 2, old: 'A/RES/68/160', new: 'A/RES/69/170', lang: 'zh', name: 'mine' },
    ]);
  });

  it('keeps a comma inside quotes', () => {
    const { jobs } = parsePairs('"old, draft.txt", new.txt\n');
    expect(jobs[0]).toMatchObject({ old: 'old, draft.txt', new: 'new.txt', line: 1 });
  });

  it('keeps a newline inside quotes, and numbers the record by the line it starts on', () => {
    const { jobs, problems } = parsePairs('a.txt,b.txt\n"c.txt","d.txt",en,"two\nlines"\ne.txt,f.txt\n');
    expect(problems).toEqual([]);
    expect(jobs.map((j) => [j.line, j.old, j.new])).toEqual([
      [1, 'a.txt', 'b.txt'],
      [2, 'c.txt', 'd.txt'],
      [4, 'e.txt', 'f.txt'],
    ]);
    expect(jobs[1]!.name).toBe('two-lines');
  });

  it('counts a CRLF inside quotes as one line, in a file with Windows line ends', () => {
    const { jobs } = parsePairs('a.txt,b.txt\r\n"c\r\n.txt",d.txt\r\n\r\ne.txt,f.txt\r\n');
    expect(jobs.map((j) => [j.line, j.old])).toEqual([
      [1, 'a.txt'],
      [2, 'c\r\n.txt'],
      [5, 'e.txt'],
    ]);
  });

  it('reads "" inside quotes as one quote', () => {
    const { jobs } = parsePairs('"say ""hi"".txt",b.txt\n');
    expect(jobs[0]!.old).toBe('say "hi".txt');
  });

  it('skips blank lines and comment lines, and a # inside a cell is text', () => {
    const csv = ['# pairs for the report', '', '   ', '  # indented comment, with "a quote', 'a#1.txt,b.txt', '"#c.txt",d.txt # not a comment'].join('\n');
    const { jobs, problems } = parsePairs(csv);
    expect(problems).toEqual([]);
    expect(jobs.map((j) => [j.line, j.old, j.new])).toEqual([
      [5, 'a#1.txt', 'b.txt'],
      [6, '#c.txt', 'd.txt # not a comment'],
    ]);
  });

  it('recognises a header "old,new,…" on the first line', () => {
    const { jobs } = parsePairs('Old, New ,lang,name\nx.txt,y.txt\n');
    expect(jobs).toEqual([{ line: 2, old: 'x.txt', new: 'y.txt', name: 'x-to-y' }]);
  });

  it('reports an unknown language and a missing document with the line number', () => {
    const { jobs, problems } = parsePairs('a.txt,b.txt\n\n"c.txt\n",d.txt,xx\nonly.txt\n,\ne.txt,f.txt,en\n');
    expect(problems).toEqual(['line 3: unknown language "xx"', 'line 5: needs two documents, old and new', 'line 6: needs two documents, old and new']);
    expect(jobs.map((j) => [j.line, j.lang])).toEqual([
      [1, undefined],
      [7, 'en'],
    ]);
  });

  it('counts lines past multi-byte names', () => {
    const { jobs, problems } = parsePairs('"决议 一.txt","决议\n二.txt"\n草案.txt,定稿.txt,fr\n');
    expect(problems).toEqual([]);
    expect(jobs.map((j) => [j.line, j.old])).toEqual([
      [1, '决议 一.txt'],
      [3, '草案.txt'],
    ]);
  });

  it('makes names unique', () => {
    const { jobs } = parsePairs('a.txt,b.txt\na.txt,b.txt\nc.txt,d.txt,,a-to-b\n');
    expect(jobs.map((j) => j.name)).toEqual(['a-to-b', 'a-to-b-2', 'a-to-b-3']);
  });

  it('says a file with no pairs is empty', () => {
    expect(() => parsePairs('# nothing\n\n')).toThrow(InputError);
    expect(() => parsePairs('')).toThrow(/lists no pairs/);
  });

  it('says where an unclosed quote starts, as an InputError', () => {
    let err: unknown;
    try {
      parsePairs('a.txt,b.txt\nc.txt,"d.txt\ne.txt,f.txt\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('BAD_FILE');
    expect((err as InputError).message).toBe('the pairs file is not valid CSV: a quote opened after line 1 is never closed');
    expect(() => parsePairs('"a.txt"x,b.txt\n')).toThrow(/text after a closing quote/);
  });
});
