// Part of `npm run build`: checks corpus/index.json with zod and writes its SHA-256 to
// dist/corpus-index.sha256, so that the CLI and the server trust those exact bytes without
// loading zod (see src/source/corpus.ts). A broken index stops the build with its first error.
import { writeFileSync } from 'node:fs';
import { corpusStampPath, stampCorpusIndex } from '../dist/src/source/corpus.js';

try {
  writeFileSync(corpusStampPath(), `${stampCorpusIndex()}\n`);
} catch (e) {
  console.error(`resdiff build: ${e.message}`);
  process.exit(1);
}
