// The validator over the shipped base (must be clean) and over broken fixture files (each
// problem must be reported with its file and record id).
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { loadKb, validateKb, type Problem } from "../../src/resolve/kb/index.js";
import { parsePartialDate, sureOverlapDays, termInterval } from "../../src/resolve/kb/dates.js";
import { normalize } from "../../src/text/normalize.js";

const FIX = fileURLToPath(new URL("./fixtures/", import.meta.url));
const MINE = ["data/kb/offices.yaml", "data/kb/people/libya.yaml", "data/kb/people/italy.yaml"];

const show = (ps: Problem[]) => ps.map((p) => `${p.file}: ${p.id}: ${p.message}`).join("\n");

test("shipped base: offices, Libya and Italy files have no problems", () => {
  const problems = validateKb(loadKb()).filter((p) => MINE.includes(p.file));
  assert.equal(problems.length, 0, show(problems));
});

test("shipped base: every KB file validates", () => {
  const problems = validateKb(loadKb());
  assert.equal(problems.length, 0, show(problems));
});

test("shipped base: size and shape", () => {
  const kb = loadKb();
  const ly = kb.people.filter((p) => p.country === "LY" && p.id.startsWith("ly-")).length;
  const it = kb.people.filter((p) => p.id.startsWith("it-")).length;
  assert.ok(ly + it >= 200, `Libya ${ly} + Italy ${it}`);
  for (const id of ["it.interior_minister", "it.prime_minister", "ly.gnu_pm", "ly.lna_commander", "mt.prime_minister", "tn.president", "eg.foreign_minister", "fr.president", "de.chancellor", "gr.foreign_minister", "tr.president", "ru.foreign_minister", "us.secretary_of_state", "gb.prime_minister", "qa.emir", "ae.president", "sd.sovereign_council_chair", "td.president", "ne.president", "eu.commission_president", "eu.high_representative", "eu.council_president", "eu.frontex_director", "eu.irini_commander", "un.secretary_general", "un.libya_envoy", "un.libya_deputy_envoy", "un.iom_director_general", "un.unhcr_high_commissioner"]) {
    assert.ok(kb.officeById.has(id), `office ${id} defined`);
  }
  for (const p of kb.people.filter((p) => MINE.includes(kb.fileOf("person", p.id)))) {
    assert.match(p.name, /[\u0600-\u06FF]/, `${p.id} has an Arabic name`);
    assert.match(p.name_en, /[A-Za-z]/, `${p.id} has an English name`);
  }
});

// [record id, words the message must contain]
const EXPECTED: [string, string][] = [
  ["Bad Office", "pattern"],
  ["Bad Office", "fewer than 1 items"],
  ["xx-overlapping-governor", "overlaps xx-second-governor"],
  ["xx-no-english", "name_en"],
  ["xx-unknown-office", "unknown office 'xx.minister_of_nothing'"],
  ["xx-bad-date", "not a real date: 2021-02-30"],
  ["xx-reversed-term", "from 2022-05 is after to 2021"],
  ["xx-first-governor", "duplicate id"],
  ["xx-variant-thief", "variant 'كريم النخلة' is the name of xx-second-governor"],
  ["xx-typo-field", "additional properties 'varients'"],
  ["#16", "not a mapping"],
  ["xx-variant-twin-b", "variant 'أبو الوليد' is also a variant of xx-variant-twin-a"],
  ["xx-nowhere", "a country needs its code"],
  ["xx-lost-palace", "\"in\" names no place: xx-no-such-city"],
  ["xx-palace-in-country", "\"in\" must name a city, not a country"],
  ["yy.misfiled", "prefix 'yy' does not match country XX"],
  ["", "unknown section 'planets'"],
];

test("broken fixture: every planted problem is reported with file and record", () => {
  const file = FIX + "broken.yaml";
  const problems = validateKb(loadKb({ baseless: true, extraFiles: [file] }));
  for (const [id, words] of EXPECTED) {
    assert.ok(problems.some((p) => p.id === id && p.message.includes(words) && p.file === file), `expected '${words}' for '${id}' in:\n${show(problems)}`);
  }
});

test("broken fixture: no false alarms (handover day, multi-holder office, shared variant)", () => {
  const problems = validateKb(loadKb({ baseless: true, extraFiles: [FIX + "broken.yaml"] }));
  for (const id of ["xx-first-governor", "xx-second-governor", "xx-council-a", "xx-council-b", "xx-variant-shared-on-purpose"]) {
    const mine = problems.filter((p) => p.id === id && !p.message.includes("duplicate id"));
    assert.equal(mine.length, 0, show(mine));
  }
});

test("syntax error: reported as the file's problem, loading goes on", () => {
  const kb = loadKb({ baseless: true, extraFiles: [FIX + "syntax-error.yaml", FIX + "good-user.yaml"] });
  const problems = validateKb(kb);
  assert.equal(problems.length, 1, show(problems));
  assert.equal(problems[0].file, FIX + "syntax-error.yaml");
  assert.match(problems[0].message, /cannot read/);
  assert.ok(kb.personById.has("xx-harbour-master-one"));
});

test("a valid user file validates together with the base", () => {
  const kb = loadKb({ extraFiles: [FIX + "good-user.yaml"] });
  assert.equal(validateKb(kb).length, 0, show(validateKb(kb)));
  assert.ok(kb.personById.has("xx-harbour-master-one") && kb.personById.has("ly-khalifa-haftar"));
  assert.equal(kb.fileOf("person", "xx-harbour-master-one"), FIX + "good-user.yaml");
});

test("partial dates and term overlaps", () => {
  const cases: [string, boolean][] = [["2024", true], ["2024-02", true], ["2024-02-29", true], ["2023-02-29", false], ["2024-13", false], ["2024-00-10", false], ["24-01-01", false], ["2024-1-1", false]];
  for (const [s, ok] of cases) assert.equal(parsePartialDate(s) !== null, ok, s);
  const iv = (f?: string, t?: string) => termInterval(f, t)!;
  const overlaps: [string | undefined, string | undefined, string | undefined, string | undefined, number][] = [
    ["2020-01-01", "2020-12-31", "2020-12-31", undefined, 1], // handover day
    ["2020-01-01", "2020-12-31", "2021-01-01", undefined, 0],
    ["2020-01-01", "2020-12-31", "2020-12-01", "2021-06-01", 31],
    ["2020-01", "2020-06", "2020-06", undefined, 0], // month precision: not surely overlapping
    [undefined, "2020-06-01", "2020-01-01", undefined, 0], // unknown start: cannot prove
    ["2020", undefined, "2021-05-05", undefined, Infinity],
  ];
  for (const [af, at, bf, bt, days] of overlaps) assert.equal(sureOverlapDays(iv(af, at), iv(bf, bt)), days, `${af}–${at} vs ${bf}–${bt}`);
});

test("Libya and Italy files: variants are real alternatives, not normalization duplicates", () => {
  const kb = loadKb();
  const norm = (s: string) => normalize(s).replace(/\s+/g, " ").trim();
  for (const p of kb.people.filter((p) => MINE.includes(kb.fileOf("person", p.id)))) {
    const seen = new Set([norm(p.name)]);
    for (const v of p.variants ?? []) {
      assert.ok(!seen.has(norm(v)), `${p.id}: variant '${v}' is the same after normalization`);
      seen.add(norm(v));
    }
  }
});

test("a user file may be a bare list: kinds are read from the fields", () => {
  const kb = loadKb({ baseless: true, extraFiles: [FIX + "bare-list.yaml"] });
  assert.deepEqual([kb.offices.length, kb.people.length, kb.orgs.length, kb.places.length], [1, 1, 1, 1]);
  assert.deepEqual(validateKb(kb), []);
});
