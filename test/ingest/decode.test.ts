// Decoding input files: UTF-8 with or without BOM, UTF-16, GB18030; binary refused.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { decodeText } from '../../src/ingest/decode.js';
import { corpusText } from '../helpers/corpus.js';

const zh = corpusText('A-RES-68-160.zh.txt');
const utf8 = Buffer.from(zh, 'utf8');

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(utf8, 'x').text).toBe(zh);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), 'x')).toEqual({ text: zh, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE, with a BOM and (LE) without', () => {
    expect(decodeText(iconv.encode(zh, 'utf16le', { addBOM: true }), 'x')).toEqual({ text: zh, encoding: 'utf-16le' });
    expect(decodeText(iconv.encode(zh, 'utf16be', { addBOM: true }), 'x')).toEqual({ text: zh, encoding: 'utf-16be' });
    const en = corpusText('A-RES-51-100.en.txt');
    expect(decodeText(iconv.encode(en, 'utf16le'), 'x')).toEqual({ text: en, encoding: 'utf-16le' });
  });

  it('reads GB18030 and parses it to the same paragraphs as the UTF-8 original', () => {
    const decoded = decodeText(iconv.encode(zh, 'gb18030'), 'x');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe(zh);
    expect(parseResolution(decoded.text)).toEqual(parseResolution(zh));
  });

  it('refuses binary data with a message naming what it is', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => decodeText(png, 'logo.txt')).toThrow(/logo\.txt is a PNG image/);
    expect(() => decodeText(Buffer.from([1, 2, 3, 0, 0, 5, 6, 200, 201, 202, 0, 7]), 'blob')).toThrow(InputError);
    expect(() => decodeText(Buffer.from('%PDF-1.7\n...'), 'a.txt')).toThrow(/PDF/);
  });

  it('refuses bytes that are no known encoding', () => {
    // Latin-1 French text is invalid UTF-8 and does not read as Chinese GB18030.
    const latin1 = Buffer.from('Réaffirmant sa volonté de promouvoir la coopération internationale, déclaration', 'latin1');
    expect(() => decodeText(latin1, 'fr.txt')).toThrow(/not valid UTF-8/);
  });
});
