// `marsad extract` from the command line: JSONL in, JSONL out in the same order; bad input
// gets a one-line error naming the input and line, the rest is processed, exit 1.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = new URL("../../bin/marsad.mjs", import.meta.url).pathname;
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", maxBuffer: 64 << 20 });
const dir = mkdtempSync(join(tmpdir(), "marsad-cli-"));
const GOOD = "استقبل رئيس المجلس الرئاسي محمد المنفي، اليوم الأحد في طرابلس، وزير الخارجية الإيطالي أنطونيو تاياني، وبحث معه ملف الهجرة غير النظامية.";

test("extract --input: one output line per good input, same order and ids; bad lines reported", () => {
  const file = join(dir, "docs.jsonl");
  writeFileSync(file, [
    JSON.stringify({ id: "one", published: "2024-01-07", text: GOOD }),
    "{not json",
    JSON.stringify({ id: "empty", published: null, text: "   " }),
    JSON.stringify({ id: "english", published: null, text: "This is an English sentence about nothing in particular, long enough to be read." }),
    JSON.stringify({ id: "two", published: null, text: GOOD }),
  ].join("\n") + "\n");
  const r = run(["extract", "--input", file]);
  assert.equal(r.status, 1, r.stderr);
  const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(out.map((d) => d.id), ["one", "two"]);
  assert.ok(out[0].events.some((e: { type: string }) => e.type === "meeting"));
  const errs = r.stderr.trim().split("\n");
  assert.equal(errs.length, 3, r.stderr);
  assert.match(errs[0], /docs\.jsonl:2: not JSON/);
  assert.match(errs[1], /docs\.jsonl:3: empty text/);
  assert.match(errs[2], /docs\.jsonl:4: not Arabic text/);
});

test("extract FILE.txt --published and stdin; binary and invalid UTF-8 are refused by name", () => {
  const txt = join(dir, "article.txt");
  writeFileSync(txt, GOOD);
  const r = run(["extract", txt, "--published", "2024-01-07"]);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.id, "article");
  assert.equal(doc.events[0].date.value, "2024-01-07");

  const s = run(["extract", "-"], GOOD);
  assert.equal(s.status, 0, s.stderr);
  assert.equal(JSON.parse(s.stdout).id, "stdin");

  const bin = join(dir, "blob.txt");
  writeFileSync(bin, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0xc3, 0x28, 0x00]));
  const b = run(["extract", bin]);
  assert.equal(b.status, 1);
  assert.match(b.stderr, /blob\.txt: invalid UTF-8/);

  const missing = run(["extract", join(dir, "nope.txt")]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.txt: cannot read: ENOENT/);
});

test("a 20 MB text is refused with a clear message, and the batch goes on", () => {
  const file = join(dir, "big.jsonl");
  const huge = "ا".repeat(20 * 1024 * 1024 / 2);
  writeFileSync(file, JSON.stringify({ id: "huge", text: huge }) + "\n" + JSON.stringify({ id: "ok", text: GOOD }) + "\n");
  const r = run(["extract", "--input", file]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /big\.jsonl:1: text too large/);
  assert.deepEqual(r.stdout.trim().split("\n").map((l) => JSON.parse(l).id), ["ok"]);
});

test("extract --rules-only leaves out what the learned pair model read", () => {
  // three leaders at one table, said so that no rule reads who met whom
  const summit = join(dir, "summit.txt");
  writeFileSync(summit, "ترأس الرئيس الجزائري عبد المجيد تبون، رفقة الرئيس التونسي قيس سعيد ورئيس المجلس الرئاسي الليبي محمد المنفي، أشغال الاجتماع التشاوري الأول أمس في تونس.");
  const learned = (args: string[]) => {
    const r = run(["extract", summit, "--published", "2024-04-23", ...args]);
    assert.equal(r.status, 0, r.stderr);
    return (JSON.parse(r.stdout).events as { rules?: string[] }[]).filter((e) => e.rules?.includes("pair-model")).length;
  };
  assert.ok(learned([]) > 0);
  assert.equal(learned(["--rules-only"]), 0);
});
