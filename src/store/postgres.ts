// PostgreSQL backend: same tables as SQLite (schema.ts), tsvector 'simple' over the normalized
// words for search. Each article is one transaction holding an advisory lock, so several ingest
// processes (or pg-boss workers) can write at once without fusing events against half-written rows.
import pg from "pg";
import { StoreCore, type Dialect } from "./core.js";
import type { PlaceLookup } from "./geo.js";
import { migrate } from "./migrate.js";
import type { Param, SqlDb } from "./sql.js";
import type { Store } from "./types.js";

/** Arbitrary constant naming the store's write lock (pg_advisory_xact_lock). */
const WRITE_LOCK = 0x6d617273; // "mars"

/** `?` → `$1, $2, …` (the store's SQL never contains a literal question mark). */
export function numberParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Queryable = pg.Pool | pg.PoolClient;

class PgDb implements SqlDb {
  readonly dialect = "postgres" as const;
  constructor(private readonly q: Queryable, private readonly pool: pg.Pool | null) {}

  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    return (await this.q.query(numberParams(sql), params)).rows as T[];
  }

  async get<T>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: Param[] = []): Promise<number> {
    return (await this.q.query(numberParams(sql), params)).rowCount ?? 0;
  }

  async exec(sql: string): Promise<void> {
    await this.q.query(sql);
  }

  async transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    if (!this.pool) throw new Error("nested transaction");
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK]);
      const out = await fn(new PgDb(client, null));
      await client.query("COMMIT");
      return out;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    if (this.pool) await this.pool.end();
  }
}

/** How many matching articles a search ranks at most. */
export const SEARCH_CANDIDATES = 1000;

/** A tsquery literal: every term a quoted lexeme with prefix match, all required. */
export function tsQuery(terms: string[]): string {
  return terms.map((t) => `'${t.replace(/['\\]/g, "")}':*`).join(" & ");
}

const pgDialect: Dialect = {
  async indexArticle(tx, id, title, body, names) {
    // lexemes are given as an array: PostgreSQL's own parser would drop Arabic letters under a C locale
    const words = [...new Set(`${title} ${body} ${names}`.split(" ").filter(Boolean))];
    await tx.run(`INSERT INTO article_search (article_id, doc) VALUES (?, array_to_tsvector(?::text[]))`, [id, pgArray(words)]);
  },
  async searchIds(db, terms, limit) {
    // ranked among a bounded set of matches: ts_rank over every article holding a common word
    // would read all their vectors
    const rows = await db.all<{ article_id: string }>(
      `SELECT article_id FROM (SELECT article_id, doc FROM article_search WHERE doc @@ ?::tsquery LIMIT ?) c
       ORDER BY ts_rank(c.doc, ?::tsquery) DESC, article_id LIMIT ?`,
      [tsQuery(terms), SEARCH_CANDIDATES, tsQuery(terms), limit],
    );
    return rows.map((r) => r.article_id);
  },
  nullsLast: " NULLS LAST",
  // a hash join over the events table does better than an index per event
  eventsView: "events e",
  orderBy(day, id, desc) {
    return desc ? `ORDER BY ${day} DESC NULLS LAST, ${id} DESC` : `ORDER BY ${day} ASC NULLS LAST, ${id}`;
  },
};

/** A text[] literal ({"a","b"}) — passing a JS array works too, but a literal keeps Param simple. */
function pgArray(words: string[]): string {
  return `{${words.map((w) => `"${w.replace(/["\\]/g, "")}"`).join(",")}}`;
}

export interface PostgresOptions {
  placeLookup?: PlaceLookup | null;
  /** connections in the pool (default 4) */
  max?: number;
}

/** Open (migrating if needed) a PostgreSQL store, e.g. postgres://marsad:marsad@127.0.0.1:5432/marsad */
export async function openPostgresStore(url: string, opts: PostgresOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 4 });
  const db = new PgDb(pool, pool);
  try {
    await migrate(db);
  } catch (err) {
    await pool.end();
    throw err;
  }
  return new StoreCore(db, { dialect: pgDialect, placeLookup: opts.placeLookup });
}
