// Errors at the web's edge: server paths never shown; errors cross the worker boundary as data, typed again.
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { FetchError, InputError, ParseError } from '../../src/model/errors.js';
import { errorOf, failureOf, redactPaths, statusOf, storeFailure } from '../../src/server/errors.js';

describe('redactPaths', () => {
  const known = [
    { path: '/srv/resdiff/cache', name: "the server's fetch cache" },
    { path: '/srv/resdiff', name: 'the server' },
  ];

  it('names the server’s folders by what they are, and hides any other file path', () => {
    expect(redactPaths('not in the corpus or the cache (/srv/resdiff/cache), and offline', known)).toBe("not in the corpus or the cache (the server's fetch cache), and offline");
    expect(redactPaths('cannot read the corpus index /srv/resdiff/corpus/index.json: EACCES', known)).toBe('cannot read the corpus index the server: EACCES');
    expect(redactPaths("cannot write '/var/lib/x/db.sqlite'", known)).toBe("cannot write 'a path on the server'");
    expect(redactPaths('/home/un/notes.txt is empty', known)).toBe('a path on the server is empty');
  });

  it('keeps URL paths, URLs and symbols', () => {
    const message = 'POST /api/diff takes texts; A/RES/67/169 (zh) is not at http://127.0.0.1:9/api/symbol/access?s=A/RES/67/169 (see /paste)';
    expect(redactPaths(message, known)).toBe(message);
  });
});

describe('errors across the worker boundary', () => {
  it('come back with their class, code, side and status', () => {
    const parse = errorOf(failureOf(new ParseError('NOT_A_RESOLUTION', 'The new text: no').about('new')));
    expect(parse).toBeInstanceOf(ParseError);
    expect(parse).toMatchObject({ code: 'NOT_A_RESOLUTION', side: 'new', message: 'The new text: no' });
    expect(statusOf(parse)).toBe(422);
    const fetch = errorOf(failureOf(new FetchError('NOT_FOUND', 'not at the UN', 'http://x/y')));
    expect(fetch).toBeInstanceOf(FetchError);
    expect((fetch as FetchError).url).toBe('http://x/y');
    expect(statusOf(errorOf(failureOf(new InputError('TOO_LARGE', 'big'))))).toBe(413);
    expect(statusOf(errorOf(failureOf(new HTTPException(404, { message: 'none' }))))).toBe(404);
    const bug = errorOf(failureOf(new TypeError('x is undefined')));
    expect(statusOf(bug)).toBe(500);
  });
});

describe('storeFailure', () => {
  it('a full disk is 507, a database that cannot be written 503, anything else a bug', () => {
    expect(storeFailure(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))?.status).toBe(507);
    expect(storeFailure(Object.assign(new Error('no space'), { code: 'ENOSPC' }))?.status).toBe(507);
    expect(storeFailure(Object.assign(new Error('readonly'), { code: 'SQLITE_READONLY_DBMOVED' }))?.status).toBe(503);
    expect(storeFailure(new TypeError('oops'))).toBeUndefined();
  });
});
