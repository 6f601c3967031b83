import { test } from "node:test";
import assert from "node:assert/strict";
import { frameWords, parseFrameWords } from "../../src/extract/frame-words.js";

test("frames.yaml loads every key, normalized like the text", () => {
  const w = frameWords();
  for (const [k, set] of Object.entries(w)) assert.ok(set.size > 0, k);
  // written with hamza and ta marbuta in the data, matched on normalized words
  assert.ok(w.another.has("واخر"));
  assert.ok(w.taking_part.has("بمشاركه"));
  assert.ok(!w.another.has("وآخر"));
});

test("a frames.yaml without a key fails naming the key", () => {
  const raw: Record<string, unknown> = { ...Object.fromEntries(Object.entries(frameWords()).map(([k, v]) => [k, [...v]])) };
  delete raw.crossings;
  assert.throws(() => parseFrameWords(raw), /frames\.yaml: key "crossings"/);
  assert.throws(() => parseFrameWords({ ...raw, crossings: "منفذ" }), /key "crossings"/);
});
