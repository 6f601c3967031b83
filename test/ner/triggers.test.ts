import { test } from "node:test";
import assert from "node:assert/strict";
import { loadTriggers, TriggerLexicon } from "../../src/ner/triggers.js";
import { normalize } from "../../src/text/normalize.js";

test("the shipped trigger lexicon loads and has every category the tagger uses", () => {
  const lex = loadTriggers();
  for (const c of ["person_title", "person_verb", "location", "location_prep", "org", "given_name"]) {
    assert.ok(lex.categories.includes(c), `missing category ${c}`);
    assert.ok(lex.toJSON()[c].length >= 5, `category ${c} is nearly empty`);
  }
});

test("trigger look-ups work through clitics and spelling variants", () => {
  const lex = loadTriggers();
  const cases: [string, string][] = [
    ["الرئيس", "person_title"],
    ["والرئيس", "person_title"],
    ["للوزير", "person_title"],
    ["وزارة", "org"],
    ["ووزارة", "org"],
    ["بالعاصمة", "location"],
    ["إلى", "location_prep"],
    ["قالت", "person_verb"],
    ["أحمد", "given_name"],
  ];
  for (const [w, cat] of cases) assert.ok(lex.has(normalize(w), cat), `${w} should be ${cat}`);
  for (const w of ["الحكومة", "خطة", "اليوم"]) assert.deepEqual(lex.categoriesOf(normalize(w)), [], w);
});

test("the lexicon round-trips through toJSON (as stored in model files)", () => {
  const lex = new TriggerLexicon({ org: ["وزارة"], location: ["مدينة"] });
  const back = new TriggerLexicon(lex.toJSON());
  assert.ok(back.has(normalize("الوزارة"), "org"));
  assert.ok(back.has(normalize("مدينة"), "location"));
});

test("loadTriggers rejects a malformed file", async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(join(tmpdir(), "ner-trig-"));
  try {
    writeFileSync(join(dir, "t.yaml"), "org: وزارة\n");
    assert.throws(() => loadTriggers(join(dir, "t.yaml")), /must be a list/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("nationality adjectives come from the country list's adj lists", async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const { nationalityAdjectives, DEFAULT_TRIGGERS_PATH } = await import("../../src/ner/triggers.js");
  const dir = mkdtempSync(join(tmpdir(), "ner-nat-"));
  try {
    const file = join(dir, "countries.yaml");
    writeFileSync(file, "- code: XX\n  ar: [المثال]\n  adj:\n    m: [المثالي, مثالي]\n    f: [المثالية]\n- code: YY\n  ar: [بلد]\n");
    assert.deepEqual(nationalityAdjectives(file).sort(), ["المثالي", "المثالية", "مثالي"].sort());
    assert.deepEqual(nationalityAdjectives(join(dir, "missing.yaml")), []);
    const lex = loadTriggers(DEFAULT_TRIGGERS_PATH, file);
    assert.ok(lex.has(normalize("والمثالية"), "nationality"));
    assert.ok(!lex.has(normalize("المثال"), "nationality"));
    assert.ok(!loadTriggers().categories.includes("nationality"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("hasForm: the listed form, up to a conjunction or preposition+article; an article is never assumed", () => {
  const lex = new TriggerLexicon({ person_title: ["الأمين", "وزير", "السيد"] });
  const cases: [string, boolean][] = [
    ["الأمين", true],
    ["والأمين", true],
    ["للأمين", true],
    ["وللسيد", true],
    ["وزير", true],
    ["ووزير", true],
    ["أمين", false], // a given name
    ["سيد", false],
    ["الوزير", true], // listed without the article, used with it
    ["وزيرنا", false],
  ];
  for (const [w, want] of cases) assert.equal(lex.hasForm(normalize(w), "person_title"), want, w);
});
