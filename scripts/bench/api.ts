// API benchmark: `tsx scripts/bench/api.ts` (or `npm run bench -- api`). Stores 100,000
// synthetic articles (scripts/synth/corpus.ts, pre-extracted; BENCH_SCALE=0.1 for 10,000) in a
// temp SQLite file, then times the main routes in-process (app.request: routing, validation,
// store query, JSON) and reports p50/p95 per route. Target: p95 < 100 ms.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { synthCorpus, rng } from "../synth/corpus.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import { createApp } from "../../src/serve/app.js";

export interface RouteFigure { route: string; runs: number; p50_ms: number; p95_ms: number; max_ms: number }
export interface ApiBench { articles: number; events: number; fill_s: number; routes: RouteFigure[]; target_p95_ms: number; all_under_target: boolean }

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const round = (x: number) => Math.round(x * 100) / 100;

export async function benchApi(opts: { scale?: number; runs?: number; log?: (s: string) => void } = {}): Promise<ApiBench> {
  const scale = opts.scale ?? Number(process.env.BENCH_SCALE ?? 1);
  const runs = opts.runs ?? 60;
  const log = opts.log ?? ((s: string) => process.stderr.write(s + "\n"));
  const n = Math.max(100, Math.round(100_000 * scale));
  // the fill is one transaction per article: on a disk each waits for fsync, which measures the
  // disk rather than the API, so use memory-backed /dev/shm when there is one (MARSAD_BENCH_DIR overrides)
  const root = process.env.MARSAD_BENCH_DIR ?? (existsSync("/dev/shm") ? "/dev/shm" : tmpdir());
  const dir = mkdtempSync(join(root, "marsad-bench-api-"));
  const store = await openSqliteStore(join(dir, "bench.db"), { placeLookup: null });
  try {
    const t0 = performance.now();
    // remember some real values to query for
    const names: string[] = [];
    const namesEn: string[] = [];
    const articleIds: string[] = [];
    let i = 0;
    for (const d of synthCorpus({ n, seed: 7 })) {
      await store.putDocument(d.extracted, { outlet: d.input.outlet ?? null });
      if (i % 97 === 0 && d.kind === "original") {
        articleIds.push(d.extracted.id);
        const p = d.extracted.events[0]?.participants[0];
        if (p?.name) names.push(p.name);
        if (p?.name_en) namesEn.push(p.name_en);
      }
      if (++i % 10_000 === 0) log(`bench api: stored ${i}/${n} articles`);
    }
    const fillS = (performance.now() - t0) / 1000;
    const stats = await store.stats();
    log(`bench api: ${stats.articles} articles, ${stats.events} events, ${stats.actors} actors stored in ${fillS.toFixed(1)} s`);

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
      ["GET /api/topics/trends?topic", () => `/api/topics/trends?topic=${pick(topics)}&from=${year()}-01-01`, "cold"],
      ["GET /api/topics/trends?topic", () => `/api/topics/trends?topic=${pick(topics)}&from=${year()}-01-01`, "cached"],
      ["GET /api/topics/trends (all)", () => `/api/topics/trends`, "cold"],
      ["GET /api/topics/trends (all)", () => `/api/topics/trends`, "cached"],
      ["GET /api/places?country", () => `/api/places?country=${pick(["IT", "LY", "MT"])}`, "cold"],
      ["GET /api/places?country", () => `/api/places?country=${pick(["IT", "LY", "MT"])}`, "cached"],
      ["GET /api/figures?unit", () => `/api/figures?unit=${pick(["person", "EUR", "count"])}&limit=50`],
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
    return { articles: stats.articles, events: stats.events, fill_s: round(fillS), routes: figures, target_p95_ms: 100, all_under_target: figures.every((f) => f.p95_ms < 100) };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchApi().then((r) => console.log(JSON.stringify(r, null, 2)));
}
