// The standalone HTML report: self-contained, every piece of text escaped, every kind rendered.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { parseResolution } from '../../src/parse/parseResolution.js';
import { renderHtml } from '../../src/render/html.js';
import { packageRoot } from '../../src/util/packageRoot.js';
import { draftLine } from '../../src/wording/draft.js';
import { makeResolution, REAL_TEXTS } from '../helpers/arbitraries.js';
import { compareCorpusPair, parseCorpus } from '../helpers/corpus.js';

const payloads = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '<a hx-get="/evil" hx-trigger="load">x</a>', '" onmouseover="alert(3)'];

describe('renderHtml', () => {
  const html = renderHtml(compareCorpusPair('A-HRC-RES-19-33.en.txt', 'A-HRC-RES-28-2.en.txt'), { visibility: 'all', generator: 'resdiff test' });

  it('is one self-contained document: no scripts, no external assets', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).toContain('<style>');
  });

  it('marks changes with <del> and <ins>', () => {
    expect(html).toContain('<del>16/22 of 25</del><ins>25/3 of 27</ins>');
    expect(html).toContain('id="p-pp3"');
  });

  it('escapes every piece of text', () => {
    const [a, b] = REAL_TEXTS.en;
    const old = makeResolution('en', [a!], [`Decides ${payloads[0]};`]);
    const neu = makeResolution('en', [`${a!} ${payloads[1]}`], [`Decides ${payloads[2]} ${payloads[3]};`, b!]);
    const out = renderHtml(compareResolutions(old, neu), { visibility: 'all', generator: '<b>gen</b>' });
    expect(out).not.toMatch(/<script>alert|<img src=x|<a hx-get|<b>gen/);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(out).toContain('&lt;a hx-get=&quot;/evil&quot;');
  });

  it('renders every kind of change, with the Chinese text marked lang="zh"', () => {
    const zh = REAL_TEXTS.zh;
    const old = makeResolution('zh', [zh[0]!, zh[1]!, zh[2]!], [zh[10]!, zh[11]!, zh[12]!]);
    const neu = makeResolution('zh', [zh[1]!, zh[0]!, `${zh[2]!}又`], [zh[11]!, zh[12]!, zh[13]!]);
    const out = renderHtml(compareResolutions(old, neu), { visibility: 'all', generator: 'x' });
    for (const kind of ['unchanged', 'modified', 'added', 'removed', 'moved']) expect(out).toContain(`change--${kind}`);
    expect(out).toContain('lang="zh"');
    expect(out).toContain('OP 1 (was OP 2)');
  });

  it('says what a draft is in the table (kind, revision, sponsors, note), and nothing of drafts for adopted texts', () => {
    const draftText = readFileSync(join(packageRoot(), 'test/parse/fixtures/drafts/from-68-160.zh.L32-Rev1.one-line.txt'), 'utf8');
    const draft = parseResolution(draftText);
    const out = renderHtml(compareResolutions(parseCorpus('A-RES-55-109.zh.txt'), draft), { visibility: 'all', generator: 'x' });
    expect(draftLine(draft.draft!)).toMatch(/^Revised draft \(Rev\.1\), sponsored by 古巴\*; 第三委员会/);
    expect(out).toContain(`<tr class="draft"><th scope="row">Draft</th><td>-</td><td><span class="draft-line">${draftLine(draft.draft!)}</span><small class="draft-note" lang="zh">* ${draft.draft!.sponsorsNote}</small></td></tr>`);
    expect(html).not.toContain('Draft</th>');
    expect(html).not.toContain('draft-line');
  });
});
