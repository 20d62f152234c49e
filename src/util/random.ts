// A small seeded random generator (mulberry32): the same seed gives the same sequence. The
// engine never draws at random; derived test and bench variants do (repair/breakSpacing.ts,
// bench/accuracy/rng.ts).

/** mulberry32: floats in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
