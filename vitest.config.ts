// Vitest: tests mirror src/ under test/; views are Hono JSX. Tests never touch the network:
// resdiff runs offline, ODS points at a closed local port, and the fetch cache is a temporary folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'hono/jsx' } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      RESDIFF_OFFLINE: '1',
      RESDIFF_ODS_URL: 'http://127.0.0.1:9',
      RESDIFF_CACHE: mkdtempSync(join(tmpdir(), 'resdiff-test-cache-')),
    },
  },
});
