// The page's notice on a text whose broken spacing was repaired (issue 12 part 3): a pasted
// text derived from the real A/HRC/RES/28/2 with its spacing broken at random (seed 4) against
// the real A/HRC/RES/19/33. The server's workers run dist/: `npm run build` first.
import { afterAll, describe, expect, it } from 'vitest';
import { rulesFor } from '../../src/lang/index.js';
import { breakSpacing } from '../../src/repair/breakSpacing.js';
import { ComparisonStore } from '../../src/server/store.js';
import { defaultSourceOptions } from '../../src/source/loadDocument.js';
import { corpusText } from '../helpers/corpus.js';
import { testApp } from '../server/helpers.js';

const store = new ComparisonStore(':memory:');
afterAll(() => store.close());
const { app } = testApp({ store, sources: defaultSourceOptions({ offline: true }) });

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

async function comparisonPage(oldText: string, newText: string): Promise<string> {
  const res = await app.request('/paste', { method: 'POST', body: form({ oldText, newText }) });
  expect(res.status).toBe(303);
  return (await app.request(res.headers.get('Location')!)).text();
}

describe('the page says a text was repaired, and how many joins were made', () => {
  const oldText = corpusText('A-HRC-RES-19-33.en.txt');
  const whole = corpusText('A-HRC-RES-28-2.en.txt');
  const broken = breakSpacing(whole, rulesFor('en'), { seed: 4 });

  it('a broken new text: a "Broken spacing repaired" notice naming the new text and its joins', async () => {
    const html = await comparisonPage(oldText, broken);
    expect(html).toContain('<strong>Broken spacing repaired</strong>');
    expect(html).toMatch(/The new text came with spaces inside words[^<]*<b class="spacing-joins">\d{2,}<\/b> spaces were taken out before comparing/);
    expect(html).not.toContain('The old text came with spaces inside words');
  }, 60_000);

  it('two whole texts: no such notice', async () => {
    const html = await comparisonPage(oldText, whole);
    expect(html).not.toContain('Broken spacing repaired');
  }, 60_000);
});
