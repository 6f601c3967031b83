// Crash safety: `marsad ingest` is SIGKILLed at random points several times, then re-run to the
// end. Articles are committed in batches (small ones here, so kills fall between commits), so the
// result must be exactly what one clean run gives: no article lost, none twice, no event without
// its sources.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn, spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { synthCorpus, rng } from "../../scripts/synth/corpus.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const BIN = join(ROOT, "bin", "marsad.mjs");
const KILLS = 6;

function count(db: string): number {
  try {
    const raw = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (raw.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n;
    } finally {
      raw.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** Everything that must come out the same: per table counts and each event with its sources and participants. */
function digest(db: string): unknown {
  const raw = new Database(db, { readonly: true });
  const one = (sql: string) => (raw.prepare(sql).get() as { n: number }).n;
  const out = {
    articles: one("SELECT COUNT(*) AS n FROM articles"),
    near: one("SELECT COUNT(*) AS n FROM articles WHERE duplicate_of IS NOT NULL"),
    events: one("SELECT COUNT(*) AS n FROM events"),
    sources: one("SELECT COUNT(*) AS n FROM event_sources"),
    participants: one("SELECT COUNT(*) AS n FROM event_participants"),
    actors: one("SELECT COUNT(*) AS n FROM actors"),
    actor_events: one("SELECT SUM(event_count) AS n FROM actors"),
    figures: one("SELECT COUNT(*) AS n FROM figures"),
    fts: one("SELECT COUNT(*) AS n FROM articles_fts"),
    orphans: one("SELECT COUNT(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)"),
    counter: one("SELECT value AS n FROM counters WHERE name = 'events'"),
    facets: one("SELECT COUNT(*) AS n FROM event_facets"),
    eventsDump: raw.prepare(
      `SELECT e.id, e.date, (SELECT group_concat(article_id) FROM (SELECT article_id FROM event_sources WHERE event_id = e.id ORDER BY article_id)) AS src
       FROM events e ORDER BY e.id`,
    ).all(),
  };
  raw.close();
  return out;
}

describe("ingest crash safety", () => {
  it(`gives exact counts after ${KILLS} SIGKILLs and a re-run`, { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-crash-"));
    try {
      const corpus = join(dir, "corpus.jsonl");
      const docs = [...synthCorpus({ n: 400, seed: 7, meetings: 150 })];
      writeFileSync(corpus, docs.map((d) => JSON.stringify(d.extracted)).join("\n") + "\n");
      const args = (db: string) => [BIN, "ingest", "--db", db, "--extracted", corpus, "--batch", "8"];

      const ref = join(dir, "ref.db");
      const r = spawnSync(process.execPath, args(ref), { encoding: "utf8" });
      assert.equal(r.status, 0, r.stderr);

      const db = join(dir, "crash.db");
      const rand = rng(2024);
      let kills = 0;
      for (let i = 0; i < KILLS; i++) {
        const before = count(db);
        const target = before + 10 + Math.floor(rand() * 60);
        const child = spawn(process.execPath, args(db), { stdio: "ignore" });
        const exited = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
        let done = false;
        exited.then(() => (done = true));
        while (!done && count(db) < target) await new Promise((res) => setTimeout(res, 5 + rand() * 20));
        if (!done) {
          child.kill("SIGKILL");
          kills++;
        }
        await exited;
      }
      assert.ok(kills >= 3, `the process was killed mid-run (${kills} times)`);
      const partial = count(db);
      assert.ok(partial > 0 && partial < docs.length, `killed before the end (${partial} stored)`);

      const final = spawnSync(process.execPath, args(db), { encoding: "utf8" });
      assert.equal(final.status, 0, final.stderr);
      assert.deepEqual(digest(db), digest(ref));
      const d = digest(ref) as { orphans: number; articles: number; counter: number; events: number };
      assert.equal(d.orphans, 0);
      assert.equal(d.counter, d.events);
      assert.equal(d.articles, docs.filter((x) => x.kind !== "duplicate").length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
