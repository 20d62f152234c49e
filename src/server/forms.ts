// Reading a request body as a form, on whichever thread: the worker reads the paste form and the
// API's form; the main thread only when a job could not (to fill the form in again).
import { HTTPException } from 'hono/http-exception';
import type { PasteValues } from '../../views/paste.js';

/** A request's media type without parameters, lower-cased (media types are case-insensitive, RFC 9110 8.3.1). */
export const mediaTypeOf = (type: string): string => type.split(';')[0]!.trim().toLowerCase();

const FORM_TYPES = new Set(['multipart/form-data', 'application/x-www-form-urlencoded']);

/** A form whose body cannot be read: nothing in it can be shown again. */
export class UnreadableForm extends HTTPException {
  constructor() {
    super(400, { message: 'The form could not be read: the request is not well-formed multipart/form-data (it may have been cut off, or made by a program rather than a browser).' });
  }
}

/**
 * A request body read as a form, as Hono's parseBody reads it (the last of repeated fields; no
 * fields when the body is not a form).
 *
 * @throws UnreadableForm when it says it is a form and is not one.
 */
export async function readForm(body: ArrayBuffer, type: string): Promise<Record<string, string | File>> {
  const media = mediaTypeOf(type);
  if (!FORM_TYPES.has(media)) return {};
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'Content-Type': type } }).formData();
  } catch {
    throw new UnreadableForm();
  }
  const fields: Record<string, string | File> = {};
  for (const [key, value] of form) fields[key] = value;
  return fields;
}

/** The text fields of the paste form, to fill it in again. */
export function pasteValues(fields: Record<string, string | File>): PasteValues {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    oldText: text(fields.oldText),
    newText: text(fields.newText),
    oldLabel: text(fields.oldLabel),
    newLabel: text(fields.newLabel),
    oldSymbol: text(fields.oldSymbol),
    oldLang: text(fields.oldLang),
    amendText: text(fields.amendText),
  };
}

