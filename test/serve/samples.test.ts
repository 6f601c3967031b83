// End to end over real text: the bundled sample articles (data/samples/articles.jsonl) and, when
// present, the first dev articles from ../shared go through the real extractor into a temp
// store; every API view then has data, and every span the reader would highlight points at
// the words it claims. Skips a source whose file is missing.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openSqliteStore } from "../../src/store/sqlite.js";
import { ingestDocuments } from "../../src/ingest/run.js";
import { readJsonl } from "../../src/ingest/jsonl.js";
import { createApp } from "../../src/serve/app.js";
import type { Store } from "../../src/store/types.js";
import type { ExtractedDoc } from "../../src/types.js";
import type { SourcedDoc } from "../../src/ingest/files.js";

const SAMPLES = fileURLToPath(new URL("../../data/samples/articles.jsonl", import.meta.url));
const DEV = fileURLToPath(new URL("../../../shared/data/dev/docs.jsonl", import.meta.url));
const sources = [SAMPLES, DEV].filter((f) => existsSync(f));
const skip = sources.length ? false : `neither ${SAMPLES} nor ${DEV} exists`;

async function* firstN(path: string, n: number): AsyncGenerator<SourcedDoc> {
  let i = 0;
  for await (const d of readJsonl(path, () => {})) {
    if (i++ >= n) return;
    yield d;
  }
}

describe("API over extracted real articles", { skip }, () => {
  let store: Store;
  let dir: string;
  let app: ReturnType<typeof createApp>;
  let ids: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "marsad-serve-samples-"));
    store = await openSqliteStore(join(dir, "s.db"), { placeLookup: null });
    for (const f of sources) {
      const counts = await ingestDocuments(store, firstN(f, 25), { onDocument: (r) => void ids.push(r.article_id), onError: () => {} });
      assert.ok(counts.new > 0, `${f}: nothing stored`);
    }
    app = createApp({ store, webRoot: null });
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async (path: string) => {
    const r = await app.request(path);
    assert.equal(r.status, 200, path);
    return (await r.json()) as any;
  };

  it("every view has data", async () => {
    assert.ok((await get("/api/events")).total > 0);
    assert.ok((await get("/api/actors")).items.length > 0);
    assert.ok((await get("/api/network")).edges.length > 0);
    assert.ok((await get("/api/topics/trends")).series.length > 0);
    assert.ok((await get("/api/places")).places.length > 0);
    const actor = (await get("/api/actors?limit=1")).items[0];
    assert.ok((await get(`/api/actors/${actor.id}`)).per_month.length > 0);
  });

  it("each span the reader highlights is the text it names", async () => {
    for (const id of ids) {
      const doc = (await get(`/api/articles/${encodeURIComponent(id)}`)) as ExtractedDoc;
      // people and organizations: the span is the words; places carry their canonical name in
      // `text` (تونس العاصمة for تونس), so only their bounds are checked
      for (const m of doc.mentions) {
        if (m.type === "place") assert.ok(m.start < m.end && m.end <= doc.text.length, `${id} place '${m.text}'`);
        else assert.equal(doc.text.slice(m.start, m.end), m.text, `${id} ${m.type} mention`);
      }
      for (const d of doc.dates) assert.equal(doc.text.slice(d.span.start, d.span.end), d.text, `${id} date`);
      for (const f of doc.figures) assert.ok(f.evidence.end <= doc.text.length && f.evidence.start < f.evidence.end, `${id} figure`);
      for (const e of doc.events) for (const s of e.evidence) assert.equal(doc.text.slice(s.start, s.end), s.text, `${id} evidence`);
    }
  });

  it("each stored event's evidence points into its source article", async () => {
    const { items } = await get("/api/events?limit=100");
    for (const ev of items)
      for (const s of ev.sources) {
        const doc = (await get(`/api/articles/${encodeURIComponent(s.article_id)}`)) as ExtractedDoc;
        for (const e of s.evidence) assert.equal(doc.text.slice(e.start, e.end), e.text, `${ev.id} in ${s.article_id}`);
      }
  });
});
