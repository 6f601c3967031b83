// Reads ANERcorp from ../shared at run time (nothing from it is copied into the repo).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { readConll, parseConll } from "../../src/ner/conll.js";
import { bioToSpans } from "../../src/ner/tags.js";

const DIR = "/work/shared/data/ner/anercorp";
const TRAIN = `${DIR}/ANERCorp_CamelLab_train.txt`;
const TEST = `${DIR}/ANERCorp_CamelLab_test.txt`;

test("parseConll reads token/tag lines and blank-line sentence breaks", () => {
  const s = parseConll("روما B-LOC\nأمس O\n\n\nقال O\nسامي B-PERS\r\n");
  assert.deepEqual(s, [
    { words: ["روما", "أمس"], tags: ["B-LOC", "O"] },
    { words: ["قال", "سامي"], tags: ["O", "B-PERS"] },
  ]);
});

test("ANERcorp splits have the sizes their README states", { skip: !existsSync(TRAIN) && `ANERcorp not found at ${DIR}` }, () => {
  const train = readConll(TRAIN);
  assert.equal(train.length, 3973);
  assert.equal(train.reduce((n, s) => n + s.words.length, 0), 125102);
  const test = readConll(TEST);
  assert.equal(test.reduce((n, s) => n + s.words.length, 0), 25008);
  const counts: Record<string, number> = {};
  for (const s of test) for (const sp of bioToSpans(s.tags)) counts[sp.type] = (counts[sp.type] ?? 0) + 1;
  // README: PERS 858, LOC 668, ORG 450 B- tags; stray I- tags (conlleval) add a few entities
  assert.ok(counts.PERS >= 858 && counts.LOC >= 668 && counts.ORG >= 450, JSON.stringify(counts));
});
