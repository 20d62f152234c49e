// The previous version of a resolution, from the citations in its preamble.
import { describe, expect, it } from 'vitest';
import { citations, findPredecessor } from '../../src/series/predecessor.js';
import { parseCorpus } from '../helpers/corpus.js';

describe('findPredecessor', () => {
  it.each([
    ['A-RES-68-160.zh.txt', 'A/RES/67/169', 'PP2'],
    ['A-RES-55-109.zh.txt', 'A/RES/54/181', 'PP1'],
    ['A-HRC-RES-19-33.en.txt', 'A/HRC/RES/16/22', 'PP3'],
    ['A-HRC-RES-28-2.en.txt', 'A/HRC/RES/25/3', 'PP3'],
  ])('%s follows %s (cited in %s on the same subject)', (file, symbol, pp) => {
    const p = findPredecessor(parseCorpus(file))!;
    expect(p.symbol).toBe(symbol);
    expect(p.evidence.startsWith(`${pp} cites it on the same subject`)).toBe(true);
  });

  it('keeps to the body that adopted the text: a GA resolution does not follow a Council one', () => {
    const cited = citations(parseCorpus('A-RES-68-160.zh.txt')).map((c) => `${c.symbol} ${c.body}`);
    expect(cited).toEqual(['A/RES/67/169 GA', 'A/HRC/RES/19/33 HRC']);
    const council = citations(parseCorpus('A-HRC-RES-28-2.en.txt')).map((c) => `${c.symbol} ${c.body}`);
    expect(council).toEqual(['A/HRC/RES/25/3 HRC', 'A/RES/69/179 GA']);
  });

  it('says nothing when the preamble cites no earlier resolution', () => {
    expect(findPredecessor(parseCorpus('A-RES-51-100.en.txt'))).toBeNull();
  });
});
