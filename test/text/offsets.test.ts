import { test } from "node:test";
import assert from "node:assert/strict";
import { CleanBuilder, spanToRaw, toRaw } from "../../src/text/offsets.js";

test("CleanBuilder merges adjacent copies and copies a separator when raw has it", () => {
  const raw = "ab  cd\nef";
  const b = new CleanBuilder(raw);
  b.copy(0, 2); // "ab"
  b.separator(" ", 2); // raw[2] is " ": copied, merges with "ab"
  b.copy(4, 6); // "cd"
  b.separator("\n", 6); // raw[6] is "\n": copied, merges with "cd"
  b.copy(7, 9); // "ef"
  const c = b.build([]);
  assert.equal(c.text, "ab cd\nef");
  assert.deepEqual(c.segments, [
    { cleanStart: 0, rawStart: 0, length: 3 },
    { cleanStart: 3, rawStart: 4, length: 6 - 4 + 1 + 2 },
  ]);
});

test("a synthesized separator has no segment", () => {
  const raw = "ab\tcd";
  const b = new CleanBuilder(raw);
  b.copy(0, 2);
  b.separator(" ", 2); // raw[2] is a tab: synthesized
  b.copy(3, 5);
  const c = b.build([]);
  assert.equal(c.text, "ab cd");
  assert.deepEqual(c.segments, [
    { cleanStart: 0, rawStart: 0, length: 2 },
    { cleanStart: 3, rawStart: 3, length: 2 },
  ]);
});

test("toRaw maps inside segments exactly and gaps to the end of the previous segment", () => {
  const c = {
    text: "ab cd",
    segments: [
      { cleanStart: 0, rawStart: 10, length: 2 },
      { cleanStart: 3, rawStart: 20, length: 2 },
    ],
    removed: [],
  };
  const cases: [number, number][] = [
    [0, 10],
    [1, 11],
    [2, 12], // the synthesized space
    [3, 20],
    [4, 21],
    [5, 22], // end of text
  ];
  for (const [clean, raw] of cases) assert.equal(toRaw(c, clean), raw, `clean ${clean}`);
  assert.deepEqual(spanToRaw(c, 0, 5), { start: 10, end: 22 });
  assert.deepEqual(spanToRaw(c, 3, 5), { start: 20, end: 22 });
  assert.deepEqual(spanToRaw(c, 1, 1), { start: 11, end: 11 });
});
