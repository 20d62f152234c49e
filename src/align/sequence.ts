// Order-preserving selection: the longest increasing run of anchors, and the heaviest chain of pairs.

/** A candidate pairing of old item `i` with new item `j`, worth `weight`. */
export interface Pair {
  i: number;
  j: number;
  weight: number;
}

/**
 * The heaviest set of pairs with strictly increasing `i` and `j` (no crossings, each item
 * used once). Sort by i, then j descending, and keep the best chain ending below each j in
 * a Fenwick tree: O(P log N) for P pairs over N new items.
 */
export function heaviestChain(pairs: readonly Pair[], newCount: number): Pair[] {
  if (pairs.length === 0) return [];
  const sorted = [...pairs].sort((a, b) => a.i - b.i || b.j - a.j);
  const best = new Float64Array(sorted.length);
  const back = new Int32Array(sorted.length).fill(-1);
  // tree[k] holds the index (into sorted) of the best chain ending at some j in its range.
  const tree = new Int32Array(newCount + 1).fill(-1);
  const query = (j: number): number => {
    let found = -1;
    for (let k = j; k > 0; k -= k & -k) {
      const idx = tree[k]!;
      if (idx >= 0 && (found < 0 || best[idx]! > best[found]!)) found = idx;
    }
    return found;
  };
  const update = (j: number, idx: number): void => {
    for (let k = j + 1; k <= newCount; k += k & -k) {
      const cur = tree[k]!;
      if (cur < 0 || best[idx]! > best[cur]!) tree[k] = idx;
    }
  };
  let top = -1;
  sorted.forEach((pair, idx) => {
    const prev = query(pair.j); // chains ending at j' < pair.j
    best[idx] = pair.weight + (prev >= 0 ? best[prev]! : 0);
    back[idx] = prev;
    update(pair.j, idx);
    // On a tie keep the later pair: for one old item, that is the nearer new one (j runs down).
    if (top < 0 || best[idx]! >= best[top]!) top = idx;
  });
  const chain: Pair[] = [];
  for (let idx = top; idx >= 0; idx = back[idx]!) chain.push(sorted[idx]!);
  return chain.reverse();
}

/** The longest subsequence of pairs increasing in both i and j (all weights equal). */
export function longestIncreasing(pairs: readonly { i: number; j: number }[], newCount: number): { i: number; j: number }[] {
  return heaviestChain(
    pairs.map((p) => ({ ...p, weight: 1 })),
    newCount,
  ).map(({ i, j }) => ({ i, j }));
}
