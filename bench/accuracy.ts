// `npm run bench:accuracy [-- --seed N --count N]`: alignment accuracy of the engine against three
// baselines, measured in the same run on the same labelled set of derived comparisons (see
// bench/accuracy/generator.ts for the set, systems.ts for the systems and how each baseline's
// output is read, score.ts for the measures). Prints one table: by kind of edit, each system's
// precision, recall and F1 on paragraph pairs, on moved/added/removed, and on changed words,
// with its median time per comparison. Then a row per language for French, Spanish, Russian and
// Arabic (bench/accuracy/languages.ts): the real French pair A/RES/52/131 -> A/RES/56/153, and
// derived variants (French from the corpus texts; Spanish, Russian, Arabic from derived fixtures).
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { generateCases, type Case } from './accuracy/generator.js';
import { OTHER_KINDS, otherLanguageCases } from './accuracy/languages.js';
import { KINDS, type Kind } from './accuracy/log.js';
import { addScore, emptyScore, MEASURES, prf, scoreCase, type Score } from './accuracy/score.js';
import { SYSTEMS } from './accuracy/systems.js';

function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} wants a whole number, not "${value}"`);
  return Number(value);
}

interface Row {
  score: Score;
  times: number[];
}

function options(): { seed: number; count: number } {
  try {
    const { values } = parseArgs({ options: { seed: { type: 'string' }, count: { type: 'string' } }, strict: true });
    const seed = positiveInt('seed', values.seed, 1);
    const count = positiveInt('count', values.count, 550);
    if (count < 1) throw new Error('--count must be at least 1');
    return { seed, count };
  } catch (e) {
    process.stderr.write(`bench:accuracy: ${(e as Error).message}\nusage: npm run bench:accuracy -- [--seed N] [--count N]\n`);
    process.exit(2);
  }
}

function main(): void {
  const { seed, count } = options();

  const { cases, skipped, discarded } = generateCases(seed, count);

  // Warm-up (JIT, segmenter) on a few comparisons, not timed or scored.
  for (const c of cases.slice(0, 20)) for (const s of SYSTEMS) s.run(c.old, c.new);

  type Group = Kind | 'all' | 'all zh' | 'all en';
  const rows = new Map<string, Row>();
  const row = (group: Group, system: string): Row => {
    const key = `${group}\u0000${system}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { score: emptyScore(), times: [] }));
    return r;
  };
  const record = (c: Case, system: string, score: Score, ms: number) => {
    for (const g of [c.kind, 'all', `all ${c.lang}`] as Group[]) {
      const r = row(g, system);
      addScore(r.score, score);
      r.times.push(ms);
    }
  };
  cases.forEach((c, k) => {
    // The order of the systems turns with each comparison, so none always runs first.
    for (let s = 0; s < SYSTEMS.length; s++) {
      const system = SYSTEMS[(k + s) % SYSTEMS.length]!;
      const t = performance.now();
      const out = system.run(c.old, c.new);
      const ms = performance.now() - t;
      record(c, system.name, scoreCase(c.old, c.new, c.gold, out), ms);
    }
  });

  // Header: the seed and the set.
  const langs = ['zh', 'en'] as const;
  const tally = (kind: Kind, lang: string) => cases.filter((c) => c.kind === kind && c.lang === lang).length;
  const lines: string[] = [];
  lines.push(`Alignment accuracy: seed ${seed}, ${cases.length} derived comparisons (${langs.map((l) => `${cases.filter((c) => c.lang === l).length} ${l}`).join(', ')}) from ${new Set(cases.map((c) => c.file)).size} corpus texts`);
  lines.push(`comparisons per kind (zh/en): ${KINDS.map((k) => `${k} ${tally(k, 'zh')}/${tally(k, 'en')}`).join(', ')}`);
  if (skipped.length > 0) {
    const s = new Map<string, number>();
    for (const x of skipped) {
      const key = `${x.file.replace(/\.txt$/, '')} ${x.kind} (${x.reason})`;
      s.set(key, (s.get(key) ?? 0) + 1);
    }
    lines.push(`slots skipped, no variant of the kind came out of 40 attempts: ${[...s].map(([k, n]) => `${k} x${n}`).join(', ')}`);
  }
  if (discarded.size > 0) lines.push(`attempts discarded and drawn again: ${[...discarded].map(([r, n]) => `${r} ${n}`).join(', ')}`);
  lines.push('');

  // The table.
  const f = (x: number | null) => (x === null ? '    -' : x.toFixed(3));
  const ms = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1));
  const width = Math.max(...SYSTEMS.map((s) => s.name.length));
  const head = [
    'kind'.padEnd(9),
    'system'.padEnd(width),
    '   n',
    ...MEASURES.map((m) => `${{ pairs: 'paragraph pairs', classes: 'moved/added/removed', words: 'changed words' }[m].padEnd(19)}`),
    'median ms',
  ];
  const sub = [''.padEnd(9), ''.padEnd(width), '    ', ...MEASURES.map(() => '    P     R    F1'.padEnd(19)), ''];
  lines.push(head.join(' | '));
  lines.push(sub.join(' | '));
  const rule = head.map((h) => '-'.repeat(h.length)).join('-+-');
  const groups: Group[] = [...KINDS, 'all zh', 'all en', 'all'];
  for (const g of groups) {
    lines.push(rule);
    const n = g === 'all' ? cases.length : g.startsWith('all ') ? cases.filter((c) => c.lang === g.slice(4)).length : cases.filter((c) => c.kind === g).length;
    SYSTEMS.forEach((s, k) => {
      const r = row(g, s.name);
      const cells = MEASURES.map((m) => {
        const p = prf(r.score[m]);
        return `${f(p.precision)} ${f(p.recall)} ${f(p.f1)}`.padEnd(19);
      });
      lines.push([(k === 0 ? g : '').padEnd(9), s.name.padEnd(width), String(n).padStart(4), ...cells, ms(median(r.times)).padStart(9)].join(' | '));
    });
  }
  lines.push('');

  // The targets, read from the same figures.
  const f1 = (g: Group, system: string, m: 'pairs' = 'pairs') => prf(row(g, system).score[m]).f1 ?? 1;
  const ourName = SYSTEMS[0]!.name;
  const check = (label: string, value: number, target: number) => `${label} ${value.toFixed(3)} (target >= ${target}): ${value >= target ? 'met' : 'NOT met'}`;
  lines.push(check('paragraph-pair F1, all:', f1('all', ourName), 0.98));
  lines.push(check('paragraph-pair F1, move:', f1('move', ourName), 0.95));
  lines.push(check('paragraph-pair F1, split:', f1('split', ourName), 0.95));
  const behind: string[] = [];
  const ties: string[] = [];
  for (const g of groups) {
    for (const s of SYSTEMS.slice(1)) {
      const ours = f1(g, ourName);
      const theirs = f1(g, s.name);
      if (ours < theirs) behind.push(`${g} (${s.name} ${theirs.toFixed(3)} vs ${ours.toFixed(3)})`);
      else if (ours === theirs) ties.push(`${g}/${s.name}`);
    }
  }
  lines.push(`paragraph-pair F1 ahead of every baseline on every kind: ${behind.length === 0 ? (ties.length === 0 ? 'met' : `met or tied (tied: ${ties.join(', ')})`) : `NOT met: ${behind.join('; ')}`}`);

  lines.push('', ...otherLanguageRows(seed, f, ms, width));
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The rows of French, Spanish, Russian and Arabic: the same systems, scorer and columns. */
function otherLanguageRows(seed: number, f: (x: number | null) => string, ms: (x: number) => string, width: number): string[] {
  const cases = otherLanguageCases(seed, 12);
  const rows = new Map<string, Row>();
  const row = (group: string, system: string): Row => {
    const key = `${group}\u0000${system}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { score: emptyScore(), times: [] }));
    return r;
  };
  const groupOf = (c: (typeof cases)[number]) => (c.kind === 'real' ? 'fr real' : `${c.lang} derived`);
  cases.forEach((c, k) => {
    for (let s = 0; s < SYSTEMS.length; s++) {
      const system = SYSTEMS[(k + s) % SYSTEMS.length]!;
      const t = performance.now();
      const out = system.run(c.old, c.new);
      const took = performance.now() - t;
      const score = scoreCase(c.old, c.new, c.gold, out);
      if (!c.wordsLabelled) score.words = { tp: 0, fp: 0, fn: 0 };
      const r = row(groupOf(c), system.name);
      addScore(r.score, score);
      r.times.push(took);
    }
  });
  const groups = ['fr real', 'fr derived', 'es derived', 'ru derived', 'ar derived'];
  const count = (g: string) => cases.filter((c) => groupOf(c) === g).length;
  const kinds = (g: string) => OTHER_KINDS.map((k) => `${k} ${cases.filter((c) => groupOf(c) === g && c.kind === k).length}`).join(', ');
  const out: string[] = [];
  out.push(`Other languages: seed ${seed}; fr real = A/RES/52/131 -> A/RES/56/153 (labelled by hand, words not labelled: "-"); derived comparisons per kind: ${groups.slice(1).map((g) => `${g.split(' ')[0]} (${kinds(g)})`).join('; ')}`);
  out.push('');
  const head = ['language'.padEnd(10), 'system'.padEnd(width), '   n', ...MEASURES.map((m) => `${{ pairs: 'paragraph pairs', classes: 'moved/added/removed', words: 'changed words' }[m].padEnd(19)}`), 'median ms'];
  out.push(head.join(' | '));
  out.push(['', ''.padEnd(width), '    ', ...MEASURES.map(() => '    P     R    F1'.padEnd(19)), ''].map((x, k) => (k === 0 ? x.padEnd(10) : x)).join(' | '));
  const rule = head.map((h) => '-'.repeat(h.length)).join('-+-');
  for (const g of groups) {
    out.push(rule);
    SYSTEMS.forEach((s, k) => {
      const r = row(g, s.name);
      const cells = MEASURES.map((m) => {
        const p = prf(r.score[m]);
        return `${f(p.precision)} ${f(p.recall)} ${f(p.f1)}`.padEnd(19);
      });
      out.push([(k === 0 ? g : '').padEnd(10), s.name.padEnd(width), String(count(g)).padStart(4), ...cells, ms(median(r.times)).padStart(9)].join(' | '));
    });
  }
  return out;
}

main();
