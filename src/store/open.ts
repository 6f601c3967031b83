// openStore: the one way the CLI, the API and ingest open the store.
//   --db / MARSAD_DB: a file path → SQLite (default ./marsad.db); postgres://… → PostgreSQL.
import type { PlaceLookup } from "./geo.js";
import { lazyPlaceLookup } from "./places.js";
import type { Store } from "./types.js";

export interface OpenOptions {
  /** coordinates for --near; default: the knowledge base's places, read on first use */
  placeLookup?: PlaceLookup | null;
}

export function resolveDbUrl(url?: string | null): string {
  return url || process.env.MARSAD_DB || "./marsad.db";
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export async function openStore(url?: string | null, opts: OpenOptions = {}): Promise<Store> {
  const target = resolveDbUrl(url);
  const placeLookup = opts.placeLookup !== undefined ? opts.placeLookup : lazyPlaceLookup();
  if (isPostgresUrl(target)) {
    const { openPostgresStore } = await import("./postgres.js");
    return openPostgresStore(target, { placeLookup });
  }
  const { openSqliteStore } = await import("./sqlite.js");
  return openSqliteStore(target.replace(/^sqlite:(\/\/)?/i, ""), { placeLookup });
}

/** Open the store, run fn, always close it (commands use this so a failed query does not leave connections open). */
export async function withStore<T>(url: string | null | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(url);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
