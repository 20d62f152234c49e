// The short fuzz run (the long one is `npm run fuzz -- --runs 100000`): raw texts that look like
// resolutions, with noise, through the whole pipeline; see test/helpers/fuzz.ts for the invariants.
// Its size follows a time budget (RESDIFF_FUZZ_BUDGET_MS, default 8 s), not a case count, so that
// it ends in time on a busy machine; a minimum of fixed cases runs however slow the machine is.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FUZZ_BUDGET_MS, fuzzBudgetMs, fuzzForBudget } from '../helpers/fuzz.js';

const BUDGET_MS = fuzzBudgetMs();
/** Always run, whatever the budget (and they reach every outcome): about 1 s on a quiet 2-core machine, 3.4 s under `stress --cpu 2`. */
const MIN_CASES = 20;
const SEED = 20261128;

describe('fuzz (short run)', () => {
  it(
    'every generated pair keeps the pipeline invariants, with default and with tiny work caps',
    // The minimum cases are not bounded by the budget: leave them a minute on top of it.
    { timeout: BUDGET_MS + 60_000 },
    () => {
      const seen = fuzzForBudget({ budgetMs: BUDGET_MS, minCases: MIN_CASES, seed: SEED });
      console.log(
        `fuzz: ${seen.cases} cases in ${(seen.ms / 1000).toFixed(1)} s (budget ${(BUDGET_MS / 1000).toFixed(1)} s, ${seen.fixedCases} fixed): ` +
          `${seen.compared} compared, ${seen.refused} refused, ${seen.approximate} gave up precision`,
      );
      expect(seen.cases).toBeGreaterThanOrEqual(MIN_CASES);
      expect(seen.compared + seen.refused).toBe(seen.cases);
      // The generators reach every outcome, already in the fixed cases: comparisons, refusals,
      // and diffs that gave up precision.
      expect(seen.compared).toBeGreaterThan(0);
      expect(seen.refused).toBeGreaterThan(0);
      expect(seen.approximate).toBeGreaterThan(0);
    },
  );

  it('takes its budget from RESDIFF_FUZZ_BUDGET_MS, 8 s when unset, and refuses nonsense', () => {
    expect(fuzzBudgetMs({})).toBe(DEFAULT_FUZZ_BUDGET_MS);
    expect(fuzzBudgetMs({ RESDIFF_FUZZ_BUDGET_MS: '' })).toBe(8_000);
    expect(fuzzBudgetMs({ RESDIFF_FUZZ_BUDGET_MS: '60000' })).toBe(60_000);
    expect(() => fuzzBudgetMs({ RESDIFF_FUZZ_BUDGET_MS: '8s' })).toThrow('RESDIFF_FUZZ_BUDGET_MS must be a positive number of milliseconds, not "8s"');
    expect(() => fuzzBudgetMs({ RESDIFF_FUZZ_BUDGET_MS: '0' })).toThrow(/positive/);
  });
});
