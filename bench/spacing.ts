// `npm run bench:spacing` (and a section of `npm run bench`): broken spacing (issue 12 part 3).
// Every corpus text in a repaired language (en, fr by word list; zh between Han characters) is
// broken at random (src/repair/breakSpacing.ts, seeds 1..N), repaired, parsed and compared with
// the original parse: the share of paragraphs with no change (target: at least 98%). Also the
// repair's time on a broken text (word list loaded once, outside the timing), the list's load
// time, and the cheap first look on a whole text (the cost every normal diff pays).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { compareResolutions } from '../src/align/compareResolutions.js';
import { rulesFor } from '../src/lang/index.js';
import type { Language } from '../src/model/resolution.js';
import { parseResolution } from '../src/parse/parseResolution.js';
import { breakSpacing } from '../src/repair/breakSpacing.js';
import { mayBeBroken, repairText } from '../src/repair/index.js';
import { corpusDir, loadCorpusIndex } from '../src/source/corpus.js';
import { loadWordList } from '../src/source/loadDocument.js';

const REPAIRED: readonly Language[] = ['en', 'fr', 'zh'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? Number.NaN;
}

/** Prints the spacing rows: the share per language and overall, then the times. */
export function spacingRows(seeds = 5): void {
  const texts = loadCorpusIndex()
    .texts.filter((t) => REPAIRED.includes(t.language))
    .map((t) => ({ ...t, text: readFileSync(join(corpusDir(), t.file), 'utf8') }));
  const loads = new Map<string, number>();
  for (const l of REPAIRED) {
    const list = rulesFor(l).wordList;
    if (!list) continue;
    const t = performance.now();
    loadWordList(list);
    loads.set(l, performance.now() - t);
  }
  const by = new Map<Language, { same: number; total: number; joins: number; ms: number[] }>();
  for (const t of texts) {
    const rules = rulesFor(t.language);
    const original = parseResolution(t.text, { symbol: t.symbol });
    const row = by.get(t.language) ?? { same: 0, total: 0, joins: 0, ms: [] };
    by.set(t.language, row);
    for (let seed = 1; seed <= seeds; seed++) {
      const broken = breakSpacing(t.text, rules, { seed });
      const start = performance.now();
      const repaired = repairText(broken, rules, loadWordList);
      row.ms.push(performance.now() - start);
      const c = compareResolutions(original, parseResolution(repaired.text, { symbol: t.symbol }));
      const total = original.preamble.length + original.operative.length;
      row.same += Math.min(total, c.changes.filter((ch) => ch.kind === 'unchanged' && !ch.renumbered).length);
      row.total += total;
      row.joins += repaired.joins;
    }
  }
  const whole = texts.map((t) => t.text);
  const looks = whole.map((text, k) => {
    const rules = rulesFor(texts[k]!.language);
    const t = performance.now();
    for (let i = 0; i < 20; i++) mayBeBroken(text, rules);
    return (performance.now() - t) / 20;
  });
  console.log(`Broken spacing: every corpus text in en, fr, zh broken at random (seeds 1..${seeds}, 60% of words of 4+ letters and years split), repaired, parsed, compared with the original`);
  let same = 0;
  let total = 0;
  for (const [l, r] of by) {
    same += r.same;
    total += r.total;
    const load = loads.get(l);
    console.log(
      `  ${l}  paragraphs unchanged ${r.same}/${r.total} = ${((100 * r.same) / r.total).toFixed(1)}%   joins ${r.joins}   repair median ${median(r.ms).toFixed(1)} ms/text${load === undefined ? '  (no word list)' : `   word list load ${load.toFixed(0)} ms (once)`}`,
    );
  }
  console.log(`  all paragraphs unchanged ${same}/${total} = ${((100 * same) / total).toFixed(1)}%   target: at least 98%`);
  console.log(`  cheap first look on a whole text (every diff pays it): median ${median(looks).toFixed(2)} ms; es, ru, ar: not repaired (no word list chosen)\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) spacingRows();
