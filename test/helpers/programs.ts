// External programs some tests need (Chromium, LibreOffice, poppler), found in one place.
// Without `CI`, a test whose program is absent is skipped and says so in one line; under `CI`
// (.ci/run sets it) it runs, and fails with a plain message, so a CI machine cannot pass by
// skipping. `RESDIFF_TEST_HIDE=chromium,soffice` pretends the named programs are absent, to try
// the skip path on a machine that has them.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The programs, each with the Debian package that installs it (.ci/run installs them all). */
export const PROGRAMS = {
  chromium: { package: 'chromium', what: 'Chromium' },
  soffice: { package: 'libreoffice-writer-nogui', what: 'LibreOffice' },
  pdftoppm: { package: 'poppler-utils', what: "poppler's pdftoppm" },
} as const;
export type Program = keyof typeof PROGRAMS;

type Env = Record<string, string | undefined>;

const isExecutable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The programs `RESDIFF_TEST_HIDE` pretends are absent. */
export function hiddenPrograms(env: Env = process.env): Set<string> {
  return new Set((env.RESDIFF_TEST_HIDE ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''));
}

/**
 * Where a program is, or null. Chromium is the file the tests launch (`RESDIFF_CHROMIUM`, else
 * Debian's /usr/bin/chromium); the others are looked up on PATH, then in /usr/bin and /usr/local/bin.
 *
 * @example findProgram('soffice') // '/usr/bin/soffice', or null
 */
export function findProgram(name: Program, env: Env = process.env): string | null {
  if (hiddenPrograms(env).has(name)) return null;
  if (name === 'chromium') {
    const file = env.RESDIFF_CHROMIUM ?? '/usr/bin/chromium';
    return isExecutable(file) ? file : null;
  }
  for (const dir of (env.PATH ?? '').split(delimiter).concat(['/usr/bin', '/usr/local/bin'])) {
    if (dir === '') continue;
    const file = join(dir, name);
    if (isExecutable(file)) return file;
  }
  return null;
}

/** The message for a program that is not there. */
export function missingMessage(name: Program, env: Env = process.env): string {
  const { package: pkg } = PROGRAMS[name];
  const where = hiddenPrograms(env).has(name)
    ? 'hidden by RESDIFF_TEST_HIDE'
    : name === 'chromium'
      ? `no executable at ${env.RESDIFF_CHROMIUM ?? '/usr/bin/chromium'}; RESDIFF_CHROMIUM names another`
      : 'not on PATH';
  return `\`${name}\` is not installed (${where}): install Debian's ${pkg} (.ci/run does: apt-get install ${pkg})`;
}

/** Where a program is; throws a plain message naming the Debian package when it is absent. */
export function requireProgram(name: Program, env: Env = process.env): string {
  const file = findProgram(name, env);
  if (file === null) throw new Error(missingMessage(name, env));
  return file;
}

/** `CI` is set to anything but empty, 0 or false. */
export function isCi(env: Env = process.env): boolean {
  const ci = (env.CI ?? '').trim().toLowerCase();
  return ci !== '' && ci !== '0' && ci !== 'false';
}

/**
 * True when tests needing these programs are to be skipped: one of them is absent and `CI` is
 * not set. Then prints one line naming what is skipped, the missing programs and their Debian
 * packages. Under `CI` always false: the tests run, and fail if a program is missing.
 *
 * @example describe.skipIf(skipWithout('the web viewer', ['chromium']))('web viewer', () => { ... })
 */
export function skipWithout(what: string, names: readonly Program[], env: Env = process.env): boolean {
  if (isCi(env)) return false;
  const missing = names.filter((n) => findProgram(n, env) === null);
  if (missing.length === 0) return false;
  const list = missing.map((n) => `${n} (Debian package ${PROGRAMS[n].package})`).join(' and ');
  console.log(`skipped: ${what}: ${list} not installed; set CI=1 to run it anyway and fail`);
  return true;
}
