// `marsad kb` subcommands called in-process: exit codes and what they print.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { run } from "../../src/cli/commands/kb.js";

const FIX = fileURLToPath(new URL("./fixtures/", import.meta.url));

async function capture(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log, error = console.error;
  console.log = (...a: unknown[]) => void out.push(a.join(" "));
  console.error = (...a: unknown[]) => void err.push(a.join(" "));
  try {
    const code = await run(args);
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    console.log = log;
    console.error = error;
  }
}

test("kb check: a valid user file passes with the base", async () => {
  const r = await capture(["check", FIX + "good-user.yaml"]);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /^ok: /m);
});

test("kb check: a broken user file fails, naming file and record", async () => {
  const r = await capture(["check", FIX + "broken.yaml"]);
  assert.equal(r.code, 1);
  assert.match(r.out, /broken\.yaml: xx-overlapping-governor: xx\.governor .* overlaps xx-second-governor/);
  assert.match(r.out, /broken\.yaml: xx-unknown-office: unknown office 'xx\.minister_of_nothing'/);
  const j = await capture(["check", FIX + "broken.yaml", "--json"]);
  const parsed = JSON.parse(j.out) as { problems: { file: string; id: string; message: string }[] };
  assert.ok(parsed.problems.some((p) => p.id === "xx-bad-date" && p.file.endsWith("broken.yaml")));
});

test("kb lookup: ranked candidates with the office on the date", async () => {
  const r = await capture(["lookup", "حفتر", "--date", "2025-09-01", "--title", "نائب القائد العام"]);
  assert.equal(r.code, 0);
  assert.match(r.out.split("\n")[0], /ly-saddam-haftar {2}Saddam Haftar \(LY\) — Deputy General Commander/);
  const j = JSON.parse((await capture(["lookup", "بيانتيدوسي", "--date", "2023-05-05", "--json"])).out) as { candidates: { id: string; offices: { office: string }[] }[] };
  assert.equal(j.candidates[0].id, "it-matteo-piantedosi");
  assert.deepEqual(j.candidates[0].offices.map((o) => o.office), ["it.interior_minister"]);
  const user = await capture(["lookup", "زياد المرفأ", "--kb", FIX + "good-user.yaml"]);
  assert.match(user.out, /xx-harbour-master-one/);
  assert.equal((await capture(["lookup", "اسم لا يعرفه أحد"])).code, 1);
});

test("kb title and usage errors", async () => {
  const r = await capture(["title", "وزير الداخلية الإيطالي", "--date", "2019-06-01"]);
  assert.equal(r.code, 0);
  assert.match(r.out, /^it-matteo-salvini/);
  assert.equal((await capture(["lookup", "حفتر", "--date", "June"])).code, 2);
  assert.equal((await capture(["frobnicate"])).code, 2);
  assert.equal((await capture(["lookup", "حفتر", "--bogus"])).code, 2);
});

test("kb lookup --kind org|place", async () => {
  const place = await capture(["lookup", "طرابلس", "--kind", "place"]);
  assert.equal(place.code, 0);
  assert.match(place.out, /ly-tripoli/);
  const org = JSON.parse((await capture(["lookup", "NOC", "--kind", "org", "--json"])).out) as { candidates: { id: string }[] };
  assert.equal(org.candidates[0].id, "ly-noc");
  assert.equal((await capture(["lookup", "x", "--kind", "planet"])).code, 2);
});
