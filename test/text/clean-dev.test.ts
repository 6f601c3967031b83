// Runs clean() over the dev articles in ../shared (read at run time, never copied here).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { clean } from "../../src/text/clean.js";
import { isTrackingToken } from "../../src/text/noise/inline.js";
import { splitSentences } from "../../src/read/sentences.js";
import { tokenize } from "../../src/read/tokens.js";
import { assertSegmentsExact } from "./helpers.js";

const DEV_DOCS = fileURLToPath(new URL("../../../shared/data/dev/docs.jsonl", import.meta.url));
const missing = existsSync(DEV_DOCS) ? false : `dev corpus not found at ${DEV_DOCS}`;

function devDocs(): { id: string; text: string }[] {
  return readFileSync(DEV_DOCS, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string });
}

const BASE64_LIKE = /[A-Za-z0-9+/]{16,}={0,2}/gu;

test("dev articles: segments map back exactly, no tracking token survives", { skip: missing }, () => {
  const docs = devDocs();
  assert.ok(docs.length > 0);
  for (const d of docs) {
    const c = clean(d.text);
    assertSegmentsExact(d.text, c, d.id);
    for (const m of c.text.matchAll(BASE64_LIKE)) assert.ok(!isTrackingToken(m[0]), `${d.id}: token ${m[0]} survived`);
    assert.ok(!/\n\n/u.test(c.text), `${d.id}: blank line left`);
    assert.ok(!/ {2}/u.test(c.text), `${d.id}: double space left`);
    assert.equal(c.text, c.text.trim(), `${d.id}: untrimmed`);
  }
});

test("dev articles: clean keeps most of the text (noise is the exception)", { skip: missing }, () => {
  for (const d of devDocs()) {
    const c = clean(d.text);
    const kept = c.text.replace(/\s/gu, "").length / Math.max(1, d.text.replace(/\s/gu, "").length);
    assert.ok(kept > 0.6, `${d.id}: only ${(kept * 100).toFixed(0)}% kept`);
  }
});

test("dev articles: sentences and tokens stay inside the cleaned text", { skip: missing }, () => {
  for (const d of devDocs()) {
    const c = clean(d.text);
    const sentences = splitSentences(c.text);
    assert.ok(sentences.length > 0, d.id);
    for (const s of sentences) assert.ok(s.end > s.start && s.end <= c.text.length && !/\n/u.test(c.text.slice(s.start, s.end)), d.id);
    for (const t of tokenize(c.text)) assert.equal(c.text.slice(t.start, t.end), t.text, d.id);
  }
});
