// The longest order-preserving chain of paragraph pairs: pairs outside it are moves.

/**
 * The longest chain of pairs increasing in both `i` (old position) and `j` (new position), as
 * indices into `pairs`, and whether it is the only longest chain. Pairs have distinct i and
 * distinct j. O(n^2): sections hold tens of paragraphs.
 */
export function longestChain(pairs: readonly { i: number; j: number }[]): { members: Set<number>; unique: boolean } {
  const order = pairs.map((_, k) => k).sort((a, b) => pairs[a]!.i - pairs[b]!.i);
  const n = order.length;
  const len = new Array<number>(n).fill(1);
  const ways = new Array<number>(n).fill(1);
  const back = new Array<number>(n).fill(-1);
  for (let x = 0; x < n; x++) {
    const jx = pairs[order[x]!]!.j;
    for (let y = 0; y < x; y++) {
      if (pairs[order[y]!]!.j >= jx) continue;
      if (len[y]! + 1 > len[x]!) {
        len[x] = len[y]! + 1;
        ways[x] = ways[y]!;
        back[x] = y;
      } else if (len[y]! + 1 === len[x]!) ways[x]! += ways[y]!;
    }
  }
  const best = n === 0 ? 0 : Math.max(...len);
  let total = 0;
  let end = -1;
  for (let x = 0; x < n; x++) {
    if (len[x] !== best) continue;
    total += ways[x]!;
    if (end < 0) end = x;
  }
  const members = new Set<number>();
  for (let x = end; x >= 0; x = back[x]!) members.add(order[x]!);
  return { members, unique: total <= 1 };
}
