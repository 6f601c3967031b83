// The query commands (marsad events, actors, actor, figures, search, export) against a small SQLite store built from fixtures.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { openStore } from "../../src/store/open.js";
import { doc, event, figure, participant, ROME, TIVOLI, STORY_A, STORY_B } from "./fixtures.js";

const BIN = new URL("../../bin/marsad.mjs", import.meta.url).pathname;

// Spawned, not called in-process: the test runner reports on this process's stdout.
function marsad(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe("query commands", () => {
  let dir: string;
  let db: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "marsad-cli-q-"));
    db = join(dir, "q.db");
    const s = await openStore(db, { placeLookup: null });
    const A = participant("سالم الورفلي", { name_en: "Salem al-Warfalli", country: "LY", title: "وزير الداخلية" });
    const B = participant("ماركو روسي", { name_en: "Marco Rossi", country: "IT", title: "السفير الإيطالي" });
    const C = participant("خالد الشريف", { country: "LY" });
    await s.putDocument(doc("c1", STORY_A, { published: "2024-03-08", events: [event("meeting", [A, B], "2024-03-07", { location: ROME, topics: ["migration"] })], figures: [figure(300, "person", "300 مهاجر")] }));
    await s.putDocument(doc("c2", STORY_B, { published: "2024-04-02", events: [event("meeting", [A, C], "2024-04-01", { location: TIVOLI, topics: ["energy"] }), event("call", [A, B], "2024-04-02")] }));
    await s.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("events: filters and formats", async () => {
    const json = marsad("events", ...["--db", db, "--actor", "الورفلى", "--format", "json"]);
    assert.equal(json.code, 0);
    assert.equal(JSON.parse(json.out).total, 3);
    const csv = marsad("events", ...["--db", db, "--type", "meeting", "--format", "csv", "--sort", "date"]);
    const lines = csv.out.trim().split("\n");
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^id,type,status,date,participants/);
    assert.match(lines[1], /2024-03-07/);
    const table = marsad("events", ...["--db", db, "--topic", "energy"]);
    assert.match(table.out, /خالد الشريف/);
    assert.match(table.err, /1 of 1 events/);
    const month = marsad("events", ...["--db", db, "--from", "2024-04", "--to", "2024-04", "--json"]);
    assert.equal(JSON.parse(month.out).total, 2);
    const bad = marsad("events", ...["--db", db, "--type", "party"]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown --type party/);
  });

  it("actors, actor, figures, search", async () => {
    const list = marsad("actors", ...["--db", db, "--json"]);
    assert.deepEqual(JSON.parse(list.out).map((a: { name: string }) => a.name), ["سالم الورفلي", "ماركو روسي", "خالد الشريف"]);
    const prof = marsad("actor", ...["--db", db, "Warfalli"]);
    assert.equal(prof.code, 0);
    assert.match(prof.out, /Salem al-Warfalli/);
    assert.match(prof.out, /ماركو روسي\s+Marco Rossi\s+IT\s+2/);
    const none = marsad("actor", ...["--db", db, "لا أحد"]);
    assert.equal(none.code, 1);
    const figs = marsad("figures", ...["--db", db, "--unit", "person", "--format", "csv"]);
    assert.match(figs.out, /300,person/);
    const hits = marsad("search", ...["--db", db, "الانقاذ"]);
    assert.match(hits.out, /«الإنقاذ»/);
  });

  it("export: csv, jsonl, geojson, gexf to a file", async () => {
    const csv = marsad("export", ...["--db", db, "--format", "csv"]);
    assert.equal(csv.out.trim().split("\n").length, 4);
    const jsonl = marsad("export", ...["--db", db, "--format", "jsonl", "--what", "actors"]);
    assert.equal(jsonl.out.trim().split("\n").length, 3);
    const geo = marsad("export", ...["--db", db, "--format", "geojson"]);
    assert.equal(JSON.parse(geo.out).features.length, 2); // the call has no place
    const out = join(dir, "net.gexf");
    const gexf = marsad("export", ...["--db", db, "--format", "gexf", "--out", out]);
    assert.equal(gexf.code, 0);
    const xml = readFileSync(out, "utf8");
    assert.match(xml, /<edge id="\d+" source="[^"]+" target="[^"]+" weight="2"\/>/); // meeting + call between the same two
    assert.equal((xml.match(/<edge /g) ?? []).length, 2);
    const bad = marsad("export", ...["--db", db, "--format", "gexf", "--what", "events"]);
    assert.equal(bad.code, 2);
  });
});
