import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { buildClusters, DEFAULT_CLUSTERS_PATH, loadClusters, symmetricEigen, WordClusters, type ClusterBuildOptions } from "../../src/ner/clusters.js";
import { TriggerLexicon } from "../../src/ner/triggers.js";
import { featureStrings, wordInfo } from "../../src/ner/features.js";
import { seededRandom } from "../../src/ner/perceptron.js";

// A synthetic corpus with two word classes that never share contexts: city names follow
// "في" and precede "امس"; person names follow "قال" and precede "ان".
function corpus(): string[][] {
  const cities = ["روما", "باريس", "تونس", "مدريد", "اثينا", "لشبونه"];
  const people = ["سامي", "كريم", "هادي", "مراد", "عادل", "ناصر"];
  const rand = seededRandom(3);
  const docs: string[][] = [];
  for (let i = 0; i < 600; i++) {
    const c = cities[Math.floor(rand() * cities.length)], p = people[Math.floor(rand() * people.length)];
    docs.push(["وصل", "الوفد", "في", c, "امس", "."], ["قال", p, "ان", "الوفد", "وصل", "."]);
  }
  return docs;
}

const small: ClusterBuildOptions = { vocabSize: 100, contextSize: 20, minCount: 3, dims: 4, branching: [2, 2], iterations: 10, seed: 1 };

test("words that share contexts share a cluster; the two name classes are split apart", () => {
  const cl = buildClusters(corpus(), small);
  const top = (w: string) => cl.pathOf(w);
  for (const c of ["باريس", "تونس", "مدريد"]) assert.equal(top(c), top("روما"), c);
  for (const p of ["كريم", "هادي", "مراد"]) assert.equal(top(p), top("سامي"), p);
  assert.notEqual(top("روما"), top("سامي"));
  assert.equal(cl.pathOf("غير_موجود"), undefined);
});

test("building is deterministic and the table round-trips through its text form", () => {
  const a = buildClusters(corpus(), small), b = buildClusters(corpus(), small);
  assert.equal(a.toTsv(), b.toTsv());
  assert.deepEqual([...WordClusters.fromTsv(a.toTsv()).paths].sort(), [...a.paths].sort());
});

test("words below the minimum count, or without letters, get no cluster", () => {
  const cl = buildClusters([["في", "روما", "امس"], ["في", "روما", "امس"], ["نادر", "12"]], { ...small, minCount: 2 });
  assert.ok(cl.pathOf("روما"));
  assert.equal(cl.pathOf("نادر"), undefined);
  assert.equal(cl.pathOf("12"), undefined);
});

test("symmetricEigen recovers eigenvalues and eigenvectors of a small symmetric matrix", () => {
  // [[2,1],[1,2]] has eigenvalues 3 and 1 with eigenvectors (1,1)/√2 and (1,-1)/√2
  const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
  const sorted = [...values].sort((x, y) => y - x);
  assert.ok(Math.abs(sorted[0] - 3) < 1e-9 && Math.abs(sorted[1] - 1) < 1e-9, String(values));
  const big = values[0] > values[1] ? 0 : 1;
  assert.ok(Math.abs(Math.abs(vectors[0 * 2 + big]) - Math.SQRT1_2) < 1e-9);
  assert.ok(Math.abs(vectors[0 * 2 + big] - vectors[1 * 2 + big]) < 1e-9);
});

test("cluster features: prefixes of the path, for the word and its neighbours; clitic fallback", () => {
  const cl = new WordClusters(new Map([["روما", "3a1"], ["سامي", "52c"]]));
  const tr = new TriggerLexicon({ given_name: ["سامي"] });
  const [roma, sami] = featureStrings(["روما", "وسامي"], tr, null, undefined, { clusters: cl, profiles: null });
  for (const f of ["k1=3", "k2=3a", "k3=3a1", "k2@1=52", "k3@1=52c"]) assert.ok(roma.includes(f), f);
  // "وسامي" is unknown whole: its cluster and trigger class come from the word behind the و
  assert.equal(wordInfo("وسامي", tr, { clusters: cl, profiles: null }).cluster, "52c");
  for (const f of ["k3=52c", "tg=given_name", "k3@-1=3a1"]) assert.ok(sami.includes(f), f);
  // no table → no cluster features
  assert.ok(!featureStrings(["روما"], tr, null)[0].some((f) => f.startsWith("k")));
});

test("the shipped cluster table loads and groups close words", { skip: !existsSync(DEFAULT_CLUSTERS_PATH) && "no data/ner/clusters.tsv.gz: run npm run build:clusters" }, () => {
  const cl = loadClusters()!;
  assert.ok(cl.size > 10_000, `only ${cl.size} words`);
  // month names are a tight distributional class in any news corpus
  const months = ["يناير", "فبراير", "مارس", "ابريل", "يونيو", "سبتمبر"].map((m) => cl.pathOf(m)?.slice(0, 2));
  assert.ok(months.every((p) => p && p === months[0]), months.join(","));
});
