// A small time-bounded cache for the views counted over many events (network, trends, places):
// the same dashboard view is asked for again and again, and recomputing it counts every
// matching event. After `ttlMs` an entry is stale: the next request still gets it at once
// while one recomputation runs behind it (so articles ingested by another process show up
// soon without making anyone wait). The app clears the cache when it stores a posted article.
interface Entry<V> { at: number; value: Promise<V>; refreshing: boolean }

export class TtlCache<V> {
  private entries = new Map<string, Entry<V>>();

  constructor(private ttlMs: number, private maxEntries = 200, private now: () => number = () => Date.now()) {}

  /** The cached value for `key`, or compute it once (concurrent callers share one computation). */
  get(key: string, compute: () => Promise<V>): Promise<V> {
    if (this.ttlMs <= 0) return compute();
    const hit = this.entries.get(key);
    const t = this.now();
    if (hit) {
      // refresh its place in the eviction order
      this.entries.delete(key);
      this.entries.set(key, hit);
      if (t - hit.at >= this.ttlMs && !hit.refreshing) {
        hit.refreshing = true;
        compute().then(
          (v) => { if (this.entries.get(key) === hit) this.entries.set(key, { at: this.now(), value: Promise.resolve(v), refreshing: false }); },
          () => { hit.refreshing = false; },
        );
      }
      return hit.value;
    }
    const value = compute();
    const entry: Entry<V> = { at: t, value, refreshing: false };
    this.entries.set(key, entry);
    value.catch(() => { if (this.entries.get(key) === entry) this.entries.delete(key); }); // a failure is not remembered
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
