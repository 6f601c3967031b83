import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripClitics } from "../../src/ner/features.js";
import { Gazetteer, gazetteerFromTagged, loadCountryGazetteer, loadKbGazetteer } from "../../src/ner/gazetteer.js";
import { normalize } from "../../src/text/normalize.js";
import { TINY_CORPUS } from "./fixtures.js";

const stems = (s: string) => s.split(" ").map((w) => stripClitics(normalize(w)).stem);

test("matchAll prefers the longest name and accepts a conjunction on its first word", () => {
  const g = new Gazetteer();
  g.addName("الأمم المتحدة", "ORG");
  g.addName("الأمم", "MISC");
  g.addName("ليبيا", "LOC");
  const words = "قالت الأمم المتحدة وليبيا إن".split(" ");
  const loose = words.map((w) => (w.startsWith("و") ? stems(w.slice(1))[0] : stems(w)[0]));
  const got = g.matchAll(stems(words.join(" ")), loose).map((m) => `${m.start}-${m.end} ${m.type}`);
  assert.deepEqual(got, ["1-3 ORG", "3-4 LOC"]);
});

test("gazetteerFromTagged keeps names and per-token entity rates; toJSON/fromJSON keep them", () => {
  const g = gazetteerFromTagged(TINY_CORPUS);
  assert.equal(g.lookup(stems("سامي ناصر")), "PERS");
  assert.equal(g.lookup(stems("وزارة الداخلية")), "ORG");
  assert.equal(g.lookup(stems("روما")), "LOC");
  assert.equal(g.lookup(stems("خطة")), null);
  assert.deepEqual(g.tokenRates(stems("طرابلس")[0]), ["LOC:hi"]);
  // the training gazetteer knows its whole vocabulary: unseen and rare words are flagged
  assert.deepEqual(g.tokenRates(stems("بنغازي")[0]), ["new"]);
  assert.deepEqual(g.tokenRates(stems("خطة")[0]), ["rare"]);
  assert.deepEqual(g.tokenRates(stems("في")[0]), []);
  const back = Gazetteer.fromJSON(JSON.parse(JSON.stringify(g.toJSON())));
  assert.equal(back.lookup(stems("سامي ناصر")), "PERS");
  assert.deepEqual(back.tokenRates(stems("طرابلس")[0]), ["LOC:hi"]);
  assert.equal(back.entries, g.entries);
  assert.deepEqual(back.tokenRates(stems("بنغازي")[0]), ["new"]);
  assert.deepEqual(back.tokenRates(stems("خطة")[0]), ["rare"]);
});

test("KB and country gazetteers read name/variants/ar lists and tolerate missing or broken files", () => {
  const dir = mkdtempSync(join(tmpdir(), "ner-kb-"));
  try {
    mkdirSync(join(dir, "people"));
    mkdirSync(join(dir, "orgs"));
    writeFileSync(join(dir, "people", "a.yaml"), "- id: p1\n  name: سامي ناصر\n  variants: [ناصر]\n  name_en: Sami Nasser\n");
    writeFileSync(join(dir, "orgs", "b.yaml"), "- id: o1\n  name: منظمة الهجرة\n");
    writeFileSync(join(dir, "orgs", "broken.yaml"), "- id: [unclosed\n");
    const kb = loadKbGazetteer(dir);
    assert.equal(kb.lookup(stems("سامي ناصر")), "PERS");
    assert.equal(kb.lookup(stems("ناصر")), "PERS");
    // each word of a KB name is evidence on its own
    assert.deepEqual(kb.tokenRates(stems("سامي")[0]), ["PERS:hi"]);
    assert.deepEqual(kb.tokenRates(stems("الهجرة")[0]), ["ORG:hi"]);
    assert.equal(kb.lookup(stems("منظمة الهجرة")), "ORG");
    assert.equal(kb.lookup(stems("Sami Nasser")), null); // only Arabic names are used
    const countriesFile = join(dir, "countries.yaml");
    writeFileSync(countriesFile, "- code: XX\n  ar: [جمهورية المثال, المثال]\n  adj: {m: [المثالي]}\n");
    const c = loadCountryGazetteer(countriesFile);
    assert.equal(c.lookup(stems("المثال")), "LOC");
    assert.equal(c.lookup(stems("المثالي")), null); // adjectives are not place names
    assert.equal(loadKbGazetteer(join(dir, "missing")).entries, 0);
    assert.equal(loadCountryGazetteer(join(dir, "missing.yaml")).entries, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
