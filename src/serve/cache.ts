// A small time-bounded cache for the views folded from many events (network, trends, places):
// the same dashboard view is asked for again and again, and recomputing it reads up to
// SCAN_CAP events. Entries expire after `ttlMs` (so articles ingested by another process show
// up soon) and the app clears the cache when it stores a posted article itself.
export class TtlCache<V> {
  private entries = new Map<string, { at: number; value: Promise<V> }>();

  constructor(private ttlMs: number, private maxEntries = 200, private now: () => number = () => Date.now()) {}

  /** The cached value for `key`, or compute it once (concurrent callers share one computation). */
  get(key: string, compute: () => Promise<V>): Promise<V> {
    if (this.ttlMs <= 0) return compute();
    const hit = this.entries.get(key);
    const t = this.now();
    if (hit && t - hit.at < this.ttlMs) {
      // refresh its place in the eviction order
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    this.entries.set(key, { at: t, value });
    value.catch(() => this.entries.delete(key)); // a failure is not remembered
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
