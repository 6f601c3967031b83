// Store benchmark: `tsx scripts/bench/store.ts` (BENCH_SCALE=0.01 for a quick run;
// MARSAD_BENCH_PG=postgres://… (or MARSAD_TEST_PG) adds PostgreSQL).
//   1. ingest throughput into SQLite, including extraction (synthetic articles, real extractor),
//      and store-only throughput (pre-extracted);
//   2. 1,000,000 events inserted in bulk, then p95 latency of each query;
//   3. RSS sampled while ingesting 100,000 articles (must stay flat).
import { mkdtempSync, rmSync } from "node:fs";
import os, { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { synthCorpus, rng } from "../synth/corpus.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import { openPostgresStore } from "../../src/store/postgres.js";
import { loadPlaceLookup } from "../../src/store/places.js";
import { stableId } from "../../src/store/keys.js";
import { dayWindow } from "../../src/store/fusion.js";
import { indexText } from "../../src/store/snippet.js";
import { facetRowsSql, ACTOR_STATS_ROWS, EVENT_SETS_ROWS, FACET_MONTHS_ROWS, EVENT_PAIRS_ROWS } from "../../src/store/schema.js";
import type { Store } from "../../src/store/types.js";
import { ingestDocuments, ingestExtracted } from "../../src/ingest/run.js";
import type { ExtractedDoc, InputDoc } from "../../src/types.js";

export interface BenchOptions {
  /** multiplies every size (1 = full: 1M events, 100k articles for memory) */
  scale?: number;
  /** PostgreSQL URL to bench as well (a fresh schema is created and dropped) */
  pgUrl?: string | null;
  /** only the ingest rates on SQLite (MARSAD_BENCH_INGEST_ONLY=1): no bulk load, queries or memory run */
  ingestOnly?: boolean;
  /** skip SQLite (MARSAD_BENCH_PG_ONLY=1): the PostgreSQL figures alone, in their own time budget */
  pgOnly?: boolean;
  log?: (line: string) => void;
}

export interface QueryFigure {
  query: string;
  p50_ms: number;
  p95_ms: number;
  runs: number;
}

export interface BackendFigures {
  backend: "sqlite" | "postgres";
  /** articles/s (wall clock) and articles per CPU-second of the ingesting process */
  ingest_with_extraction_per_s?: { wall: number; cpu: number };
  ingest_store_only_per_s: { wall: number; cpu: number };
  load_average: number;
  events_bulk: number;
  bulk_insert_s: number;
  queries: QueryFigure[];
  rss_mb_samples: number[];
  rss_articles: number;
}

export interface BenchFigures {
  scale: number;
  backends: BackendFigures[];
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);

const failOnError = (e: { source: string; message: string }) => {
  throw new Error(`bench ingest: ${e.source}: ${e.message}`);
};

/** Articles per second of wall time, and per second of this process's CPU time (the machine may be shared). */
async function ingestRate(store: Store, docs: ExtractedDoc[], inputs: InputDoc[] | null, extract: ((d: InputDoc) => ExtractedDoc) | null): Promise<{ wall: number; cpu: number }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  // the ingest driver `marsad ingest` uses (batched transactions, skip of stored ids)
  const counts = extract && inputs
    ? await ingestDocuments(store, inputs, { extract, onError: failOnError })
    : await ingestExtracted(store, (async function* () { for (const doc of docs) yield { doc, source: doc.id }; })(), { onError: failOnError });
  if (counts.read !== docs.length) throw new Error(`bench ingest read ${counts.read} of ${docs.length} documents`);
  const c = process.cpuUsage(c0);
  return { wall: Math.round(docs.length / ((performance.now() - t0) / 1000)), cpu: Math.round(docs.length / ((c.user + c.system) / 1e6)) };
}

/** Synthetic bulk data written straight into the tables (no fusion): the query side of the bench. */
interface BulkSink {
  readonly dialect: "sqlite" | "postgres";
  exec(sql: string): Promise<void>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  rows(table: string, columns: string[], rows: (string | number | null)[][]): Promise<void>;
  /** runs fill with the table's secondary indexes dropped, then creates them again */
  withoutIndexes(table: string, fill: () => Promise<void>): Promise<void>;
}

export async function bulkFill(sink: BulkSink, nEvents: number, log: (s: string) => void): Promise<void> {
  const rand = rng(99);
  const COUNTRIES = ["LY", "IT", "TN", "MT", "FR", "DE", "EG", "DZ", "GR", "TR"];
  const TOPICS = ["migration", "border_security", "maritime_security", "counter_terrorism", "organized_crime", "training", "energy", "economy", "health", "political_process", "demining", "human_trafficking"];
  const PLACES: [string, string, number, number][] = [["طرابلس", "Tripoli", 32.8872, 13.1913], ["بنغازي", "Benghazi", 32.1167, 20.0667], ["روما", "Rome", 41.9028, 12.4964], ["تونس", "Tunis", 36.8065, 10.1815], ["فاليتا", "Valletta", 35.8989, 14.5146], ["باريس", "Paris", 48.8566, 2.3522], ["القاهرة", "Cairo", 30.0444, 31.2357], ["مصراتة", "Misrata", 32.3754, 15.0925]];
  const nActors = Math.max(50, Math.round(nEvents / 200));
  const nArticles = Math.max(100, Math.round(nEvents / 20));
  const WORDS = ["الهجرة", "الحدود", "خفر", "السواحل", "الأمن", "التعاون", "الطاقة", "الاستثمار", "الانتخابات", "الإرهاب", "التدريب", "الموانئ", "النفط", "المهاجرين", "الاتفاق", "الوزير"];
  await sink.begin();
  const actors: (string | number | null)[][] = [];
  for (let i = 0; i < nActors; i++) {
    const name = `شخصية ${i} البنا${i % 97}`;
    actors.push([stableId("ac_", `bulk:${i}`), `bulk:${i}`, "person", name, `Person ${i}`, COUNTRIES[i % COUNTRIES.length], i % 3 ? null : `bulk-kb-${i}`, indexText(name), `person ${i}`, 0]);
  }
  await sink.rows("actors", ["id", "key", "kind", "name", "name_en", "country", "kb_id", "search_name", "search_en", "event_count"], actors);
  await sink.rows("places", ["id", "key", "name", "name_en", "search_en", "country", "lat", "lon", "kb_id"],
    PLACES.map(([n, e, lat, lon]) => [stableId("pl_", `n:${indexText(n)}`), `n:${indexText(n)}`, n, e, e.toLowerCase(), null, lat, lon, null]));
  const now = new Date().toISOString();
  for (let start = 0; start < nArticles; start += 5000) {
    const arts: (string | number | null)[][] = [];
    for (let i = start; i < Math.min(nArticles, start + 5000); i++) {
      const text = Array.from({ length: 60 }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(" ") + ` رقم ${i}`;
      arts.push([`bulk-${i}`, `https://bulk.example/${i}`, null, "bulk", `مقال ${i}`, null, "2020-01-01", null, null, text, `hash-${i}`, null, null, now, "{}"]);
    }
    await sink.rows("articles", ["id", "url", "canonical_url", "outlet", "title", "author", "published", "source", "raw_text", "clean_text", "content_hash", "signature", "duplicate_of", "ingested_at", "extracted"], arts);
    await sink.rows("__fts", ["article_id", "title", "body", "names"], arts.map((a) => [a[0], indexText(String(a[4])), indexText(String(a[9])), ""]));
  }
  const counts = new Array(nActors).fill(0);
  const BATCH = 20_000;
  for (let start = 0; start < nEvents; start += BATCH) {
    const ev: (string | number | null)[][] = [];
    const parts: (string | number | null)[][] = [];
    const topics: (string | number | null)[][] = [];
    const sources: (string | number | null)[][] = [];
    for (let i = start; i < Math.min(nEvents, start + BATCH); i++) {
      const id = `bev_${i}`;
      const day = new Date(Date.UTC(2012, 0, 1) + Math.floor(rand() * 4700) * 86_400_000).toISOString().slice(0, 10);
      const w = dayWindow({ date: day, precision: "day" })!;
      const place = rand() < 0.8 ? PLACES[Math.floor(rand() * PLACES.length)] : null;
      const row: (string | number | null)[] = [id, rand() < 0.85 ? "meeting" : "call", "happened", day, "day", 0, w.lo, w.hi, place ? stableId("pl_", `n:${indexText(place[0])}`) : null, place?.[0] ?? null, place?.[1] ?? null, null, place?.[2] ?? null, place?.[3] ?? null, 0.8, now];
      // skewed: a few actors are in very many events, as in the news
      const a = Math.floor(nActors * rand() ** 2.5);
      let b = Math.floor(nActors * rand());
      if (b === a) b = (a + 1) % nActors;
      ev.push([...row, `${stableId("ac_", `bulk:${a}`)},${stableId("ac_", `bulk:${b}`)}`]);
      counts[a]++;
      counts[b]++;
      parts.push([id, stableId("ac_", `bulk:${a}`), "وزير", "host", null], [id, stableId("ac_", `bulk:${b}`), null, "guest", null]);
      const t1 = TOPICS[Math.floor(rand() * TOPICS.length)];
      const t2 = TOPICS[Math.floor(rand() * TOPICS.length)];
      topics.push([id, t1]);
      if (t2 !== t1) topics.push([id, t2]);
      sources.push([id, `bulk-${Math.floor(rand() * nArticles)}`, "[]", "[\"bulk\"]"]);
    }
    await sink.rows("events", ["id", "type", "status", "date", "date_precision", "date_implied", "day_lo", "day_hi", "place_id", "location_name", "location_name_en", "location_country", "lat", "lon", "confidence", "created_at", "actors"], ev);
    await sink.rows("event_participants", ["event_id", "actor_id", "title", "role", "name"], parts);
    await sink.rows("event_topics", ["event_id", "topic"], topics);
    await sink.rows("event_sources", ["event_id", "article_id", "evidence", "rules"], sources);
    if ((start / BATCH) % 10 === 0) log(`  bulk: ${start + ev.length} events`);
  }
  for (let i = 0; i < nActors; i++) await sink.rows("__count", ["id", "n"], [[stableId("ac_", `bulk:${i}`), counts[i]]]);
  log("  bulk: event facets");
  // one INSERT with every column, into the table without its secondary indexes (rebuilt after):
  // the UPDATE per column that a migration does rewrote six million rows and their four indexes
  // three times, which took PostgreSQL over twenty minutes
  const agg = sink.dialect === "postgres" ? "string_agg(topic, ',' ORDER BY topic)" : "group_concat(topic, ',' ORDER BY topic)";
  await sink.withoutIndexes("event_facets", () => sink.exec(`INSERT INTO event_facets (key, event_id, day_lo, day_hi, date, actors, topics)
    SELECT x.key, x.event_id, x.day_lo, x.day_hi, e.date, e.actors, t.topics FROM (${facetRowsSql("1 = 1")}) x
    JOIN events e ON e.id = x.event_id LEFT JOIN (SELECT event_id, ${agg} AS topics FROM event_topics GROUP BY event_id) t ON t.event_id = x.event_id`));
  await sink.exec(`UPDATE counters SET value = (SELECT COUNT(*) FROM events) WHERE name = 'events'`);
  log("  bulk: actor stats");
  await sink.exec(`INSERT INTO actor_stats (actor_id, key, n) ${ACTOR_STATS_ROWS}`);
  await sink.exec(`INSERT INTO event_sets (type, status, actors, n) ${EVENT_SETS_ROWS}`);
  await sink.exec(`INSERT INTO event_pairs (type, status, a, b, n) ${EVENT_PAIRS_ROWS}`);
  await sink.exec(`INSERT INTO facet_months (key, month, n) ${FACET_MONTHS_ROWS}`);
  await sink.commit();
}

function sqliteSink(path: string): BulkSink & { close(): void } {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const stmts = new Map<string, Database.Statement>();
  const stmt = (table: string, columns: string[]) => {
    const key = `${table}:${columns.length}`;
    let s = stmts.get(key);
    if (!s) {
      s = table === "__count"
        ? db.prepare(`UPDATE actors SET event_count = ? WHERE id = ?`)
        : db.prepare(`INSERT INTO ${table === "__fts" ? "articles_fts" : table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
      stmts.set(key, s);
    }
    return s;
  };
  return {
    dialect: "sqlite",
    async exec(sql) { db.exec(sql); },
    async begin() { db.exec("BEGIN"); },
    async commit() { db.exec("COMMIT"); db.exec("ANALYZE"); },
    async rows(table, columns, rows) {
      const s = stmt(table, columns);
      for (const r of rows) table === "__count" ? s.run(r[1], r[0]) : s.run(...r);
    },
    async withoutIndexes(table, fill) {
      const defs = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`).all(table) as { name: string; sql: string }[];
      for (const d of defs) db.exec(`DROP INDEX ${d.name}`);
      await fill();
      for (const d of defs) db.exec(d.sql);
    },
    close() { db.close(); },
  };
}

export function pgSink(client: pg.Client): BulkSink {
  return {
    dialect: "postgres",
    async exec(sql) { await client.query(sql); },
    async begin() { await client.query("BEGIN"); },
    // VACUUM as autovacuum would after a bulk load: it sets the visibility map, without which the
    // counts over the (key, day) indexes visit every heap page instead of answering from the index
    async commit() { await client.query("COMMIT"); await client.query("VACUUM ANALYZE"); },
    async withoutIndexes(table, fill) {
      const r = await client.query(`SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = $1 AND i.schemaname = current_schema()
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`, [table]);
      for (const d of r.rows as { indexname: string }[]) await client.query(`DROP INDEX ${d.indexname}`);
      await fill();
      for (const d of r.rows as { indexdef: string }[]) await client.query(d.indexdef);
    },
    async rows(table, columns, rows) {
      if (!rows.length) return;
      if (table === "__count") {
        for (const r of rows) await client.query(`UPDATE actors SET event_count = $1 WHERE id = $2`, [r[1], r[0]]);
        return;
      }
      if (table === "__fts") {
        for (let i = 0; i < rows.length; i += 1000) {
          const chunk = rows.slice(i, i + 1000);
          await client.query(
            `INSERT INTO article_search (article_id, doc) SELECT id, array_to_tsvector(string_to_array(words, ' ')) FROM unnest($1::text[], $2::text[]) AS t(id, words)`,
            [chunk.map((r) => r[0]), chunk.map((r) => [...new Set(`${r[1]} ${r[2]}`.split(" ").filter(Boolean))].join(" "))],
          );
        }
        return;
      }
      // one unnest() per column: a thousand rows per statement
      const types = await columnTypes(client, table, columns);
      for (let i = 0; i < rows.length; i += 2000) {
        const chunk = rows.slice(i, i + 2000);
        const arrays = columns.map((_, c) => chunk.map((r) => r[c]));
        await client.query(
          `INSERT INTO ${table} (${columns.join(", ")}) SELECT * FROM unnest(${columns.map((_, c) => `$${c + 1}::${types[c]}[]`).join(", ")})`,
          arrays,
        );
      }
    },
  };
}

const typeCache = new Map<string, string[]>();
async function columnTypes(client: pg.Client, table: string, columns: string[]): Promise<string[]> {
  const key = `${table}:${columns.join(",")}`;
  if (!typeCache.has(key)) {
    const r = await client.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 AND table_schema = current_schema()`, [table]);
    const m = new Map(r.rows.map((x: { column_name: string; data_type: string }) => [x.column_name, x.data_type]));
    typeCache.set(key, columns.map((c) => (m.get(c) === "double precision" ? "float8" : m.get(c) === "integer" ? "int4" : m.get(c) === "bigint" ? "int8" : m.get(c) === "bytea" ? "bytea" : "text")));
  }
  return typeCache.get(key)!;
}

const plusDays = (d: string, n: number) => new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);

async function timeQueries(store: Store, nActors: number, log: (s: string) => void, runs = 40): Promise<QueryFigure[]> {
  const rand = rng(5);
  const hot = () => `Person ${Math.floor(nActors * rand() ** 2.5)}`;
  const any = () => `Person ${Math.floor(nActors * rand())}`;
  const day = () => new Date(Date.UTC(2012, 0, 1) + Math.floor(rand() * 4500) * 86_400_000).toISOString().slice(0, 10);
  const TOP = ["migration", "energy", "training", "health"];
  const cases: [string, () => Promise<unknown>][] = [
    ["events (newest 50)", () => store.events({ limit: 50 })],
    ["events --actor (skewed: busy actors)", () => store.events({ actor: hot(), limit: 50 })],
    ["events --actor (any actor)", () => store.events({ actor: any(), limit: 50 })],
    ["events --actor arabic name", () => store.events({ actor: `البنا${Math.floor(rand() * 97)}`, limit: 50 })],
    ["events --country", () => store.events({ country: ["LY", "IT", "TN", "MT"][Math.floor(rand() * 4)], limit: 50 })],
    ["events --topic", () => store.events({ topic: TOP[Math.floor(rand() * TOP.length)], limit: 50 })],
    ["events --type call", () => store.events({ type: "call", limit: 50 })],
    // (a month from a random day: the old "to = the 28th of the same month" ran backwards on days 29–31)
    ["events --from --to (1 month)", () => { const d = day(); return store.events({ from: d, to: plusDays(d, 30), limit: 50 }); }],
    ["events --near", () => store.events({ near: ["روما", "Tunis", "طرابلس"][Math.floor(rand() * 3)], limit: 50 })],
    ["events --actor --topic --from", () => store.events({ actor: hot(), topic: TOP[Math.floor(rand() * TOP.length)], from: day(), limit: 50 })],
    // views over every matching event (the API's network / trends / map), exact: their cost grows with the matches
    ["view network --actor", () => store.eventNetwork({ actor: hot() }, 150)],
    ["view network (no filter)", () => store.network({ maxNodes: 150 })],
    ["view trends (no filter)", () => store.topicTrends({}, "month")],
    ["view trends --topic --from (1 year)", () => { const d = day(); return store.topicTrends({ topic: TOP[Math.floor(rand() * TOP.length)], from: d, to: `${Number(d.slice(0, 4)) + 1}${d.slice(4)}` }, "month"); }],
    ["view places --actor", () => store.eventPlaces({ actor: hot() })],
    ["actors QUERY", () => store.actors(String(Math.floor(rand() * 500)), 50)],
    ["actor NAME (profile)", () => store.actor(hot())],
    ["figures", () => store.figures({ limit: 100 })],
    ["search", () => store.search(["الهجرة خفر", "الطاقة النفط", "الانتخابات", "المهاجرين الحدود"][Math.floor(rand() * 4)], 20)],
  ];
  const out: QueryFigure[] = [];
  for (const [name, fn] of cases) {
    await fn(); // warm the cache
    const t: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await fn();
      t.push(performance.now() - t0);
    }
    const f = { query: name, p50_ms: +percentile(t, 50).toFixed(2), p95_ms: +percentile(t, 95).toFixed(2), runs };
    log(`  ${name.padEnd(40)} p50 ${String(f.p50_ms).padStart(8)} ms   p95 ${String(f.p95_ms).padStart(8)} ms`);
    out.push(f);
  }
  return out;
}

async function rssWhileIngesting(store: Store, n: number, log: (s: string) => void): Promise<number[]> {
  const samples: number[] = [];
  let i = 0;
  const every = Math.max(1, Math.floor(n / 10));
  // generated lazily: holding the corpus in memory would measure the corpus, not the store
  for (const d of synthCorpus({ n, seed: 11, start: "2010-01-01", days: 5000 })) {
    await store.putDocument(d.extracted);
    if (++i % every === 0) {
      // a full collection first (npm run bench exposes gc): without it RSS shows how lazily V8
      // collects, not what the store keeps
      (globalThis as { gc?: () => void }).gc?.();
      samples.push(rssMb());
      log(`  rss after ${i} articles: ${samples[samples.length - 1]} MB`);
    }
  }
  return samples;
}

export async function benchStore(opts: BenchOptions = {}): Promise<BenchFigures> {
  const scale = opts.scale ?? 1;
  const log = opts.log ?? (() => {});
  const nIngest = Math.max(100, Math.round(3000 * Math.max(scale, 0.1)));
  const nEvents = Math.max(1000, Math.round(1_000_000 * scale));
  const nRss = Math.max(500, Math.round(100_000 * scale));
  const dir = mkdtempSync(join(tmpdir(), "marsad-bench-"));
  const figures: BenchFigures = { scale, backends: [] };
  const places = await loadPlaceLookup();
  try {
    const corpus = [...synthCorpus({ n: nIngest, seed: 3 })];
    const inputs = corpus.map((d) => d.input);
    const pre = corpus.map((d) => d.extracted);
    let extract: ((d: InputDoc) => ExtractedDoc) | null = null;
    try {
      const { extractDocument } = await import("../../src/pipeline.js");
      extractDocument({ id: "warm", text: "التقى الوزير نظيره في طرابلس", published: "2024-01-01" });
      extract = (d) => extractDocument(d);
    } catch (err) {
      log(`extractor unavailable (${(err as Error).message}): measuring store-only ingest`);
    }

    // ---- SQLite
    if (!opts.pgOnly) {
      // Warm-up on other articles: V8 compiles the extractor's hot paths over the first few
      // hundred articles, and an ingest of a collection runs at the rate that follows.
      if (extract) {
        const warmCorpus = [...synthCorpus({ n: 300, seed: 4 })];
        const ws = await openSqliteStore(join(dir, "warm-up.db"), { placeLookup: places });
        await ingestRate(ws, warmCorpus.map((d) => d.extracted), warmCorpus.map((d) => d.input), extract);
        await ws.close();
      }
      log(`sqlite: ingest ${nIngest} synthetic articles`);
      const s1 = await openSqliteStore(join(dir, "ingest-x.db"), { placeLookup: places });
      const withEx = extract ? await ingestRate(s1, pre, inputs, extract) : undefined;
      await s1.close();
      const s2 = await openSqliteStore(join(dir, "ingest.db"), { placeLookup: places });
      const storeOnly = await ingestRate(s2, pre, null, null);
      await s2.close();
      log(`  with extraction: ${JSON.stringify(withEx ?? null)} articles/s; store only: ${JSON.stringify(storeOnly)} articles/s (wall, cpu); load ${os.loadavg()[0].toFixed(1)}`);
      if (opts.ingestOnly) {
        figures.backends.push({ backend: "sqlite", ingest_with_extraction_per_s: withEx, ingest_store_only_per_s: storeOnly, load_average: +os.loadavg()[0].toFixed(1), events_bulk: 0, bulk_insert_s: 0, queries: [], rss_mb_samples: [], rss_articles: 0 });
        return figures;
      }

      log(`sqlite: bulk ${nEvents} events`);
      const path = join(dir, "bulk.db");
      await (await openSqliteStore(path, { placeLookup: null })).close();
      const sink = sqliteSink(path);
      const t0 = performance.now();
      await bulkFill(sink, nEvents, log);
      sink.close();
      const bulkS = (performance.now() - t0) / 1000;
      const qs = await openSqliteStore(path, { placeLookup: places });
      const queries = await timeQueries(qs, Math.max(50, Math.round(nEvents / 200)), log);
      await qs.close();

      log(`sqlite: RSS while ingesting ${nRss} articles`);
      const rs = await openSqliteStore(join(dir, "rss.db"), { placeLookup: places });
      const rss = await rssWhileIngesting(rs, nRss, log);
      await rs.close();
      figures.backends.push({ backend: "sqlite", ingest_with_extraction_per_s: withEx, ingest_store_only_per_s: storeOnly, load_average: +os.loadavg()[0].toFixed(1), events_bulk: nEvents, bulk_insert_s: +bulkS.toFixed(1), queries, rss_mb_samples: rss, rss_articles: nRss });
    }

    // ---- PostgreSQL
    if (opts.pgUrl) {
      const schema = `bench_${process.pid}`;
      const admin = new pg.Client({ connectionString: opts.pgUrl });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
      const u = new URL(opts.pgUrl);
      u.searchParams.set("options", `-c search_path=${schema}`);
      try {
        log(`postgres: ingest ${nIngest} synthetic articles (store only)`);
        const s = await openPostgresStore(u.toString(), { placeLookup: places });
        const storeOnly = await ingestRate(s, pre, null, null);
        log(`  store only: ${JSON.stringify(storeOnly)} articles/s (wall, cpu of the client)`);
        await s.close();
        await admin.query(`DROP SCHEMA ${schema} CASCADE; CREATE SCHEMA ${schema}`);
        await (await openPostgresStore(u.toString(), { placeLookup: null })).close();
        log(`postgres: bulk ${nEvents} events`);
        const client = new pg.Client({ connectionString: u.toString() });
        await client.connect();
        const t0 = performance.now();
        await bulkFill(pgSink(client), nEvents, log);
        await client.end();
        const bulkS = (performance.now() - t0) / 1000;
        const qs = await openPostgresStore(u.toString(), { placeLookup: places });
        const queries = await timeQueries(qs, Math.max(50, Math.round(nEvents / 200)), log);
        await qs.close();
        await admin.query(`DROP SCHEMA ${schema} CASCADE; CREATE SCHEMA ${schema}`);
        // each article is a durable commit (an fsync on the server): a smaller run for the memory check
        const nPgRss = Math.min(nRss, Number(process.env.BENCH_PG_RSS ?? 3000));
        log(`postgres: RSS while ingesting ${nPgRss} articles`);
        const rs = await openPostgresStore(u.toString(), { placeLookup: places });
        const rss = await rssWhileIngesting(rs, nPgRss, log);
        await rs.close();
        figures.backends.push({ backend: "postgres", ingest_store_only_per_s: storeOnly, load_average: +os.loadavg()[0].toFixed(1), events_bulk: nEvents, bulk_insert_s: +bulkS.toFixed(1), queries, rss_mb_samples: rss, rss_articles: nPgRss });
      } finally {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const pgUrl = process.env.MARSAD_BENCH_PG ?? process.env.MARSAD_TEST_PG ?? null;
  const figures = await benchStore({ scale, pgUrl, ingestOnly: process.env.MARSAD_BENCH_INGEST_ONLY === "1", pgOnly: process.env.MARSAD_BENCH_PG_ONLY === "1", log: (s) => console.error(s) });
  console.log(JSON.stringify(figures, null, 2));
}
