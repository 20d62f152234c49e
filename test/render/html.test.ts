import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { compareCorpusPair } from '../helpers/corpus.js';

describe('renderHtml', () => {
  it('renders', () => {
    const html = renderHtml(compareCorpusPair('A-HRC-RES-19-33.en.txt', 'A-HRC-RES-28-2.en.txt'), { onlyChanged: false, generator: 'x' });
    expect(html).toContain('<del>');
  });
});
