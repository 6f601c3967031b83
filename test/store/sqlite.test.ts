// The store contract on SQLite (in memory), plus what only a file database shows: WAL mode,
// data surviving a reopen, migrations applied once.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openSqliteStore } from "../../src/store/sqlite.js";
import { openStore } from "../../src/store/open.js";
import { MIGRATIONS, facetRowsSql, figureTopicRowsSql, ACTOR_STATS_ROWS, EVENT_SETS_ROWS, EVENT_PAIRS_ROWS, FACET_MONTHS_ROWS } from "../../src/store/schema.js";
import { synthCorpus } from "../../scripts/synth/corpus.js";
import { storeContract } from "./contract.js";
import { doc, event, figure, participant, STORY_A } from "./fixtures.js";

storeContract("sqlite", () => openSqliteStore(":memory:", { placeLookup: null }));

describe("SQLite file store", () => {
  it("uses WAL, keeps data across reopen and applies each migration once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-sqlite-"));
    try {
      const path = join(dir, "sub", "m.db");
      const s1 = await openStore(path, { placeLookup: null });
      assert.equal(s1.backend, "sqlite");
      await s1.putDocument(doc("a", STORY_A, { events: [event("meeting", [participant("أ ب"), participant("ج د")], "2024-01-01")] }));
      await s1.close();
      const s2 = await openStore(path, { placeLookup: null });
      assert.deepEqual([(await s2.stats()).articles, (await s2.stats()).events], [1, 1]);
      await s2.close();
      const raw = new Database(path, { readonly: true });
      assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
      const versions = raw.prepare("SELECT version FROM migrations ORDER BY version").all() as { version: number }[];
      assert.deepEqual(versions.map((v) => v.version), MIGRATIONS.map((m) => m.version));
      raw.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("opens MARSAD_DB when no url is given", async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-sqlite-"));
    const before = process.env.MARSAD_DB;
    try {
      process.env.MARSAD_DB = join(dir, "env.db");
      const s = await openStore(undefined, { placeLookup: null });
      await s.close();
      const raw = new Database(join(dir, "env.db"), { readonly: true });
      assert.ok(raw.prepare("SELECT 1 FROM migrations").get());
      raw.close();
    } finally {
      if (before === undefined) delete process.env.MARSAD_DB;
      else process.env.MARSAD_DB = before;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps event facets equal to what a rebuild from the tables gives", async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-sqlite-"));
    try {
      const path = join(dir, "f.db");
      const store = await openSqliteStore(path, { placeLookup: null });
      // few meetings for many articles: most events are fused from several reports
      for (const d of synthCorpus({ n: 300, seed: 5, meetings: 60 })) await store.putDocument(d.extracted);
      // reports that move a fused event to another month: a year-only date, then the day;
      // an undated report (publication day stands in), then the stated day across a month end
      const x = participant("زياد القرقني", { country: "LY" });
      const y = participant("توماسو بلانكو", { country: "IT" });
      const z = participant("أنور الدرسي", { country: "LY" });
      await store.putDocument(doc("m1", "نص أول", { events: [event("meeting", [x, y], "2021", { topics: ["energy"] })], figures: [figure(5, "count", "5 زوارق")] }));
      await store.putDocument(doc("m2", "نص ثان", { events: [event("meeting", [x, y, z], "2021-05-04", { topics: ["health"] })] }));
      await store.putDocument(doc("m3", "نص ثالث", { published: "2022-06-01", events: [event("meeting", [x, z], null)] }));
      await store.putDocument(doc("m4", "نص رابع", { published: "2022-06-02", events: [event("meeting", [x, z], "2022-05-31")] }));
      assert.deepEqual((await store.actor("زياد القرقني"))!.per_month, [{ month: "2021-05", count: 1 }, { month: "2022-05", count: 1 }], "months move with the dates");
      // a topic a later report adds to the fused event reaches the first report's figures
      const health = (await store.figures({ topic: "health", limit: 1000 })).filter((f) => f.article_id === "m1");
      assert.deepEqual(health.map((f) => [f.text, f.topics]), [["5 زوارق", ["energy", "health"]]]);
      const s = await store.stats();
      assert.ok(s.events < 110 && s.event_sources > 250, JSON.stringify(s));
      await store.close();
      const raw = new Database(path, { readonly: true });
      const norm = (rows: unknown[]) => (rows as Record<string, unknown>[]).map((r) => `${r.key}|${r.event_id}|${r.day_lo}|${r.day_hi}`).sort();
      const stored = norm(raw.prepare("SELECT key, event_id, day_lo, day_hi FROM event_facets").all());
      const rebuilt = norm(raw.prepare(facetRowsSql("1 = 1")).all());
      assert.ok(stored.length > 300);
      assert.deepEqual(stored, rebuilt);
      // each facet row carries its event's date, moved with it when a report gives a better one
      assert.deepEqual(raw.prepare("SELECT COUNT(*) AS n FROM event_facets f JOIN events e ON e.id = f.event_id WHERE f.date IS NOT e.date OR f.actors IS NOT e.actors").get(), { n: 0 });
      const topicsOf = raw.prepare("SELECT group_concat(topic, ',' ORDER BY topic) AS t FROM event_topics WHERE event_id = ?");
      for (const r of raw.prepare("SELECT DISTINCT event_id, topics FROM event_facets").all() as { event_id: string; topics: string | null }[])
        assert.equal(r.topics, (topicsOf.get(r.event_id) as { t: string | null }).t, `topics of ${r.event_id}`);
      assert.ok((raw.prepare("SELECT COUNT(*) AS n FROM event_facets WHERE date IS NOT NULL").get() as { n: number }).n > 300);
      const stats = (rows: unknown[]) => (rows as Record<string, unknown>[]).filter((r) => Number(r.n) !== 0).map((r) => `${r.actor_id}|${r.key}|${r.n}`).sort();
      const keptStats = stats(raw.prepare("SELECT actor_id, key, n FROM actor_stats").all());
      assert.deepEqual(keptStats, stats(raw.prepare(ACTOR_STATS_ROWS).all()));
      // each event's actor ids, kept with its participants
      const actorSets = (rows: unknown[]) => (rows as Record<string, unknown>[]).map((r) => `${r.id}|${String(r.a ?? "").split(",").sort().join(",")}`).sort();
      assert.deepEqual(actorSets(raw.prepare("SELECT id, actors AS a FROM events").all()),
        actorSets(raw.prepare("SELECT e.id, (SELECT group_concat(p.actor_id) FROM event_participants p WHERE p.event_id = e.id) AS a FROM events e").all()));
      // the counts behind the unfiltered views, kept as events fuse and move to another month
      const counted = (rows: unknown[]) => (rows as Record<string, unknown>[]).filter((r) => Number(r.n) !== 0).map((r) => Object.values(r).join("|")).sort();
      const sets = counted(raw.prepare("SELECT type, status, actors, n FROM event_sets").all());
      assert.ok(sets.length > 20);
      assert.deepEqual(sets, counted(raw.prepare(EVENT_SETS_ROWS).all()));
      const pairs = counted(raw.prepare("SELECT type, status, a, b, n FROM event_pairs").all());
      assert.ok(pairs.length > 20);
      assert.deepEqual(pairs, counted(raw.prepare(EVENT_PAIRS_ROWS).all()));
      const months = counted(raw.prepare("SELECT key, month, n FROM facet_months").all());
      assert.ok(months.some((m) => m.includes("|2021-05|")) && !months.some((m) => m.includes("|2021|")), "the year-only report moved to its day's month");
      assert.deepEqual(months, counted(raw.prepare(FACET_MONTHS_ROWS).all()));
      const figureTopics = (rows: unknown[]) => (rows as Record<string, unknown>[]).map((r) => Object.values(r).join("|")).sort();
      const keptTopics = figureTopics(raw.prepare("SELECT topic, figure_id, published FROM figure_topics").all());
      assert.ok(keptTopics.length > 100);
      assert.deepEqual(keptTopics, figureTopics(raw.prepare(figureTopicRowsSql("1 = 1")).all()));
      raw.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
