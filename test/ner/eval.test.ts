import { test } from "node:test";
import assert from "node:assert/strict";
import { scoreBio, scoreSpans } from "../../src/ner/eval.js";

test("scoreBio counts exact span+type matches per type and macro-averages PERS/LOC/ORG", () => {
  const gold = [
    ["B-PERS", "I-PERS", "O", "B-LOC"],
    ["B-ORG", "I-ORG", "O", "B-MISC"],
  ];
  const pred = [
    ["B-PERS", "O", "O", "B-LOC"], // PERS boundary wrong: 1 fp + 1 fn; LOC right
    ["B-ORG", "I-ORG", "B-PERS", "O"], // ORG right; PERS fp; MISC ignored
  ];
  const s = scoreBio(gold, pred);
  assert.deepEqual([s.byType.PERS.tp, s.byType.PERS.fp, s.byType.PERS.fn], [0, 2, 1]);
  assert.deepEqual([s.byType.LOC.tp, s.byType.LOC.fp, s.byType.LOC.fn], [1, 0, 0]);
  assert.deepEqual([s.byType.ORG.tp, s.byType.ORG.fp, s.byType.ORG.fn], [1, 0, 0]);
  assert.equal(s.byType.MISC, undefined);
  assert.equal(s.byType.LOC.f1, 1);
  assert.equal(s.byType.PERS.f1, 0);
  assert.ok(Math.abs(s.macroF1 - 2 / 3) < 1e-12);
  assert.deepEqual([s.micro.tp, s.micro.fp, s.micro.fn], [2, 2, 1]);
});

test("a type mismatch on the right span is both a false positive and a false negative", () => {
  const s = scoreSpans([[{ start: 0, end: 2, type: "LOC" }]], [[{ start: 0, end: 2, type: "ORG" }]]);
  assert.deepEqual([s.byType.LOC.fn, s.byType.ORG.fp, s.micro.tp], [1, 1, 0]);
});

test("the scorer applies the I- convention: a stray I- is an entity", () => {
  const s = scoreBio([["O", "I-LOC"]], [["O", "B-LOC"]]);
  assert.equal(s.byType.LOC.tp, 1);
});

test("scoreSpans refuses sentence lists of different length", () => {
  assert.throws(() => scoreSpans([[]], []), /1 gold vs 0/);
});
