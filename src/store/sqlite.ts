// SQLite backend (the default): better-sqlite3, WAL journal so readers never block the writer
// and a killed process leaves the last committed article intact. The sync driver is wrapped in
// the async SqlDb surface so the store logic is shared with PostgreSQL.
import Database from "better-sqlite3";
import { dirname } from "node:path";
import { mkdirSync } from "node:fs";
import { StoreCore, type Dialect } from "./core.js";
import { distanceKm, type PlaceLookup } from "./geo.js";
import { migrate } from "./migrate.js";
import type { Param, SqlDb } from "./sql.js";
import type { Store } from "./types.js";

class SqliteDb implements SqlDb {
  readonly dialect = "sqlite" as const;
  private stmts = new Map<string, Database.Statement>();
  private inTx = false;

  constructor(readonly raw: Database.Database) {}

  private stmt(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    return this.stmt(sql).all(...params) as T[];
  }

  async get<T>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return this.stmt(sql).get(...params) as T | undefined;
  }

  async run(sql: string, params: Param[] = []): Promise<number> {
    return this.stmt(sql).run(...params).changes;
  }

  async exec(sql: string): Promise<void> {
    this.raw.exec(sql);
  }

  async transaction<T>(fn: (tx: SqlDb) => Promise<T>): Promise<T> {
    if (this.inTx) throw new Error("nested transaction");
    // IMMEDIATE takes the write lock up front: two writers wait (busy_timeout) instead of failing mid-article
    this.raw.exec("BEGIN IMMEDIATE");
    this.inTx = true;
    try {
      const out = await fn(this);
      this.raw.exec("COMMIT");
      return out;
    } catch (err) {
      if (this.raw.inTransaction) this.raw.exec("ROLLBACK");
      throw err;
    } finally {
      this.inTx = false;
    }
  }

  async close(): Promise<void> {
    this.stmts.clear();
    if (this.raw.open) this.raw.close();
  }
}

const sqliteDialect: Dialect = {
  async indexArticle(tx, id, title, body, names) {
    await tx.run(`INSERT INTO articles_fts (article_id, title, body, names) VALUES (?, ?, ?, ?)`, [id, title, body, names]);
  },
  async searchIds(db, terms, limit) {
    // each term quoted (no FTS syntax from user input) and prefix-matched, all required
    const q = terms.map((t) => `"${t.replace(/"/g, "")}"*`).join(" ");
    const rows = await db.all<{ article_id: string }>(
      // newest stored first: FTS5 then streams matches in rowid order and stops at the limit,
      // where ranking would score every match (all of a common word's articles)
      `SELECT article_id FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?`,
      [q, limit],
    );
    return rows.map((r) => r.article_id);
  },
  nullsLast: "",
  // the covering index (migration 16): one lookup per matching event instead of the id index
  // and then the table; SQLite's planner prefers the primary key index on its own
  eventsView: "events e INDEXED BY events_view",
  orderBy(day, id, desc) {
    // SQLite sorts NULL lowest: DESC already puts undated events last
    return desc ? `ORDER BY ${day} DESC, ${id} DESC` : `ORDER BY ${day} IS NULL, ${day}, ${id}`;
  },
};

export interface SqliteOptions {
  placeLookup?: PlaceLookup | null;
}

/** Open (creating and migrating if needed) a SQLite store at `path` (":memory:" for tests). */
export async function openSqliteStore(path: string, opts: SqliteOptions = {}): Promise<Store> {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const raw = new Database(path);
  raw.pragma("journal_mode = WAL");
  // NORMAL in WAL mode: a killed process loses nothing committed; only a power cut may lose the last commits
  raw.pragma("synchronous = NORMAL");
  raw.pragma("foreign_keys = ON");
  raw.pragma("busy_timeout = 10000");
  // the WAL is copied back into the database (with an fsync) every 10,000 pages instead of
  // every 1,000: a long ingest spent a third of its commit time in those checkpoints
  raw.pragma("wal_autocheckpoint = 10000");
  raw.function("dist_km", { deterministic: true }, (a: unknown, b: unknown, c: unknown, d: unknown) =>
    a == null || b == null || c == null || d == null ? null : distanceKm(Number(a), Number(b), Number(c), Number(d)),
  );
  const db = new SqliteDb(raw);
  await migrate(db);
  return new StoreCore(db, { dialect: sqliteDialect, placeLookup: opts.placeLookup });
}
