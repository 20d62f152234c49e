// Part of `npm run build`: checks corpus/index.json with zod and writes its SHA-256 to
// dist/corpus-index.sha256 and a copy of it to dist/corpus-index.checked.json, so that the CLI and
// the server trust those exact bytes without loading zod (see src/source/corpus.ts). A broken
// index stops the build with its first error.
//
// Then compares every two corpus texts of one language (both ways, rendered as JSON, Markdown and
// for the terminal) and writes the Chinese word segmenter's words for every piece it was given to
// dist/corpus-segments.json (src/source/corpusSegments.ts), so that a diff of corpus texts does
// not start the segmenter.
import { writeFileSync } from 'node:fs';
import { corpusCheckedCopyPath, corpusStampPath, loadCorpusIndex, stampCorpusIndex } from '../dist/src/source/corpus.js';
import { corpusSegmentsFile, corpusSegmentsPath } from '../dist/src/source/corpusSegments.js';
import { corpusSource, parseSource } from '../dist/src/source/loadDocument.js';
import { compareResolutions } from '../dist/src/align/compareResolutions.js';
import { renderAs } from '../dist/src/render/renderAs.js';
import { recordSegments, segmentsGiven } from '../dist/src/text/tokenize.js';

try {
  const { sha256, bytes } = stampCorpusIndex();
  writeFileSync(corpusStampPath(), `${sha256}\n`);
  writeFileSync(corpusCheckedCopyPath(), bytes);
} catch (e) {
  console.error(`resdiff build: ${e.message}`);
  process.exit(1);
}

try {
  const texts = loadCorpusIndex().texts;
  recordSegments();
  const parsed = new Map(texts.map((t) => [t.file, parseSource(corpusSource(t.symbol, t.language))]));
  for (const a of texts) {
    for (const b of texts) {
      if (a.language !== b.language) continue;
      const c = compareResolutions(parsed.get(a.file), parsed.get(b.file));
      for (const format of ['json', 'markdown', 'terminal']) {
        await renderAs(format, c, { visibility: 'all', report: false, terminal: { width: 80, color: false }, date: new Date(0) });
      }
    }
  }
  writeFileSync(corpusSegmentsPath(), corpusSegmentsFile(segmentsGiven()));
} catch (e) {
  console.error(`resdiff build: segmenting the corpus texts: ${e.message}`);
  process.exit(1);
}
