// API benchmark: `tsx scripts/bench/api.ts` (or `npm run bench -- api`). Stores 100,000
// synthetic articles (scripts/synth/corpus.ts, pre-extracted; BENCH_SCALE=0.1 for 10,000) in a
// temp SQLite file, then times the main routes in-process (app.request: routing, validation,
// store query, JSON) and reports p50/p95 per route. Target: p95 < 100 ms, uncached.
//   --db postgres://…  (or MARSAD_BENCH_PG): the same on PostgreSQL, in a schema of its own
//   --keep (or MARSAD_BENCH_KEEP=1): keep the filled store (/dev/shm file or schema) and reuse it
//     on the next run of the same size, so that query changes can be timed without a new fill
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { synthCorpus, rng } from "../synth/corpus.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import { openPostgresStore } from "../../src/store/postgres.js";
import type { Store } from "../../src/store/types.js";
import { createApp } from "../../src/serve/app.js";

export interface RouteFigure { route: string; runs: number; p50_ms: number; p95_ms: number; max_ms: number }
export interface ApiBench { backend: string; articles: number; events: number; fill_s: number | null; routes: RouteFigure[]; target_p95_ms: number; all_under_target: boolean }

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const round = (x: number) => Math.round(x * 100) / 100;

export interface ApiBenchOptions {
  scale?: number;
  runs?: number;
  log?: (s: string) => void;
  /** postgres://… to bench PostgreSQL (a schema of its own); default a SQLite file */
  pgUrl?: string | null;
  /** keep the filled store and reuse it on the next run of the same size */
  keep?: boolean;
}

interface BenchStore { store: Store; filled: boolean; dispose: () => Promise<void>; markFilled: () => void; settle: () => Promise<void> }

/** The store to fill (or reuse, when kept from an earlier run of the same size). */
async function openBenchStore(n: number, opts: ApiBenchOptions): Promise<BenchStore> {
  // the fill is one transaction per article: on a disk each waits for fsync, which measures the
  // disk rather than the API, so use memory-backed /dev/shm when there is one (MARSAD_BENCH_DIR overrides)
  const root = process.env.MARSAD_BENCH_DIR ?? (existsSync("/dev/shm") ? "/dev/shm" : tmpdir());
  if (opts.pgUrl) {
    const schema = opts.keep ? `bench_api_${n}` : `bench_api_${process.pid}`;
    const marker = join(root, `marsad-bench-api-pg-${n}.done`);
    const admin = new pg.Client({ connectionString: opts.pgUrl });
    await admin.connect();
    const reuse = opts.keep && existsSync(marker);
    if (!reuse) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
    const u = new URL(opts.pgUrl);
    // the fill commits once per article: without waiting for the server's fsync (a bench of the
    // API, not of the disk); a crash would only lose the bench's own rows
    u.searchParams.set("options", `-c search_path=${schema} -c synchronous_commit=off`);
    const store = await openPostgresStore(u.toString(), { placeLookup: null });
    return {
      store, filled: !!reuse,
      markFilled: () => { if (opts.keep) writeFileSync(marker, schema); },
      // what autovacuum does on a live database some time after a bulk load: visibility maps
      // (index-only scans) and planner statistics
      settle: async () => {
        const tables = (await admin.query(`SELECT tablename FROM pg_tables WHERE schemaname = $1`, [schema])).rows.map((r) => String(r.tablename));
        for (const t of tables) await admin.query(`VACUUM (ANALYZE) ${schema}."${t}"`);
      },
      dispose: async () => {
        await store.close();
        if (!opts.keep) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.end();
      },
    };
  }
  if (opts.keep) {
    const path = join(root, `marsad-bench-api-${n}.db`);
    const marker = `${path}.done`;
    const reuse = existsSync(path) && existsSync(marker);
    if (!reuse) for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
    const store = await openSqliteStore(path, { placeLookup: null });
    return { store, filled: reuse, markFilled: () => writeFileSync(marker, ""), dispose: () => store.close(), settle: async () => {} };
  }
  const dir = mkdtempSync(join(root, "marsad-bench-api-"));
  const store = await openSqliteStore(join(dir, "bench.db"), { placeLookup: null });
  return {
    store, filled: false, markFilled: () => {}, settle: async () => {},
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function benchApi(opts: ApiBenchOptions = {}): Promise<ApiBench> {
  const scale = opts.scale ?? Number(process.env.BENCH_SCALE ?? 1);
  const runs = opts.runs ?? 60;
  const log = opts.log ?? ((s: string) => process.stderr.write(s + "\n"));
  const n = Math.max(100, Math.round(100_000 * scale));
  const bs = await openBenchStore(n, opts);
  const { store } = bs;
  try {
    let fillS: number | null = null;
    if (!bs.filled) {
      const t0 = performance.now();
      let i = 0;
      for (const d of synthCorpus({ n, seed: 7 })) {
        await store.putDocument(d.extracted, { outlet: d.input.outlet ?? null });
        if (++i % 10_000 === 0) log(`bench api: stored ${i}/${n} articles`);
      }
      fillS = (performance.now() - t0) / 1000;
      bs.markFilled();
    } else log(`bench api: reusing the ${store.backend} store kept from an earlier run (${n} articles)`);
    await bs.settle();
    const stats = await store.stats();
    log(`bench api: ${store.backend}: ${stats.articles} articles, ${stats.events} events, ${stats.actors} actors${fillS == null ? "" : ` stored in ${fillS.toFixed(1)} s`}`);
    // values to query for, read back from the store: the first participant and the reports of
    // events taken in id order (ids are hashes, so a spread sample; frequent actors come up often)
    const names: string[] = [];
    const namesEn: string[] = [];
    const articleIds: string[] = [];
    for await (const batch of store.eachEvent(500)) {
      for (const e of batch) {
        const p = e.participants[0];
        if (p?.name) names.push(p.name);
        if (p?.name_en) namesEn.push(p.name_en);
        if (e.sources[0]) articleIds.push(e.sources[0].article_id);
      }
      break;
    }

    // views folded from many events are cached for 30 s: time them without the cache (every
    // request recomputes) and with it (a dashboard asking again for the same view)
    const cold = createApp({ store, webRoot: null, cacheTtlMs: 0 });
    const warm = createApp({ store, webRoot: null });
    const rand = rng(11);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
    const enc = encodeURIComponent;
    const eventIds = (await store.events({ limit: 200 })).items.map((e) => e.id);
    const actorIds = (await store.actors(undefined, 200)).map((a) => a.id);
    const topics = ["migration", "border_security", "maritime_security", "energy", "economy", "training"];
    const year = () => String(2019 + Math.floor(rand() * 5));
    const routes: [string, () => string, ("cold" | "cached")?][] = [
      ["GET /api/events", () => `/api/events?limit=50&offset=${Math.floor(rand() * 5) * 50}`],
      ["GET /api/events?topic&from&to", () => {
        const y = year();
        return `/api/events?topic=${pick(topics)}&from=${y}-01-01&to=${y}-12-31`;
      }],
      ["GET /api/events?actor", () => `/api/events?actor=${enc(pick(names))}`],
      ["GET /api/events?country&type", () => `/api/events?country=${pick(["IT", "LY", "MT"])}&type=meeting`],
      ["GET /api/events?near", () => `/api/events?near=${enc(pick(["روما", "طرابلس", "تونس"]))}&radius=100`],
      ["GET /api/events/:id", () => `/api/events/${pick(eventIds)}`],
      ["GET /api/actors?q", () => `/api/actors?q=${enc(pick(namesEn).split(" ")[0])}&limit=20`],
      ["GET /api/actors/:id", () => `/api/actors/${pick(actorIds)}`],
      ["GET /api/network", () => `/api/network`, "cold"],
      ["GET /api/network", () => `/api/network`, "cached"],
      ["GET /api/network?actor", () => `/api/network?actor=${enc(pick(names))}`, "cold"],
      ["GET /api/network?country", () => `/api/network?country=${pick(["IT", "LY", "MT"])}`, "cold"],
      ["GET /api/topics/trends?topic", () => `/api/topics/trends?topic=${pick(topics)}&from=${year()}-01-01`, "cold"],
      ["GET /api/topics/trends?topic", () => `/api/topics/trends?topic=${pick(topics)}&from=${year()}-01-01`, "cached"],
      ["GET /api/topics/trends?country", () => `/api/topics/trends?country=${pick(["IT", "LY", "MT"])}`, "cold"],
      ["GET /api/topics/trends (all)", () => `/api/topics/trends`, "cold"],
      ["GET /api/topics/trends (all)", () => `/api/topics/trends`, "cached"],
      ["GET /api/places?country", () => `/api/places?country=${pick(["IT", "LY", "MT"])}`, "cold"],
      ["GET /api/places?country", () => `/api/places?country=${pick(["IT", "LY", "MT"])}`, "cached"],
      ["GET /api/places (all)", () => `/api/places`, "cold"],
      ["GET /api/figures?unit", () => `/api/figures?unit=${pick(["person", "EUR", "count"])}&limit=50`],
      ["GET /api/figures?topic", () => `/api/figures?topic=${pick(topics)}&limit=50&offset=${Math.floor(rand() * 4) * 50}`],
      ["GET /api/articles/:id", () => `/api/articles/${pick(articleIds)}`],
      ["GET /api/search", () => `/api/search?q=${enc(pick(["الهجرة", "خفر السواحل", "الطاقة", "الزوارق", "مراكز الإيواء"]))}`],
    ];
    const figures: RouteFigure[] = [];
    for (const [name, url, mode] of routes) {
      const app = mode === "cached" ? warm : cold;
      const route = mode ? `${name} [${mode}]` : name;
      for (let w = 0; w < 3; w++) await app.request(url()); // warm SQLite's page cache and statements
      const times: number[] = [];
      for (let r = 0; r < runs; r++) {
        const u = url();
        const s = performance.now();
        const res = await app.request(u);
        await res.arrayBuffer();
        times.push(performance.now() - s);
        if (res.status !== 200) throw new Error(`${u} → ${res.status}`);
      }
      const f = { route, runs, p50_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)), max_ms: round(Math.max(...times)) };
      figures.push(f);
      log(`bench api: ${route.padEnd(40)} p50 ${f.p50_ms.toFixed(1).padStart(7)} ms  p95 ${f.p95_ms.toFixed(1).padStart(7)} ms`);
    }
    return { backend: store.backend, articles: stats.articles, events: stats.events, fill_s: fillS == null ? null : round(fillS), routes: figures, target_p95_ms: 100, all_under_target: figures.every((f) => f.p95_ms < 100) };
  } finally {
    await bs.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--db");
  const db = at >= 0 ? args[at + 1] : process.env.MARSAD_BENCH_PG ?? null;
  if (db && !/^postgres(ql)?:\/\//.test(db)) throw new Error(`--db takes a postgres:// URL (SQLite is the default), got '${db}'`);
  const keep = args.includes("--keep") || process.env.MARSAD_BENCH_KEEP === "1";
  benchApi({ pgUrl: db, keep }).then((r) => console.log(JSON.stringify(r, null, 2)));
}
