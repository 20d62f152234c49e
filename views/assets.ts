// The files the views own: the stylesheet (inlined in reports, served to the web viewer) and the small script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/packageRoot.js';

const cache = new Map<string, string>();

function asset(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(packageRoot(), 'views', name), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** views/styles.css, read once. */
export const stylesheet = (): string => asset('styles.css');

/** views/app.js (keyboard jumps), read once. */
export const appScript = (): string => asset('app.js');
