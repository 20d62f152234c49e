// Measures the two tokenizers issue 12 asks to compare for French, Spanish, Russian and Arabic:
// Intl.Segmenter (word granularity, per language) against the plain split on spaces and
// punctuation that en.ts uses (text/tokenize.ts diffTokens). Run: npx tsx test/lang/measureTokenizers.ts
// Prints, per language, whether both give the same tokens on every paragraph and the time ratio.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allParagraphs } from '../../src/model/resolution.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { diffTokens } from '../../src/text/tokenize.js';
import { packageRoot } from '../../src/util/packageRoot.js';

const root = packageRoot();
const SOURCES: Record<string, string[]> = {
  fr: ['corpus/A-RES-52-134.fr.txt', 'corpus/A-RES-52-131.fr.txt', 'corpus/A-RES-56-153.fr.txt'],
  es: ['test/lang/fixtures/derived.es.txt'],
  ru: ['test/lang/fixtures/derived.ru.txt'],
  ar: ['test/lang/fixtures/derived.ar.txt'],
};

for (const [language, files] of Object.entries(SOURCES)) {
  const texts = files.flatMap((f) => allParagraphs(parseResolution(readFileSync(join(root, f), 'utf8'))).map((p) => p.text));
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  const segment = (t: string) => Array.from(segmenter.segment(t), (s) => s.segment);
  const differ = texts.filter((t) => segment(t).join('\u0001') !== diffTokens(t).join('\u0001'));
  const time = (f: (t: string) => string[]) => {
    const start = process.hrtime.bigint();
    for (let k = 0; k < 2000; k++) for (const t of texts) f(t);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  time(segment);
  time(diffTokens);
  const [seg, split] = [time(segment), time(diffTokens)];
  // Where they part first, in the first paragraph on which they differ.
  const firstDifference = (t: string) => {
    const [a, b] = [segment(t), diffTokens(t)];
    const k = a.findIndex((x, i) => x !== b[i]);
    return { segmenter: a.slice(k, k + 4), split: b.slice(k, k + 2) };
  };
  const example = differ[0] ? firstDifference(differ[0]) : null;
  console.log(JSON.stringify({ language, paragraphs: texts.length, differ: differ.length, segmenterMs: Math.round(seg), splitMs: Math.round(split), ratio: +(seg / split).toFixed(1), example }));
}
