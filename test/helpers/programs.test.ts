// The external-program helper: found, hidden, required, and the skip path without CI. One run of
// vitest on the browser test with Chromium hidden shows its tests counted as skipped, in one line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { findProgram, isCi, missingMessage, requireProgram, skipWithout } from './programs.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PATH = process.env.PATH;

describe('finding the programs tests need', () => {
  it('RESDIFF_TEST_HIDE pretends the named programs are absent', () => {
    const hidden = { PATH, RESDIFF_TEST_HIDE: 'chromium, soffice' };
    expect(findProgram('chromium', hidden)).toBeNull();
    expect(findProgram('soffice', hidden)).toBeNull();
    expect(() => requireProgram('soffice', hidden)).toThrow(
      "`soffice` is not installed (hidden by RESDIFF_TEST_HIDE): install Debian's libreoffice-writer-nogui (.ci/run does: apt-get install libreoffice-writer-nogui)",
    );
  });

  it('fails with a plain message naming the Debian package', () => {
    expect(findProgram('pdftoppm', { PATH: '/nonexistent' })).toSatisfy((f) => f === null || f === '/usr/bin/pdftoppm' || f === '/usr/local/bin/pdftoppm');
    expect(missingMessage('pdftoppm', { PATH: '' })).toBe(
      "`pdftoppm` is not installed (not on PATH): install Debian's poppler-utils (.ci/run does: apt-get install poppler-utils)",
    );
    const noChromium = { RESDIFF_CHROMIUM: '/nonexistent/chromium' };
    expect(findProgram('chromium', noChromium)).toBeNull();
    expect(() => requireProgram('chromium', noChromium)).toThrow(
      "`chromium` is not installed (no executable at /nonexistent/chromium; RESDIFF_CHROMIUM names another): install Debian's chromium",
    );
  });

  it('skips, with one line naming the program and its package, only without CI', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const env = { PATH, RESDIFF_TEST_HIDE: 'soffice,pdftoppm' };
      expect(skipWithout('Word in LibreOffice', ['soffice', 'pdftoppm'], env)).toBe(true);
      expect(log.mock.calls).toEqual([
        ['skipped: Word in LibreOffice: soffice (Debian package libreoffice-writer-nogui) and pdftoppm (Debian package poppler-utils) not installed; set CI=1 to run it anyway and fail'],
      ]);
      log.mockClear();
      // Under CI the tests run (and fail on the missing program); nothing is printed.
      for (const CI of ['1', 'true']) expect(skipWithout('Word in LibreOffice', ['soffice'], { ...env, CI })).toBe(false);
      expect(log).not.toHaveBeenCalled();
      expect([isCi({}), isCi({ CI: '' }), isCi({ CI: '0' }), isCi({ CI: 'false' }), isCi({ CI: '1' })]).toEqual([false, false, false, false, true]);
    } finally {
      log.mockRestore();
    }
  });

  it('the browser test, run with Chromium hidden and no CI, counts every test as skipped', { timeout: 120_000 }, () => {
    const env: NodeJS.ProcessEnv = { ...process.env, RESDIFF_TEST_HIDE: 'chromium' };
    delete env.CI;
    delete env.VITEST; // a vitest of its own, not a worker of this one
    env.NO_COLOR = '1';
    const json = join(mkdtempSync(join(tmpdir(), 'resdiff-skip-')), 'report.json');
    const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
    const out = spawnSync(process.execPath, [vitest, 'run', 'test/browser/viewer.test.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 110_000,
    });
    expect(out.status, out.stdout + out.stderr).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { numTotalTests: number; numPendingTests: number; numFailedTests: number };
    expect(report.numTotalTests).toBeGreaterThan(5);
    expect(report.numPendingTests).toBe(report.numTotalTests);
    expect(report.numFailedTests).toBe(0);
    const lines = (out.stdout + out.stderr).split('\n').filter((l) => l.includes('skipped: '));
    expect(lines).toEqual(['skipped: the web viewer in headless Chromium: chromium (Debian package chromium) not installed; set CI=1 to run it anyway and fail']);
  });
});
