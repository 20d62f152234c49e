// Bytes to text: UTF-8 (with or without BOM), UTF-16 and GB18030; binary data is refused.
import { InputError } from '../model/errors.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The decoded text and the encoding it was found in. */
export interface Decoded {
  text: string;
  encoding: Encoding;
}

// PDF and Word files are read by ingest/extract.ts before text decoding is tried.
const SIGNATURES: [string, number[]][] = [
  ['a PDF file', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP or Word (.docx) file', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['an old Word (.doc) or Office file', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a gzip archive', [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, k) => bytes[k] === b);
}

/** UTF-16 without a BOM: most code units of ASCII text have one zero byte. */
function guessUtf16(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let k = 0; k < n; k += 2) {
    if (bytes[k] === 0) evenZero++;
    if (bytes[k + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Where the bytes stop being UTF-8, and how much of them is UTF-8 all the same. */
interface Utf8Damage {
  /** Offset of the first byte that is not part of a UTF-8 character. */
  first: number;
  /** Bytes that are not part of a UTF-8 character. */
  bad: number;
  /** Well-formed multi-byte characters. */
  good: number;
  /** The only fault is a character cut off at the end. */
  cutShort: boolean;
}

function utf8Damage(bytes: Uint8Array): Utf8Damage {
  let first = -1;
  let bad = 0;
  let good = 0;
  let cutShort = false;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlong forms, surrogates or code points past U+10FFFF).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let ok = length > 0;
    for (let k = 1; ok && k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) {
        cutShort = bad === 0;
        ok = false;
      } else if (k === 1 ? next < low || next > high : (next & 0xc0) !== 0x80) ok = false;
    }
    if (ok) {
      good++;
      i += length;
    } else {
      if (first < 0) first = i;
      bad++;
      i++;
    }
  }
  return { first, bad, good, cutShort: cutShort && bytes.length - first < 4 };
}

/** "the byte 0xE9 on line 3, byte 470 of the file,": where a fault is, for a person to find it. */
function position(bytes: Uint8Array, offset: number): string {
  if (offset < 0 || offset >= bytes.length) return 'a byte';
  let line = 1;
  for (let k = 0; k < offset; k++) if (bytes[k] === 0x0a) line++;
  return `the byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')} on line ${line}, byte ${offset + 1} of the file,`;
}

function controlShare(text: string): number {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return 0;
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return controls / sample.length;
}

/**
 * Decodes the bytes of a text file.
 *
 * @throws InputError BINARY for images, archives and other non-text data; ENCODING when the
 *   bytes are neither UTF-8, UTF-16 nor GB18030.
 */
export function decodeText(bytes: Uint8Array, label: string): Decoded {
  for (const [what, sig] of SIGNATURES) {
    if (startsWith(bytes, sig)) throw new InputError('BINARY', `${label} is ${what}, not a text file`);
  }
  let encoding: Encoding | null = null;
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else encoding = guessUtf16(bytes);

  let text: string;
  if (encoding !== null) {
    text = new TextDecoder(encoding).decode(body);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
      encoding = 'utf-8';
    } catch {
      const damage = utf8Damage(body);
      // UTF-8 with a few bad bytes (or cut off inside a character) is damaged UTF-8: read as
      // GB18030 it would be a plausible-looking jumble of Chinese characters, so say where the fault is.
      if (damage.good > 0 && damage.bad * 20 <= damage.good) {
        const where = damage.cutShort
          ? 'it ends in the middle of a character (the file looks cut short)'
          : `${position(body, damage.first)} is not part of any character${damage.bad > 1 ? ` (${damage.bad} such bytes in all)` : ''}, though the rest reads as UTF-8`;
        throw new InputError('ENCODING', `${label} is not valid UTF-8: ${where}; fix it or re-save the file as UTF-8`);
      }
      // Not UTF-8: Chinese files are often GB18030 (a superset of GBK and GB2312).
      let gb: string;
      try {
        gb = new TextDecoder('gb18030', { fatal: true }).decode(body);
      } catch {
        throw new InputError('ENCODING', `${label} is not valid UTF-8, UTF-16 or GB18030 text (${position(body, damage.first)} is not UTF-8): re-save it as UTF-8`);
      }
      // Chinese, not a Latin text with a stray byte (Latin-1 "é" followed by a letter reads as one Han character).
      const han = gb.match(/\p{Script=Han}/gu)?.length ?? 0;
      const nonAscii = gb.match(/[^\x00-\x7f]/g)?.length ?? 0;
      const letters = gb.match(/\p{L}/gu)?.length ?? 0;
      if (nonAscii === 0 || han / nonAscii < 0.5 || han / letters < 0.3) {
        throw new InputError(
          'ENCODING',
          `${label} is not valid UTF-8 (${position(body, damage.first)} is not UTF-8) and does not read as Chinese GB18030 either; it may be Latin-1 or Windows-1252: re-save it as UTF-8`,
        );
      }
      text = gb;
      encoding = 'gb18030';
    }
  }
  if (text.includes('\u0000') || controlShare(text) > 0.01) {
    const at = text.search(/[\u0000-\u0008\u000e-\u001f]/);
    const line = at < 0 ? 0 : text.slice(0, at).split('\n').length;
    throw new InputError('BINARY', `${label} holds binary data (control bytes${line ? `, the first at line ${line}` : ''}), not text`);
  }
  return { text, encoding };
}
