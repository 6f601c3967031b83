import { test } from "node:test";
import assert from "node:assert/strict";
import { HASH_SEED, hashStep, WordTable } from "../../src/read/word-table.js";
import { Lexeme } from "../../src/types.js";

const hashOf = (text: string, start: number, end: number) => {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
};

function table(max: number) {
  const reads: string[] = [];
  const t = new WordTable(max, (s) => { reads.push(s); return new Lexeme(s, s, "", s); });
  const at = (text: string, start: number, end: number, h = hashOf(text, start, end)) => t.lookup(text, start, end, h);
  return { t, reads, at };
}

test("a word read once is the same lexeme wherever a text writes it", () => {
  const { reads, at } = table(10);
  const a = at("التقى الوزير", 6, 12);
  const b = at("الوزير قال", 0, 6);
  assert.equal(a, b);
  assert.equal(a.surface, "الوزير");
  assert.deepEqual(reads, ["الوزير"]);
});

test("words whose hashes collide stay apart: the surface decides", () => {
  const { t, at } = table(10);
  const a = at("روما", 0, 4, 7);
  const b = at("رومان", 0, 5, 7);
  const c = at("لوما", 0, 4, 7);
  assert.notEqual(a, b);
  assert.notEqual(a, c);
  assert.equal(at("في روما", 3, 7, 7), a);
  assert.equal(t.size, 3);
});

test("a full table starts afresh instead of growing", () => {
  const { t, reads, at } = table(2);
  at("أ ب ج", 0, 1);
  at("أ ب ج", 2, 3);
  at("أ ب ج", 4, 5);
  assert.equal(t.size, 1);
  assert.equal(at("أ", 0, 1).surface, "أ");
  assert.deepEqual(reads, ["أ", "ب", "ج", "أ"]);
});
