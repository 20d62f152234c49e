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
      // Not UTF-8: Chinese files are often GB18030 (a superset of GBK and GB2312).
      let gb: string;
      try {
        gb = new TextDecoder('gb18030', { fatal: true }).decode(body);
      } catch {
        throw new InputError('ENCODING', `${label} is not valid UTF-8, UTF-16 or GB18030 text: re-save it as UTF-8`);
      }
      const han = gb.match(/\p{Script=Han}/gu)?.length ?? 0;
      const nonAscii = gb.match(/[^\x00-\x7f]/g)?.length ?? 0;
      if (nonAscii === 0 || han / nonAscii < 0.5) {
        throw new InputError('ENCODING', `${label} is not valid UTF-8 and does not read as Chinese GB18030 either: re-save it as UTF-8`);
      }
      text = gb;
      encoding = 'gb18030';
    }
  }
  if (text.includes('\u0000') || controlShare(text) > 0.01) {
    throw new InputError('BINARY', `${label} holds binary data (control bytes), not text`);
  }
  return { text, encoding };
}
