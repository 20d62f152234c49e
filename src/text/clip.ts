// Shortening user-supplied strings for messages.

/** A user-supplied string for a message: at most `max` characters, with its length when cut. */
export function clip(value: string, max = 80): string {
  return value.length <= max ? value : `${value.slice(0, max)}… (${value.length.toLocaleString('en')} characters)`;
}
