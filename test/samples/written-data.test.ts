// Checks the written evaluation set (data/written): both files parse, line up id for id, use
// the scored units and types, and every Arabic gold participant appears in its article.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { normalize } from "../../src/text/normalize.js";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const read = <T>(p: string): T[] => readFileSync(here(p), "utf8").split("\n").filter((l) => l.trim()).map((l, i) => {
  try { return JSON.parse(l) as T; } catch (e) { throw new Error(`${p}:${i + 1}: ${(e as Error).message}`); }
});
interface Doc { id: string; published: string; text: string }
interface Gold { id: string; events: { type: string; participants: string[][]; also?: string[][]; date: string | null }[]; figures: { value: number; unit: string }[] }
const docs = read<Doc>("../../data/written/articles.jsonl");
const gold = read<Gold>("../../data/written/gold.jsonl");

test("written set: articles and gold line up, id for id", () => {
  assert.ok(docs.length >= 60);
  assert.deepEqual(docs.map((d) => d.id), gold.map((g) => g.id));
  for (const d of docs) assert.match(d.published, /^\d{4}-\d{2}-\d{2}$/, d.id);
});

test("written set: scored types and units only, dates of a day, a month or a year", () => {
  const units = new Set(["person", "EUR", "USD", "LYD", "TND", "GBP", "km", "count", "percent"]);
  for (const g of gold) {
    for (const e of g.events) {
      assert.ok(["meeting", "call"].includes(e.type), `${g.id}: ${e.type}`);
      if (e.date !== null) assert.match(e.date, /^\d{4}(-\d{2}(-\d{2})?)?$/, g.id);
    }
    for (const f of g.figures) assert.ok(units.has(f.unit) && Number.isFinite(f.value), `${g.id}: ${f.value} ${f.unit}`);
  }
});

test("written set: every Arabic gold participant is named in its article", () => {
  const words = (s: string) => normalize(s).split(/\s+/).map((w) => w.replace(/^و/, "")).filter(Boolean);
  for (const [i, g] of gold.entries()) {
    const text = normalize(docs[i].text);
    for (const e of g.events) for (const alts of [...e.participants, ...(e.also ?? [])]) {
      const arabic = alts.filter((a) => !/[A-Za-z]/.test(a));
      if (!arabic.length) continue;
      assert.ok(arabic.some((a) => words(a).every((w) => text.includes(w))), `${g.id}: ${alts.join(" / ")}`);
    }
  }
});
