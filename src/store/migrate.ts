// Applies the numbered migrations of schema.ts that a database has not seen yet, each in its
// own transaction (PostgreSQL: under the store's advisory lock, so two processes opening the
// same database at once do not both apply a migration).
import { MIGRATIONS } from "./schema.js";
import type { SqlDb } from "./sql.js";

export async function migrate(db: SqlDb): Promise<number[]> {
  // inside a transaction too: two processes opening a new PostgreSQL database at once would
  // otherwise race on CREATE TABLE IF NOT EXISTS
  await db.transaction((tx) => tx.exec(`CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`));
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    const done = await db.transaction(async (tx) => {
      const row = await tx.get(`SELECT version FROM migrations WHERE version = ?`, [m.version]);
      if (row) return false;
      await tx.exec(db.dialect === "sqlite" ? m.sqlite : m.postgres);
      await tx.run(`INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)`, [m.version, m.name, new Date().toISOString()]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}
