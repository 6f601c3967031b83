// Basic ingest of local files: readers, the driver (idempotent, bad input reported and skipped)
// and `marsad ingest` end to end.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { readJsonl, toInputDoc } from "../../src/ingest/jsonl.js";
import { ingestDocuments, readInputs, type Extractor } from "../../src/ingest/run.js";
import type { InputError, SourcedDoc } from "../../src/ingest/files.js";
import { openSqliteStore } from "../../src/store/sqlite.js";
import { openStore } from "../../src/store/open.js";
import { doc, event, participant, STORY_A, STORY_B } from "../store/fixtures.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const BIN = join(ROOT, "bin", "marsad.mjs");

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

// a fake extractor: one meeting per document between two fixed people, so counts are predictable
const fakeExtract: Extractor = (d) => {
  if (d.text.includes("انفجار")) throw new Error("boom");
  return doc(d.id, d.text, { published: d.published ?? null, events: [event("meeting", [participant("سالم الورفلي"), participant("ماركو روسي")], d.published ?? "2024-01-01")] });
};

describe("ingest readers", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "marsad-ingest-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("validates JSONL lines", () => {
    const cases: [unknown, string | null][] = [
      [{ id: "a", text: "نص" }, null],
      [{ id: 7, text: "نص", published: "2024-02-03T10:00:00Z" }, null],
      [{ id: "a" }, "missing \"text\""],
      [{ text: "نص" }, "missing \"id\""],
      [{ id: "a", text: "  " }, "empty \"text\""],
      [{ id: "a", text: "نص", published: "أمس" }, "bad \"published\": أمس"],
      [[1, 2], "not a JSON object"],
      ["x", "not a JSON object"],
    ];
    for (const [value, err] of cases) {
      const r = toInputDoc(value, "f:1");
      assert.equal(typeof r === "string" ? r : null, err, JSON.stringify(value));
    }
    assert.deepEqual(toInputDoc({ id: 7, text: "نص", published: "2024-02-03T10:00:00Z" }, "f:1"), { id: "7", text: "نص", url: null, published: "2024-02-03", title: null, outlet: null, author: null, source: "f:1" });
  });

  it("reads a JSONL file, naming file and line of each broken line", async () => {
    const f = join(dir, "mixed.jsonl");
    writeFileSync(f, [JSON.stringify({ id: "a", text: "نص أول" }), "{broken", "", JSON.stringify({ id: "b", text: "" }), JSON.stringify({ id: "c", text: "نص ثالث" })].join("\n"));
    const errors: InputError[] = [];
    const docs = await collect(readJsonl(f, (e) => errors.push(e)));
    assert.deepEqual(docs.map((d) => [d.id, d.source]), [["a", `${f}:1`], ["c", `${f}:5`]]);
    assert.deepEqual(errors.map((e) => e.source), [`${f}:2`, `${f}:4`]);
    assert.match(errors[0].message, /invalid JSON/);
  });

  it("reads gzipped JSONL", async () => {
    const { gzipSync } = await import("node:zlib");
    const f = join(dir, "docs.jsonl.gz");
    writeFileSync(f, gzipSync([JSON.stringify({ id: "g1", text: "نص" }), JSON.stringify({ id: "g2", text: "نص آخر" })].join("\n")));
    const docs = await collect(readInputs([f], () => assert.fail("no error expected")));
    assert.deepEqual(docs.map((d) => d.id), ["g1", "g2"]);
  });

  it("reads directories of text and JSONL files and reports unreadable paths", async () => {
    const d = join(dir, "tree");
    mkdirSync(join(d, "sub"), { recursive: true });
    writeFileSync(join(d, "one.txt"), "عنوان قصير\nنص المقال الأول");
    writeFileSync(join(d, "sub", "two.jsonl"), JSON.stringify({ id: "two", text: "نص" }) + "\n");
    writeFileSync(join(d, "image.png"), "x");
    const errors: InputError[] = [];
    const docs = await collect(readInputs([d, join(dir, "missing.txt")], (e) => errors.push(e)));
    assert.deepEqual(docs.map((x) => [x.id, x.title ?? null]), [["one", "عنوان قصير"], ["two", null]]);
    assert.deepEqual(errors.map((e) => [e.source, e.message]), [[join(dir, "missing.txt"), "cannot read: ENOENT"]]);
  });
});

describe("ingestDocuments", () => {
  const inputs: SourcedDoc[] = [
    { id: "a", text: STORY_A, published: "2024-03-08", source: "t:1" },
    { id: "b", text: STORY_B, published: "2024-03-08", source: "t:2" },
    { id: "c", text: "   ", source: "t:3" },
    { id: "d", text: "خبر عن انفجار", source: "t:4" },
    { id: "e", text: STORY_A, published: "2024-03-08", source: "t:5" },
  ];

  it("stores, fuses, reports bad documents and skips them; a re-run stores nothing twice", async () => {
    const store = await openSqliteStore(":memory:", { placeLookup: null });
    const errors: string[] = [];
    const c1 = await ingestDocuments(store, inputs, { extract: fakeExtract, onError: (e) => errors.push(`${e.source}: ${e.message}`) });
    assert.deepEqual(c1, { read: 5, new: 2, duplicate: 1, near_duplicate: 0, already_stored: 0, failed: 2, events: 1, fused: 1 });
    assert.deepEqual(errors, ["t:3: empty document", "t:4: extraction failed: boom"]);
    const c2 = await ingestDocuments(store, inputs, { extract: fakeExtract, onError: () => {} });
    assert.deepEqual([c2.new, c2.already_stored, c2.failed], [0, 2, 2]);
    const s = await store.stats();
    assert.deepEqual([s.articles, s.events, s.event_sources], [2, 1, 2]);
    await store.close();
  });

  it("commits every batchDocs articles: what came before is stored while the source is still being read", async () => {
    const store = await openSqliteStore(":memory:", { placeLookup: null });
    const seen: boolean[] = [];
    async function* source(): AsyncGenerator<SourcedDoc> {
      yield inputs[0];
      yield inputs[1];
      // the third article is being read: with batches of 2, the first two are stored by now
      seen.push(await store.hasArticle("a"), await store.hasArticle("b"));
      yield { ...inputs[0], id: "f", text: STORY_B + " وأضاف البيان تفاصيل أخرى." };
    }
    const c = await ingestDocuments(store, source(), { extract: fakeExtract, batchDocs: 2 });
    assert.deepEqual(seen, [true, true]);
    assert.equal(c.new + c.duplicate + c.near_duplicate, 3);
    await store.close();
  });
});

describe("marsad ingest (CLI)", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "marsad-cli-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const marsad = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: dir, timeout: 120_000 });

  it("refuses a --batch that is not a whole number above 0, naming it", () => {
    const r = marsad("ingest", "--db", join(dir, "batch.db"), "--batch", "0", "x.jsonl");
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--batch must be a whole number above 0 \(got "0"\)/);
  });

  it("stores pre-extracted documents, says which line was bad, exits 1, and stores the rest", async () => {
    const f = join(dir, "ex.jsonl");
    const good = doc("x1", STORY_A, { events: [event("meeting", [participant("سالم الورفلي"), participant("ماركو روسي")], "2024-01-02")] });
    writeFileSync(f, JSON.stringify(good) + "\nnot json\n" + JSON.stringify(doc("x2", STORY_B)) + "\n");
    const db = join(dir, "ex.db");
    const r = marsad("ingest", "--db", db, "--extracted", "--json", f);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`${f.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:2: `));
    assert.deepEqual(JSON.parse(r.stdout), { read: 2, new: 2, duplicate: 0, near_duplicate: 0, already_stored: 0, failed: 0, events: 1, fused: 0, read_errors: 1 });
    const store = await openStore(db, { placeLookup: null });
    assert.equal((await store.stats()).articles, 2);
    await store.close();
    // the query commands read what ingest stored
    const ev = marsad("events", "--db", db, "--actor", "الورفلي", "--format", "json");
    assert.equal(ev.status, 0, ev.stderr);
    assert.equal(JSON.parse(ev.stdout).total, 1);
    const csv = marsad("export", "--db", db, "--format", "csv");
    assert.equal(csv.stdout.trim().split("\n").length, 2);
  });

  it("ingests the dev articles with the real extractor, once", { skip: existsSync(join(ROOT, "..", "shared", "data", "dev", "docs.jsonl")) ? false : "../shared/data/dev/docs.jsonl is missing" }, async () => {
    const docs = join(ROOT, "..", "shared", "data", "dev", "docs.jsonl");
    const db = join(dir, "dev.db");
    const r1 = marsad("ingest", "--db", db, "--json", docs);
    assert.equal(r1.status, 0, r1.stderr);
    const c1 = JSON.parse(r1.stdout);
    assert.ok(c1.read >= 20 && c1.new + c1.near_duplicate + c1.duplicate === c1.read, r1.stdout);
    const r2 = marsad("ingest", "--db", db, "--json", docs);
    const c2 = JSON.parse(r2.stdout);
    assert.equal(c2.already_stored, c1.new + c1.near_duplicate);
    assert.equal(c2.new, 0);
    const hits = marsad("search", "--db", db, "--format", "json", "الهجرة");
    assert.ok(JSON.parse(hits.stdout).length > 0, "the dev articles talk about migration");
  });
});
