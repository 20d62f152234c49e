// Markdown: the same content, escaped, with <del>/<ins>.
import { describe, expect, it } from 'vitest';
import { compareResolutions } from '../../src/align/compareResolutions.js';
import { escapeMarkdown, renderMarkdown } from '../../src/render/markdown.js';
import { makeResolution } from '../helpers/arbitraries.js';
import { compareCorpusPair } from '../helpers/corpus.js';

describe('renderMarkdown', () => {
  it('opens with the symbols and the summary, then the changes', () => {
    const md = renderMarkdown(compareCorpusPair('A-HRC-RES-19-33.en.txt', 'A-HRC-RES-28-2.en.txt'), { visibility: 'changed' });
    const lines = md.split('\n');
    expect(lines[0]).toBe('# A/HRC/RES/19/33 → A/HRC/RES/28/2');
    expect(md).toContain('**Summary:** 1 unchanged, 3 modified, 0 added, 0 removed, 0 moved (2 substantive, 1 technical change)');
    expect(md).toContain('### PP3: modified (technical), 90% kept');
    expect(md).toContain('<del>16/22 of 25</del><ins>25/3 of 27</ins>');
    expect(md).toContain('*… 1 unchanged paragraph: PP1*');
  });

  it('escapes Markdown and HTML in the text', () => {
    expect(escapeMarkdown('*a* _b_ <i>c</i> [d](e) # f | g')).toBe('\\*a\\* \\_b\\_ &lt;i&gt;c&lt;/i&gt; \\[d\\](e) \\# f \\| g');
    const c = compareResolutions(makeResolution('en', [], ['Decides **x**;']), makeResolution('en', [], ['Decides <script>y</script>;']));
    const md = renderMarkdown(c, { visibility: 'all' });
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
  });
});
