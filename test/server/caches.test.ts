// The server's caches: bounded by bytes, typed keys spelled in one place, work under way shared.
import { describe, expect, it } from 'vitest';
import { ByteCache, cacheKey } from '../../src/server/caches.js';

const bytes = (n: number) => new Uint8Array(n);

describe('ByteCache', () => {
  it('keeps at most maxBytes, dropping the least recently used', () => {
    const cache = new ByteCache<string, Uint8Array>(100, (k) => k, (v) => v.byteLength);
    cache.set('a', bytes(40));
    cache.set('b', bytes(40));
    cache.get('a');
    cache.set('c', bytes(40));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.byteLength).toBe(40);
    expect(cache.bytes).toBe(80);
  });

  it('hands out a value heavier than the whole budget without keeping it', async () => {
    const cache = new ByteCache<string, Uint8Array>(100, (k) => k, (v) => v.byteLength);
    expect((await cache.getOrMake('big', async () => bytes(500))).byteLength).toBe(500);
    expect(cache.get('big')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it('makes a value once however many ask at the same time, and keeps no failure', async () => {
    const cache = new ByteCache<{ id: number }, string>(1000, (k) => String(k.id), (v) => v.length);
    let made = 0;
    const make = async () => {
      made++;
      await new Promise((r) => setTimeout(r, 10));
      return 'value';
    };
    expect(await Promise.all([cache.getOrMake({ id: 1 }, make), cache.getOrMake({ id: 1 }, make)])).toEqual(['value', 'value']);
    expect(made).toBe(1);
    await expect(cache.getOrMake({ id: 2 }, async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await cache.getOrMake({ id: 2 }, async () => 'again')).toBe('again');
  });
});

describe('cache keys', () => {
  it('tell apart what ad-hoc strings could confuse', () => {
    const doc = (symbol: string) => ({ symbol, language: 'zh' as const });
    const pair = cacheKey.pair({ kind: 'documents', old: doc('A/RES/55/109'), new: doc('A/RES/68/160') });
    expect(pair).not.toBe(cacheKey.pair({ kind: 'documents', old: doc('A/RES/68/160'), new: doc('A/RES/55/109') }));
    expect(cacheKey.pair({ kind: 'stored', id: 'abc' })).not.toBe(cacheKey.pair({ kind: 'documents', old: doc('abc'), new: doc('') }));
    const stored = { kind: 'stored', id: 'abc' } as const;
    const page = cacheKey.rendering(stored, { kind: 'page', view: 'side', show: 'all', stamp: 1 });
    expect(page).not.toBe(cacheKey.rendering(stored, { kind: 'page', view: 'side', show: 'all', stamp: 2 }));
    expect(page).not.toBe(cacheKey.rendering(stored, { kind: 'fragment', view: 'side', show: 'all', stamp: 1 }));
  });
});
