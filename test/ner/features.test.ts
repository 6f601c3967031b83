import { test } from "node:test";
import assert from "node:assert/strict";
import { FeatureIndex, featureStrings, looseStem, stripClitics, wordShape } from "../../src/ner/features.js";
import { Gazetteer } from "../../src/ner/gazetteer.js";
import { normalize } from "../../src/text/normalize.js";
import { TINY_TRIGGERS } from "./fixtures.js";

test("stripClitics removes article clusters only", () => {
  const cases: [string, string, string][] = [
    ["والرئيس", "رييس", "وال"],
    ["بالعاصمة", "عاصمه", "بال"],
    ["للوزير", "وزير", "لل"],
    ["الوزير", "وزير", "ال"],
    ["وليد", "وليد", ""], // و is a root letter here
    ["بريطانيا", "بريطانيا", ""],
    ["لندن", "لندن", ""],
    ["الى", "الي", ""], // too short to hold an article
  ];
  for (const [w, stem, prefix] of cases) assert.deepEqual(stripClitics(normalize(w)), { stem, prefix }, w);
});

test("looseStem also drops a leading conjunction", () => {
  const cases: [string, string][] = [
    ["وليبيا", "ليبيا"],
    ["وبالعاصمة", "عاصمه"],
    ["والرئيس", "رييس"],
    ["ومن", "ومن"], // too short to split
  ];
  for (const [w, want] of cases) assert.equal(looseStem(normalize(w)), want, w);
});

test("wordShape classes", () => {
  const cases: [string, string][] = [
    ["طرابلس", "A"],
    ["2023", "D"],
    ["٢٠٢٣", "D"],
    ["Frontex", "L"],
    ["،", "P"],
    ["15.5", "DP"],
    ["G7", "M"],
  ];
  for (const [w, want] of cases) assert.equal(wordShape(w), want, w);
});

test("featureStrings describes the word, its neighbours, triggers and gazetteer matches", () => {
  const g = new Gazetteer();
  g.addName("سامي ناصر", "PERS");
  const words = ["التقى", "الوزير", "سامي", "ناصر", "في", "طرابلس"];
  const f = featureStrings(words, TINY_TRIGGERS, { sources: [{ name: "k", gazetteer: g }] });
  const at = (i: number) => new Set(f[i]);
  for (const want of ["w=سامي", "s=سامي", "tg=given_name", "w@-1=الوزير", "s@-1=وزير", "tg@-1=person_title", "w@1=ناصر", "w@-2=التقي", "gk=PERS:B", "gk=PERS:B:multi", "a1=س", "z2=مي", "c3=^سا"]) {
    assert.ok(at(2).has(want), `token 2 lacks ${want}`);
  }
  assert.ok(at(3).has("gk=PERS:I"));
  assert.ok(at(0).has("w@-1=<s>") && at(0).has("w@-2=<s>"));
  assert.ok(at(5).has("w@1=</s>") && at(5).has("tg@-1=location_prep"));
  assert.ok(!at(4).has("gk=PERS:I"));
});

test("FeatureIndex.encode gives the ids of exactly the known feature strings, with or without its caches", () => {
  const words = ["زار", "السيد", "كريم", "عادل", "مدينة", "روما"];
  const strings = featureStrings(words, TINY_TRIGGERS, null);
  // keep every other distinct feature, to check unknown ones are dropped
  const all = [...new Set(strings.flat())].sort();
  const kept = all.filter((_, i) => i % 2 === 0);
  const index = new FeatureIndex(kept, TINY_TRIGGERS);
  for (let round = 0; round < 2; round++) {
    const rows = index.encode(words, null);
    rows.forEach((row, i) => {
      const want = strings[i].filter((s) => index.ids.has(s)).map((s) => index.ids.get(s)!).sort((a, b) => a - b);
      assert.deepEqual([...row].sort((a, b) => a - b), want, `token ${i}, round ${round}`);
    });
  }
});

test("FeatureIndex.emissions (cached weight sums) equals summing the encoded rows", async () => {
  const { emptyModel, addEmissions, seededRandom } = await import("../../src/ner/perceptron.js");
  const words = ["زار", "السيد", "كريم", "عادل", "مدينة", "روما", "زار", "روما"];
  const all = [...new Set(featureStrings(words, TINY_TRIGGERS, null).flat())].sort();
  const index = new FeatureIndex(all, TINY_TRIGGERS);
  const chain = emptyModel(3, all.length);
  const rand = seededRandom(2);
  for (let i = 0; i < chain.emit.length; i++) chain.emit[i] = Math.round((rand() * 2 - 1) * 8) / 8; // exact in binary
  const extra = words.map((_, i) => (i % 2 ? [all[i]] : []));
  for (let round = 0; round < 2; round++) {
    const fast = index.emissions(chain, words, null, extra);
    const rows = index.encode(words, null, extra);
    const slow = new Float64Array(words.length * 3);
    rows.forEach((r, i) => addEmissions(chain, r, slow, i * 3));
    assert.deepEqual([...fast], [...slow], `round ${round}`);
  }
});

test("with cluster and profile tables, emissions still equal summing the encoded rows", async () => {
  const { emptyModel, addEmissions, seededRandom } = await import("../../src/ner/perceptron.js");
  const { WordClusters } = await import("../../src/ner/clusters.js");
  const { WordProfiles } = await import("../../src/ner/profiles.js");
  const tables = {
    clusters: new WordClusters(new Map([["روما", "3a1"], ["كريم", "52c"], ["زار", "07b"]])),
    profiles: new WordProfiles(new Map([["روما", ["loc:h"]], ["عادل", ["per:m", "say:l"]]])),
  };
  const words = ["زار", "السيد", "كريم", "عادل", "مدينة", "روما", "وكريم"];
  const strings = featureStrings(words, TINY_TRIGGERS, null, undefined, tables);
  assert.ok(strings[5].includes("k3=3a1") && strings[5].includes("pr=loc:h") && strings[4].includes("pr@1=loc:h"));
  const all = [...new Set(strings.flat())].sort();
  const index = new FeatureIndex(all, TINY_TRIGGERS, tables);
  const chain = emptyModel(3, all.length);
  const rand = seededRandom(4);
  for (let i = 0; i < chain.emit.length; i++) chain.emit[i] = Math.round((rand() * 2 - 1) * 8) / 8;
  for (let round = 0; round < 2; round++) {
    const fast = index.emissions(chain, words, null);
    const slow = new Float64Array(words.length * 3);
    index.encode(words, null).forEach((r, i) => addEmissions(chain, r, slow, i * 3));
    assert.deepEqual([...fast], [...slow], `round ${round}`);
  }
});
