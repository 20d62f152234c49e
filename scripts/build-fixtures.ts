// `npm run fixtures [DIR]`: writes the DOCX and PDF fixtures the tests build, for a look by hand.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseResolution } from '../src/parse/parseResolution.js';
import { packageRoot } from '../src/util/packageRoot.js';
import { buildDocx, pdfHtml, printPdf } from './fixtures.js';

const out = process.argv[2] ?? join(packageRoot(), 'test-results', 'fixtures');
mkdirSync(out, { recursive: true });
for (const file of ['A-RES-68-160.zh.txt', 'A-RES-51-100.en.txt']) {
  const r = parseResolution(readFileSync(join(packageRoot(), 'corpus', file), 'utf8'));
  const base = join(out, file.replace(/\.txt$/, ''));
  writeFileSync(`${base}.docx`, await buildDocx(r));
  writeFileSync(`${base}.pdf`, await printPdf(pdfHtml(r)));
  process.stdout.write(`wrote ${base}.docx and ${base}.pdf\n`);
}
writeFileSync(join(out, 'scanned.pdf'), await printPdf(pdfHtml(parseResolution(readFileSync(join(packageRoot(), 'corpus', 'A-RES-51-100.en.txt'), 'utf8')), { textLayer: false })));
process.stdout.write(`wrote ${join(out, 'scanned.pdf')} (no text layer)\n`);
