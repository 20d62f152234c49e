// What kind of file some bytes are, from their first bytes alone: apart from the readers, so that
// knowing costs nothing (the server checks what ODS sent before a worker reads it).

export type InputFormat = 'txt' | 'pdf' | 'docx';

export const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, k) => bytes[k] === b);

/** Recognises a file by its first bytes, not by its name. */
export function sniffFormat(bytes: Uint8Array): InputFormat {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  return 'txt';
}
