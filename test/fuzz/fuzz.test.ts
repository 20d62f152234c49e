// The short fuzz run (the long one is `npm run fuzz -- --runs 100000`): raw texts that look like
// resolutions, with noise, through the whole pipeline; see test/helpers/fuzz.ts for the invariants.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCaps, arbRawPair, checkPair } from '../helpers/fuzz.js';

describe('fuzz (short run)', () => {
  it('every generated pair keeps the pipeline invariants, with default and with tiny work caps', () => {
    const seen = { compared: 0, refused: 0, approximate: 0 };
    fc.assert(
      fc.property(arbRawPair, arbCaps, (pair, caps) => {
        const r = checkPair(pair.old, pair.new, caps.options);
        seen[r.outcome]++;
        if (r.approximate) seen.approximate++;
      }),
      { numRuns: 400, seed: 20261128 },
    );
    // The generators reach every outcome: comparisons, refusals, and diffs that gave up precision.
    expect(seen.compared).toBeGreaterThan(100);
    expect(seen.refused).toBeGreaterThan(5);
    expect(seen.approximate).toBeGreaterThan(5);
  });
});
