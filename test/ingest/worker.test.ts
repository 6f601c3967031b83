// The distributed ingest against a real PostgreSQL (MARSAD_TEST_PG; skipped without it):
// enqueue document chunks and page URLs, start 3 `marsad worker` processes, SIGKILL one while
// it holds a job, and check that every article is stored exactly once and the dead worker's
// job was handed out again.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freshSchema, skipPg, TEST_PG } from "../helpers/pg.js";
import { openStore } from "../../src/store/open.js";
import { openQueue, enqueueSources, unfinishedJobs } from "../../src/ingest/queue.js";
import { readJob } from "../../src/ingest/worker.js";
import { createFetcher } from "../../src/ingest/fetch.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const WORKER = join(ROOT, "src/cli/commands/worker.ts");

// composed sentences, varied so that no two articles are the same story
const PEOPLE = ["سالم الورفلي", "ماركو بيانكي", "خالد المصراتي", "لوكا فيراري", "عمر الزنتاني"];
const CITIES = ["طرابلس", "روما", "بنغازي", "مصراتة", "باليرمو"];
const TOPICS = ["الهجرة غير النظامية", "أمن الحدود", "مكافحة التهريب", "التعاون الاقتصادي"];
function article(i: number): string {
  const a = PEOPLE[i % PEOPLE.length];
  const b = PEOPLE[(i + 2) % PEOPLE.length];
  return `التقى ${a} في ${CITIES[i % CITIES.length]} يوم ${(i % 27) + 1} مارس مع ${b} لبحث ملف ${TOPICS[i % TOPICS.length]}، ` +
    `وأكد الطرفان أن عدد الواصلين بلغ ${1000 + i * 37} شخصا خلال الأشهر الماضية، وأن اللقاء رقم ${i} سيتبعه اجتماع آخر.`;
}

function startWorker(db: string, schema: string, extra: string[]): { child: ChildProcess; stderr: () => string; stdout: () => string; exit: Promise<number | null> } {
  const args = ["--db", db, "--queue-schema", schema, "--poll", "1", "--maintenance", "1", "--json", ...extra];
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e",
    `const m = await import(${JSON.stringify(WORKER)}); process.exitCode = await m.run(JSON.parse(process.env.WORKER_ARGS));`],
    { cwd: ROOT, env: { ...process.env, WORKER_ARGS: JSON.stringify(args) }, stdio: ["ignore", "pipe", "pipe"] });
  let err = "";
  let out = "";
  child.stderr!.on("data", (d) => (err += d));
  child.stdout!.on("data", (d) => (out += d));
  const exit = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return { child, stderr: () => err, stdout: () => out, exit };
}

async function waitFor(what: string, cond: () => boolean, ms: number): Promise<void> {
  for (let waited = 0; !cond(); waited += 100) {
    if (waited > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("marsad worker: several processes share one queue", { skip: skipPg }, () => {
  let dir: string;
  let server: Server;
  let base = "";
  let db: { url: string; drop: () => Promise<void> };
  const queueSchema = `q_${process.pid}_${Date.now().toString(36)}`;
  const workers: ChildProcess[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "marsad-worker-"));
    server = createServer((req, res) => {
      const n = Number((req.url ?? "").match(/\/page\/(\d+)/)?.[1] ?? -1);
      if (n < 0) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(`<html><head><title>خبر ${n}</title></head><body><article><p>${article(100 + n)}</p><p>${article(200 + n)}</p></article></body></html>`);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    db = await freshSchema();
  });

  after(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill("SIGKILL");
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    const c = new pg.Client({ connectionString: TEST_PG });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${queueSchema} CASCADE`);
    await c.end();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores every article exactly once although a worker is killed holding a job", { timeout: 180_000 }, async () => {
    const N = 40;
    const jsonl = join(dir, "docs.jsonl");
    writeFileSync(jsonl, Array.from({ length: N }, (_, i) => JSON.stringify({ id: `w-${i}`, published: "2024-03-30", text: article(i) })).join("\n") + "\n");
    const urls = join(dir, "urls.txt");
    writeFileSync(urls, `# three pages\n${base}/page/1\n${base}/page/2\n${base}/page/3\n`);

    const boss = await openQueue(db.url, { schema: queueSchema, jobTimeoutSeconds: 4, retryDelaySeconds: 1 });
    const counts = await enqueueSources(boss, { inputs: [jsonl], urlFiles: [urls] }, { chunkSize: 2, jobTimeoutSeconds: 4, retryDelaySeconds: 1 });
    assert.deepEqual(counts, { jobs: N / 2 + 3, docs: N, urls: 3 });
    assert.equal(await unfinishedJobs(boss), N / 2 + 3);

    // the doomed worker holds each job it claims for a long time; the others go at a steady pace
    const doomed = startWorker(db.url, queueSchema, ["--concurrency", "1", "--throttle-ms", "60000"]);
    const b = startWorker(db.url, queueSchema, ["--concurrency", "2", "--until-empty", "--throttle-ms", "200"]);
    const c = startWorker(db.url, queueSchema, ["--concurrency", "2", "--until-empty", "--throttle-ms", "200"]);
    workers.push(doomed.child, b.child, c.child);
    await waitFor("the first worker to claim a job", () => /job \S+: claimed/.test(doomed.stderr()), 60_000);
    const heldJob = doomed.stderr().match(/job (\S+): claimed/)![1];
    doomed.child.kill("SIGKILL");
    await doomed.exit;

    const codes = await Promise.all([b.exit, c.exit]);
    assert.deepEqual(codes, [0, 0], b.stderr() + c.stderr());
    assert.equal(await unfinishedJobs(boss), 0);

    // the killed worker's job expired and was done by another worker
    const q = new pg.Client({ connectionString: TEST_PG });
    await q.connect();
    const held = await q.query(`SELECT state, retry_count FROM ${queueSchema}.job WHERE id = $1`, [heldJob]);
    const states = await q.query(`SELECT state, count(*)::int AS n FROM ${queueSchema}.job GROUP BY state`);
    await q.end();
    await boss.stop({ graceful: false, close: true, wait: true });
    assert.equal(held.rows[0].state, "completed");
    assert.ok(held.rows[0].retry_count >= 1, "the held job was retried");
    assert.deepEqual(states.rows, [{ state: "completed", n: N / 2 + 3 }]);
    assert.match(b.stderr() + c.stderr(), new RegExp(`job ${heldJob}: done`));

    // every article stored, each once: the workers' own counts add up to exactly N + 3 stored
    const totals = [b.stdout(), c.stdout()].map((o) => JSON.parse(o.trim().split("\n").at(-1)!));
    assert.equal(totals.reduce((s, t) => s + t.new + t.near_duplicate, 0), N + 3, JSON.stringify(totals));
    const store = await openStore(db.url);
    try {
      assert.equal((await store.stats()).articles, N + 3);
      for (let i = 0; i < N; i++) assert.ok(await store.hasArticle(`w-${i}`), `w-${i}`);
      for (const n of [1, 2, 3]) assert.ok(await store.hasArticle(`${base}/page/${n}`));
    } finally {
      await store.close();
    }
  });
});

describe("marsad ingest --queue", { skip: skipPg }, () => {
  const BIN = join(ROOT, "bin/marsad.mjs");
  const schema = `qc_${process.pid}_${Date.now().toString(36)}`;
  after(async () => {
    const c = new pg.Client({ connectionString: TEST_PG });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  });

  it("enqueues JSONL chunks and URLs, reports what it did; refuses a non-PostgreSQL database", async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-enqueue-"));
    try {
      const jsonl = join(dir, "d.jsonl");
      writeFileSync(jsonl, Array.from({ length: 7 }, (_, i) => JSON.stringify({ id: `q-${i}`, text: article(i) })).join("\n") + "\n{broken\n");
      const r = spawnSync(process.execPath, [BIN, "ingest", "--queue", "--db", TEST_PG, "--queue-schema", schema, "--chunk-size", "3", "--json", jsonl, "https://news.example/a/1"], { encoding: "utf8" });
      assert.equal(r.status, 1, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), { jobs: 4, docs: 7, urls: 1, read_errors: 1 });
      assert.match(r.stderr, /d\.jsonl:8: invalid JSON/);
      const boss = await openQueue(TEST_PG, { schema });
      assert.equal(await unfinishedJobs(boss), 4);
      await boss.stop({ graceful: false, close: true, wait: true });
      const sqlite = spawnSync(process.execPath, [BIN, "ingest", "--queue", "--db", join(dir, "x.db"), jsonl], { encoding: "utf8" });
      assert.equal(sqlite.status, 2);
      assert.match(sqlite.stderr, /--queue needs --db postgres:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("marsad worker stops on SIGTERM", { skip: skipPg }, () => {
  const schema = `qs_${process.pid}_${Date.now().toString(36)}`;
  after(async () => {
    const c = new pg.Client({ connectionString: TEST_PG });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.end();
  });

  it("an idle worker exits 0 on SIGTERM; without a PostgreSQL URL it refuses to start", { timeout: 60_000 }, async () => {
    const db = await freshSchema();
    try {
      const w = startWorker(db.url, schema, []);
      // the queue's tables appear once the worker is up (its signal handlers are set before)
      const c = new pg.Client({ connectionString: TEST_PG });
      await c.connect();
      for (let i = 0; i < 300; i++) {
        const r = await c.query("SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'job'", [schema]);
        if (r.rowCount) break;
        await new Promise((res) => setTimeout(res, 100));
      }
      await c.end();
      w.child.kill("SIGTERM");
      assert.equal(await w.exit, 0, w.stderr());
      assert.match(w.stderr(), /stopping after the jobs in hand/);
      assert.deepEqual(JSON.parse(w.stdout().trim()).jobs, 0);
      const bad = startWorker("./local.db", schema, []);
      assert.equal(await bad.exit, 2);
      assert.match(bad.stderr(), /--db must be a postgres:\/\/ URL/);
    } finally {
      await db.drop();
    }
  });
});

describe("readJob", () => {
  it("a page job that cannot be fetched is an input error naming the URL and its list line", async () => {
    const r = await readJob({ kind: "url", url: "http://127.0.0.1:9/none", from: "list.txt:4" }, createFetcher({ retries: 0, connectTimeoutMs: 2000 }));
    assert.deepEqual(r.docs, []);
    assert.equal(r.errors[0].source, "http://127.0.0.1:9/none (list.txt:4)");
    assert.match(r.errors[0].message, /network error|timed out/);
  });

  it("a page job whose URL serves a feed says to use --feed", async () => {
    const server = createServer((_req, res) => void res.writeHead(200, { "content-type": "application/rss+xml" }).end('<?xml version="1.0"?><rss><channel></channel></rss>'));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
      const r = await readJob({ kind: "url", url }, createFetcher());
      assert.deepEqual(r.errors, [{ source: url, message: "a feed, not a page: enqueue it with --feed" }]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it("a documents job gives its documents as they are", async () => {
    const docs = [{ id: "a", text: article(1), source: "x.jsonl:1" }];
    assert.deepEqual(await readJob({ kind: "docs", docs }, createFetcher()), { docs, errors: [] });
  });
});
