// Shortening user-supplied strings, and writing numbers, for messages (in the interface's English).

/** A number for a message: 12500 -> "12,500". */
export function count(n: number): string {
  return n.toLocaleString('en');
}

/** A user-supplied string for a message: at most `max` characters, with its length when cut. */
export function clip(value: string, max = 80): string {
  return value.length <= max ? value : `${value.slice(0, max)}… (${count(value.length)} characters)`;
}
