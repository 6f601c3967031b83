// The API's small pure parts: parameter parsing, the folded views, the cache, static file
// resolution, the topic labels data file, the reader's run splitting, and the serve command's
// argument errors.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { dateParam, intParam, parseEventFilter, parseTextQuery } from "../../src/serve/params.js";
import { fillPeriods, networkFromEvents, placesFromEvents, trendsFromEvents } from "../../src/serve/aggregate.js";
import { TtlCache } from "../../src/serve/cache.js";
import { staticFile } from "../../src/serve/static.js";
import { loadTopicLabels } from "../../src/serve/topics.js";
import { run as serveCommand } from "../../src/cli/commands/serve.js";
import { runs } from "../../web/src/annotate.js";
import type { StoredEvent } from "../../src/store/types.js";

describe("dateParam", () => {
  const cases: [string, "from" | "to", string | null][] = [
    ["2024-03-12", "from", "2024-03-12"],
    ["2024-03", "from", "2024-03-01"],
    ["2024-03", "to", "2024-03-31"],
    ["2024-02", "to", "2024-02-29"],
    ["2023-02", "to", "2023-02-28"],
    ["2024", "from", "2024-01-01"],
    ["2024", "to", "2024-12-31"],
    ["2024-02-29", "from", "2024-02-29"],
    ["2023-02-29", "from", null],
    ["2024-00", "from", null],
    ["2024-13-01", "from", null],
    ["2024-1-1", "from", null],
    ["12/03/2024", "from", null],
    ["٢٠٢٤", "from", null],
  ];
  for (const [raw, edge, expected] of cases)
    it(`${raw} (${edge}) → ${expected ?? "error"}`, () => {
      const r = dateParam({ d: raw }, "d", edge);
      if (expected === null) assert.equal(r.ok, false);
      else assert.deepEqual(r, { ok: true, value: expected });
    });
});

describe("intParam and filters", () => {
  const cases: [string, number | undefined | null][] = [["", undefined], ["0", 0], ["500", 500], ["501", null], ["-1", null], ["1e3", null], ["2.5", null], ["٣", null]];
  for (const [raw, expected] of cases)
    it(`limit=${raw} → ${expected === null ? "error" : expected}`, () => {
      const r = intParam({ limit: raw }, "limit", 0, 500);
      if (expected === null) assert.equal(r.ok, false);
      else assert.deepEqual(r, { ok: true, value: expected });
    });
  it("builds the store filter with defaults", () => {
    const r = parseEventFilter({ actor: "  سالم  ", country: "ly", topic: "migration", from: "2024" }, ["migration"]);
    assert.deepEqual(r, { ok: true, value: { actor: "سالم", country: "LY", topic: "migration", from: "2024-01-01", limit: 50, offset: 0, sort: "-date" } });
  });
  it("q is required for search but not for actors", () => {
    assert.equal(parseTextQuery({}, true, 100, 20).ok, false);
    assert.deepEqual(parseTextQuery({}, false, 500, 50), { ok: true, value: { q: "", limit: 50 } });
  });
});

const ev = (id: string, date: string | null, topics: string[], people: [string, string][], loc: StoredEvent["location"] = null): StoredEvent => ({
  id, type: "meeting", status: "happened", date, date_precision: date ? "day" : null, location: loc, topics,
  participants: people.map(([actor_id, name]) => ({ actor_id, name })), sources: [], confidence: 1,
});

describe("folded views", () => {
  it("fillPeriods leaves no gaps", () => {
    assert.deepEqual(fillPeriods(["2023-11", "2024-02"], "month"), ["2023-11", "2023-12", "2024-01", "2024-02"]);
    assert.deepEqual(fillPeriods(["2019", "2021"], "year"), ["2019", "2020", "2021"]);
    assert.deepEqual(fillPeriods([], "month"), []);
  });
  it("trends count each topic once per event, undated and year-only events aside", () => {
    const t = trendsFromEvents([
      ev("1", "2024-01-05", ["migration", "migration"], []),
      ev("2", "2024-03-01", ["migration", "energy"], []),
      ev("3", null, ["energy"], []),
      ev("4", "2024", ["energy"], []),
    ], "month");
    assert.deepEqual(t.periods, ["2024-01", "2024-02", "2024-03"]);
    assert.deepEqual(t.series, [{ topic: "migration", total: 2, counts: [1, 0, 1] }, { topic: "energy", total: 1, counts: [0, 0, 1] }]);
    assert.equal(t.undated, 2);
  });
  it("network: nodes count events, edges count shared events, trimmed to the most active", () => {
    const events = [ev("1", null, [], [["a", "A"], ["b", "B"]]), ev("2", null, [], [["a", "A"], ["b", "B"], ["c", "C"]]), ev("3", null, [], [["a", "A"]])];
    const net = networkFromEvents(events, 10);
    assert.deepEqual(net.nodes.map((n) => [n.id, n.count]), [["a", 3], ["b", 2], ["c", 1]]);
    assert.deepEqual(net.edges, [{ source: "a", target: "b", weight: 2 }, { source: "a", target: "c", weight: 1 }, { source: "b", target: "c", weight: 1 }]);
    const top = networkFromEvents(events, 2);
    assert.deepEqual(top.nodes.map((n) => n.id), ["a", "b"]);
    assert.deepEqual(top.edges, [{ source: "a", target: "b", weight: 2 }]);
  });
  it("places group events by place with the latest date", () => {
    const rome = { name: "روما", name_en: "Rome", lat: 41.9, lon: 12.5 };
    const p = placesFromEvents([ev("1", "2024-01-01", [], [], rome), ev("2", "2024-06-01", [], [], rome), ev("3", "2024-02-01", [], [], { name: "مكان" })]);
    assert.deepEqual(p, { places: [{ name: "روما", name_en: "Rome", lat: 41.9, lon: 12.5, count: 2, last: "2024-06-01" }], unplaced: 1 });
  });
});

describe("TtlCache", () => {
  it("reuses a value; a stale one is served while one refresh runs; failures are forgotten", async () => {
    let now = 0;
    let computed = 0;
    const cache = new TtlCache<number>(1000, 2, () => now);
    const compute = async () => ++computed;
    assert.equal(await cache.get("k", compute), 1);
    assert.equal(await cache.get("k", compute), 1);
    now = 1500;
    const [a, b] = [cache.get("k", compute), cache.get("k", compute)];
    assert.deepEqual([await a, await b], [1, 1], "the stale value at once, twice");
    await new Promise((r) => setImmediate(r));
    assert.equal(computed, 2, "one refresh for both");
    assert.equal(await cache.get("k", compute), 2, "the refreshed value");
    await assert.rejects(cache.get("bad", async () => { throw new Error("x"); }));
    await new Promise((r) => setImmediate(r));
    assert.equal(await cache.get("bad", async () => 7), 7);
    await cache.get("third", compute);
    assert.equal(cache.size, 2, "bounded");
    const before = computed;
    const never = new TtlCache<number>(0);
    await never.get("k", compute);
    await never.get("k", compute);
    assert.equal(computed, before + 2, "ttl 0 never caches");
  });
});

describe("staticFile", () => {
  it("serves files inside the root and index.html otherwise, never outside", () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-static-"));
    try {
      const root = join(dir, "dist");
      mkdirSync(join(root, "assets"), { recursive: true });
      writeFileSync(join(root, "index.html"), "<!doctype html>index");
      writeFileSync(join(root, "assets", "a.js"), "js");
      writeFileSync(join(dir, "secret.txt"), "secret");
      const cases: [string, string, string][] = [
        ["/", "<!doctype html>index", "text/html; charset=utf-8"],
        ["/assets/a.js", "js", "text/javascript; charset=utf-8"],
        ["/some/deep/path", "<!doctype html>index", "text/html; charset=utf-8"],
        ["/../secret.txt", "<!doctype html>index", "text/html; charset=utf-8"],
        ["/%2e%2e/secret.txt", "<!doctype html>index", "text/html; charset=utf-8"],
        ["/%E0%A4%A", "<!doctype html>index", "text/html; charset=utf-8"],
      ];
      for (const [path, body, type] of cases) {
        const f = staticFile(root, path)!;
        assert.equal(f.body.toString(), body, path);
        assert.equal(f.type, type, path);
      }
      assert.equal(staticFile(join(dir, "missing"), "/"), null);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("topic labels (data/lexicon/topic-labels.json)", () => {
  const labels = loadTopicLabels();
  it("every topic has an id and Arabic and English labels, ids unique", () => {
    assert.ok(labels.length >= 10);
    assert.equal(new Set(labels.map((t) => t.id)).size, labels.length);
    for (const t of labels) {
      assert.match(t.id, /^[a-z_]+$/);
      assert.match(t.ar, /\p{Script=Arabic}/u, t.id);
      assert.match(t.en, /^[A-Z][\w ,-]+$/, t.id);
    }
  });
  const spec = fileURLToPath(new URL("../../../shared/spec/topics.json", import.meta.url));
  it("matches the spec's topic ids", { skip: existsSync(spec) ? false : `no ${spec}` }, () => {
    const ids = (JSON.parse(readFileSync(spec, "utf8")) as { topics: { id: string }[] }).topics.map((t) => t.id).sort();
    assert.deepEqual(labels.map((t) => t.id).sort(), ids);
  });
});

describe("reader runs (web/src/annotate.ts)", () => {
  it("cuts text at every annotation edge, innermost first, and rebuilds the text", () => {
    const text = "التقى سالم في روما";
    const r = runs(text, [
      { start: 0, end: text.length, kind: "event" },
      { start: 6, end: 10, kind: "person", link: "#/actor/x" },
      { start: 14, end: 18, kind: "place" },
      { start: 50, end: 60, kind: "date" },
    ]);
    assert.equal(r.map((x) => x.text).join(""), text);
    assert.deepEqual(r.map((x) => [x.text, x.anns.map((a) => a.kind)]), [
      ["التقى ", ["event"]], ["سالم", ["person", "event"]], [" في ", ["event"]], ["روما", ["place", "event"]],
    ]);
  });
});

describe("marsad serve arguments", () => {
  const cases: [string[], number][] = [
    [["--help"], 0],
    [["--port", "x"], 2],
    [["--port", "70000"], 2],
    [["--allow-ingest"], 2],
    [["--allow-ingest", "--token", "short"], 2],
    [["--colour", "red"], 2],
    [["extra"], 2],
  ];
  for (const [args, code] of cases)
    it(`${args.join(" ")} → ${code}`, async () => {
      const err = console.error;
      const log = console.log;
      console.error = () => {};
      console.log = () => {};
      try {
        assert.equal(await serveCommand(args), code);
      } finally {
        console.error = err;
        console.log = log;
      }
    });
});
