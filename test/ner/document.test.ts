import { test } from "node:test";
import assert from "node:assert/strict";
import { documentFeatures } from "../../src/ner/document.js";

// a surname tagged in full in one sentence and missed alone in another
const stems = [
  ["قال", "وزير", "سامي", "ناصر", "امس"],
  ["واكد", "ناصر", "ان"],
  ["وصل", "ناصر", "الي", "روما"],
  ["غادر", "ناصر"],
];
const tags = [
  ["O", "O", "B-PERS", "I-PERS", "O"],
  ["O", "O", "O"],
  ["O", "B-LOC", "O", "B-LOC"],
  ["O", "O"],
];

test("documentFeatures: stage-1 tags of the same stem elsewhere in the document", () => {
  const f = documentFeatures(stems, tags, 10);
  const cases: [number, number, string[], string[]][] = [
    // [sentence, token, must have, must not have]
    [1, 1, ["p1=O", "d=PERS", "d=LOC", "dm=PERS"], []],
    [0, 3, ["p1=I-PERS", "p1@-1=B-PERS", "d=LOC", "dmaj=O"], ["dm=PERS"]], // its own sentence does not count
    [0, 2, ["p1=B-PERS", "p1@-1=O", "p1@1=I-PERS"], ["dmaj=O", "d=PERS"]], // سامي occurs nowhere else
    [2, 3, ["p1=B-LOC", "p1@1=</s>"], ["d=LOC"]],
    [3, 0, ["p1@-1=<s>"], []],
  ];
  for (const [s, i, yes, no] of cases) {
    const got = new Set(f[s][i]);
    for (const y of yes) assert.ok(got.has(y), `${s}/${i} lacks ${y}: ${[...got].join(" ")}`);
    for (const n of no) assert.ok(!got.has(n), `${s}/${i} has ${n}`);
  }
});

test("documentFeatures: the window limits which sentences count", () => {
  const f = documentFeatures(stems, tags, 1);
  // sentence 3 sees only sentence 2 (ناصر as LOC there), not sentence 0's PERS
  assert.ok(f[3][1].includes("d=LOC"));
  assert.ok(!f[3][1].includes("d=PERS"));
  assert.ok(!f[3][1].includes("dm=PERS"));
});
