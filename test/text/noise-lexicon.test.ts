import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { CLITICS_PATH } from "../../src/read/tokens.js";
import { compileNoiseLexicon, lineKey, readNoiseLexiconData, type NoiseLexiconData } from "../../src/text/noise/lexicon.js";

test("noise.yaml loads: every list is non-empty and has no duplicate after normalization", () => {
  const data = readNoiseLexiconData();
  for (const [name, list] of Object.entries(data) as [keyof NoiseLexiconData, string[]][]) {
    assert.ok(list.length > 0, `${name} is empty`);
    const keys = list.map(lineKey);
    assert.ok(keys.every(Boolean), `${name} has an entry with no letters`);
    const dup = keys.filter((k, i) => keys.indexOf(k) !== i);
    assert.deepEqual(dup, [], `${name} duplicates`);
  }
});

test("compiled noise lexicon matches what its lists say", () => {
  const lex = compileNoiseLexicon(readNoiseLexiconData());
  const cases: [RegExp | Set<string>, string, boolean][] = [
    [lex.buttonLine, lineKey("شارك | طباعة | فيسبوك"), true],
    [lex.buttonLine, lineKey("شارك الوزير في الاجتماع"), false],
    [lex.signaturePrefix, lineKey("جميع الحقوق محفوظة © 2025"), true],
    [lex.signaturePrefix, lineKey("جميعهم حضروا"), false],
    [lex.relatedHeaders, lineKey("إقرأ أيضاً:"), true],
    [lex.relatedPrefix, lineKey("اقرأ ايضا: عنوان آخر"), true],
    [lex.timeAgo, lineKey("منذ ساعتين"), true],
    [lex.timeAgo, lineKey("منذ 5 دقائق"), true],
    [lex.timeAgo, lineKey("منذ سنوات طويلة"), false],
  ];
  for (const [m, key, want] of cases) {
    const got = m instanceof RegExp ? m.test(key) : m.has(key);
    assert.equal(got, want, key);
  }
});

test("a malformed noise lexicon is rejected with the list name", () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-noise-"));
  const path = join(dir, "noise.yaml");
  writeFileSync(path, "related_headers: [a]\nbutton_words: 3\n");
  try {
    assert.throws(() => readNoiseLexiconData(path), /"button_words" must be a list/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("clitics.yaml keep list has no duplicates after normalization", () => {
  const doc = parse(readFileSync(CLITICS_PATH, "utf8")) as { keep: string[] };
  const keys = doc.keep.map(lineKey);
  assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), []);
});
